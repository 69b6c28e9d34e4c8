using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Recognition;
using Ecvet.Tests.Agreements;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;
using static Ecvet.Tests.Recognition.RecognitionFixture;

namespace Ecvet.Tests.Recognition;

/// <summary>The edges of each rule of <see cref="MobilityConsistency"/> that <see cref="MobilityConsistencyTests"/> leaves open.</summary>
public sealed class MobilityConsistencyRuleTests
{
    private static PersonalTranscript TranscriptWith(Ecvet.Learner? learner, params TranscriptEntry[] entries) =>
        PersonalTranscript.Restore(TranscriptId.Parse("tor-2026-0042"), AgreementId, learner ?? Learner(), Host, Spring,
            Instant.FromUtc(2026, 7, 1, 14, 0), entries); // issued after the last day of the grace

    private static TranscriptEntry Entry(AssessmentResult result, Credit? credit = null) => TranscriptEntry.Create(TestValues.En(result.ToString()), result, credit);

    private static AssessmentResult OutcomeOn(LocalDate day) =>
        AssessmentResult.ForOutcome(Lo(3, 1), AssessmentStatus.Passed, Host, Assessor, day, AssessmentMethod.PracticalDemonstration, Scheme, "8");

    private static System.Collections.Immutable.ImmutableArray<ConsistencyFinding> Check(PersonalTranscript transcript, MobilityRecord? record = null) =>
        MobilityConsistency.Check((record ?? WorkedExample()).WithTranscript(transcript));

    [Fact]
    public void Check_AssessmentOnTheFirstAndLastDayOfTheGrace_FindsNothing()
    {
        var first = Spring.EarliestStart.PlusDays(-14);
        var last = Spring.LatestEnd.PlusDays(14);

        Check(TranscriptWith(null, Entry(OutcomeOn(first)))).Should().BeEmpty();
        Check(TranscriptWith(null, Entry(OutcomeOn(last)))).Should().BeEmpty();
    }

    [Fact]
    public void Check_AssessmentADayBeyondTheGrace_FindsItAndSaysThePeriodAndTheGrace()
    {
        var before = Check(TranscriptWith(null, Entry(OutcomeOn(Spring.EarliestStart.PlusDays(-15))))).Should().ContainSingle().Subject;
        var after = Check(TranscriptWith(null, Entry(OutcomeOn(Spring.LatestEnd.PlusDays(15))))).Should().ContainSingle().Subject;

        before.Code.Should().Be(ConsistencyCode.AssessmentOutsideMobility);
        before.Message.Should().Be($"An assessment on 2026-02-15 lies outside the mobility {Spring} give or take 14 days.");
        after.Code.Should().Be(ConsistencyCode.AssessmentOutsideMobility);
        after.Message.Should().Be($"An assessment on 2026-06-13 lies outside the mobility {Spring} give or take 14 days.");
        after.Index.Should().Be(0);
    }

    [Fact]
    public void Check_EntryForAHomeUnitTheAgreementDoesNotName_SaysTheUnit()
    {
        var finding = Check(TranscriptWith(null, Entry(UnitResult(U4)))).Should().ContainSingle().Subject;

        finding.Code.Should().Be(ConsistencyCode.EntryNotInAgreement);
        finding.Path.Should().Be("transcript:$.entries[0]");
        finding.Message.Should().Be("The entry assesses unit fi-cook-u4 of the home qualification, which the agreement does not name; recognition does not use it.");
        finding.Index.Should().Be(0);
    }

    [Fact]
    public void Check_EntryForAnOutcomeTheAgreementTargets_FindsNothing()
    {
        var record = WorkedExample().WithAgreement(Agreement(Content(null, ExpectU3(25, [Lo(3, 2), Lo(3, 3)]))));

        Check(TranscriptWith(null, Entry(Outcome(Lo(3, 3)))), record).Should().BeEmpty();
    }

    [Fact]
    public void Check_EntryForAnOutcomeOfATargetedUnitTheAgreementLeavesOut_FindsIt()
    {
        var record = WorkedExample().WithAgreement(Agreement(Content(null, ExpectU3(25, [Lo(3, 2), Lo(3, 3)]))));

        var finding = Check(TranscriptWith(null, Entry(Outcome(Lo(3, 1)))), record).Should().ContainSingle().Subject;

        finding.Code.Should().Be(ConsistencyCode.EntryNotInAgreement);
    }

    [Fact]
    public void Check_EntryForAnOutcomeOfAnotherUnit_IsNotTheTargetedUnits()
    {
        var record = WorkedExample().WithAgreement(Agreement(Content(null, ExpectU3(), ExpectU4())));

        Check(TranscriptWith(null, Entry(Outcome(Lo(4, 2))), Entry(Outcome(Lo(3, 2)))), record).Should().BeEmpty();
    }

    [Fact]
    public void Check_EntryRecordingTheExpectedPoints_FindsNothing()
    {
        Check(TranscriptWith(null, Entry(UnitResult(U3), Credit.Ecvet(CreditPoints.From(50))))).Should().BeEmpty();
    }

    [Fact]
    public void Check_EntryRecordingCreditInAnotherScheme_IsNotComparedWithEcvetPoints()
    {
        Check(TranscriptWith(null, Entry(UnitResult(U3), Credit.Ects(CreditPoints.From(5))))).Should().BeEmpty();
    }

    [Fact]
    public void Check_EntryForAnOutcomeRecordingCredit_IsNotComparedWithTheUnitsPoints()
    {
        Check(TranscriptWith(null, Entry(Outcome(Lo(3, 1)), Credit.Ecvet(CreditPoints.From(5))))).Should().BeEmpty();
    }

    [Fact]
    public void Check_EntryForAUnitWithoutCredit_FindsNothing()
    {
        Check(TranscriptWith(null, Entry(UnitResult(U3)))).Should().BeEmpty();
    }

    [Fact]
    public void Check_TranscriptLearnerByNameOnly_IsTheSamePersonWhenTheNamesAgree()
    {
        var byName = Ecvet.Learner.Create([], PersonName.Create("Aino", "Virtanen"));

        Check(TranscriptWith(byName, Entry(Outcome(Lo(3, 1))))).Should().BeEmpty();
    }

    [Fact]
    public void Check_TranscriptLearnerByNameOnly_IsAnotherPersonWhenTheNamesDiffer()
    {
        var byName = Ecvet.Learner.Create([], PersonName.Create("Eero", "Virtanen"));

        var finding = Check(TranscriptWith(byName, Entry(Outcome(Lo(3, 1))))).Should().ContainSingle().Subject;

        finding.Code.Should().Be(ConsistencyCode.TranscriptForAnotherLearner);
        finding.Message.Should().Be($"Transcript tor-2026-0042 is for {byName.Name}, not the agreement's learner {Learner().Ids[0]}.");
    }

    [Fact]
    public void Check_TranscriptLearnerSharingOneOfSeveralIdentifiers_IsTheSamePerson()
    {
        var learner = Ecvet.Learner.Create([LearnerId.Parse("local:aino-42"), Learner().Ids[0]], PersonName.Create("Aino", "Virtanen"));

        Check(TranscriptWith(learner, Entry(Outcome(Lo(3, 1))))).Should().BeEmpty();
    }

    [Fact]
    public void Check_TranscriptLearnerSharingAnIdentifierButNamedOtherwise_IsTheSamePerson()
    {
        // A shared identifier decides; the name is compared only when one side has no identifier.
        var learner = Ecvet.Learner.Create([Learner().Ids[0]], PersonName.Create("Aino Maria", "Virtanen-Koskinen"));

        Check(TranscriptWith(learner, Entry(Outcome(Lo(3, 1))))).Should().BeEmpty();
    }

    [Fact]
    public void Check_TranscriptLearnerWithOtherIdentifiersButTheSameName_IsAnotherPerson()
    {
        var learner = Ecvet.Learner.Create([LearnerId.Parse("local:eero-7")], PersonName.Create("Aino", "Virtanen"));

        Check(TranscriptWith(learner, Entry(Outcome(Lo(3, 1))))).Should().ContainSingle()
            .Which.Code.Should().Be(ConsistencyCode.TranscriptForAnotherLearner);
    }

    /// <summary>
    /// Version 1 targets U3 and is signed by the learner (17 at the start), a guardian and both institutions; version 2
    /// adds U4 and was approved under an adult age of 16, without the guardian. Under the default policy (adult at 18)
    /// version 1 stays in force although version 2 is the latest.
    /// </summary>
    internal static LearningAgreement InForceBeforeTheLatest()
    {
        var adultAt16 = SignatoryPolicy.Default.WithAdultAge(16);
        var first = Content(new LocalDate(2009, 1, 1));
        var second = first.WithExpected([ExpectU3(), ExpectU4()]);
        var agreement = SignAll(LearningAgreement.Create(AgreementId, first), first.Hash, Instant.FromUtc(2026, 2, 2, 9, 0),
            SignatoryRole.Learner, SignatoryRole.Guardian, SignatoryRole.Home, SignatoryRole.Host);
        agreement = agreement.ProposeChange(second, [ComponentChange.Insert(U4, ChangeReason.ExtendingMobility)], SignatoryRole.Host,
            Instant.FromUtc(2026, 3, 9, 11, 0), policy: adultAt16);
        agreement = SignAll(agreement, second.Hash, Instant.FromUtc(2026, 3, 10, 9, 0), SignatoryRole.Learner, SignatoryRole.Home, SignatoryRole.Host);
        agreement = agreement.ApproveChange(second.Hash, adultAt16);
        agreement.GetVersionInForce()!.Number.Should().Be(1, "the setting this helper stands for");
        agreement.LatestVersion.Number.Should().Be(2);
        return agreement;
    }

    [Fact]
    public void Check_AnEarlierVersionInForce_ReadsTheVersionInForceNotTheLatest()
    {
        // Version 2 would name U4; the one in force does not, so the U4 entry is outside the agreement.
        var record = WorkedExample().WithAgreement(InForceBeforeTheLatest());

        Check(TranscriptWith(null, Entry(UnitResult(U4))), record).Should().ContainSingle()
            .Which.Code.Should().Be(ConsistencyCode.EntryNotInAgreement);
    }

    [Fact]
    public void Check_NoMouGiven_FindsNothingAboutTheMou()
    {
        MobilityConsistency.Check(WorkedExample().WithMou(null)).Should().BeEmpty();
    }

    [Fact]
    public void Check_ExpectedPointsEqualToTheAllocation_FindsNothing()
    {
        MobilityConsistency.Check(WorkedExample().WithAgreement(Agreement(Content(null, ExpectU3(50))))).Should().BeEmpty();
    }

    [Fact]
    public void Check_NoPolicy_UsesTheDefaultGrace()
    {
        var record = WorkedExample().WithTranscript(TranscriptWith(null, Entry(OutcomeOn(Spring.LatestEnd.PlusDays(14)))));

        MobilityConsistency.Check(record, null).Should().BeEmpty();
        MobilityConsistency.Check(record, RecognitionPolicy.Default.With(assessmentGraceDays: 13)).Should().ContainSingle();
    }
}
