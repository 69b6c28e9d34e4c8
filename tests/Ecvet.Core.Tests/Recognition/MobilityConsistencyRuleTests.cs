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
