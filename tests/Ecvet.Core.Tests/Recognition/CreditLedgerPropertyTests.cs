using CsCheck;
using Ecvet.Assessment;
using Ecvet.Recognition;
using static Ecvet.Tests.Recognition.CreditLedgerTests;
using static Ecvet.Tests.Recognition.RecognitionFixture;

namespace Ecvet.Tests.Recognition;

public sealed class CreditLedgerPropertyTests
{
    /// <summary>
    /// A mobility where each U3 outcome is passed, failed, in progress or not assessed, on a day of May, evaluated under a
    /// random partial-points policy.
    /// </summary>
    private static readonly Gen<MobilityRecord> Records =
        Gen.Select(Gen.Int[0, 3].Array[4], Gen.Int[1, 28].Array[4])
            .Select((states, days) =>
            {
                var results = new List<AssessmentResult>();
                for (var i = 0; i < 4; i++)
                {
                    if (states[i] < 3)
                    {
                        results.Add(Outcome(Lo(3, i + 1), states[i] switch { 0 => "8", 1 => "2", _ => null }, days[i]));
                    }
                }

                return WorkedExample().WithTranscript(results.Count == 0 ? null : Transcript([.. results]));
            });

    private static readonly Gen<RecognitionReport> Reports =
        Gen.Select(Records, Gen.Enum<PartialPointsPolicy>()).Select((record, partial) => Evaluate(record, RecognitionPolicy.Default.With(partialPoints: partial)));

    [Fact]
    public void Record_AnyReportTwice_IsTheSameAsOnce()
    {
        Reports.Sample(report =>
        {
            var once = EmptyLedger().Record(report);
            once.Record(report).Should().Be(once);
        }, iter: 100);
    }

    [Fact]
    public void Record_AnyReportsInAnyOrder_GiveTheSameLedger()
    {
        Gen.Select(Reports.Array[2, 5], Gen.Int.Array[5]).Sample((reports, keys) =>
        {
            var forward = reports.Aggregate(EmptyLedger(), (ledger, report) => ledger.Record(report));
            var shuffled = reports.Select((report, i) => (report, key: keys[i])).OrderBy(x => x.key).Select(x => x.report)
                .Aggregate(EmptyLedger(), (ledger, report) => ledger.Record(report));
            shuffled.Should().Be(forward);
        }, iter: 40);
    }

    [Fact]
    public void Record_TheSameEvidenceUnderAnotherPolicy_IsTheSameAsOnce()
    {
        Gen.Select(Records, Gen.Enum<PartialPointsPolicy>(), Gen.Enum<PartialPointsPolicy>()).Sample((record, first, other) =>
        {
            // Two evaluations of the same transcript: the same host evidence, perhaps other partial points.
            var report = Evaluate(record, RecognitionPolicy.Default.With(partialPoints: first));
            var again = Evaluate(record, RecognitionPolicy.Default.With(partialPoints: other), matcher: null);
            var once = EmptyLedger().Record(report);

            once.Record(again).ProgressOn(Today).Points.Should().Be(EmptyLedger().Record(again).ProgressOn(Today).Points);
            once.Record(again).Should().Be(once, "the same evidence, recognised on the same day under the same agreement, is already held");
        }, iter: 40);
    }

    [Fact]
    public void ProgressOn_AnyLedger_CountsEachCompletedUnitOnceAndNeverMoreThanTheTotal()
    {
        Reports.Array[1, 6].Sample(reports =>
        {
            var ledger = reports.Aggregate(EmptyLedger(), (l, r) => l.Record(r));
            var progress = ledger.ProgressOn(Today);
            var allocations = ledger.Qualification.Qualification;

            progress.Points.Should().BeLessThanOrEqualTo(progress.TotalPoints);
            progress.Points.Should().Be(CreditPoints.Sum(progress.CompletedUnits.Select(u => allocations.GetAllocation(u).Points)));
            progress.CompletedUnits.Should().OnlyHaveUniqueItems();
            ledger.BankedOutcomes.Select(b => b.Outcome).Should().OnlyHaveUniqueItems();
            ledger.BankedOutcomes.Select(b => (b.Evidence.Kind, b.Evidence.Source, b.Evidence.AssessedOn)).Should().OnlyHaveUniqueItems();
        }, iter: 40);
    }

}
