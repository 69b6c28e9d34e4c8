using System.Collections.Immutable;
using Ecvet.Recognition;
using Ecvet.Recognition.Internal;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;
using static Ecvet.Tests.Recognition.RecognitionFixture;

namespace Ecvet.Tests.Recognition;

/// <summary>
/// The engine's small helpers, each rule on its own: merging evidence paths, what one piece of host evidence is and may
/// count for, what a compiled rule knows about its condition, and the embedded default rule set.
/// </summary>
public sealed class EngineInternalsTests
{
    [Fact]
    public void Union_NothingNew_ReturnsTheKnownArrayItself()
    {
        ImmutableArray<string> known = ["a", "b"];

        (EvidencePaths.Union(known, ["b", "a", "b"]) == known).Should().BeTrue();
        (EvidencePaths.Union(known, []) == known).Should().BeTrue();
    }

    [Fact]
    public void Union_NothingKnownAndAllDistinct_ReturnsTheOtherArrayItself()
    {
        ImmutableArray<string> more = ["a", "b"];

        (EvidencePaths.Union([], more) == more).Should().BeTrue();
    }

    [Fact]
    public void Union_NothingKnownAndARepeat_KeepsEachPathOnceInOrder()
    {
        var merged = EvidencePaths.Union([], ["b", "a", "b", "c", "a"]);

        merged.Should().Equal("b", "a", "c");
    }

    [Fact]
    public void Union_SomeNew_AppendsTheNewPathsOnceInTheOrderFirstMet()
    {
        var merged = EvidencePaths.Union(["a", "b"], ["c", "b", "d", "c", "a", "e"]);

        merged.Should().Equal("a", "b", "c", "d", "e");
    }

    [Fact]
    public void Union_ComparesPathsOrdinally()
    {
        EvidencePaths.Union(["a"], ["A", "a"]).Should().Equal("a", "A");
    }

    [Fact]
    public void EvidenceKey_Of_IsTheHostAndTheEvidencesKindSourceAndDay()
    {
        var evidence = new OutcomeEvidence(EvidenceKind.MatchedHostOutcome, "es-cocina-lo1", new LocalDate(2026, 5, 20), 0.9, null, ["transcript:$.entries[0]"]);

        var key = EvidenceKey.Of(Host, evidence);

        key.Should().Be(new EvidenceKey(Host, EvidenceKind.MatchedHostOutcome, "es-cocina-lo1", new LocalDate(2026, 5, 20)));
        key.Should().Be(EvidenceKey.Of(Host, new OutcomeEvidence(EvidenceKind.MatchedHostOutcome, "es-cocina-lo1", new LocalDate(2026, 5, 20), 0.95, null,
            ["transcript:$.entries[3]"])), "the paths and similarity say where and how well, not which evidence");
    }

    [Theory]
    [InlineData(EvidenceKind.HomeAssessment, "unit fi-cook-u3")]
    [InlineData(EvidenceKind.MouEquivalence, "unit fi-cook-u3")]
    [InlineData(EvidenceKind.MatchedHostOutcome, "outcome fi-cook-u3-lo2")]
    public void EvidenceKey_Target_IsTheUnitUnlessAHostOutcomeWasMatched(EvidenceKind kind, string expected)
    {
        var evidence = new OutcomeEvidence(kind, "x", new LocalDate(2026, 5, 20), kind == EvidenceKind.MatchedHostOutcome ? 0.9 : null, null, []);

        EvidenceKey.Target(U3, Lo(3, 2), evidence).Should().Be(expected);
    }

    [Fact]
    public void CompiledRule_KnowsWhetherItsConditionCallsAPredicate()
    {
        static CompiledRule Compile(Condition condition) => new(RecognitionRule.Create("X-001", RuleScope.Mobility, RuleSeverity.Blocking, condition, "A rule."));
        var check = Condition.Check(CheckKind.MouLinksInstitutions);
        var predicate = Condition.Predicate("home-approves");

        Compile(check).CallsPredicate.Should().BeFalse();
        Compile(predicate).CallsPredicate.Should().BeTrue();
        Compile(Condition.Not(predicate)).CallsPredicate.Should().BeTrue();
        Compile(Condition.Not(check)).CallsPredicate.Should().BeFalse();
        Compile(Condition.AllOf(check, Condition.AnyOf(check, predicate))).CallsPredicate.Should().BeTrue();
        Compile(Condition.AnyOf(check, Condition.Not(check))).CallsPredicate.Should().BeFalse();
        Compile(check).Rule.Id.Should().Be("X-001");
    }

    [Fact]
    public void DefaultRuleSet_IsReadOnceFromTheEmbeddedDocument()
    {
        DefaultRuleSet.ResourceName.Should().Be("Ecvet.Recognition.ecvet-default.rules.json");
        typeof(DefaultRuleSet).Assembly.GetManifestResourceNames().Should().Contain(DefaultRuleSet.ResourceName);
        RuleSet.Default.Should().BeSameAs(DefaultRuleSet.Instance);
        DefaultRuleSet.Instance.Rules.Should().NotBeEmpty();
    }
}
