using CsCheck;

namespace Ecvet.Tests;

public sealed class PointsAllocatorTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(0.5)]
    public void Allocate_KnownCase_GivesTheExpectedParts(double step)
    {
        var parts = PointsAllocator.Allocate(CreditPoints.From(120), [15m, 15m, 20m, 25m, 10m, 15m], (decimal)step);

        parts.Select(p => p.Value).Should().Equal(18m, 18m, 24m, 30m, 12m, 18m);
    }

    [Fact]
    public void Allocate_Remainders_GoToTheLargestThenTheEarliest()
    {
        // 10 over three equal weights in whole steps: 3.33… each, one step left over, the first part gets it.
        PointsAllocator.Allocate(CreditPoints.From(10), [1m, 1m, 1m], 1m).Select(p => p.Value).Should().Equal(4m, 3m, 3m);
        // Shares 2.4, 3.6, 4: the second part has the largest remainder.
        PointsAllocator.Allocate(CreditPoints.From(10), [2.4m, 3.6m, 4m], 1m).Select(p => p.Value).Should().Equal(2m, 4m, 4m);
        // Default step 0.5: 10 over three equal weights gives 3.5, 3.5, 3.
        PointsAllocator.Allocate(CreditPoints.From(10), [1m, 1m, 1m]).Select(p => p.Value).Should().Equal(3.5m, 3.5m, 3m);
    }

    [Fact]
    public void Allocate_ZeroTotal_GivesZeros() =>
        PointsAllocator.Allocate(CreditPoints.Zero, [1m, 2m]).Should().Equal(CreditPoints.Zero, CreditPoints.Zero);

    [Fact]
    public void Allocate_TinyAndHugeWeights_StayExact()
    {
        var parts = PointsAllocator.Allocate(CreditPoints.From(60), [0.0000000000000000000000000001m, 79_228_162_514_264_337_593_543_950_335m], 0.5m);

        parts.Select(p => p.Value).Should().Equal(0m, 60m);
    }

    [Fact]
    public void Allocate_InvalidArguments_Throw()
    {
        var total = CreditPoints.From(120);
        var nullWeights = () => PointsAllocator.Allocate(total, null!);
        nullWeights.Should().Throw<ArgumentNullException>().WithParameterName("weights");
        var noWeights = () => PointsAllocator.Allocate(total, []);
        noWeights.Should().Throw<ArgumentException>().WithParameterName("weights");
        var zeroWeight = () => PointsAllocator.Allocate(total, [1m, 0m]);
        zeroWeight.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("weights").WithMessage("*[1]*");
        var negativeWeight = () => PointsAllocator.Allocate(total, [-1m]);
        negativeWeight.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("weights");
        var zeroStep = () => PointsAllocator.Allocate(total, [1m], 0m);
        zeroStep.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("step");
        var fineStep = () => PointsAllocator.Allocate(total, [1m], 0.125m);
        fineStep.Should().Throw<ArgumentException>().WithParameterName("step");
        var notMultiple = () => PointsAllocator.Allocate(CreditPoints.From(7.5m), [1m], 1m);
        notMultiple.Should().Throw<ArgumentException>().WithParameterName("total").WithMessage("*7.5*1*");
    }

    [Fact]
    public void Allocate_Properties_Hold()
    {
        decimal[] stepChoices = [0.01m, 0.25m, 0.5m, 1m, 1.5m, 5m];
        var steps = Gen.Int[0, stepChoices.Length - 1].Select(i => stepChoices[i]);
        var weights = Gen.Int[1, 10_000].Select(w => w / 100m).List[1, 12];
        Gen.Select(steps, Gen.Int[0, 2_000], weights).Sample((step, multiples, w) =>
        {
            var total = CreditPoints.From(step * multiples);
            var parts = PointsAllocator.Allocate(total, w, step);
            var sumOfWeights = w.Sum();

            parts.Length.Should().Be(w.Count);
            CreditPoints.Sum(parts).Should().Be(total, "the parts sum exactly to the total");
            parts.Should().OnlyContain(p => p.IsMultipleOf(step), "every part is a multiple of the step");
            for (var i = 0; i < w.Count; i++)
            {
                var exactShare = total.Value * w[i] / sumOfWeights;
                Math.Abs(parts[i].Value - exactShare).Should().BeLessThan(step, $"part {i} is within one step of its exact share");
            }
        });
    }

    [Fact]
    public void Allocate_EqualWeights_DifferByAtMostOneStep() =>
        Gen.Select(Gen.Int[1, 30], Gen.Int[0, 1_000]).Sample((count, halfPoints) =>
        {
            var parts = PointsAllocator.Allocate(CreditPoints.From(halfPoints * 0.5m), Enumerable.Repeat(3m, count).ToList());
            return parts.Max().Value - parts.Min().Value <= 0.5m && parts.SequenceEqual(parts.OrderDescending());
        });
}
