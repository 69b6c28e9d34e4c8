using System.Collections.Concurrent;
using CsCheck;
using Ecvet.Assessment;
using Ecvet.Recognition;
using static Ecvet.Tests.Agreements.Fixtures;
using static Ecvet.Tests.Recognition.RecognitionFixture;

namespace Ecvet.Tests.Recognition;

public sealed class RecognitionPropertyTests
{
    private static readonly decimal[] Steps = [0.25m, 0.5m, 1m, 2.5m, 5m];

    /// <summary>A mobility where each U3 outcome is passed, failed, in progress or not assessed, evaluated under a random policy.</summary>
    private static readonly Gen<(MobilityRecord Record, RecognitionPolicy Policy)> Mobilities =
        Gen.Select(Gen.Int[0, 3].Array[4], Gen.Enum<PartialPointsPolicy>(), Gen.Int[0, Steps.Length - 1], Gen.Int[0, 100], Gen.Int[1, 100])
            .Select((states, partial, step, partialCoverage, fullCoverage) =>
            {
                var results = new List<AssessmentResult>();
                for (var i = 0; i < 4; i++)
                {
                    if (states[i] < 3)
                    {
                        results.Add(Outcome(Lo(3, i + 1), states[i] switch { 0 => "8", 1 => "2", _ => null }));
                    }
                }

                var record = WorkedExample().WithTranscript(results.Count == 0 ? null : Transcript([.. results]));
                var full = fullCoverage / 100m;
                var policy = RecognitionPolicy.Default.With(partialPoints: partial, pointsStep: Steps[step], fullCoverage: full,
                    partialCoverage: Math.Min(full, partialCoverage / 100m));
                return (record, policy);
            });

    [Fact]
    public void Evaluate_AnyMobility_NeverAwardsMoreThanTheAllocation()
    {
        Mobilities.Sample(sample =>
        {
            var decision = Evaluate(sample.Record, sample.Policy).GetDecision(U3)!;
            decision.Points.Should().BeLessThanOrEqualTo(decision.Allocation);
            if (decision.Outcome is RecognitionOutcome.Deferred or RecognitionOutcome.NotRecognised)
            {
                decision.Points.Should().Be(CreditPoints.Zero);
            }

            if (decision.Outcome == RecognitionOutcome.Full)
            {
                decision.Points.Should().Be(decision.Allocation);
            }

            decision.Points.IsMultipleOf(sample.Policy.PointsStep).Should().BeTrue();
        }, iter: 300);
    }

    [Fact]
    public void Evaluate_AnyMobilityTwice_GivesEqualReports()
    {
        Mobilities.Sample(sample =>
        {
            var engine = RecognitionEngine.Create(RuleSet.Default.WithPolicy(sample.Policy));
            engine.Evaluate(sample.Record, Today).Should().Be(engine.Evaluate(sample.Record, Today));
        }, iter: 100);
    }

    [Fact]
    public void Evaluate_ManyThreadsSharingOneEngine_GiveTheSequentialResults()
    {
        var engine = RecognitionEngine.Create(RuleSet.Default.WithPolicy(RecognitionPolicy.Default.With(partialPoints: PartialPointsPolicy.ProRata)));
        var records = Mobilities.Array[40].Generate(new PCG(7, 11), null, out _).Select(s => s.Record)
            .Append(new MobilityRecord(Qualification(), Agreement(), Transcript(HostOutcome(1), HostOutcome(2), HostOutcome(3)), Mou(), HostUnits()))
            .ToArray();
        var sequential = records.Select(r => engine.Evaluate(r, Today)).ToArray();

        var parallel = new ConcurrentDictionary<int, RecognitionReport>();
        Parallel.For(0, records.Length * 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var report = engine.Evaluate(records[i % records.Length], Today);
            parallel.AddOrUpdate(i % records.Length, report, (_, existing) => existing.Equals(report) ? existing : throw new InvalidOperationException($"Record {i % records.Length} gave two reports."));
        });

        Enumerable.Range(0, records.Length).Select(i => parallel[i]).Should().Equal(sequential);
    }
}
