using Ecvet.Matching;
using Ecvet.Serialization;
using Ecvet.Tests.Agreements;

namespace Ecvet.Tests.Matching;

public sealed class OutcomeIndexingTests
{
    private static readonly QualificationDocument Cook = ExampleMobility.HomeQualification();

    [Fact]
    public void ToOutcomeIndex_Document_IndexesEveryOutcomeOfItsUnitsInOrder()
    {
        var index = Cook.ToOutcomeIndex();

        var expected = Cook.Units.Units.SelectMany(u => u.LearningOutcomes).Select(o => o.Id.Value).ToArray();
        Enumerable.Range(0, index.Count).Select(i => index.GetEntry(i).Id).Should().Equal(expected);
        expected.Should().NotBeEmpty();
    }

    [Fact]
    public void ToOutcomeIndex_Document_GivesTheIndexAUserBuildsByHand()
    {
        var byHand = OutcomeIndex.Build(Cook.Units.Units.SelectMany(u => u.LearningOutcomes).Select(o => CatalogueEntry.Create(o)));
        var outcome = Cook.Units.Units[1].LearningOutcomes[0];
        var query = outcome.Statement.GetBestMatch(LanguageTag.English);

        var fromDocument = Cook.ToOutcomeIndex().Match(query, 3);

        fromDocument.Select(m => (m.Ordinal, m.Similarity)).Should().Equal(byHand.Match(query, 3).Select(m => (m.Ordinal, m.Similarity)));
        Cook.ToOutcomeIndex().GetEntry(fromDocument[0].Ordinal).Id.Should().Be(outcome.Id.Value);
    }

    [Fact]
    public void ToOutcomeIndex_PreferredLanguage_TakesStatementsInThatLanguage()
    {
        var finnish = LanguageTag.Parse("fi");
        var outcome = Cook.Units.Units[0].LearningOutcomes[0];
        outcome.Statement.TryGet(finnish, out var text).Should().BeTrue("the example has Finnish statements");

        var entry = Cook.ToOutcomeIndex(finnish).GetEntry(0);

        entry.Text.Should().Be(text);
        entry.Language.Should().Be("fi");
    }

    [Fact]
    public void ToOutcomeIndex_Qualification_LeavesOutUnitsItDoesNotAllocate()
    {
        var extra = UnitOfLearningOutcomes.Create(UnitId.Parse("other-u1"), LocalizedText.English("Other unit"),
            [LearningOutcome.Create(LearningOutcomeId.Parse("other-u1-lo1"), LocalizedText.English("Repairs bicycles."), LearningOutcomeType.Skill)]);
        var units = Cook.Units.WithUnit(extra);

        var index = Cook.Qualification.ToOutcomeIndex(units);

        Enumerable.Range(0, index.Count).Select(i => index.GetEntry(i).Id).Should().NotContain("other-u1-lo1")
            .And.HaveCount(Cook.ToOutcomeIndex().Count);
        units.ToOutcomeIndex().Count.Should().Be(index.Count + 1);
    }

    [Fact]
    public void ToOutcomeIndex_QualificationWithAUnitMissingFromTheCatalogue_ThrowsNamingIt()
    {
        var missing = Cook.Qualification.Allocations[0].UnitId;
        var units = UnitCatalogue.Create(Cook.Units.Units.Where(u => u.Id != missing));

        var act = () => Cook.Qualification.ToOutcomeIndex(units);

        act.Should().Throw<ArgumentException>().WithParameterName("units").WithMessage($"*{missing}*");
    }

    [Fact]
    public void ToOutcomeIndex_OutcomeSharedByTwoUnits_IsIndexedOnce()
    {
        var shared = LearningOutcome.Create(LearningOutcomeId.Parse("shared-lo1"), LocalizedText.English("Keeps the kitchen clean."), LearningOutcomeType.Skill);
        var units = UnitCatalogue.Create([
            UnitOfLearningOutcomes.Create(UnitId.Parse("u1"), LocalizedText.English("One"), [shared]),
            UnitOfLearningOutcomes.Create(UnitId.Parse("u2"), LocalizedText.English("Two"), [shared]),
        ]);

        units.ToOutcomeIndex().Count.Should().Be(1);
    }

    [Fact]
    public void ToOutcomeIndex_TwoDifferentOutcomesUnderOneId_ThrowsNamingBothUnits()
    {
        var id = LearningOutcomeId.Parse("lo1");
        var units = UnitCatalogue.Create([
            UnitOfLearningOutcomes.Create(UnitId.Parse("u1"), LocalizedText.English("One"), [LearningOutcome.Create(id, LocalizedText.English("Cooks rice."), LearningOutcomeType.Skill)]),
            UnitOfLearningOutcomes.Create(UnitId.Parse("u2"), LocalizedText.English("Two"), [LearningOutcome.Create(id, LocalizedText.English("Bakes bread."), LearningOutcomeType.Skill)]),
        ]);

        var act = () => units.ToOutcomeIndex();

        act.Should().Throw<ArgumentException>().WithParameterName("units").WithMessage("*u1*u2*lo1*");
    }

    [Fact]
    public void ToOutcomeIndex_TheDocsExample_FindsTheRoastingOutcome()
    {
        // docs/api-conventions.md, "An outcome index straight from the domain".
        var unit = UnitOfLearningOutcomes.Create(UnitId.Parse("cook-u3"), LocalizedText.English("Hot dishes"),
        [
            LearningOutcome.Create(LearningOutcomeId.Parse("cook-u3-lo1"),
                LocalizedText.English("Prepares hot dishes by boiling, braising, frying and roasting."), LearningOutcomeType.Skill),
            LearningOutcome.Create(LearningOutcomeId.Parse("cook-u3-lo2"),
                LocalizedText.English("Describes the allergens subject to mandatory declaration."), LearningOutcomeType.Knowledge),
        ]);
        var index = UnitCatalogue.Create([unit]).ToOutcomeIndex();

        var best = index.Match("roasting and frying hot food", top: 1)[0];

        index.GetEntry(best.Ordinal).Id.Should().Be("cook-u3-lo1");
    }

    [Fact]
    public void ToOutcomeIndex_CatalogueWithoutOutcomes_ThrowsWithAMessage()
    {
        var act = () => UnitCatalogue.Empty.ToOutcomeIndex();

        act.Should().Throw<ArgumentException>().WithParameterName("units").WithMessage("*no learning outcome*");
    }
}
