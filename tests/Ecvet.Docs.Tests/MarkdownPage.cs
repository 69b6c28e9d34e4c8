namespace Ecvet.Docs.Tests;

/// <summary>A fenced code block of a Markdown page: its info string split into language and flags, its text and line.</summary>
/// <param name="Page">The page, relative to the repository's root, with forward slashes.</param>
/// <param name="Line">The 1-based line of the opening fence.</param>
/// <param name="Language">The first word of the info string (<c>csharp</c>, <c>sh</c>, <c>text</c>…), or empty.</param>
/// <param name="Flags">The other words of the info string, such as <c>fragment</c>.</param>
/// <param name="Code">The lines between the fences, each ending with a line feed.</param>
/// <param name="ProseBefore">The text between the previous fence (or the page's start) and this block.</param>
public sealed record CodeBlock(string Page, int Line, string Language, IReadOnlyList<string> Flags, string Code, string ProseBefore)
{
    /// <summary>Where the block is, as <c>page:line</c>.</summary>
    public string Location => $"{Page}:{Line}";

    /// <summary>Whether the info string carries <paramref name="flag"/>.</summary>
    public bool Has(string flag) => Flags.Contains(flag, StringComparer.Ordinal);
}

/// <summary>The pages this repository documents itself with, and their fenced code blocks.</summary>
public static class MarkdownPage
{
    /// <summary>The root README and every page under <c>docs/</c>, relative to the root, in ordinal order.</summary>
    public static IReadOnlyList<string> All =>
        [
            "README.md",
            .. Directory.GetFiles(Path.Combine(Repository.Root, "docs"), "*.md", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/'))
                .Order(StringComparer.Ordinal),
        ];

    /// <summary>The text of a page, with line feeds only.</summary>
    public static string Read(string page) =>
        File.ReadAllText(Path.Combine(Repository.Root, page)).ReplaceLineEndings("\n");

    /// <summary>The fenced (<c>```</c>) code blocks of a page in order. An unclosed fence is an error.</summary>
    public static IReadOnlyList<CodeBlock> Blocks(string page)
    {
        var lines = Read(page).Split('\n');
        var blocks = new List<CodeBlock>();
        var prose = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                prose.Append(lines[i]).Append('\n');
                continue;
            }

            var info = lines[i][3..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var start = i;
            var code = new System.Text.StringBuilder();
            for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
            {
                code.Append(lines[i]).Append('\n');
            }

            if (i == lines.Length)
            {
                throw new InvalidOperationException($"{page}:{start + 1}: the code block is never closed.");
            }

            blocks.Add(new CodeBlock(page, start + 1, info.Length > 0 ? info[0] : "", info.Skip(1).ToArray(), code.ToString(), prose.ToString()));
            prose.Clear();
        }

        return blocks;
    }
}
