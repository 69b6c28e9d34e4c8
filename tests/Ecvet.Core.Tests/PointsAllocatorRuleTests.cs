namespace Ecvet.Tests;

public sealed class PointsAllocatorRuleTests
{
    [Fact]
    public void Allocate_NoWeights_SaysOneIsNeeded()
    {
        var act = () => PointsAllocator.Allocate(CreditPoints.From(10), []);
        act.Should().Throw<ArgumentException>().WithMessage("At least one weight is needed.*").And.ParamName.Should().Be("weights");
    }

    [Fact]
    public void Allocate_WeightAboveSixtyFourBits_KeepsItsHighPart()
    {
        // 2^64: only the highest 32 bits of the decimal's mantissa are set.
        var parts = PointsAllocator.Allocate(CreditPoints.From(10), [18446744073709551616m, 1m]);
        parts.Should().Equal(CreditPoints.From(10), CreditPoints.Zero);
    }

    [Fact]
    public void Allocate_WeightAboveThirtyTwoBits_KeepsItsMiddlePart()
    {
        // 2^32: only the middle 32 bits of the decimal's mantissa are set.
        var parts = PointsAllocator.Allocate(CreditPoints.From(10), [4294967296m, 1m]);
        parts.Should().Equal(CreditPoints.From(10), CreditPoints.Zero);
    }

    [Fact]
    public void Allocate_WeightWithAllThreeParts_IsReadWhole()
    {
        // 2^64 + 2^32 + 1 against 2^64: almost equal halves, the first a hair larger, so it takes the odd step.
        var parts = PointsAllocator.Allocate(CreditPoints.From(1.5m), [18446744078004518913m, 18446744073709551616m]);
        parts.Should().Equal(CreditPoints.From(1m), CreditPoints.From(0.5m));
    }
}
