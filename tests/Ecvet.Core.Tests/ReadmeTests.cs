using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
// <readme-quick-start-usings>
#pragma warning disable IDE0005 // Redundant inside namespace Ecvet.Tests, but the README's program needs it.
using Ecvet;
#pragma warning restore IDE0005
// </readme-quick-start-usings>

namespace Ecvet.Tests;

/// <summary>
/// Keeps the README honest: its quick start is the code below, which runs here, and its printed output is checked too.
/// </summary>
public sealed partial class ReadmeTests
{
    [Fact]
    public void QuickStart_Runs_AndPrintsTheOutputShownInReadme()
    {
        var output = CaptureConsole(QuickStart);

        output.Should().Be(ReadmeBlock("text", after: "## Quick start"));
    }

    [Fact]
    public void QuickStart_InReadme_IsTheCodeRunHere()
    {
        var source = File.ReadAllLines(SourceFile());
        var code = string.Join("\n", Between(source, "// <readme-quick-start-usings>", "// </readme-quick-start-usings>").Where(l => !l.StartsWith("#pragma", StringComparison.Ordinal)))
            + "\n\n"
            + string.Join("\n", Dedent(Between(source, "// <readme-quick-start>", "// </readme-quick-start>")));

        ReadmeBlock("csharp", after: "## Quick start").Should().Be(code);
    }

    [Fact]
    public void TestCommand_InReadme_IsTheOneCiRuns() =>
        File.ReadAllText(ReadmePath()).Should().Contain("dotnet test Ecvet.Core.sln -c Release");

    private static void QuickStart()
    {
        // <readme-quick-start>
        var finnish = LanguageTag.Parse("fi");

        var hygiene = UnitOfLearningOutcomes.Create(
            UnitId.Parse("cook-u1"),
            LocalizedText.English("Food safety and hygiene").With(finnish, "Elintarvikehygienia"),
            [
                LearningOutcome.Create(
                    LearningOutcomeId.Parse("cook-u1-lo1"),
                    LocalizedText.English("Explains the hazards that arise from goods reception to service, and how each is controlled."),
                    LearningOutcomeType.Knowledge),
                LearningOutcome.Create(
                    LearningOutcomeId.Parse("cook-u1-lo2"),
                    LocalizedText.English("Checks and records core temperatures of cooked, cooled and reheated food."),
                    LearningOutcomeType.Skill,
                    escoSkills: [EscoSkillRef.Parse("http://data.europa.eu/esco/skill/0ff99f51-40d9-42f1-a1ec-377b2bb5e15f")],
                    isCritical: true),
            ],
            [AssessmentMethod.PracticalDemonstration, AssessmentMethod.Oral]);

        var dishes = UnitOfLearningOutcomes.Create(
            UnitId.Parse("cook-u2"),
            LocalizedText.English("Hot and cold dishes").With(finnish, "Lämpimät ja kylmät ruoat"),
            [
                LearningOutcome.Create(
                    LearningOutcomeId.Parse("cook-u2-lo1"),
                    LocalizedText.English("Prepares hot dishes by boiling, braising, frying and roasting, keeping to recipe timing."),
                    LearningOutcomeType.Skill,
                    EqfLevel.Level4),
            ],
            [AssessmentMethod.PracticalDemonstration]);

        var catalogue = UnitCatalogue.Create([hygiene, dishes]);

        var cook = Qualification.Create(
            QualificationId.Parse("fi-cook"),
            LocalizedText.English("Cook").With(finnish, "Kokki"),
            InstitutionId.Create(IdentifierScheme.Schac, "example.fi"),
            totalPoints: CreditPoints.From(180),
            allocations:
            [
                UnitAllocation.Create(hygiene.Id, CreditPoints.From(30)),
                UnitAllocation.Create(dishes.Id, CreditPoints.From(150)),
            ],
            EqfLevel.Level4,
            NqfLevel.Create("FI", "4", EqfLevel.Level4),
            IscedFCode.Parse("1013"), // hotel, restaurants and catering
            referenceFullTimeYears: 3);

        Console.WriteLine(cook);
        foreach (var allocation in cook.Allocations)
        {
            var unit = catalogue.Get(allocation.UnitId);
            Console.WriteLine($"  {unit.Title.GetBestMatch(finnish)}: {allocation.Points} points, outcomes: {unit.LearningOutcomes.Length}");
        }

        Console.WriteLine($"Complete: {cook.IsComplete}, missing units: {cook.ValidateAgainst(catalogue).Length}");
        // </readme-quick-start>
    }

    private static string CaptureConsole(Action action)
    {
        var original = Console.Out;
        using var writer = new StringWriter { NewLine = "\n" };
        Console.SetOut(writer);
        try
        {
            action();
        }
        finally
        {
            Console.SetOut(original);
        }

        return writer.ToString().TrimEnd('\n');
    }

    private static string ReadmeBlock(string language, string after)
    {
        var readme = File.ReadAllText(ReadmePath()).ReplaceLineEndings("\n");
        var section = readme.IndexOf("\n" + after + "\n", StringComparison.Ordinal);
        section.Should().BeGreaterThanOrEqualTo(0, $"the README must have a '{after}' section");
        var match = CodeBlock().Matches(readme[section..]).FirstOrDefault(m => m.Groups["lang"].Value == language);
        match.Should().NotBeNull($"the README's '{after}' section must have a ```{language} block");
        return match!.Groups["code"].Value.TrimEnd('\n');
    }

    private static string[] Between(string[] lines, string begin, string end)
    {
        var start = Array.FindIndex(lines, l => l.Trim() == begin);
        var stop = Array.FindIndex(lines, l => l.Trim() == end);
        start.Should().BeGreaterThanOrEqualTo(0, $"marker {begin} must exist");
        stop.Should().BeGreaterThan(start, $"marker {end} must follow {begin}");
        return lines[(start + 1)..stop];
    }

    private static IEnumerable<string> Dedent(IEnumerable<string> lines)
    {
        var list = lines.ToList();
        var indent = list.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return list.Select(l => l.Trim().Length == 0 ? "" : l[indent..]);
    }

    private static string ReadmePath() => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(SourceFile())!, "..", "..", "README.md"));

    private static string SourceFile([CallerFilePath] string path = "") => path;

    [GeneratedRegex(@"^```(?<lang>[a-z]*)\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
