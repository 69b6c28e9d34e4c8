using Ecvet.Matching;

namespace Ecvet.Tests.Matching;

public sealed class MatchExplanationTests
{
    private static readonly OutcomeIndex Index = OutcomeIndex.Build(
    [
        CatalogueEntry.Create("brakes", "Replaces worn brake pads and discs on passenger cars and carries out a brake test."),
        CatalogueEntry.Create("wipers", "Replaces worn wiper blades and headlamp bulbs."),
        CatalogueEntry.Create("faults", "Reads and interprets fault codes with a diagnostic tester."),
    ]);

    [Fact]
    public void Explain_ListsSharedMissingAndExtraTerms()
    {
        const string query = "Replaced the brake pads on cars and checked the tyres.";
        var explanation = Index.Explain(query, 0);

        explanation.SharedTerms.Select(t => t.Term).Should().BeEquivalentTo("replaces", "brake", "pads", "cars");
        explanation.MissingTerms.Should().BeEquivalentTo("worn", "discs", "passenger", "carries", "out", "test");
        explanation.ExtraTerms.Should().BeEquivalentTo("checked", "tyres");
        explanation.SharedTerms.Select(t => t.Contribution).Should().BeInDescendingOrder();
        explanation.SharedTerms.Sum(t => t.Contribution).Should().BeApproximately(explanation.RawCosine, 1e-6);
        explanation.Similarity.Should().BeApproximately(Index.Match(query)[0].Similarity, 1e-6);
        explanation.Coverage.Should().BeApproximately(Index.Match(query)[0].Coverage, 1e-6);
        explanation.Field.Should().Be(MatchedField.Text);
        explanation.TextComparable.Should().BeTrue();
        explanation.ToString().Should().Contain("shared: ").And.Contain("brake").And.Contain("missing from query: ");
    }

    [Fact]
    public void Explain_NothingShared_ScoresZero()
    {
        var explanation = Index.Explain("Configures network switches.", 2);
        explanation.Similarity.Should().Be(0);
        explanation.SharedTerms.Should().BeEmpty();
        explanation.MissingTerms.Should().NotBeEmpty();
        explanation.Match.Evidence.Should().Be(MatchEvidence.None);
    }

    [Fact]
    public void Explain_Outcome_ReportsSharedSkills()
    {
        var skill = EscoSkillRef.Parse("http://data.europa.eu/esco/skill/0ea0b260-617b-4d04-bf00-988dd0b122e5");
        var index = OutcomeIndex.Build([CatalogueEntry.Create("a", "Maintains vehicles.", escoSkills: [skill])]);
        var explanation = index.Explain(CatalogueEntry.Create("q", "Services cars.", escoSkills: [skill]), 0);
        explanation.SharedEscoSkills.Should().Equal(skill);
        explanation.ToString().Should().Contain("shared ESCO skills");
    }
}
