using Ecvet.Agreements;
using Ecvet.Recognition;
using Ecvet.Tests.Agreements;
using NodaTime;
using NodaTime.Testing;
using static Ecvet.Tests.Agreements.Fixtures;
using static Ecvet.Tests.Recognition.RecognitionFixture;

namespace Ecvet.Tests.Recognition;

/// <summary>The argument checks of <see cref="RecognitionEngine"/>, what its report says besides the decisions, and the edges of the decision table.</summary>
public sealed class RecognitionEngineRuleTests
{
    private static readonly RecognitionPredicate Always = _ => Truth.True;

    private static RuleSet WithPredicateRule(string name) =>
        RuleSet.Default.WithRule(RecognitionRule.Create("NAT-001", RuleScope.Unit, RuleSeverity.Advisory, Condition.Not(Condition.Predicate(name)), "A national rule."));

    [Fact]
    public void Create_NullRuleSet_ThrowsNamingIt()
    {
        var act = () => RecognitionEngine.Create(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("ruleSet");
    }

    [Fact]
    public void Create_NoMatcher_UsesTheTextMatcher()
    {
        RecognitionEngine.Create(RuleSet.Default).Matcher.Should().BeSameAs(TextOutcomeMatcher.Default);
        RecognitionEngine.Create(RuleSet.Default).RuleSet.Should().BeSameAs(RuleSet.Default);
    }

    [Fact]
    public void Create_InvalidPredicateName_ThrowsSayingIt()
    {
        var act = () => RecognitionEngine.Create(RuleSet.Default, predicates: new Dictionary<string, RecognitionPredicate> { ["1st"] = Always });

        act.Should().Throw<ArgumentException>().WithParameterName("predicates").WithMessage("'1st' is not a valid predicate name.*");
    }

    [Fact]
    public void Create_NullPredicate_ThrowsSayingWhich()
    {
        var act = () => RecognitionEngine.Create(RuleSet.Default, predicates: new Dictionary<string, RecognitionPredicate> { ["cap"] = null! });

        act.Should().Throw<ArgumentNullException>().WithParameterName("predicates").WithMessage("The predicate 'cap' is null.*");
    }

    [Fact]
    public void Create_PredicateUnderANotNotRegistered_ThrowsNamingTheRuleAndThePredicate()
    {
        var act = () => RecognitionEngine.Create(WithPredicateRule("cap"), predicates: new Dictionary<string, RecognitionPredicate> { ["other"] = Always });

        act.Should().Throw<ArgumentException>().WithParameterName("predicates")
            .WithMessage("Rule NAT-001 refers to the predicate 'cap', which is not registered with the engine.*");
    }

    [Fact]
    public void Create_PredicateInsideAnAnyOfNotRegistered_Throws()
    {
        var rules = RuleSet.Default.WithRule(RecognitionRule.Create("NAT-001", RuleScope.Unit, RuleSeverity.Advisory,
            Condition.AnyOf(Condition.Check(CheckKind.MouLinksInstitutions), Condition.Predicate("cap")), "A national rule."));

        var act = () => RecognitionEngine.Create(rules);

        act.Should().Throw<ArgumentException>().WithMessage("*'cap'*");
    }

    [Fact]
    public void PredicateNames_AreInOrdinalOrder()
    {
        var engine = RecognitionEngine.Create(RuleSet.Default, predicates: new Dictionary<string, RecognitionPredicate>
        {
            ["b"] = Always, ["a"] = Always, ["B"] = Always,
        });

        engine.PredicateNames.Should().Equal("B", "a", "b");
        RecognitionEngine.Create(RuleSet.Default).PredicateNames.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_NullRecord_ThrowsNamingIt()
    {
        var act = () => RecognitionEngine.Create(RuleSet.Default).Evaluate(null!, Today);

        act.Should().Throw<ArgumentNullException>().WithParameterName("record");
    }

    [Fact]
    public void Evaluate_WithAClock_NullClockOrZone_ThrowsNamingIt()
    {
        var engine = RecognitionEngine.Create(RuleSet.Default);
        var clock = new FakeClock(Instant.FromUtc(2026, 6, 15, 12, 0));

        var noClock = () => engine.Evaluate(WorkedExample(), null!, DateTimeZone.Utc);
        var noZone = () => engine.Evaluate(WorkedExample(), clock, null!);

        noClock.Should().Throw<ArgumentNullException>().WithParameterName("clock");
        noZone.Should().Throw<ArgumentNullException>().WithParameterName("zone");
    }

    [Fact]
    public void Evaluate_WithAClock_EvaluatesOnTheDayInTheZone()
    {
        var engine = RecognitionEngine.Create(RuleSet.Default);
        var clock = new FakeClock(Instant.FromUtc(2026, 6, 14, 22, 30));

        engine.Evaluate(WorkedExample(), clock, DateTimeZoneProviders.Tzdb["Europe/Helsinki"]).EvaluatedOn.Should().Be(new LocalDate(2026, 6, 15));
        engine.Evaluate(WorkedExample(), clock, DateTimeZone.Utc).Should().Be(engine.Evaluate(WorkedExample(), new LocalDate(2026, 6, 14)));
    }

    [Fact]
    public void Evaluate_Report_NamesTheRuleSetAgreementLearnerQualificationAndHost()
    {
        var report = Evaluate(WorkedExample());

        report.RuleSetId.Should().Be(RuleSet.Default.Id);
        report.RuleSetVersion.Should().Be(RuleSet.Default.Version);
        report.EvaluatedOn.Should().Be(Today);
        report.Agreement.Should().Be(AgreementId.Value);
        report.AgreementVersion.Should().Be(1);
        report.Learner.Should().Be(Learner());
        report.Qualification.Should().Be(QualificationRef.Id);
        report.Host.Should().Be(Host);
    }

    [Fact]
    public void Evaluate_Trace_HasOneLinePerRuleAndSubject()
    {
        var rules = RuleSet.Default.Rules;
        var global = rules.Count(r => r.Scope is RuleScope.Mobility or RuleScope.Agreement or RuleScope.Qualification);
        var unit = rules.Count(r => r.Scope == RuleScope.Unit);
        var outcome = rules.Count(r => r.Scope == RuleScope.Outcome);

        var report = Evaluate(WorkedExample().WithAgreement(Agreement(Content(null, ExpectU3(), ExpectU4()))));

        report.Trace.Should().HaveCount(global + (2 * unit) + (6 * outcome));
        report.Trace.Take(global).Should().OnlyContain(r => r.Subject == null);
        report.Trace.Skip(global).First().Subject.Should().Be(U3.Value);
        report.Trace.Skip(global + unit).First().Subject.Should().Be(Lo(3, 1).Value);
    }

    [Fact]
    public void Evaluate_ExpectedUnitTheQualificationLacks_IsNotRecognisedWithNoCoverage()
    {
        var u9 = ExpectedLearning.Create(UnitId.Parse("fi-cook-u9"), null, CreditPoints.From(5), CreditPoints.From(5), Arrangement, TestValues.En("Extra"));

        var decision = Evaluate(WorkedExample().WithAgreement(Agreement(Content(null, ExpectU3(), u9)))).GetDecision(UnitId.Parse("fi-cook-u9"))!;

        decision.Outcome.Should().Be(RecognitionOutcome.NotRecognised);
        decision.Coverage.Should().Be(0m);
        decision.Allocation.Should().Be(CreditPoints.Zero);
        decision.TargetedOutcomes.Should().BeEmpty();
        decision.Points.Should().Be(CreditPoints.Zero);
    }

    [Fact]
    public void Evaluate_CoverageOfThirds_IsRoundedTowardZeroToFourDecimals()
    {
        var content = Content(null, ExpectU3(50, [Lo(3, 2), Lo(3, 3), Lo(3, 4)]));
        var record = new MobilityRecord(Qualification(), Agreement(content), Transcript(Outcome(Lo(3, 2)), Outcome(Lo(3, 3)), Outcome(Lo(3, 4), "3")), Mou());

        var decision = Evaluate(record, RecognitionPolicy.Default.With(partialPoints: PartialPointsPolicy.ProRata)).GetDecision(U3)!;

        decision.Coverage.Should().Be(0.6666m);
        decision.Outcome.Should().Be(RecognitionOutcome.Partial);
        decision.WholeUnitTargeted.Should().BeFalse();
        decision.Points.Should().Be(CreditPoints.From(25), "two of the unit's four outcomes: half of 50");
    }

    [Fact]
    public void Evaluate_EveryTargetedOutcomeOfAPartOfTheUnit_IsPartialNotFull()
    {
        var content = Content(null, ExpectU3(25, [Lo(3, 1), Lo(3, 2)]));
        var record = new MobilityRecord(Qualification(), Agreement(content), Transcript(Outcome(Lo(3, 1)), Outcome(Lo(3, 2))), Mou());

        var decision = Evaluate(record, RecognitionPolicy.Default.With(partialPoints: PartialPointsPolicy.AsAgreed)).GetDecision(U3)!;

        decision.Coverage.Should().Be(1m);
        decision.Outcome.Should().Be(RecognitionOutcome.Partial);
        decision.Points.Should().Be(CreditPoints.From(25));
    }

    [Fact]
    public void Evaluate_CoverageJustBelowPartial_IsNotRecognisedForCoverage()
    {
        var decision = Evaluate(WorkedExample(), RecognitionPolicy.Default.With(partialCoverage: 0.76m, fullCoverage: 1m)).GetDecision(U3)!;

        decision.Outcome.Should().Be(RecognitionOutcome.NotRecognised);
        decision.Reasons.Should().Equal(ReasonCodes.Coverage);
    }

    [Fact]
    public void Evaluate_CoverageEqualToPartial_IsPartial()
    {
        Evaluate(WorkedExample(), RecognitionPolicy.Default.With(partialCoverage: 0.75m)).GetDecision(U3)!.Outcome.Should().Be(RecognitionOutcome.Partial);
    }

    [Fact]
    public void Evaluate_CoverageEqualToFullWithTheCriticalOutcome_IsFull()
    {
        Evaluate(WorkedExample(), RecognitionPolicy.Default.With(fullCoverage: 0.75m)).GetDecision(U3)!.Outcome.Should().Be(RecognitionOutcome.Full);
    }

    [Fact]
    public void Evaluate_NothingCoveredWithZeroPartialCoverage_IsNotRecognised()
    {
        var record = new MobilityRecord(Qualification(), Agreement(), Transcript(Outcome(Lo(3, 1), "2")), Mou());

        var decision = Evaluate(record, RecognitionPolicy.Default.With(partialCoverage: 0m)).GetDecision(U3)!;

        decision.Outcome.Should().Be(RecognitionOutcome.NotRecognised);
        decision.Reasons.Should().Equal(ReasonCodes.Coverage);
    }
}
