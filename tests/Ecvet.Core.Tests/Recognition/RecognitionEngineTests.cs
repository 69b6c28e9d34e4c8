using Ecvet.Agreements;
using Ecvet.Recognition;
using Ecvet.Tests.Agreements;
using static Ecvet.Tests.Agreements.Fixtures;
using static Ecvet.Tests.Recognition.RecognitionFixture;

namespace Ecvet.Tests.Recognition;

public sealed class RecognitionEngineTests
{
    private const string ReviewBandText = "Describes how cooking changes the taste and colour of vegetables.";

    [Theory]
    [InlineData(PartialPointsPolicy.None, 0)]
    [InlineData(PartialPointsPolicy.ProRata, 37.5)]
    [InlineData(PartialPointsPolicy.AsAgreed, 37.5)]
    public void Evaluate_WorkedExample_GivesDocumentedPointsPerPolicy(PartialPointsPolicy policy, decimal points)
    {
        var report = Evaluate(WorkedExample(), RecognitionPolicy.Default.With(partialPoints: policy));

        var decision = report.GetDecision(U3)!;
        decision.Outcome.Should().Be(RecognitionOutcome.Partial);
        decision.Coverage.Should().Be(0.75m);
        decision.Points.Should().Be(CreditPoints.From(points));
        decision.CoveredOutcomes.Select(c => c.Outcome).Should().Equal(Lo(3, 1), Lo(3, 2), Lo(3, 3));
        decision.CoveredOutcomes.Should().OnlyContain(c => c.Evidence.Kind == EvidenceKind.HomeAssessment);
        report.Trace.Should().Contain(r => r.RuleId == "ASM-002" && r.Subject == Lo(3, 4).Value && r.Truth == Truth.False);
    }

    [Fact]
    public void Evaluate_AllOutcomesPassed_RecognisesUnitInFullWithHomeAllocation()
    {
        var record = new MobilityRecord(Qualification(), Agreement(), Transcript(UnitResult(U3)), Mou());

        var decision = Evaluate(record).GetDecision(U3)!;

        decision.Outcome.Should().Be(RecognitionOutcome.Full);
        decision.Points.Should().Be(CreditPoints.From(50));
        decision.Reasons.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_AsAgreed_CapsAgreedPointsByProRata()
    {
        var record = WorkedExample().WithAgreement(Agreement(Content(null, ExpectU3(points: 20))));

        var decision = Evaluate(record, RecognitionPolicy.Default.With(partialPoints: PartialPointsPolicy.AsAgreed)).GetDecision(U3)!;

        decision.Points.Should().Be(CreditPoints.From(20));
    }

    [Fact]
    public void Evaluate_ProRataWithOtherStep_RoundsDown()
    {
        var decision = Evaluate(WorkedExample(), RecognitionPolicy.Default.With(partialPoints: PartialPointsPolicy.ProRata, pointsStep: 5m)).GetDecision(U3)!;

        decision.Points.Should().Be(CreditPoints.From(35));
    }

    [Fact]
    public void Evaluate_CriticalOutcomeFailed_IsPartialEvenAboveFullCoverage()
    {
        var record = WorkedExample().WithTranscript(Transcript(Outcome(Lo(3, 1), "2"), Outcome(Lo(3, 2)), Outcome(Lo(3, 3)), Outcome(Lo(3, 4))));

        var report = Evaluate(record, RecognitionPolicy.Default.With(fullCoverage: 0.75m));

        report.GetDecision(U3)!.Outcome.Should().Be(RecognitionOutcome.Partial);
        report.ResultsOf("VAL-003").Single().Truth.Should().Be(Truth.False);
    }

    [Fact]
    public void Evaluate_MouEquivalenceWithMinimumGradeMet_RecognisesInFull()
    {
        var equivalence = EquivalenceRule.Create([HostUnit], U3, minimumGrade: "6", minimumGradeScheme: Scheme.Id);
        var record = new MobilityRecord(Qualification(), Agreement(), Transcript(HostUnitResult("7")), Mou(equivalences: [equivalence]), HostUnits());

        var decision = Evaluate(record).GetDecision(U3)!;

        decision.Outcome.Should().Be(RecognitionOutcome.Full);
        decision.CoveredOutcomes.Should().OnlyContain(c => c.Evidence.Kind == EvidenceKind.MouEquivalence && c.Evidence.Source == HostUnit.Value);
    }

    [Fact]
    public void Evaluate_MouEquivalenceBelowMinimumGrade_FallsBackToMatchingTheHostOutcomes()
    {
        var equivalence = EquivalenceRule.Create([HostUnit], U3, minimumGrade: "9", minimumGradeScheme: Scheme.Id);
        var record = new MobilityRecord(Qualification(), Agreement(), Transcript(HostUnitResult("7")), Mou(equivalences: [equivalence]), HostUnits());

        var decision = Evaluate(record).GetDecision(U3)!;

        decision.Outcome.Should().Be(RecognitionOutcome.Full);
        decision.CoveredOutcomes.Should().OnlyContain(c => c.Evidence.Kind == EvidenceKind.MatchedHostOutcome);
    }

    [Fact]
    public void Evaluate_MinimumGradeWithoutScheme_DoesNotApplyTheEquivalence()
    {
        var equivalence = EquivalenceRule.Create([HostUnit], U3, minimumGrade: "6");
        var record = new MobilityRecord(Qualification(), Agreement(), Transcript(HostUnitResult("7")), Mou(equivalences: [equivalence]));

        var decision = Evaluate(record).GetDecision(U3)!;

        decision.Outcome.Should().Be(RecognitionOutcome.NotRecognised);
        decision.Reasons.Should().Equal(ReasonCodes.Coverage);
    }

    [Fact]
    public void Evaluate_HostOutcomesMatchedAboveThreshold_RecognisesInFull()
    {
        var record = new MobilityRecord(Qualification(), Agreement(),
            Transcript(HostOutcome(1), HostOutcome(2), HostOutcome(3), HostOutcome(4)), Mou(), HostUnits());

        var decision = Evaluate(record).GetDecision(U3)!;

        decision.Outcome.Should().Be(RecognitionOutcome.Full);
        decision.CoveredOutcomes.Select(c => c.Evidence.Source).Should().Equal(HostLo(1).Value, HostLo(2).Value, HostLo(3).Value, HostLo(4).Value);
        decision.CoveredOutcomes.Should().OnlyContain(c => c.Evidence.Similarity >= 0.80);
    }

    [Fact]
    public void Evaluate_ResultNamingUndeclaredTarget_IsNotUsed()
    {
        var record = new MobilityRecord(Qualification(), Agreement(), Transcript(HostOutcome(1)), Mou());

        var decision = Evaluate(record).GetDecision(U3)!;

        decision.CoveredOutcomes.Should().BeEmpty();
        decision.Outcome.Should().Be(RecognitionOutcome.NotRecognised);
    }

    [Fact]
    public void Evaluate_AssessmentInProgress_Defers()
    {
        var record = WorkedExample().WithTranscript(Transcript(Outcome(Lo(3, 1)), Outcome(Lo(3, 2)), Outcome(Lo(3, 3)), Outcome(Lo(3, 4), null)));

        var decision = Evaluate(record).GetDecision(U3)!;

        decision.Outcome.Should().Be(RecognitionOutcome.Deferred);
        decision.Points.Should().Be(CreditPoints.Zero);
        decision.Reasons.Should().Contain(["ASM-002", ReasonCodes.InProgress]);
    }

    [Fact]
    public void Evaluate_NoTranscript_Defers()
    {
        var report = Evaluate(WorkedExample().WithTranscript(null));

        report.GetDecision(U3)!.Outcome.Should().Be(RecognitionOutcome.Deferred);
        report.ResultsOf("ASM-005").Single().Truth.Should().Be(Truth.NotEvaluable);
        report.GetDecision(U3)!.Reasons.Should().Contain(ReasonCodes.NoTranscript);
    }

    [Fact]
    public void Evaluate_ExpiredMou_IsNotRecognisedWithMou002()
    {
        var report = Evaluate(WorkedExample().WithMou(Mou(validUntil: new LocalDateHolder(2026, 4, 30).Date)));

        report.ResultsOf("MOU-002").Single().Truth.Should().Be(Truth.False);
        report.GetDecision(U3)!.Outcome.Should().Be(RecognitionOutcome.NotRecognised);
        report.GetDecision(U3)!.Reasons.Should().Equal("MOU-002");
    }

    [Fact]
    public void Evaluate_NoMouPathAllowed_PassesMouRules()
    {
        var content = LearningAgreementContent.CreateWithoutMou(Learner(), Home, Host, TestValues.En("First exchange with this school."), Spring, QualificationRef, [ExpectU3()]);
        var record = new MobilityRecord(Qualification(), Agreement(content), Transcript(UnitResult(U3)));

        Evaluate(record).GetDecision(U3)!.Outcome.Should().Be(RecognitionOutcome.NotRecognised);
        var allowed = Evaluate(record, RecognitionPolicy.Default.With(allowNoMouPath: true));
        allowed.GetDecision(U3)!.Outcome.Should().Be(RecognitionOutcome.Full);
        allowed.ResultsOf("MOU-001").Single().Code.Should().Be("noMouPathAllowed.true");
    }

    [Fact]
    public void Evaluate_MinorWithoutGuardian_FailsLa002()
    {
        var content = Content(new NodaTime.LocalDate(2009, 9, 1));
        var record = WorkedExample().WithAgreement(Agreement(content));

        var report = Evaluate(record);

        var la002 = report.ResultsOf("LA-002").Single();
        la002.Truth.Should().Be(Truth.False);
        la002.Message.Should().Contain("guardian");
        report.GetDecision(U3)!.Outcome.Should().Be(RecognitionOutcome.NotRecognised);
    }

    [Fact]
    public void Evaluate_SameInputsTwice_GivesEqualReports()
    {
        var engine = RecognitionEngine.Create(RuleSet.Default);
        var record = new MobilityRecord(Qualification(), Agreement(), Transcript(HostOutcome(1), HostOutcome(2)), Mou(), HostUnits());

        engine.Evaluate(record, Today).Should().Be(engine.Evaluate(record, Today));
    }

    [Fact]
    public void Evaluate_Trace_ListsEveryRuleInDeterministicOrder()
    {
        var report = Evaluate(WorkedExample());

        var global = RuleSet.Default.Rules.Where(r => r.Scope is RuleScope.Mobility or RuleScope.Agreement or RuleScope.Qualification).Select(r => r.Id);
        report.Trace.Take(global.Count()).Select(r => r.RuleId).Should().Equal(global);
        var outcomeRules = RuleSet.Default.Rules.Count(r => r.Scope == RuleScope.Outcome);
        var unitRules = RuleSet.Default.Rules.Count(r => r.Scope == RuleScope.Unit);
        report.Trace.Length.Should().Be(global.Count() + unitRules + (4 * outcomeRules));
    }

    [Fact]
    public void Explain_WorkedExample_NamesDecisionPointsAndFailedOutcome()
    {
        var text = Evaluate(WorkedExample(), RecognitionPolicy.Default.With(partialPoints: PartialPointsPolicy.ProRata)).Explain();

        text.Should().Contain("Unit fi-cook-u3: recognised in part — 37.5 of 50 points; 3 of 4 targeted outcomes covered");
        text.Should().Contain("ASM-002 [fi-cook-u3-lo4]");
    }

    [Fact]
    public void Create_UnregisteredPredicate_ThrowsNamingRuleAndPredicate()
    {
        var rules = RuleSet.Default.WithRule(RecognitionRule.Create("NAT-001", RuleScope.Unit, RuleSeverity.Blocking, Condition.Predicate("nationalCap"), "National cap."));

        var act = () => RecognitionEngine.Create(rules);

        act.Should().Throw<ArgumentException>().WithMessage("*NAT-001*nationalCap*");
    }

    [Fact]
    public void Evaluate_BlockingPredicateFalse_StopsTheUnit()
    {
        var rules = RuleSet.Default.WithRule(RecognitionRule.Create("NAT-001", RuleScope.Unit, RuleSeverity.Blocking,
            Condition.Predicate("optionalUnitsOnly"), "Only optional units are recognised from abroad."));
        var engine = RecognitionEngine.Create(rules, predicates: new Dictionary<string, RecognitionPredicate>
        {
            ["optionalUnitsOnly"] = c => c.Unit is null ? Truth.NotEvaluable
                : c.Record.Qualification.Qualification.GetAllocation(c.Unit.Unit).IsMandatory ? Truth.False : Truth.True,
        });

        var report = engine.Evaluate(WorkedExample(), Today);

        report.GetDecision(U3)!.Outcome.Should().Be(RecognitionOutcome.NotRecognised);
        report.GetDecision(U3)!.Reasons.Should().Equal("NAT-001");
        report.ResultsOf("NAT-001").Single().Code.Should().Be("predicate:optionalUnitsOnly.false");
    }

    [Fact]
    public void Evaluate_MatchInReviewBand_DefersUntilConfirmed()
    {
        var record = new MobilityRecord(Qualification(), Agreement(),
            Transcript(HostOutcome(1), HostOutcome(2), HostOutcome(3), HostOutcome(4)), Mou(), HostUnits(ReviewBandText));

        var decision = Evaluate(record).GetDecision(U3)!;

        decision.Outcome.Should().Be(RecognitionOutcome.Deferred);
        decision.AwaitingConfirmation.Should().ContainSingle().Which.HostOutcome.Should().Be(HostLo(4));
        decision.AwaitingConfirmation[0].Similarity.Should().BeInRange(0.55, 0.80);
        decision.Reasons.Should().Contain(["VAL-001", ReasonCodes.AwaitingConfirmation]);
    }

    [Fact]
    public void Evaluate_ReviewBandMatchConfirmed_CountsWithTheConfirmation()
    {
        var confirmation = MatchConfirmation.Confirm(HostLo(4), Lo(3, 4), "Mari Korhonen", NodaTime.Instant.FromUtc(2026, 6, 10, 9, 0), "Same content, other words.");
        var record = new MobilityRecord(Qualification(), Agreement(),
            Transcript(HostOutcome(1), HostOutcome(2), HostOutcome(3), HostOutcome(4)), Mou(), HostUnits(ReviewBandText), [confirmation]);

        var decision = Evaluate(record).GetDecision(U3)!;

        decision.Outcome.Should().Be(RecognitionOutcome.Full);
        decision.CoveredOutcomes.Single(c => c.Outcome == Lo(3, 4)).Evidence.Confirmation.Should().Be(confirmation);
    }

    [Fact]
    public void Evaluate_ReviewBandMatchRefused_LeavesTheOutcomeUncovered()
    {
        var refusal = MatchConfirmation.Refuse(HostLo(4), Lo(3, 4), "Mari Korhonen", NodaTime.Instant.FromUtc(2026, 6, 10, 9, 0));
        var record = new MobilityRecord(Qualification(), Agreement(),
            Transcript(HostOutcome(1), HostOutcome(2), HostOutcome(3), HostOutcome(4)), Mou(), HostUnits(ReviewBandText), [refusal]);

        var decision = Evaluate(record).GetDecision(U3)!;

        decision.Outcome.Should().Be(RecognitionOutcome.Partial);
        decision.Coverage.Should().Be(0.75m);
    }

    [Fact]
    public void Evaluate_MatchBelowReviewThreshold_DoesNotCount()
    {
        var record = new MobilityRecord(Qualification(), Agreement(),
            Transcript(HostOutcome(1), HostOutcome(2), HostOutcome(3), HostOutcome(4)), Mou(), HostUnits("Serves wine with the dessert course."));

        var decision = Evaluate(record).GetDecision(U3)!;

        decision.Outcome.Should().Be(RecognitionOutcome.Partial);
        decision.AwaitingConfirmation.Should().BeEmpty();
    }

    private readonly record struct LocalDateHolder(int Year, int Month, int Day)
    {
        public NodaTime.LocalDate Date => new(Year, Month, Day);
    }
}
