using Ecvet.Interop;

namespace Ecvet.Tests.Interop;

/// <summary>Keeps the exports page (docs/interop.md) honest: its JSON excerpt is what the export writes.</summary>
public sealed class InteropReadmeTests
{
    [Fact]
    public void ReadmeExcerpt_IsPartOfTheCookExport()
    {
        var readme = File.ReadAllText(Path.Combine(InteropSamples.RepositoryRoot, "docs", "interop.md")).ReplaceLineEndings("\n");
        var section = readme;
        var start = section.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var excerpt = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];

        ElmExport.Qualification(InteropSamples.Example("fi-cook")).ToString().Should().Contain(excerpt.TrimEnd('\n'));
    }

    [Fact]
    public void ReadmeValidationCommand_IsTheScriptCiRuns()
    {
        var readme = File.ReadAllText(Path.Combine(InteropSamples.RepositoryRoot, "docs", "interop.md"));
        var ci = File.ReadAllText(Path.Combine(InteropSamples.RepositoryRoot, ".ci", "run"));

        readme.Should().Contain("bash .ci/elm-check");
        ci.Should().Contain("bash .ci/elm-check");
    }
}
