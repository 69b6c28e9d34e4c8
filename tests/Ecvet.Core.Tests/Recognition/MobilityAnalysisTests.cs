using System.Collections.Immutable;
using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Recognition;
using Ecvet.Recognition.Internal;
using Ecvet.Serialization;
using Ecvet.Tests.Agreements;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;
using static Ecvet.Tests.Recognition.RecognitionFixture;

namespace Ecvet.Tests.Recognition;

/// <summary>
/// What the engine's analysis gathers for each targeted home outcome, rule by rule: which results are used, the state and
/// evidence along each of the three paths, the paths it cites, and what it hands the matcher.
/// </summary>
public sealed class MobilityAnalysisTests
{
    private static readonly UnitId Sala = UnitId.Parse("es-sala");

    private static MobilityAnalysis Run(MobilityRecord record, IOutcomeMatcher? matcher = null, RecognitionPolicy? policy = null) =>
        MobilityAnalysis.Run(record, policy ?? RecognitionPolicy.Default, Today, matcher ?? new Fixed());

    private static MobilityRecord Record(PersonalTranscript transcript, MemorandumOfUnderstanding? mou = null, UnitCatalogue? hostUnits = null,
        LearningAgreement? agreement = null, QualificationDocument? qualification = null, params MatchConfirmation[] confirmations) =>
        new(qualification ?? Qualification(), agreement ?? Agreement(), transcript, mou ?? Mou(), hostUnits, confirmations);

    private static MemorandumOfUnderstanding MouWith(params EquivalenceRule[] rules) => Mou(equivalences: rules);

    private static AssessmentResult HostUnitAssessed(UnitId unit, string? grade = "8", int day = 20) => UnitResult(unit, grade, day, TargetCatalogue.Host);

    private static OutcomeAnalysis Outcome3(MobilityAnalysis analysis, int outcome) => analysis.Units[0].Outcomes[outcome - 1];

    [Fact]
    public void Run_CitesThePathsOfTheAgreementTheUnitAndEachOutcome()
    {
        var analysis = Run(WorkedExample());

        analysis.VersionIndex.Should().Be(0);
        analysis.ContentPath.Should().Be("agreement:$.versions[0].content");
        analysis.ContentPathEvidence.Should().Equal("agreement:$.versions[0].content");
        (analysis.ContentPathEvidence == analysis.ContentPathEvidence).Should().BeTrue("the evidence is made once");
        var unit = analysis.Units.Should().ContainSingle().Subject;
        unit.Index.Should().Be(0);
        unit.Path.Should().Be("agreement:$.versions[0].content.expected[0]");
        unit.PathEvidence.Should().Equal(unit.Path);
        (unit.PathEvidence == unit.PathEvidence).Should().BeTrue();
        unit.Allocation!.Points.Should().Be(CreditPoints.From(50));
        unit.Unit!.Id.Should().Be(U3);
        unit.Outcomes.Select(o => o.Path).Should().Equal(
            "qualification:$.units[2].learningOutcomes[0]", "qualification:$.units[2].learningOutcomes[1]",
            "qualification:$.units[2].learningOutcomes[2]", "qualification:$.units[2].learningOutcomes[3]");
        unit.Outcomes[1].PathEvidence.Should().Equal("qualification:$.units[2].learningOutcomes[1]");
        (unit.Outcomes[1].PathEvidence == unit.Outcomes[1].PathEvidence).Should().BeTrue();
    }

    [Fact]
    public void Run_HomeAssessments_CoverPassedOutcomesAndFailTheOthers()
    {
        var analysis = Run(WorkedExample());

        var first = Outcome3(analysis, 1);
        first.State.Should().Be(OutcomeState.Covered);
        first.Evidence.Should().Be(new OutcomeEvidence(EvidenceKind.HomeAssessment, Lo(3, 1).Value, new LocalDate(2026, 5, 20), null, null, ["transcript:$.entries[0]"]));
        first.HostKey.Should().BeNull("a home assessment is the home's own target, never host evidence counted elsewhere");
        first.AnyPassed.Should().BeTrue();
        first.AnyInProgress.Should().BeFalse();
        first.ResultPaths.Should().Equal("transcript:$.entries[0]");
        Outcome3(analysis, 3).ResultPaths.Should().Equal("transcript:$.entries[2]");
        var fourth = Outcome3(analysis, 4);
        fourth.State.Should().Be(OutcomeState.Failed);
        fourth.Evidence.Should().BeNull();
        fourth.Pending.Should().BeNull();
        fourth.AnyPassed.Should().BeFalse();
        fourth.Results.Should().ContainSingle().Which.Entry.Should().Be(3);
        analysis.UnusedResults.Should().BeEmpty();
    }

    [Fact]
    public void Run_OutcomeAndItsUnitBothPassed_KeepsTheOutcomesOwnAssessment()
    {
        var analysis = Run(Record(Transcript(Outcome(Lo(3, 1)), UnitResult(U3, day: 22))));

        var first = Outcome3(analysis, 1);
        first.Evidence!.Source.Should().Be(Lo(3, 1).Value);
        first.Results.Select(r => r.Path).Should().Equal("transcript:$.entries[0]", "transcript:$.entries[1]");
        first.ResultPaths.Should().Equal("transcript:$.entries[0]", "transcript:$.entries[1]");
        Outcome3(analysis, 2).Evidence!.Source.Should().Be(U3.Value);
        Outcome3(analysis, 2).Evidence!.AssessedOn.Should().Be(new LocalDate(2026, 5, 22));
    }

    [Fact]
    public void Run_OutcomeFailedButItsUnitPassed_IsCoveredByTheUnit()
    {
        var first = Outcome3(Run(Record(Transcript(Outcome(Lo(3, 1), "3"), UnitResult(U3)))), 1);

        first.State.Should().Be(OutcomeState.Covered);
        first.Evidence!.Source.Should().Be(U3.Value);
        first.Evidence.Paths.Should().Equal("transcript:$.entries[1]");
        first.AnyPassed.Should().BeTrue();
    }

    [Fact]
    public void Run_OutcomeInProgressAndItsUnitFailed_IsInProgress()
    {
        var first = Outcome3(Run(Record(Transcript(Outcome(Lo(3, 1), null), UnitResult(U3, "2")))), 1);

        first.State.Should().Be(OutcomeState.InProgress);
        first.Evidence.Should().BeNull();
        first.AnyInProgress.Should().BeTrue();
        first.AnyPassed.Should().BeFalse();
        first.Results.Should().HaveCount(2);
    }

    [Fact]
    public void Run_ResultsNoCatalogueHolds_AreUnused()
    {
        var transcript = Transcript(
            Outcome(LearningOutcomeId.Parse("fi-cook-u9-lo1")),                        // a home outcome the home catalogue lacks
            Outcome(HostLo(1), catalogue: TargetCatalogue.Host),                       // a host outcome, no host catalogue given
            UnitResult(UnitId.Parse("fi-cook-u9")),                                    // a home unit the home catalogue lacks
            HostUnitAssessed(HostUnit),                                                // a host unit: an equivalence names it
            Outcome(Lo(3, 2), catalogue: TargetCatalogue.Host),                        // a home outcome id said to be the host's
            Outcome(Lo(3, 1)));

        var analysis = Run(Record(transcript));

        analysis.UnusedResults.Should().Equal("transcript:$.entries[0]", "transcript:$.entries[1]", "transcript:$.entries[2]", "transcript:$.entries[4]");
        Outcome3(analysis, 1).State.Should().Be(OutcomeState.Covered);
        Outcome3(analysis, 2).State.Should().Be(OutcomeState.None);
        Outcome3(analysis, 2).Results.Should().BeEmpty();
    }

    [Fact]
    public void Run_HostOutcomeInTheHostCatalogue_IsUsedAndAHomeIdSaidToBeTheHostsIsNot()
    {
        var analysis = Run(Record(Transcript(HostOutcome(1), Outcome(HostLo(2))), hostUnits: HostUnits()));

        analysis.UnusedResults.Should().Equal("transcript:$.entries[1]");
    }

    [Fact]
    public void Run_SomeOutcomesTargeted_AnalysesThoseAndListsTheUnknown()
    {
        var content = Content(null, ExpectU3(25, [Lo(3, 3), LearningOutcomeId.Parse("fi-cook-u3-lo9"), Lo(3, 2)]));

        var unit = Run(Record(Transcript(Outcome(Lo(3, 2))), agreement: Agreement(content))).Units.Single();

        unit.Outcomes.Select(o => o.Outcome.Id).Should().Equal(Lo(3, 3), Lo(3, 2));
        unit.Outcomes.Select(o => o.Path).Should().Equal("qualification:$.units[2].learningOutcomes[2]", "qualification:$.units[2].learningOutcomes[1]");
        unit.UnknownOutcomes.Should().Equal(LearningOutcomeId.Parse("fi-cook-u3-lo9"));
        unit.Outcomes[1].State.Should().Be(OutcomeState.Covered);
    }

    [Fact]
    public void Run_WholeUnitTargeted_HasNoUnknownOutcomes()
    {
        Run(WorkedExample()).Units.Single().UnknownOutcomes.Should().BeEmpty();
    }

    [Fact]
    public void Run_ExpectedUnitNotInTheQualification_HasNoOutcomesAndIsFound()
    {
        var u9 = ExpectedLearning.Create(UnitId.Parse("fi-cook-u9"), null, CreditPoints.From(5), CreditPoints.From(5), Arrangement, TestValues.En("Extra"));
        var analysis = Run(Record(Transcript(Outcome(Lo(3, 1))), agreement: Agreement(Content(null, ExpectU3(), u9))));

        analysis.Units.Should().HaveCount(2);
        var unit = analysis.Units[1];
        unit.Index.Should().Be(1);
        unit.Path.Should().Be("agreement:$.versions[0].content.expected[1]");
        unit.Unit.Should().BeNull();
        unit.Allocation.Should().BeNull();
        unit.Outcomes.Should().BeEmpty();
        analysis.Finding(ConsistencyCode.ExpectedUnitNotInQualification, 1).Should().NotBeNull();
        analysis.Finding(ConsistencyCode.ExpectedUnitNotInQualification, 0).Should().BeNull();
        analysis.Finding(ConsistencyCode.ExpectedUnitNotInQualification).Should().BeNull();
        analysis.Findings.Should().Contain(f => f.Code == ConsistencyCode.ExpectedUnitNotInQualification);
    }

    [Fact]
    public void Run_EquivalenceOfAnAssessedHostUnit_CoversEveryOutcomeOfTheHomeUnit()
    {
        var analysis = Run(Record(Transcript(HostUnitAssessed(HostUnit)), MouWith(EquivalenceRule.Create([HostUnit], U3))));

        analysis.Units[0].Outcomes.Should().OnlyContain(o => o.State == OutcomeState.Covered && o.HostKey == "unit:es-cocina");
        Outcome3(analysis, 2).Evidence.Should().Be(new OutcomeEvidence(EvidenceKind.MouEquivalence, "es-cocina", new LocalDate(2026, 5, 20), null, null,
            ["transcript:$.entries[0]"]));
        Outcome3(analysis, 2).AnyPassed.Should().BeTrue();
    }

    [Fact]
    public void Run_EquivalenceOfTwoHostUnits_JoinsTheirNamesAndTakesTheLatestDay()
    {
        var rule = EquivalenceRule.Create([HostUnit, Sala], U3);

        var evidence = Outcome3(Run(Record(Transcript(HostUnitAssessed(Sala, day: 27), HostUnitAssessed(HostUnit, day: 12)), MouWith(rule))), 1).Evidence!;

        evidence.Source.Should().Be("es-cocina+es-sala");
        evidence.AssessedOn.Should().Be(new LocalDate(2026, 5, 27));
        evidence.Paths.Should().Equal("transcript:$.entries[1]", "transcript:$.entries[0]");
    }

    [Fact]
    public void Run_EquivalenceWithAHostUnitNotAssessed_DoesNotApply()
    {
        var first = Outcome3(Run(Record(Transcript(HostUnitAssessed(HostUnit)), MouWith(EquivalenceRule.Create([HostUnit, Sala], U3)))), 1);

        first.State.Should().Be(OutcomeState.None);
        first.Results.Should().BeEmpty();
    }

    [Theory]
    [InlineData("8", "2", (int)OutcomeState.Failed)]
    [InlineData("8", null, (int)OutcomeState.InProgress)]
    [InlineData(null, "2", (int)OutcomeState.Failed)]
    [InlineData("8", "8", (int)OutcomeState.Covered)]
    public void Run_EquivalenceOfTwoHostUnits_IsTheWorseOfTheirStates(string? cocina, string? sala, int state)
    {
        var expected = (OutcomeState)state;
        var rule = EquivalenceRule.Create([HostUnit, Sala], U3);

        var first = Outcome3(Run(Record(Transcript(HostUnitAssessed(HostUnit, cocina), HostUnitAssessed(Sala, sala)), MouWith(rule))), 1);

        first.State.Should().Be(expected);
        first.Results.Should().HaveCount(2);
        (first.Evidence is null).Should().Be(expected != OutcomeState.Covered);
        (first.HostKey is null).Should().Be(expected != OutcomeState.Covered);
    }

    [Fact]
    public void Run_EquivalenceOfSomeOutcomes_CoversOnlyThose()
    {
        var analysis = Run(Record(Transcript(HostUnitAssessed(HostUnit)), MouWith(EquivalenceRule.Create([HostUnit], U3, [Lo(3, 2)]))));

        analysis.Units[0].Outcomes.Select(o => o.State).Should().Equal(OutcomeState.None, OutcomeState.Covered, OutcomeState.None, OutcomeState.None);
    }

    [Fact]
    public void Run_EquivalenceOfAnotherHomeUnit_IsNotUsedForThisOne()
    {
        var analysis = Run(Record(Transcript(HostUnitAssessed(HostUnit)), MouWith(EquivalenceRule.Create([HostUnit], U4))));

        analysis.Units[0].Outcomes.Should().OnlyContain(o => o.State == OutcomeState.None);
    }

    [Theory]
    [InlineData("8", "7", "es-fp-0-10", (int)OutcomeState.Covered)]
    [InlineData("7", "7", "es-fp-0-10", (int)OutcomeState.Covered)]
    [InlineData("6", "7", "es-fp-0-10", (int)OutcomeState.Failed)]
    [InlineData("8", "7", "de-noten-1-6", (int)OutcomeState.None)]
    [InlineData("8", "11", "es-fp-0-10", (int)OutcomeState.None)]
    public void Run_EquivalenceWithAMinimumGrade_ChecksItInItsOwnScheme(string grade, string minimum, string scheme, int state)
    {
        var expected = (OutcomeState)state;
        var rule = EquivalenceRule.Create([HostUnit], U3, minimumGrade: minimum, minimumGradeScheme: scheme);

        var first = Outcome3(Run(Record(Transcript(HostUnitAssessed(HostUnit, grade)), MouWith(rule))), 1);

        first.State.Should().Be(expected);
        first.Results.Should().ContainSingle();
    }

    [Fact]
    public void Run_EquivalenceCovering_ConsumesTheHostUnitSoItsOutcomesAreNotMatchedAgain()
    {
        var matcher = new Fixed();
        var agreement = Agreement(Content(null, ExpectU3(), ExpectU4()));

        var analysis = Run(Record(Transcript(HostUnitAssessed(HostUnit)), MouWith(EquivalenceRule.Create([HostUnit], U3)), HostUnits(), agreement), matcher);

        analysis.Units[0].Outcomes.Should().OnlyContain(o => o.State == OutcomeState.Covered);
        matcher.Calls.Should().Be(0, "the host unit's outcomes already count through the equivalence");
    }

    [Fact]
    public void Run_EquivalenceNotCovering_LeavesTheHostUnitToMatch()
    {
        var matcher = new Fixed();
        var rule = EquivalenceRule.Create([HostUnit], U3, minimumGrade: "9", minimumGradeScheme: "es-fp-0-10");

        _ = Run(Record(Transcript(HostUnitAssessed(HostUnit)), MouWith(rule), HostUnits()), matcher);

        matcher.Calls.Should().Be(1);
        matcher.Hosts.Should().Equal(HostLo(1), HostLo(2), HostLo(3), HostLo(4));
        matcher.Homes.Should().Equal(Lo(3, 1), Lo(3, 2), Lo(3, 3), Lo(3, 4));
    }

    [Fact]
    public void Run_Matching_OffersPassedHostOutcomesFirstThenPassedHostUnitsEachOutcomeOnce()
    {
        var matcher = new Fixed();

        _ = Run(Record(Transcript(HostOutcome(3), HostOutcome(2, "4"), HostUnitResult()), hostUnits: HostUnits()), matcher);

        matcher.Hosts.Should().Equal(HostLo(3), HostLo(1), HostLo(2), HostLo(4));
    }

    [Fact]
    public void Run_Matching_OffersOnlyHomeOutcomesNotYetCovered()
    {
        var matcher = new Fixed();

        _ = Run(Record(Transcript(Outcome(Lo(3, 1)), Outcome(Lo(3, 3), "2"), HostOutcome(2)), hostUnits: HostUnits()), matcher);

        matcher.Homes.Should().Equal(Lo(3, 2), Lo(3, 3), Lo(3, 4));
    }

    [Fact]
    public void Run_Matching_NotCalledWithoutAPassedHostOutcome()
    {
        var matcher = new Fixed();

        _ = Run(Record(Transcript(HostOutcome(1, "3"), HostUnitAssessed(HostUnit, "2")), hostUnits: HostUnits()), matcher);

        matcher.Calls.Should().Be(0);
    }

    [Fact]
    public void Run_Matching_NotCalledWhenEveryHomeOutcomeIsCovered()
    {
        var matcher = new Fixed();

        _ = Run(Record(Transcript(UnitResult(U3), HostOutcome(1)), hostUnits: HostUnits()), matcher);

        matcher.Calls.Should().Be(0);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.80)]
    public void Run_MatchAtOrAboveTheEquivalenceThreshold_Covers(double similarity)
    {
        var first = Outcome3(Run(Record(Transcript(HostOutcome(1)), hostUnits: HostUnits()), new Fixed((0, 0, similarity))), 1);

        first.State.Should().Be(OutcomeState.Covered);
        first.Evidence.Should().Be(new OutcomeEvidence(EvidenceKind.MatchedHostOutcome, HostLo(1).Value, new LocalDate(2026, 5, 20), similarity, null,
            ["transcript:$.entries[0]"]));
        first.HostKey.Should().Be("outcome:es-cocina-lo1");
        first.Pending.Should().BeNull();
        first.ResultPaths.Should().Equal("transcript:$.entries[0]");
    }

    [Theory]
    [InlineData(0.7999)]
    [InlineData(0.55)]
    public void Run_MatchInTheReviewBand_AwaitsConfirmation(double similarity)
    {
        var first = Outcome3(Run(Record(Transcript(HostOutcome(1)), hostUnits: HostUnits()), new Fixed((0, 0, similarity))), 1);

        first.State.Should().Be(OutcomeState.AwaitingConfirmation);
        first.Pending.Should().Be(new PendingMatch(Lo(3, 1), HostLo(1), similarity));
        first.Evidence.Should().BeNull();
        first.HostKey.Should().BeNull();
        first.Results.Should().ContainSingle();
    }

    [Fact]
    public void Run_MatchBelowTheReviewThreshold_IsIgnored()
    {
        var first = Outcome3(Run(Record(Transcript(HostOutcome(1)), hostUnits: HostUnits()), new Fixed((0, 0, 0.5499))), 1);

        first.State.Should().Be(OutcomeState.None);
        first.Results.Should().BeEmpty();
    }

    [Fact]
    public void Run_MatchInTheReviewBandConfirmed_CoversWithTheConfirmation()
    {
        var confirmation = MatchConfirmation.Confirm(HostLo(1), Lo(3, 1), "Maria Virtanen", Instant.FromUtc(2026, 6, 1, 9, 0));
        var refusalOfAnotherPair = MatchConfirmation.Refuse(HostLo(1), Lo(3, 2), "Maria Virtanen", Instant.FromUtc(2026, 6, 1, 9, 0));

        var first = Outcome3(Run(Record(Transcript(HostOutcome(1)), hostUnits: HostUnits(), confirmations: [refusalOfAnotherPair, confirmation]),
            new Fixed((0, 0, 0.6))), 1);

        first.State.Should().Be(OutcomeState.Covered);
        first.Evidence!.Confirmation.Should().Be(confirmation);
        first.Evidence.Similarity.Should().Be(0.6);
        first.HostKey.Should().Be("outcome:es-cocina-lo1");
    }

    [Fact]
    public void Run_MatchInTheReviewBandRefused_NeitherCoversNorAwaits()
    {
        var refusal = MatchConfirmation.Refuse(HostLo(1), Lo(3, 1), "Maria Virtanen", Instant.FromUtc(2026, 6, 1, 9, 0));

        var first = Outcome3(Run(Record(Transcript(HostOutcome(1)), hostUnits: HostUnits(), confirmations: [refusal]), new Fixed((0, 0, 0.6))), 1);

        first.State.Should().Be(OutcomeState.None);
        first.Pending.Should().BeNull();
        first.Results.Should().ContainSingle("the result was looked at");
    }

    [Fact]
    public void Run_ConfirmationOfAnotherPair_LeavesTheMatchAwaiting()
    {
        var other = MatchConfirmation.Confirm(HostLo(1), Lo(3, 2), "Maria Virtanen", Instant.FromUtc(2026, 6, 1, 9, 0));

        var first = Outcome3(Run(Record(Transcript(HostOutcome(1)), hostUnits: HostUnits(), confirmations: [other]), new Fixed((0, 0, 0.6))), 1);

        first.State.Should().Be(OutcomeState.AwaitingConfirmation);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(0, 4)]
    public void Run_PairingOutOfRange_IsIgnored(int host, int home)
    {
        var analysis = Run(Record(Transcript(HostOutcome(1)), hostUnits: HostUnits()), new Fixed((host, home, 0.9)));

        analysis.Units[0].Outcomes.Should().OnlyContain(o => o.State == OutcomeState.None);
    }

    [Fact]
    public void Run_MatchOfAnotherType_IsIgnoredUnlessThePolicyAllowsIt()
    {
        var record = Record(Transcript(HostOutcome(1)), hostUnits: HostUnits());
        var matcher = new Fixed((0, 3, 0.9)); // a skill for a knowledge outcome

        Outcome3(Run(record, matcher), 4).State.Should().Be(OutcomeState.None);
        Outcome3(Run(record, matcher), 4).Results.Should().BeEmpty();
        Outcome3(Run(record, matcher, RecognitionPolicy.Default.With(allowTypeMismatch: true)), 4).State.Should().Be(OutcomeState.Covered);
    }

    [Theory]
    [InlineData(3, (int)OutcomeState.None)]
    [InlineData(4, (int)OutcomeState.Covered)]
    [InlineData(5, (int)OutcomeState.Covered)]
    [InlineData(null, (int)OutcomeState.Covered)]
    public void Run_MatchOfALowerEqfLevel_IsIgnored(int? hostLevel, int state)
    {
        var expected = (OutcomeState)state;
        var host = UnitCatalogue.Create([UnitOfLearningOutcomes.Create(HostUnit, TestValues.En("Cocina"),
            [LearningOutcome.Create(HostLo(1), TestValues.En("Checks core temperatures."), LearningOutcomeType.Skill,
                hostLevel is { } l ? EqfLevel.From(l) : null)], [AssessmentMethod.PracticalDemonstration])]);

        var first = Outcome3(Run(Record(Transcript(HostOutcome(1)), hostUnits: host, qualification: LevelledQualification()), new Fixed((0, 0, 0.9))), 1);

        first.State.Should().Be(expected);
    }

    [Fact]
    public void Run_MatchOfAHomeOutcomeWithoutALevel_IsNotCheckedForLevel()
    {
        var host = UnitCatalogue.Create([UnitOfLearningOutcomes.Create(HostUnit, TestValues.En("Cocina"),
            [LearningOutcome.Create(HostLo(1), TestValues.En("Checks core temperatures."), LearningOutcomeType.Skill, EqfLevel.From(1))],
            [AssessmentMethod.PracticalDemonstration])]);

        Outcome3(Run(Record(Transcript(HostOutcome(1)), hostUnits: host), new Fixed((0, 0, 0.9))), 1).State.Should().Be(OutcomeState.Covered);
    }

    [Fact]
    public void Run_OneHostKeyCoveringOutcomesOfTwoUnits_MarksTheSecondUnitAsDoubleCounted()
    {
        var agreement = Agreement(Content(null, ExpectU3(), ExpectU4()));
        var mou = MouWith(EquivalenceRule.Create([HostUnit], U3), EquivalenceRule.Create([HostUnit], U4));

        var analysis = Run(Record(Transcript(HostUnitAssessed(HostUnit)), mou, agreement: agreement));

        analysis.Units[0].DoubleCountedWith.Should().BeNull("the unit that first uses the evidence owns it, however many of its outcomes it covers");
        analysis.Units[0].DoubleCountedKey.Should().BeNull();
        analysis.Units[1].DoubleCountedWith.Should().Be(U3.Value);
        analysis.Units[1].DoubleCountedKey.Should().Be("unit:es-cocina");
    }

    [Fact]
    public void ContextFor_SameSubject_IsOneContextAndAnotherSubjectAnother()
    {
        var analysis = Run(WorkedExample());
        var unit = analysis.Units[0];

        var mobility = analysis.ContextFor(null, null);
        mobility.Should().BeSameAs(analysis.ContextFor(null, null));
        mobility.Unit.Should().BeNull();
        mobility.Outcome.Should().BeNull();
        mobility.Today.Should().Be(Today);
        mobility.Agreement.Should().Be(analysis.Content);

        var forUnit = analysis.ContextFor(unit, null);
        forUnit.Should().NotBeSameAs(mobility);
        forUnit.Unit.Should().Be(unit.Expected);
        forUnit.Should().BeSameAs(analysis.ContextFor(unit, null));

        var forOutcome = analysis.ContextFor(unit, unit.Outcomes[1]);
        forOutcome.Should().NotBeSameAs(forUnit);
        forOutcome.Outcome.Should().Be(unit.Outcomes[1].Outcome);
        analysis.ContextFor(unit, unit.Outcomes[2]).Outcome.Should().Be(unit.Outcomes[2].Outcome);
    }

    /// <summary>The fixture's qualification with U3's outcomes at EQF level 4.</summary>
    private static QualificationDocument LevelledQualification()
    {
        var document = Qualification();
        var u3 = document.Units.Get(U3);
        var levelled = UnitOfLearningOutcomes.Create(U3, u3.Title, u3.LearningOutcomes.Select(o => LearningOutcome.Create(o.Id, o.Statement, o.Type,
            EqfLevel.Level4, isCritical: o.IsCritical)), [AssessmentMethod.PracticalDemonstration]);
        return QualificationDocument.Create(document.Qualification, UnitCatalogue.Create([.. document.Units.Units.Select(u => u.Id == U3 ? levelled : u)]));
    }

    /// <summary>Answers the given pairings and records what it was asked.</summary>
    private sealed class Fixed(params (int Host, int Home, double Similarity)[] pairings) : IOutcomeMatcher
    {
        public int Calls { get; private set; }

        public ImmutableArray<LearningOutcomeId> Hosts { get; private set; } = [];

        public ImmutableArray<LearningOutcomeId> Homes { get; private set; } = [];

        public ImmutableArray<OutcomePairing> Match(IReadOnlyList<LearningOutcome> hostOutcomes, IReadOnlyList<LearningOutcome> homeOutcomes)
        {
            Calls++;
            Hosts = [.. hostOutcomes.Select(o => o.Id)];
            Homes = [.. homeOutcomes.Select(o => o.Id)];
            return [.. pairings.Select(p => OutcomePairing.Create(p.Host, p.Home, p.Similarity))];
        }
    }
}
