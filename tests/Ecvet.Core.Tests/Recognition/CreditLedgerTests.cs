using System.Collections.Immutable;
using Ecvet.Agreements;
using Ecvet.Tests.Agreements;
using Ecvet.Recognition;
using Ecvet.Serialization;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;
using static Ecvet.Tests.Recognition.RecognitionFixture;

namespace Ecvet.Tests.Recognition;

public sealed class CreditLedgerTests
{
    private static readonly UnitId U1 = UnitId.Parse("fi-cook-u1");
    private static readonly UnitId U2 = UnitId.Parse("fi-cook-u2");

    internal static LearnerId LearnerId => Learner().Ids[0];

    internal static CreditLedger EmptyLedger(Period? u3Validity = null) => CreditLedger.Empty(LearnerId, Qualification(u3Validity));

    /// <summary>U3 evidenced by the host's own four outcomes, all matched above the threshold: full.</summary>
    internal static RecognitionReport MatchedInFull(IOutcomeMatcher? matcher = null, Period? u3Validity = null) =>
        Evaluate(new MobilityRecord(Qualification(u3Validity), Agreement(),
            Transcript(HostOutcome(1), HostOutcome(2), HostOutcome(3), HostOutcome(4)), Mou(), HostUnits()), matcher: matcher);

    /// <summary>A later mobility that targets only the fourth U3 outcome, assessed by the host itself on the given day: partial.</summary>
    internal static RecognitionReport FourthOutcomeLater(int day = 25)
    {
        var content = Content(null, ExpectU3(12.5m, [Lo(3, 4)]));
        return Evaluate(new MobilityRecord(Qualification(), Agreement(content), Transcript(Outcome(Lo(3, 4), day: day)), Mou()));
    }

    [Fact]
    public void Empty_HasNoCreditAndEveryMandatoryUnitOutstanding()
    {
        var progress = EmptyLedger().ProgressOn(Today);

        progress.Points.Should().Be(CreditPoints.Zero);
        progress.TotalPoints.Should().Be(CreditPoints.From(180));
        progress.CompletedUnits.Should().BeEmpty();
        progress.MandatoryOutstanding.Should().Equal(U1, U2, U3);
        progress.IsAchieved.Should().BeFalse();
    }

    [Fact]
    public void Record_UnitRecognisedInFull_CompletesItWithItsAllocation()
    {
        var ledger = EmptyLedger().Record(MatchedInFull());

        var progress = ledger.ProgressOn(Today);
        progress.Points.Should().Be(CreditPoints.From(50));
        progress.CompletedUnits.Should().Equal(U3);
        progress.MandatoryOutstanding.Should().Equal(U1, U2);
        ledger.Recognitions.Should().ContainSingle().Which.Unit.Should().Be(U3);
        ledger.BankedOutcomes.Select(b => b.Outcome).Should().Equal(Lo(3, 1), Lo(3, 2), Lo(3, 3), Lo(3, 4));
    }

    [Fact]
    public void Record_SameReportTwice_IsTheSameAsOnce()
    {
        var once = EmptyLedger().Record(MatchedInFull());

        once.Record(MatchedInFull()).Should().Be(once);
    }

    [Fact]
    public void Record_RecordIsPure_LeavesTheLedgerUnchanged()
    {
        var empty = EmptyLedger();

        _ = empty.Record(MatchedInFull());

        empty.BankedOutcomes.Should().BeEmpty();
        empty.Recognitions.Should().BeEmpty();
    }

    [Theory]
    [InlineData(PartialPointsPolicy.None)]
    [InlineData(PartialPointsPolicy.ProRata)]
    [InlineData(PartialPointsPolicy.AsAgreed)]
    public void Record_WorkedExamplePartial_BanksThreeOutcomesAndNoPointsYet(PartialPointsPolicy policy)
    {
        var report = Evaluate(WorkedExample(), RecognitionPolicy.Default.With(partialPoints: policy));

        var ledger = EmptyLedger().Record(report);

        ledger.BankedOutcomes.Select(b => b.Outcome).Should().Equal(Lo(3, 1), Lo(3, 2), Lo(3, 3));
        ledger.Recognitions.Should().BeEmpty();
        ledger.ProgressOn(Today).Points.Should().Be(CreditPoints.Zero, "points come when the unit is complete, whatever a single report awarded");
    }

    [Fact]
    public void Record_TwoPartialMobilities_CompleteTheUnitByOutcomeNotByAddingPoints()
    {
        var proRata = RecognitionPolicy.Default.With(partialPoints: PartialPointsPolicy.ProRata);
        var first = Evaluate(WorkedExample(), proRata);
        var second = FourthOutcomeLater();
        first.GetDecision(U3)!.Points.Should().Be(CreditPoints.From(37.5m));
        second.GetDecision(U3)!.Outcome.Should().Be(RecognitionOutcome.Partial);

        var ledger = EmptyLedger().Record(first).Record(second);

        var progress = ledger.ProgressOn(Today);
        progress.CompletedUnits.Should().Equal(U3);
        progress.Points.Should().Be(CreditPoints.From(50));
        ledger.Recognitions.Should().BeEmpty("neither mobility recognised the unit in full on its own");
    }

    [Fact]
    public void Record_TwoPartialMobilitiesInEitherOrder_GiveTheSameLedger()
    {
        var first = Evaluate(WorkedExample());
        var second = FourthOutcomeLater();

        EmptyLedger().Record(first).Record(second).Should().Be(EmptyLedger().Record(second).Record(first));
    }

    [Fact]
    public void Record_OutcomeBankedTwice_KeepsTheMoreRecentAssessment()
    {
        var early = Evaluate(new MobilityRecord(Qualification(), Agreement(Content(null, ExpectU3(12.5m, [Lo(3, 4)]))), Transcript(Outcome(Lo(3, 4), day: 2)), Mou()));

        var ledger = EmptyLedger().Record(FourthOutcomeLater(day: 25)).Record(early);

        ledger.BankedOutcomes.Should().ContainSingle().Which.Evidence.AssessedOn.Should().Be(new LocalDate(2026, 5, 25));
    }

    [Fact]
    public void Record_SameHostOutcomeMatchedToAnotherHomeOutcome_IsNotCountedTwice()
    {
        var once = EmptyLedger().Record(MatchedInFull());
        var rotated = MatchedInFull(new RotatingMatcher());
        rotated.GetDecision(U3)!.Outcome.Should().Be(RecognitionOutcome.Partial, "the fourth host outcome is knowledge and the first home outcome a skill");
        rotated.GetDecision(U3)!.CoveredOutcomes.Should().Contain(c => c.Outcome == Lo(3, 2) && c.Evidence.Source == HostLo(1).Value);

        var twice = once.Record(rotated);

        twice.Should().Be(once, "each host outcome already counts for the home outcome it was first matched to");
        twice.ProgressOn(Today).Points.Should().Be(CreditPoints.From(50));
    }

    [Fact]
    public void Record_FullRecognitionOnEvidenceAlreadyCounted_IsNotHeldAsFull()
    {
        var rotatedFirst = EmptyLedger().Record(MatchedInFull(new RotatingMatcher()));
        rotatedFirst.BankedOutcomes.Select(b => b.Outcome).Should().Equal(Lo(3, 2), Lo(3, 3));

        var ledger = rotatedFirst.Record(MatchedInFull());

        ledger.Recognitions.Should().BeEmpty("two of the four host outcomes already count for other home outcomes");
        ledger.BankedOutcomes.Select(b => b.Outcome).Should().Equal(Lo(3, 2), Lo(3, 3), Lo(3, 4));
        ledger.ProgressOn(Today).CompletedUnits.Should().BeEmpty();
    }

    [Fact]
    public void Record_ReportOfAnotherLearner_ThrowsNamingTheLearner()
    {
        var ledger = CreditLedger.Empty(LearnerId.Parse("local:someone-else"), Qualification());

        var act = () => ledger.Record(MatchedInFull());

        act.Should().Throw<ArgumentException>().WithParameterName("report").WithMessage("*another learner*local:someone-else*");
    }

    [Fact]
    public void Record_ReportTowardAnotherQualification_ThrowsNamingBoth()
    {
        var other = EcvetJson.ParseQualificationDocument(File.ReadAllText(JsonSamplesPath("fi-cook.json"))).Value;
        var ledger = CreditLedger.Empty(LearnerId, other);

        var act = () => ledger.Record(MatchedInFull());

        act.Should().Throw<ArgumentException>().WithParameterName("report").WithMessage($"*{QualificationRef.Id}*{other.Qualification.Id}*");
    }

    [Fact]
    public void Record_Null_Throws()
    {
        var act = () => EmptyLedger().Record(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ProgressOn_DayBeforeTheRecognition_CountsNothing()
    {
        var ledger = EmptyLedger().Record(MatchedInFull());

        ledger.ProgressOn(Today.PlusDays(-1)).Points.Should().Be(CreditPoints.Zero);
        ledger.ProgressOn(Today).Points.Should().Be(CreditPoints.From(50));
    }

    [Fact]
    public void ProgressOn_AfterTheUnitsValidity_ReportsTheCreditExpired()
    {
        var ledger = EmptyLedger(Period.FromYears(1)).Record(MatchedInFull(u3Validity: Period.FromYears(1)));

        ledger.ProgressOn(new LocalDate(2027, 5, 20)).CompletedUnits.Should().Equal(U3);
        var expired = ledger.ProgressOn(new LocalDate(2027, 5, 21));
        expired.CompletedUnits.Should().BeEmpty();
        expired.Points.Should().Be(CreditPoints.Zero);
        expired.ExpiredOutcomes.Select(b => b.Outcome).Should().Equal(Lo(3, 1), Lo(3, 2), Lo(3, 3), Lo(3, 4));
        ledger.ExpiredOn(new LocalDate(2027, 5, 20)).Should().BeEmpty();
    }

    [Fact]
    public void ProgressOn_EveryMandatoryUnitAndTheTotal_IsAchieved()
    {
        var qualification = Qualification();
        var units = qualification.Qualification.Allocations.Select(a => a.UnitId).ToArray();
        var ledger = CreditLedger.Empty(LearnerId, qualification);
        foreach (var unit in units)
        {
            var content = Content(null, [.. units.Select(u => ExpectedLearning.Create(u, null, qualification.Qualification.GetAllocation(u).Points,
                qualification.Qualification.GetAllocation(u).Points, Arrangement, TestValues.En("All units")))]);
            var results = qualification.Units.Get(unit).LearningOutcomes.Select(o => Outcome(o.Id)).ToArray();
            ledger = ledger.Record(Evaluate(new MobilityRecord(qualification, Agreement(content), Transcript(results), Mou())));
        }

        var progress = ledger.ProgressOn(Today);
        progress.CompletedUnits.Should().Equal(units);
        progress.Points.Should().Be(progress.TotalPoints);
        progress.IsAchieved.Should().BeTrue();
    }

    private static string JsonSamplesPath(string name) => Path.Combine(Ecvet.Tests.Serialization.JsonSamples.ExamplesFolder, name);

    /// <summary>Pairs host outcome i with home outcome i + 1 (the last with the first), all at similarity 0.9.</summary>
    private sealed class RotatingMatcher : IOutcomeMatcher
    {
        public ImmutableArray<OutcomePairing> Match(IReadOnlyList<LearningOutcome> hostOutcomes, IReadOnlyList<LearningOutcome> homeOutcomes) =>
            [.. Enumerable.Range(0, Math.Min(hostOutcomes.Count, homeOutcomes.Count)).Select(i => OutcomePairing.Create(i, (i + 1) % homeOutcomes.Count, 0.9))];
    }
}
