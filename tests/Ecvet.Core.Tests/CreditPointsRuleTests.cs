namespace Ecvet.Tests;

/// <summary>
/// The range, scale and arithmetic rules of <see cref="CreditPoints"/> one by one: both sides of every bound, the
/// exact messages of the argument checks and of every overflow (which name what overflowed and its exact value).
/// </summary>
public sealed class CreditPointsRuleTests
{
    private static readonly CreditPoints Max = CreditPoints.From(CreditPoints.MaxValue);
    private static readonly CreditPoints One = CreditPoints.From(1);

    [Fact]
    public void From_Negative_SaysPointsAreNeverNegative()
    {
        var act = () => CreditPoints.From(-0.01m);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("value")
            .WithMessage("Credit points are never negative.*");
    }

    [Fact]
    public void From_NegativeZero_GivesPositiveZero()
    {
        // -0 and 0 print alike; the sign bit shows only in the decimal itself.
        var points = CreditPoints.From(decimal.Negate(0.00m));

        decimal.IsNegative(points.Value).Should().BeFalse();
        points.Should().Be(CreditPoints.Zero);
    }

    [Fact]
    public void TryParse_SixtyFourCharacters_IsRead()
    {
        var text = new string('0', 63) + "7";

        CreditPoints.TryParse(text, out var points).Should().BeTrue();
        points.Should().Be(CreditPoints.From(7));
    }

    [Fact]
    public void TryParse_SixtyFiveCharacters_IsRefused()
    {
        var text = new string('0', 64) + "7";

        CreditPoints.TryParse(text, out var points).Should().BeFalse();
        points.Should().Be(CreditPoints.Zero);
    }

    [Fact]
    public void Sum_ExactlyTheMaximum_IsAllowed() =>
        CreditPoints.Sum([CreditPoints.From(999_999.98m), CreditPoints.From(0.01m)]).Should().Be(Max);

    [Fact]
    public void Sum_AboveTheMaximum_NamesTheTotal()
    {
        var act = () => CreditPoints.Sum([Max, One]);

        act.Should().ThrowExactly<OverflowException>()
            .WithMessage("The total of credit points, 1000000.99, is above the maximum 999999.99.");
    }

    [Fact]
    public void Addition_ExactlyTheMaximum_IsAllowed() =>
        (CreditPoints.From(999_999.98m) + CreditPoints.From(0.01m)).Should().Be(Max);

    [Fact]
    public void Addition_AboveTheMaximum_NamesTheSum()
    {
        var act = () => Max + CreditPoints.From(0.01m);

        act.Should().ThrowExactly<OverflowException>()
            .WithMessage("The sum of credit points, 1000000.00, is above the maximum 999999.99.");
    }

    [Fact]
    public void Multiplication_ExactlyTheMaximum_IsAllowed() => (One * CreditPoints.MaxValue).Should().Be(Max);

    [Fact]
    public void Multiplication_AboveTheMaximum_NamesTheProduct()
    {
        var act = () => Max * 2m;

        act.Should().ThrowExactly<OverflowException>()
            .WithMessage("The product of credit points, 1999999.98, is above the maximum 999999.99.");
    }

    [Fact]
    public void Multiplication_BeyondTheDecimalRange_NamesTheProductAsJustAboveTheMaximum()
    {
        var act = () => Max * decimal.MaxValue;

        act.Should().ThrowExactly<OverflowException>()
            .WithMessage("The product of credit points, 1000000.99, is above the maximum 999999.99.");
    }

    [Fact]
    public void Multiplication_NegativeFactor_SaysTheFactorMustNotBeNegative()
    {
        var act = () => One * -0.5m;

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("factor")
            .WithMessage("The factor must not be negative.*");
    }

    [Fact]
    public void MultiplyAndRound_BeyondTheDecimalRange_NamesTheProductAsJustAboveTheMaximum()
    {
        var act = () => Max.MultiplyAndRound(decimal.MaxValue, 1m, MidpointRounding.AwayFromZero);

        act.Should().ThrowExactly<OverflowException>()
            .WithMessage("The product of credit points, 1000000.99, is above the maximum 999999.99.");
    }

    [Fact]
    public void MultiplyAndRound_ProductLessThanOneStepAboveTheMaximum_MayRoundBackIntoRange()
    {
        One.MultiplyAndRound(999_999.995m, 1m, MidpointRounding.ToZero).Should().Be(CreditPoints.From(999_999));
        One.MultiplyAndRound(999_999.995m, 0.01m, MidpointRounding.ToZero).Should().Be(Max);
    }

    [Fact]
    public void MultiplyAndRound_ProductExactlyOneStepAboveTheMaximum_FailsOnTheRoundedProduct()
    {
        var act = () => One.MultiplyAndRound(1_000_000.99m, 1m, MidpointRounding.ToZero);

        act.Should().ThrowExactly<OverflowException>()
            .WithMessage("The rounded product of credit points, 1000000, is above the maximum 999999.99.");
    }

    [Fact]
    public void MultiplyAndRound_ProductMoreThanOneStepAboveTheMaximum_NamesTheProduct()
    {
        var act = () => One.MultiplyAndRound(2_000_000m, 1m, MidpointRounding.ToZero);

        act.Should().ThrowExactly<OverflowException>()
            .WithMessage("The product of credit points, 2000000, is above the maximum 999999.99.");
    }

    [Fact]
    public void MultiplyAndRound_NegativeFactor_SaysTheFactorMustNotBeNegative()
    {
        var act = () => One.MultiplyAndRound(-1m, 1m, MidpointRounding.AwayFromZero);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("factor")
            .WithMessage("The factor must not be negative.*");
    }

    [Fact]
    public void MultiplyAndRound_UndefinedMode_SaysSo()
    {
        var act = () => One.MultiplyAndRound(1m, 1m, (MidpointRounding)42);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("mode")
            .WithMessage("Not a defined rounding mode.*");
    }

    [Fact]
    public void Round_UndefinedMode_SaysSo()
    {
        var act = () => CreditPoints.From(7.25m).Round(0.5m, (MidpointRounding)42);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("mode")
            .WithMessage("Not a defined rounding mode.*");
    }

    [Fact]
    public void Round_AboveTheMaximum_NamesTheRoundedAmount()
    {
        var act = () => Max.Round(1m, MidpointRounding.ToPositiveInfinity);

        act.Should().ThrowExactly<OverflowException>()
            .WithMessage("The rounded amount of credit points, 1000000, is above the maximum 999999.99.");
    }

    [Fact]
    public void Round_ToTheMaximum_IsAllowed() =>
        Max.Round(0.01m, MidpointRounding.ToPositiveInfinity).Should().Be(Max);

    [Fact]
    public void Round_StepOfTheMaximum_IsAllowed() =>
        CreditPoints.From(7.25m).Round(CreditPoints.MaxValue, MidpointRounding.AwayFromZero).Should().Be(CreditPoints.Zero);

    [Fact]
    public void Round_StepAboveTheMaximum_IsOutOfRange()
    {
        var act = () => CreditPoints.From(7.25m).Round(1_000_000m, MidpointRounding.AwayFromZero);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("step");
    }

    [Fact]
    public void MultiplyAndRound_StepAboveTheMaximum_IsOutOfRange()
    {
        var act = () => One.MultiplyAndRound(1m, 1_000_000m, MidpointRounding.AwayFromZero);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("step");
    }

    [Fact]
    public void Round_StepWithThreeDecimals_SaysStepsHaveAtMostTwo()
    {
        var act = () => CreditPoints.From(7.25m).Round(0.125m, MidpointRounding.AwayFromZero);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("step")
            .WithMessage("A step has at most 2 decimal places; 0.125 has more.*");
    }

    [Fact]
    public void CompareTo_AnotherType_SaysWhichTypeItMustBe()
    {
        IComparable points = One;

        var act = () => points.CompareTo(1m);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("obj")
            .WithMessage("Object must be of type CreditPoints.*");
    }
}
