namespace Ecvet.Docs.Tests;

/// <summary>
/// Every <c>```csharp</c> block of the README and of <c>docs/</c> compiles, and one followed by a <c>```text</c>
/// block prints exactly that text. A block marked <c>```csharp fragment</c> continues the page's code since the last
/// unmarked block (as a reader of the page would run it); its output is what it adds to that program's.
/// </summary>
public sealed class CSharpBlockTests
{
    private static readonly string[] KnownFlags = ["fragment"];

    /// <summary>Every C# block of every page, as <c>page:line</c>.</summary>
    public static TheoryData<string> Blocks()
    {
        var data = new TheoryData<string>();
        foreach (var page in MarkdownPage.All)
        {
            foreach (var block in MarkdownPage.Blocks(page).Where(b => b.Language == "csharp"))
            {
                data.Add(block.Location);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Block_CompiledAsAProgram_HasNoErrorAndPrintsTheOutputShown(string location)
    {
        var (page, blocks, index) = Find(location);
        var block = blocks[index];
        block.Flags.Except(KnownFlags).Should().BeEmpty($"{location}: the flags a C# block may carry are {string.Join(", ", KnownFlags)}");

        // The program this block belongs to: the last unmarked block and the fragments after it, up to this one.
        var start = index;
        while (blocks[start].Has("fragment"))
        {
            start = LastCSharpBefore(blocks, start) ?? throw new InvalidOperationException(
                $"{location}: a fragment continues an earlier ```csharp block of {page}, and there is none");
        }

        var before = default(string);
        var source = blocks[start].Code;
        for (var i = start + 1; i <= index; i++)
        {
            if (blocks[i].Language == "csharp")
            {
                before = source;
                source = Snippet.Continue(source, blocks[i].Code);
            }
        }

        var (compilation, errors) = Snippet.Compile(source, location.Replace('/', '_').Replace(':', '_'));
        errors.Should().BeEmpty($"the C# at {location} must compile (as compiled:\n{Numbered(source)})");

        var shown = index + 1 < blocks.Count && blocks[index + 1].Language == "text" && !blocks[index + 1].ProseBefore.Contains("\n#", StringComparison.Ordinal)
            ? blocks[index + 1].Code
            : null;
        if (shown is null)
        {
            return;
        }

        var printed = Snippet.Run(compilation);
        if (before is not null)
        {
            var earlier = Snippet.Run(Snippet.Compile(before, "before").Compilation);
            printed.Should().StartWith(earlier, "a program prints the same before a fragment is added");
            printed = printed[earlier.Length..];
        }

        if (shown.EndsWith("…\n", StringComparison.Ordinal))
        {
            printed.Should().StartWith(shown[..^"…\n".Length], $"{location} prints the start of what {blocks[index + 1].Location} shows");
        }
        else
        {
            printed.Should().Be(shown, $"{location} prints what {blocks[index + 1].Location} shows");
        }
    }

    [Fact]
    public void Pages_HaveCSharpBlocks_SoTheTheoryIsNotEmpty() =>
        ((IEnumerable<object[]>)Blocks()).Should().HaveCountGreaterThan(10);

    [Fact]
    public void DocsIndex_ShowsTheGlobalUsingsTheBlocksAreCompiledWith()
    {
        var index = MarkdownPage.Blocks("docs/README.md");
        var expected = string.Concat(Snippet.GlobalUsings.Select(u => $"global using {u};\n"));

        index.Select(b => b.Code).Should().Contain(expected, "docs/README.md shows the usings every C# block may assume");
    }

    private static (string Page, IReadOnlyList<CodeBlock> Blocks, int Index) Find(string location)
    {
        var page = location[..location.LastIndexOf(':')];
        var blocks = MarkdownPage.Blocks(page);
        var index = blocks.ToList().FindIndex(b => b.Location == location);
        index.Should().BeGreaterThanOrEqualTo(0, $"{location} is a code block");
        return (page, blocks, index);
    }

    private static int? LastCSharpBefore(IReadOnlyList<CodeBlock> blocks, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (blocks[i].Language == "csharp")
            {
                return i;
            }
        }

        return null;
    }

    private static string Numbered(string source) =>
        string.Join("\n", source.Split('\n').Select((line, i) => $"{i + 1,4}  {line}"));
}
