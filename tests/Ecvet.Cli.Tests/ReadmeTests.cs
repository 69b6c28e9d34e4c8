using System.Text;
using System.Text.RegularExpressions;
using Ecvet.Cli.Tests.Support;

namespace Ecvet.Cli.Tests;

/// <summary>The README's commands print exactly what the README shows.</summary>
public sealed partial class ReadmeTests
{
    [Fact]
    public void TryIt_RecogniseCommand_PrintsWhatTheReadmeShows()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("## Try it", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var commands = Block().Matches(section).Select(m => m.Groups["code"].Value).ToList();
        commands.Should().HaveCount(2, "the section shows the commands, then their output");

        var command = commands[0].Split("\ndotnet test")[0].Replace("\\\n", " ", StringComparison.Ordinal);
        var args = ShellWords(command).SkipWhile(word => word != "--").Skip(1)
            .Select(word => File.Exists(Path.Combine(Repository.Root, word)) ? Path.Combine(Repository.Root, word) : word)
            .ToArray();
        args.Should().StartWith("recognise");
        args.Should().Contain("--today", "the output of a fixed day does not change");

        var result = Tool.Run(args);

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        result.Output.TrimEnd('\n').Should().Be(commands[1].TrimEnd('\n'));
        commands[0].Should().Contain("dotnet test Ecvet.Core.sln -c Release", "the README shows the test command");
    }

    /// <summary>
    /// Every one-line <c>dotnet run --project src/Ecvet.Cli -- …</c> command of the README and of <c>docs/</c> that is
    /// followed by its output (a <c>text</c> block) prints that output, run as a user runs it: as a process, from the
    /// repository's root. An output ending with a line <c>…</c> is the start of the real one.
    /// </summary>
    [Fact]
    public void Docs_EveryCommandWithOutput_PrintsWhatThePageShows()
    {
        var pages = new[] { Path.Combine(Repository.Root, "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(Repository.Root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        var pairs = new List<(string Command, string Output)>();
        foreach (var page in pages)
        {
            var blocks = AnyBlock().Matches(File.ReadAllText(page).ReplaceLineEndings("\n")).ToList();
            pairs.AddRange(blocks.Zip(blocks.Skip(1))
                .Where(pair => pair.First.Groups["lang"].Value == "sh" && pair.Second.Groups["lang"].Value == "text")
                .Select(pair => (Command: pair.First.Groups["code"].Value.TrimEnd('\n'), Output: pair.Second.Groups["code"].Value))
                .Where(pair => !pair.Command.Contains('\n', StringComparison.Ordinal) && pair.Command.StartsWith("dotnet run --project src/Ecvet.Cli ", StringComparison.Ordinal)));
        }

        pairs.Select(p => ShellWords(p.Command).SkipWhile(word => word != "--").Skip(1).First())
            .Should().Contain(["recognise", "validate", "schema", "match", "export"], "docs/tool.md shows every command with its output");

        foreach (var (command, shown) in pairs)
        {
            command.Should().NotContain("\n", "a command followed by its output is one line");
            var words = ShellWords(command);
            words.Take(4).Should().Equal(["dotnet", "run", "--project", "src/Ecvet.Cli"], command);

            var result = Tool.RunProcess(Repository.Root, [.. words.SkipWhile(word => word != "--").Skip(1)]);

            // Only notes (what an export's target format cannot hold) may go to standard error.
            result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => !line.StartsWith("note: ", StringComparison.Ordinal)).Should().BeEmpty(command);
            var invalid = InvalidCount().Match(shown);
            result.ExitCode.Should().Be(invalid.Success && invalid.Groups[1].Value != "0" ? 1 : 0, command);
            if (shown.EndsWith("…\n", StringComparison.Ordinal))
            {
                result.Output.Should().StartWith(shown[..^"…\n".Length], command);
            }
            else
            {
                result.Output.Should().Be(shown, command);
            }
        }
    }

    private static List<string> ShellWords(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var quoted = false;
        var inWord = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    [GeneratedRegex("```(?:sh|text)\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex("^```(?<lang>[a-z]*)[^\\n]*\\n(?<code>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex AnyBlock();

    [GeneratedRegex(@"(\d+) invalid\.\n$")]
    private static partial Regex InvalidCount();
}
