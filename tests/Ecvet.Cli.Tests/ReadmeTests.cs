using System.Text;
using System.Text.RegularExpressions;
using Ecvet.Cli.Tests.Support;

namespace Ecvet.Cli.Tests;

/// <summary>The README's "Try it" command prints exactly what the README shows.</summary>
public sealed partial class ReadmeTests
{
    [Fact]
    public void TryIt_MatchCommand_PrintsWhatTheReadmeShows()
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
        args.Should().StartWith("match");

        var result = Tool.Run(args);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.TrimEnd('\n').Should().Be(commands[1].TrimEnd('\n'));
        commands[0].Should().Contain("dotnet test Ecvet.Core.sln -c Release", "the README shows the test command");
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
}
