using System.Collections.Immutable;
using Ecvet.Recognition;
using Ecvet.Serialization;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;
using static Ecvet.Tests.Recognition.RecognitionFixture;

namespace Ecvet.Tests.Recognition;

/// <summary>
/// Each rule of <see cref="CreditLedger"/> on ledgers and reports built directly: the constructor's checks, what a report
/// adds, which of two entries is kept, completion by recognition and by banked outcomes, equality and text.
/// </summary>
public sealed class CreditLedgerRuleTests
{
    private static readonly UnitId U1 = UnitId.Parse("fi-cook-u1");
    private static readonly UnitId U2 = UnitId.Parse("fi-cook-u2");
    private static readonly UnitId U6 = UnitId.Parse("fi-cook-u6");
    private static readonly LocalDate Day = new(2026, 6, 15);
    private static readonly InstitutionId OtherHost = InstitutionId.Parse("schac:ikasbide.eus");

    private static LearnerId Id => Learner().Ids[0];

    private static LocalDate May(int day) => new(2026, 5, day);

    /// <summary>The host's assessment of a home outcome or unit: evidences the outcomes of one home unit.</summary>
    private static OutcomeEvidence Assessed(string source, int day = 20) =>
        new(EvidenceKind.HomeAssessment, source, May(day), null, null, ["transcript:$.entries[0]"]);

    /// <summary>A matched host outcome: evidences one home outcome.</summary>
    private static OutcomeEvidence Matched(int hostOutcome, int day = 20) =>
        new(EvidenceKind.MatchedHostOutcome, HostLo(hostOutcome).Value, May(day), 0.9, null, ["transcript:$.entries[0]"]);

    private static CoveredOutcome Cov(LearningOutcomeId outcome, OutcomeEvidence evidence) => new(outcome, evidence);

    /// <summary>Every U3 outcome covered by the host's assessment of the unit.</summary>
    private static CoveredOutcome[] U3ByUnit(int day = 20) => [.. Enumerable.Range(1, 4).Select(i => Cov(Lo(3, i), Assessed("fi-cook-u3", day)))];

    private static UnitDecision Decision(UnitId unit, RecognitionOutcome outcome, params CoveredOutcome[] covered)
    {
        var targeted = Qualification().Units.Get(unit).LearningOutcomes.Select(o => o.Id).ToImmutableArray();
        return new UnitDecision(unit, outcome, CreditPoints.Zero, CreditPoints.From(50), covered.Length == targeted.Length ? 1m : 0.5m, true,
            targeted, [.. covered], [], []);
    }

    private static RecognitionReport Report(LocalDate on, params UnitDecision[] decisions) => Report(on, "la-2026-0042", Host, decisions);

    private static RecognitionReport Report(LocalDate on, string agreement, InstitutionId host, params UnitDecision[] decisions) =>
        new("ecvet-default", "1.0.0", on, agreement, 1, Learner(), QualificationRef.Id, host, [.. decisions], []);

    private static BankedOutcome Banked(UnitId unit, LearningOutcomeId outcome, OutcomeEvidence evidence, LocalDate? recognisedOn = null,
        string agreement = "la-2026-0042") => new(unit, outcome, Host, agreement, recognisedOn ?? Day, evidence);

    private static UnitRecognition Recognition(UnitId unit, LocalDate? recognisedOn = null, params CoveredOutcome[] covered) =>
        new(unit, Host, "la-2026-0042", recognisedOn ?? Day, [.. covered]);

    private static CreditLedger Ledger(QualificationDocument? qualification = null, ImmutableArray<BankedOutcome> banked = default,
        ImmutableArray<UnitRecognition> recognitions = default) =>
        new(Id, qualification ?? Qualification(), banked, recognitions);

    /// <summary>The fixture's qualification whose catalogue also holds a unit U6 the qualification does not allocate.</summary>
    private static QualificationDocument WithUnallocatedUnit()
    {
        var document = Qualification();
        return QualificationDocument.Create(document.Qualification, UnitCatalogue.Create([.. document.Units.Units, Unit(6, 2, "Catering")]));
    }

    [Fact]
    public void Constructor_NullLearnerOrQualification_ThrowsNamingIt()
    {
        var noLearner = () => new CreditLedger(null!, Qualification(), [], []);
        var noQualification = () => new CreditLedger(Id, null!, [], []);

        noLearner.Should().Throw<ArgumentNullException>().WithParameterName("learner");
        noQualification.Should().Throw<ArgumentNullException>().WithParameterName("qualification");
    }

    [Fact]
    public void Constructor_DefaultArrays_BecomeEmpty()
    {
        var ledger = Ledger();

        ledger.BankedOutcomes.IsDefault.Should().BeFalse();
        ledger.BankedOutcomes.Should().BeEmpty();
        ledger.Recognitions.IsDefault.Should().BeFalse();
        ledger.Recognitions.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_NullEntries_ThrowNamingTheList()
    {
        var banked = () => Ledger(banked: [null!]);
        var recognitions = () => Ledger(recognitions: [null!]);

        banked.Should().Throw<ArgumentException>().WithParameterName("bankedOutcomes").WithMessage("The collection must not contain null.*");
        recognitions.Should().Throw<ArgumentException>().WithParameterName("recognitions").WithMessage("The collection must not contain null.*");
    }

    [Fact]
    public void Constructor_OutcomeBankedTwice_ThrowsSayingWhich()
    {
        var act = () => Ledger(banked: [Banked(U3, Lo(3, 1), Assessed("fi-cook-u3")), Banked(U3, Lo(3, 1), Assessed("fi-cook-u3-lo1"))]);

        act.Should().Throw<ArgumentException>().WithParameterName("bankedOutcomes").WithMessage("Duplicate banked outcome 'fi-cook-u3-lo1'*");
    }

    [Fact]
    public void Constructor_UnitRecognisedTwice_ThrowsSayingWhich()
    {
        var act = () => Ledger(recognitions: [Recognition(U3, null, U3ByUnit()), Recognition(U3, Day.PlusDays(1), U3ByUnit())]);

        act.Should().Throw<ArgumentException>().WithParameterName("recognitions").WithMessage("Duplicate recognition of the unit 'fi-cook-u3'*");
    }

    [Fact]
    public void Constructor_BankedOutcomeOfAUnitTheQualificationDoesNotAllocate_ThrowsSayingWhich()
    {
        var act = () => Ledger(WithUnallocatedUnit(), banked: [Banked(U6, Lo(6, 1), Assessed("fi-cook-u6"))]);

        act.Should().Throw<ArgumentException>().WithParameterName("bankedOutcomes")
            .WithMessage($"The unit fi-cook-u6 is not a unit of qualification {QualificationRef.Id}.*");
    }

    [Fact]
    public void Constructor_BankedOutcomeOfAnotherUnit_ThrowsSayingWhich()
    {
        var act = () => Ledger(banked: [Banked(U3, Lo(2, 1), Assessed("fi-cook-u3"))]);

        act.Should().Throw<ArgumentException>().WithParameterName("bankedOutcomes")
            .WithMessage("The outcome fi-cook-u2-lo1 is not an outcome of unit fi-cook-u3.*");
    }

    [Fact]
    public void Constructor_RecognitionCoveringAnOutcomeOfAnotherUnit_ThrowsNamingTheRecognitions()
    {
        var act = () => Ledger(recognitions: [Recognition(U3, null, Cov(Lo(2, 1), Assessed("fi-cook-u3")))]);

        act.Should().Throw<ArgumentException>().WithParameterName("recognitions")
            .WithMessage("The outcome fi-cook-u2-lo1 is not an outcome of unit fi-cook-u3.*");
    }

    [Fact]
    public void Constructor_RecognitionOfAUnitTheQualificationDoesNotAllocate_ThrowsNamingTheRecognitions()
    {
        var act = () => Ledger(WithUnallocatedUnit(), recognitions: [Recognition(U6, null, Cov(Lo(6, 1), Assessed("fi-cook-u6")))]);

        act.Should().Throw<ArgumentException>().WithParameterName("recognitions").WithMessage("The unit fi-cook-u6 is not a unit of*");
    }

    [Fact]
    public void Constructor_OneAssessmentCountingForTwoUnits_ThrowsSayingTheEvidenceAndBothTargets()
    {
        var evidence = Assessed("fi-cook-u3");

        var act = () => Ledger(banked: [Banked(U3, Lo(3, 1), evidence), Banked(U2, Lo(2, 1), evidence)]);

        act.Should().Throw<ArgumentException>().WithParameterName("bankedOutcomes")
            .WithMessage($"The host evidence fi-cook-u3 assessed on 2026-05-20 by {Host} counts twice: for unit fi-cook-u3 and for unit fi-cook-u2.*");
    }

    [Fact]
    public void Constructor_OneMatchedHostOutcomeForTwoOutcomesOfOneUnit_ThrowsNamingTheRecognitions()
    {
        var act = () => Ledger(recognitions: [Recognition(U3, null, Cov(Lo(3, 1), Matched(1)), Cov(Lo(3, 2), Matched(1)))]);

        act.Should().Throw<ArgumentException>().WithParameterName("recognitions")
            .WithMessage("*counts twice: for outcome fi-cook-u3-lo1 and for outcome fi-cook-u3-lo2.*");
    }

    [Fact]
    public void Constructor_EvidenceOfARecognitionAlreadyBankedForAnotherUnit_ThrowsNamingTheRecognitions()
    {
        var act = () => Ledger(banked: [Banked(U2, Lo(2, 1), Assessed("fi-cook-u3"))],
            recognitions: [Recognition(U3, null, U3ByUnit())]);

        act.Should().Throw<ArgumentException>().WithParameterName("recognitions").WithMessage("*counts twice*");
    }

    [Fact]
    public void Constructor_OneAssessmentForEveryOutcomeOfItsUnit_IsAccepted()
    {
        var ledger = Ledger(banked: [.. U3ByUnit().Select(c => Banked(U3, c.Outcome, c.Evidence))], recognitions: [Recognition(U3, null, U3ByUnit())]);

        ledger.BankedOutcomes.Should().HaveCount(4);
        ledger.Recognitions.Should().ContainSingle();
    }

    [Fact]
    public void Constructor_SameSourceAssessedOnAnotherDayOrByAnotherHost_IsOtherEvidence()
    {
        var ledger = Ledger(banked: [Banked(U3, Lo(3, 1), Assessed("fi-cook-u3", 20)), Banked(U2, Lo(2, 1), Assessed("fi-cook-u3", 21)),
            new BankedOutcome(U1, Lo(1, 1), OtherHost, "la-2026-0042", Day, Assessed("fi-cook-u3", 20))]);

        ledger.BankedOutcomes.Should().HaveCount(3);
    }

    [Fact]
    public void Constructor_OrdersEntriesAsTheQualificationDoes()
    {
        var ledger = Ledger(
            banked: [Banked(U3, Lo(3, 4), Assessed("fi-cook-u3")), Banked(U3, Lo(3, 2), Assessed("fi-cook-u3")), Banked(U2, Lo(2, 3), Assessed("fi-cook-u2")),
                Banked(U1, Lo(1, 2), Assessed("fi-cook-u1")), Banked(U3, Lo(3, 1), Assessed("fi-cook-u3"))],
            recognitions: [Recognition(U3, null, U3ByUnit()), Recognition(U1, null, Cov(Lo(1, 1), Assessed("fi-cook-u1")), Cov(Lo(1, 2), Assessed("fi-cook-u1")))]);

        ledger.BankedOutcomes.Select(b => b.Outcome).Should().Equal(Lo(1, 2), Lo(2, 3), Lo(3, 1), Lo(3, 2), Lo(3, 4));
        ledger.Recognitions.Select(r => r.Unit).Should().Equal(U1, U3);
    }

    [Fact]
    public void Record_DeferredOrNotRecognisedDecision_AddsNothingEvenWithCoveredOutcomes()
    {
        var report = Report(Day, Decision(U3, RecognitionOutcome.Deferred, U3ByUnit()),
            Decision(U2, RecognitionOutcome.NotRecognised, Cov(Lo(2, 1), Assessed("fi-cook-u2"))));

        var ledger = Ledger().Record(report);

        ledger.BankedOutcomes.Should().BeEmpty();
        ledger.Recognitions.Should().BeEmpty();
    }

    [Fact]
    public void Record_PartialDecision_BanksItsOutcomesWithTheReportsRecognition()
    {
        var report = Report(Day, "la-2026-0099", OtherHost, Decision(U3, RecognitionOutcome.Partial, Cov(Lo(3, 2), Assessed("fi-cook-u3-lo2", 21))));

        var ledger = Ledger().Record(report);

        var banked = ledger.BankedOutcomes.Should().ContainSingle().Subject;
        banked.Unit.Should().Be(U3);
        banked.Outcome.Should().Be(Lo(3, 2));
        banked.Host.Should().Be(OtherHost);
        banked.Agreement.Should().Be("la-2026-0099");
        banked.RecognisedOn.Should().Be(Day);
        banked.Evidence.Should().Be(Assessed("fi-cook-u3-lo2", 21));
        ledger.Recognitions.Should().BeEmpty("a partial unit is banked by outcome, never held as recognised in full");
    }

    [Fact]
    public void Record_FullDecision_HoldsTheUnitAsRecognisedWithItsOutcomes()
    {
        var ledger = Ledger().Record(Report(Day, "la-2026-0099", OtherHost, Decision(U3, RecognitionOutcome.Full, U3ByUnit())));

        var recognition = ledger.Recognitions.Should().ContainSingle().Subject;
        recognition.Unit.Should().Be(U3);
        recognition.Host.Should().Be(OtherHost);
        recognition.Agreement.Should().Be("la-2026-0099");
        recognition.RecognisedOn.Should().Be(Day);
        recognition.CoveredOutcomes.Should().Equal(U3ByUnit());
        ledger.BankedOutcomes.Should().HaveCount(4);
    }

    [Fact]
    public void Record_FullDecisionWithoutCoveredOutcomes_HoldsNoRecognition()
    {
        var ledger = Ledger().Record(Report(Day, Decision(U3, RecognitionOutcome.Full)));

        ledger.Recognitions.Should().BeEmpty();
        ledger.BankedOutcomes.Should().BeEmpty();
    }

    [Fact]
    public void Record_CoveredOutcomeNotOfItsUnit_ThrowsNamingTheReport()
    {
        var decision = new UnitDecision(U3, RecognitionOutcome.Partial, CreditPoints.Zero, CreditPoints.From(50), 0.5m, false,
            [Lo(2, 1)], [Cov(Lo(2, 1), Assessed("fi-cook-u3"))], [], []);

        var act = () => Ledger().Record(Report(Day, decision));

        act.Should().Throw<ArgumentException>().WithParameterName("report").WithMessage("The outcome fi-cook-u2-lo1 is not an outcome of unit fi-cook-u3.*");
    }

    [Fact]
    public void Record_DecisionForAUnitTheQualificationDoesNotAllocate_ThrowsNamingTheReport()
    {
        var act = () => Ledger(WithUnallocatedUnit()).Record(Report(Day, new UnitDecision(U6, RecognitionOutcome.Partial, CreditPoints.Zero,
            CreditPoints.Zero, 0.5m, false, [Lo(6, 1)], [Cov(Lo(6, 1), Assessed("fi-cook-u6"))], [], [])));

        act.Should().Throw<ArgumentException>().WithParameterName("report").WithMessage("The unit fi-cook-u6 is not a unit of*");
    }

    [Fact]
    public void Record_EvidenceAlreadyCountedForAnotherUnitInTheSameReport_LeavesTheSecondOut()
    {
        var evidence = Assessed("fi-cook-u3");
        var report = Report(Day, Decision(U3, RecognitionOutcome.Partial, Cov(Lo(3, 1), evidence)),
            Decision(U2, RecognitionOutcome.Full, Cov(Lo(2, 1), evidence), Cov(Lo(2, 2), Assessed("fi-cook-u2")), Cov(Lo(2, 3), Assessed("fi-cook-u2"))));

        var ledger = Ledger().Record(report);

        ledger.BankedOutcomes.Select(b => b.Outcome).Should().Equal(Lo(2, 2), Lo(2, 3), Lo(3, 1));
        ledger.Recognitions.Should().BeEmpty("one of U2's outcomes rests on evidence that already counts for U3");
    }

    [Fact]
    public void Record_EvidenceCountedByARecognitionHeld_LeavesItOutOfALaterReport()
    {
        var held = Ledger(recognitions: [Recognition(U3, null, U3ByUnit())]);

        var ledger = held.Record(Report(Day, Decision(U2, RecognitionOutcome.Partial, Cov(Lo(2, 1), Assessed("fi-cook-u3")))));

        ledger.BankedOutcomes.Should().BeEmpty();
    }

    [Fact]
    public void Record_EvidenceCountedByAnOutcomeBanked_LeavesItOutOfALaterReport()
    {
        var held = Ledger(banked: [Banked(U3, Lo(3, 1), Assessed("fi-cook-u3"))]);

        var ledger = held.Record(Report(Day, Decision(U2, RecognitionOutcome.Partial, Cov(Lo(2, 1), Assessed("fi-cook-u3")))));

        ledger.BankedOutcomes.Select(b => b.Outcome).Should().Equal(Lo(3, 1));
    }

    [Fact]
    public void Record_EvidenceHeldForTheSameUnit_CountsAgainForItsOtherOutcomes()
    {
        var held = Ledger(banked: [Banked(U3, Lo(3, 1), Assessed("fi-cook-u3"))]);

        var ledger = held.Record(Report(Day, Decision(U3, RecognitionOutcome.Full, U3ByUnit())));

        ledger.BankedOutcomes.Should().HaveCount(4);
        ledger.Recognitions.Should().ContainSingle();
    }

    [Fact]
    public void Record_SameAssessmentDayEarlierRecognition_IsKeptInEitherOrder()
    {
        var early = Report(Day, Decision(U3, RecognitionOutcome.Full, U3ByUnit()));
        var late = Report(Day.PlusDays(3), Decision(U3, RecognitionOutcome.Full, U3ByUnit()));

        var lateFirst = Ledger().Record(late).Record(early);
        var earlyFirst = Ledger().Record(early).Record(late);

        lateFirst.BankedOutcomes.Should().OnlyContain(b => b.RecognisedOn == Day);
        lateFirst.Recognitions.Single().RecognisedOn.Should().Be(Day);
        earlyFirst.Should().Be(lateFirst);
    }

    [Fact]
    public void Record_LaterAssessment_ReplacesTheHeldRecognitionInEitherOrder()
    {
        var older = Report(Day, Decision(U3, RecognitionOutcome.Full, U3ByUnit(10)));
        var newer = Report(Day.PlusDays(3), Decision(U3, RecognitionOutcome.Full, U3ByUnit(25)));

        var newerFirst = Ledger().Record(newer).Record(older);
        var olderFirst = Ledger().Record(older).Record(newer);

        newerFirst.Recognitions.Single().EarliestAssessment.Should().Be(May(25));
        newerFirst.BankedOutcomes.Should().OnlyContain(b => b.Evidence.AssessedOn == May(25));
        olderFirst.Should().Be(newerFirst);
    }

    [Fact]
    public void Record_TiedButForTheAgreement_KeepsTheOrdinallyFirstAgreementInEitherOrder()
    {
        var a = Report(Day, "la-2026-0042", Host, Decision(U3, RecognitionOutcome.Full, U3ByUnit()));
        var b = Report(Day, "la-2026-0043", Host, Decision(U3, RecognitionOutcome.Full, U3ByUnit()));

        var bFirst = Ledger().Record(b).Record(a);
        var aFirst = Ledger().Record(a).Record(b);

        bFirst.Recognitions.Single().Agreement.Should().Be("la-2026-0042");
        bFirst.BankedOutcomes.Should().OnlyContain(x => x.Agreement == "la-2026-0042");
        aFirst.Should().Be(bFirst);
    }

    [Fact]
    public void Record_TiedButForTheSource_KeepsTheOrdinallyFirstSourceInEitherOrder()
    {
        // The unit's own assessment and one per outcome, on the same day under the same agreement: only the source differs.
        CoveredOutcome[] byOutcome = [.. Enumerable.Range(1, 4).Select(i => Cov(Lo(3, i), Assessed(Lo(3, i).Value)))];
        var byUnit = Report(Day, Decision(U3, RecognitionOutcome.Full, U3ByUnit()));
        var each = Report(Day, Decision(U3, RecognitionOutcome.Full, byOutcome));

        var eachFirst = Ledger().Record(each).Record(byUnit);
        var unitFirst = Ledger().Record(byUnit).Record(each);

        eachFirst.Recognitions.Single().CoveredOutcomes.Should().Equal(U3ByUnit());
        eachFirst.BankedOutcomes.Should().OnlyContain(x => x.Evidence.Source == "fi-cook-u3");
        unitFirst.Should().Be(eachFirst);
    }

    [Fact]
    public void Record_TiedButForTheSimilarity_KeepsTheSameOneInEitherOrder()
    {
        var lower = Report(Day, Decision(U3, RecognitionOutcome.Partial, Cov(Lo(3, 1), new OutcomeEvidence(EvidenceKind.MatchedHostOutcome,
            HostLo(1).Value, May(20), 0.85, null, ["transcript:$.entries[0]"]))));
        var higher = Report(Day, "la-2026-0042", OtherHost, Decision(U3, RecognitionOutcome.Partial, Cov(Lo(3, 1), new OutcomeEvidence(EvidenceKind.MatchedHostOutcome,
            HostLo(1).Value, May(20), 0.95, null, ["transcript:$.entries[0]"]))));

        var one = Ledger().Record(lower).Record(higher);
        var other = Ledger().Record(higher).Record(lower);

        one.Should().Be(other);
        one.BankedOutcomes.Single().Evidence.Similarity.Should().Be(0.85, "\"0.85\" sorts before \"0.95\"");
    }

    [Fact]
    public void Record_TiedButForTheHost_KeepsTheOrdinallyFirstHostInEitherOrder()
    {
        var one = Report(Day, "la-2026-0042", Host, Decision(U3, RecognitionOutcome.Full, U3ByUnit()));
        var other = Report(Day, "la-2026-0042", OtherHost, Decision(U3, RecognitionOutcome.Full, U3ByUnit()));

        var oneFirst = Ledger().Record(one).Record(other);
        var otherFirst = Ledger().Record(other).Record(one);

        oneFirst.Should().Be(otherFirst);
        oneFirst.Recognitions.Single().Host.Should().Be(Host, "\"schac:cipfp…\" sorts before \"schac:ikasbide…\"");
        oneFirst.BankedOutcomes.Should().OnlyContain(b => b.Host == Host);
    }

    [Fact]
    public void Record_TiedButForHostsOneAPrefixOfTheOther_KeepsTheShorterInEitherOrder()
    {
        // Field by field: the host is compared whole before the evidence, so what follows it cannot reorder the two.
        var shorter = InstitutionId.Parse("schac:ikasbide.eu");
        var longer = InstitutionId.Parse("schac:ikasbide.eus");
        var one = Report(Day, "la-2026-0042", longer, Decision(U3, RecognitionOutcome.Full, U3ByUnit()));
        var other = Report(Day, "la-2026-0042", shorter, Decision(U3, RecognitionOutcome.Full, U3ByUnit()));

        var oneFirst = Ledger().Record(one).Record(other);
        var otherFirst = Ledger().Record(other).Record(one);

        oneFirst.Should().Be(otherFirst);
        oneFirst.Recognitions.Single().Host.Should().Be(shorter);
        oneFirst.BankedOutcomes.Should().OnlyContain(b => b.Host == shorter);
    }

    private static RecognitionReport Matched(double similarity, params string[] paths) =>
        Report(Day, Decision(U3, RecognitionOutcome.Partial, Cov(Lo(3, 1), new OutcomeEvidence(EvidenceKind.MatchedHostOutcome,
            HostLo(1).Value, May(20), similarity, null, [.. paths]))));

    [Fact]
    public void Record_SameHostTiedButForTheSimilarity_KeepsTheLowerInEitherOrder()
    {
        var lower = Matched(0.85, "transcript:$.entries[0]");
        var higher = Matched(0.95, "transcript:$.entries[0]");

        Ledger().Record(lower).Record(higher).BankedOutcomes.Single().Evidence.Similarity.Should().Be(0.85);
        Ledger().Record(higher).Record(lower).BankedOutcomes.Single().Evidence.Similarity.Should().Be(0.85);
    }

    [Fact]
    public void Record_SameHostTiedButForThePaths_KeepsTheOrdinallyFirstThenTheShorterInEitherOrder()
    {
        var first = Matched(0.9, "transcript:$.entries[0]");
        var second = Matched(0.9, "transcript:$.entries[1]");
        var longer = Matched(0.9, "transcript:$.entries[0]", "transcript:$.entries[1]");

        Ledger().Record(first).Record(second).BankedOutcomes.Single().Evidence.Paths.Should().Equal("transcript:$.entries[0]");
        Ledger().Record(second).Record(first).BankedOutcomes.Single().Evidence.Paths.Should().Equal("transcript:$.entries[0]");
        Ledger().Record(first).Record(longer).BankedOutcomes.Single().Evidence.Paths.Should().HaveCount(1);
        Ledger().Record(longer).Record(first).BankedOutcomes.Single().Evidence.Paths.Should().HaveCount(1);
    }

    [Fact]
    public void Record_FullRecognitionsTiedButForTheOrderOfTheirCoveredOutcomes_KeepsTheOrdinallyFirstInEitherOrder()
    {
        // Same evidence for every outcome: only the order the decisions list them in differs.
        var inOrder = Report(Day, Decision(U3, RecognitionOutcome.Full, U3ByUnit()));
        var reordered = Report(Day, Decision(U3, RecognitionOutcome.Full, [.. U3ByUnit().Reverse()]));

        var inOrderFirst = Ledger().Record(inOrder).Record(reordered);
        var reorderedFirst = Ledger().Record(reordered).Record(inOrder);

        inOrderFirst.Recognitions.Single().CoveredOutcomes.Should().Equal(U3ByUnit());
        reorderedFirst.Should().Be(inOrderFirst);
    }

    [Fact]
    public void Record_FullRecognitionsTiedButForTheNumberOfCoveredOutcomes_KeepsTheShorterInEitherOrder()
    {
        var all = Report(Day, Decision(U3, RecognitionOutcome.Full, U3ByUnit()));
        var three = Report(Day, Decision(U3, RecognitionOutcome.Full, [.. U3ByUnit().Take(3)]));

        var allFirst = Ledger().Record(all).Record(three);
        var threeFirst = Ledger().Record(three).Record(all);

        allFirst.Recognitions.Single().CoveredOutcomes.Should().Equal(U3ByUnit().Take(3));
        threeFirst.Should().Be(allFirst);
        allFirst.BankedOutcomes.Should().HaveCount(4, "the fourth outcome is banked from the report that covers it");
    }

    [Fact]
    public void Record_FullRecognitionsTiedButForALaterOutcomesAssessment_KeepsTheLaterInEitherOrder()
    {
        // Each outcome assessed on its own; both recognitions' earliest assessment is the first outcome's, on the 10th.
        static CoveredOutcome[] ByOutcome(int laterDay) => [.. Enumerable.Range(1, 4).Select(i => Cov(Lo(3, i), Assessed(Lo(3, i).Value, i == 1 ? 10 : laterDay)))];
        var sooner = Report(Day, Decision(U3, RecognitionOutcome.Full, ByOutcome(20)));
        var later = Report(Day, Decision(U3, RecognitionOutcome.Full, ByOutcome(25)));

        var soonerFirst = Ledger().Record(sooner).Record(later);
        var laterFirst = Ledger().Record(later).Record(sooner);

        soonerFirst.Recognitions.Single().CoveredOutcomes.Should().Equal(ByOutcome(25));
        laterFirst.Should().Be(soonerFirst);
    }

    [Fact]
    public void Record_TiedButForTheKindOfEvidence_KeepsTheHostsAssessmentInEitherOrder()
    {
        // An assessment of the unit and a MoU equivalence that happen to have the same identifier.
        var assessed = Report(Day, Decision(U3, RecognitionOutcome.Partial, Cov(Lo(3, 1), Assessed("fi-cook-u3"))));
        var equivalence = Report(Day, Decision(U3, RecognitionOutcome.Partial, Cov(Lo(3, 1),
            new OutcomeEvidence(EvidenceKind.MouEquivalence, "fi-cook-u3", May(20), null, null, ["transcript:$.entries[0]"]))));

        Ledger().Record(assessed).Record(equivalence).BankedOutcomes.Single().Evidence.Kind.Should().Be(EvidenceKind.HomeAssessment);
        Ledger().Record(equivalence).Record(assessed).BankedOutcomes.Single().Evidence.Kind.Should().Be(EvidenceKind.HomeAssessment);
    }

    private static readonly Instant Decided = Instant.FromUtc(2026, 6, 1, 9, 0);

    private static MatchConfirmation Confirmed(string by = "Maija Virtanen", int minutes = 0, string? comment = null, int hostOutcome = 1, int homeOutcome = 1) =>
        MatchConfirmation.Confirm(HostLo(hostOutcome), Lo(3, homeOutcome), by, Decided.Plus(Duration.FromMinutes(minutes)), comment);

    /// <summary>Pairs of confirmations that differ in one field, the one the ledger keeps first; by name, so that each
    /// pair is a test case of its own.</summary>
    private static (MatchConfirmation? Kept, MatchConfirmation Other) Confirmations(string field) => field switch
    {
        "absent before present" => (null, Confirmed()),
        "absent before present, its path sorting later" => (null, Confirmed()),
        "host outcome" => (Confirmed(hostOutcome: 1), Confirmed(hostOutcome: 2)),
        "home outcome" => (Confirmed(homeOutcome: 1), Confirmed(homeOutcome: 2)),
        "decided by" => (Confirmed("Aino Korhonen"), Confirmed("Maija Virtanen")),
        "decided at" => (Confirmed(minutes: 0), Confirmed(minutes: 1)),
        "comment absent before present" => (Confirmed(), Confirmed(comment: "Same knife skills, other words.")),
        "comment" => (Confirmed(comment: "Checked against the unit guide."), Confirmed(comment: "Same knife skills, other words.")),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    [Theory]
    [InlineData("absent before present")]
    [InlineData("absent before present, its path sorting later")]
    [InlineData("host outcome")]
    [InlineData("home outcome")]
    [InlineData("decided by")]
    [InlineData("decided at")]
    [InlineData("comment absent before present")]
    [InlineData("comment")]
    public void Record_TiedButForTheConfirmation_KeepsTheFirstInEitherOrder(string field)
    {
        var (kept, other) = Confirmations(field);
        // The confirmation decides before the paths do, even when the paths alone would order the two the other way.
        var keptPath = field.EndsWith("sorting later", StringComparison.Ordinal) ? "transcript:$.entries[1]" : "transcript:$.entries[0]";
        RecognitionReport With(MatchConfirmation? confirmation) => Report(Day, Decision(U3, RecognitionOutcome.Partial, Cov(Lo(3, 1),
            new OutcomeEvidence(EvidenceKind.MatchedHostOutcome, HostLo(1).Value, May(20), 0.9, confirmation,
                [ReferenceEquals(confirmation, kept) ? keptPath : "transcript:$.entries[0]"]))));

        Ledger().Record(With(kept)).Record(With(other)).BankedOutcomes.Single().Evidence.Confirmation.Should().Be(kept, field);
        Ledger().Record(With(other)).Record(With(kept)).BankedOutcomes.Single().Evidence.Confirmation.Should().Be(kept, field);
    }

    [Fact]
    public void IsComplete_Null_ThrowsNamingTheUnit()
    {
        var act = () => Ledger().IsComplete(null!, Day);

        act.Should().Throw<ArgumentNullException>().WithParameterName("unit");
    }

    [Fact]
    public void IsComplete_ByARecognitionAlone_FromItsDayOn()
    {
        var ledger = Ledger(recognitions: [Recognition(U3, null, U3ByUnit())]);

        ledger.IsComplete(U3, Day.PlusDays(-1)).Should().BeFalse();
        ledger.IsComplete(U3, Day).Should().BeTrue();
        ledger.IsComplete(U2, Day).Should().BeFalse();
    }

    [Fact]
    public void IsComplete_ByARecognitionAlone_UntilItsEarliestAssessmentExpires()
    {
        var qualification = Qualification(Period.FromYears(1));
        var ledger = Ledger(qualification, recognitions: [Recognition(U3, null, [.. U3ByUnit(25).Take(3), Cov(Lo(3, 4), Assessed("fi-cook-u3-lo4", 10))])]);

        ledger.IsComplete(U3, new LocalDate(2027, 5, 10)).Should().BeTrue();
        ledger.IsComplete(U3, new LocalDate(2027, 5, 11)).Should().BeFalse();
    }

    [Fact]
    public void IsComplete_ByBankedOutcomesAlone_NeedsEveryOutcomeBankedByThatDay()
    {
        var banked = U3ByUnit().Select(c => Banked(U3, c.Outcome, c.Evidence, c.Outcome == Lo(3, 4) ? Day.PlusDays(2) : Day)).ToImmutableArray();
        var ledger = Ledger(banked: banked);
        var three = Ledger(banked: banked.RemoveAt(3));

        ledger.IsComplete(U3, Day.PlusDays(1)).Should().BeFalse();
        ledger.IsComplete(U3, Day.PlusDays(2)).Should().BeTrue();
        three.IsComplete(U3, Day.PlusDays(2)).Should().BeFalse();
    }

    [Fact]
    public void IsComplete_ByBankedOutcomesAlone_UntilOneExpires()
    {
        var banked = U3ByUnit(25).Select(c => Banked(U3, c.Outcome, c.Outcome == Lo(3, 2) ? Assessed("fi-cook-u3-lo2", 10) : c.Evidence)).ToImmutableArray();
        var ledger = Ledger(Qualification(Period.FromYears(1)), banked);

        ledger.IsComplete(U3, new LocalDate(2027, 5, 10)).Should().BeTrue();
        ledger.IsComplete(U3, new LocalDate(2027, 5, 11)).Should().BeFalse();
        ledger.ExpiredOn(new LocalDate(2027, 5, 11)).Select(b => b.Outcome).Should().Equal(Lo(3, 2));
        ledger.ExpiredOn(new LocalDate(2027, 5, 10)).Should().BeEmpty();
    }

    [Fact]
    public void IsComplete_UnitOfAnotherQualification_IsFalse()
    {
        Ledger(banked: [.. U3ByUnit().Select(c => Banked(U3, c.Outcome, c.Evidence))]).IsComplete(U6, Day).Should().BeFalse();
    }

    [Fact]
    public void ExpiredOn_UnitWithoutValidity_NeverExpires()
    {
        var ledger = Ledger(banked: [Banked(U3, Lo(3, 1), Assessed("fi-cook-u3"))]);

        ledger.ExpiredOn(new LocalDate(2099, 1, 1)).Should().BeEmpty();
        ledger.IsComplete(U3, new LocalDate(2099, 1, 1)).Should().BeFalse();
    }

    [Fact]
    public void ProgressOn_OptionalUnitComplete_CountsItsPointsWithoutBeingOutstanding()
    {
        var ledger = Ledger(recognitions: [Recognition(U4, null, Cov(Lo(4, 1), Assessed("fi-cook-u4")), Cov(Lo(4, 2), Assessed("fi-cook-u4")))]);

        var progress = ledger.ProgressOn(Day);

        progress.On.Should().Be(Day);
        progress.CompletedUnits.Should().Equal(U4);
        progress.Points.Should().Be(CreditPoints.From(15));
        progress.MandatoryOutstanding.Should().Equal(U1, U2, U3);
        progress.ExpiredOutcomes.Should().BeEmpty();
    }

    [Fact]
    public void ProgressOn_TwoUnitsComplete_AddsTheirPointsAndListsExpiredCredit()
    {
        var qualification = Qualification(Period.FromYears(1));
        var ledger = Ledger(qualification,
            banked: [Banked(U3, Lo(3, 1), Assessed("fi-cook-u3-lo1", 1))],
            recognitions: [Recognition(U1, null, Cov(Lo(1, 1), Assessed("fi-cook-u1")), Cov(Lo(1, 2), Assessed("fi-cook-u1"))),
                Recognition(U2, null, Cov(Lo(2, 1), Assessed("fi-cook-u2")), Cov(Lo(2, 2), Assessed("fi-cook-u2")), Cov(Lo(2, 3), Assessed("fi-cook-u2")))]);

        var progress = ledger.ProgressOn(new LocalDate(2027, 5, 15));

        progress.Points.Should().Be(CreditPoints.From(105));
        progress.MandatoryOutstanding.Should().Equal(U3);
        progress.ExpiredOutcomes.Select(b => b.Outcome).Should().Equal(Lo(3, 1));
    }

    [Fact]
    public void Equals_SameContent_IsEqualWithTheSameHash()
    {
        var a = Ledger(banked: [Banked(U3, Lo(3, 1), Assessed("fi-cook-u3"))]);
        var b = Ledger(banked: [Banked(U3, Lo(3, 1), Assessed("fi-cook-u3"))]);

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Equals("ledger").Should().BeFalse();
        a.Equals((object?)null).Should().BeFalse();
    }

    [Fact]
    public void Equals_EachPropertyDiffering_IsNotEqual()
    {
        var a = Ledger(banked: [Banked(U3, Lo(3, 1), Assessed("fi-cook-u3"))]);

        new CreditLedger(LearnerId.Parse("local:someone-else"), Qualification(), a.BankedOutcomes, []).Equals(a).Should().BeFalse();
        Ledger(Qualification(Period.FromYears(1)), a.BankedOutcomes).Equals(a).Should().BeFalse();
        Ledger(banked: [Banked(U3, Lo(3, 2), Assessed("fi-cook-u3"))]).Equals(a).Should().BeFalse();
        Ledger(banked: a.BankedOutcomes, recognitions: [Recognition(U3, null, U3ByUnit())]).Equals(a).Should().BeFalse();
    }

    [Fact]
    public void Equals_Null_IsFalse()
    {
        Ledger().Equals((CreditLedger?)null).Should().BeFalse();
    }

    [Fact]
    public void GetHashCode_DiffersWithTheSize()
    {
        var empty = Ledger();
        var one = Ledger(banked: [Banked(U3, Lo(3, 1), Assessed("fi-cook-u3"))]);
        var recognised = Ledger(recognitions: [Recognition(U3, null, U3ByUnit())]);

        one.GetHashCode().Should().NotBe(empty.GetHashCode());
        recognised.GetHashCode().Should().NotBe(empty.GetHashCode());
        new CreditLedger(LearnerId.Parse("local:someone-else"), Qualification(), [], []).GetHashCode().Should().NotBe(empty.GetHashCode());
    }

    [Fact]
    public void ToString_SaysLearnerQualificationAndSize()
    {
        var ledger = Ledger(banked: [.. U3ByUnit().Select(c => Banked(U3, c.Outcome, c.Evidence))], recognitions: [Recognition(U3, null, U3ByUnit())]);

        ledger.ToString().Should().Be($"{Id} toward {QualificationRef.Id}: 4 outcomes banked, 1 units recognised in full");
    }
}
