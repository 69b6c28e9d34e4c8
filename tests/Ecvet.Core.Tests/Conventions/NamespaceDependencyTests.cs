using System.Text.RegularExpressions;
using Ecvet.Tests.Serialization;

namespace Ecvet.Tests.Conventions;

/// <summary>
/// No namespace of the library uses another namespace's <c>Internal</c>: what several namespaces share lives outside
/// any <c>Internal</c> (argument checks in <c>Utility</c>, content hashing in <c>Serialization.Hashing</c>).
/// </summary>
public sealed partial class NamespaceDependencyTests
{
    [Fact]
    public void LibrarySources_UseNoOtherNamespacesInternal()
    {
        var source = Path.Combine(Path.GetDirectoryName(JsonSamples.ExamplesFolder)!, "src", "Ecvet.Core");
        var offenders = new List<string>();
        foreach (var file in Directory.GetFiles(source, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            var own = NamespaceLine().Match(text) is { Success: true } m ? m.Groups[1].Value : string.Empty;
            foreach (Match used in InternalReference().Matches(text))
            {
                // The owner of Ecvet.X.Internal is Ecvet.X and what lies under it.
                var owner = used.Groups[1].Value;
                if (!own.Equals(owner, StringComparison.Ordinal) && !own.StartsWith(owner + ".", StringComparison.Ordinal))
                {
                    offenders.Add($"{Path.GetRelativePath(source, file)} ({own}) uses {owner}.Internal");
                }
            }
        }

        offenders.Distinct().Should().BeEmpty();
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"\b(Ecvet(?:\.\w+)*?)\.Internal\b")]
    private static partial Regex InternalReference();
}
