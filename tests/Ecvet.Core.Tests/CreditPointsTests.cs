using System.Globalization;
using CsCheck;
using Ecvet.Tests.Support;

namespace Ecvet.Tests;

public sealed class CreditPointsTests
{
    private static readonly Gen<CreditPoints> GenPoints =
        Gen.Long[0, 99_999_999].Select(cents => CreditPoints.From(cents / 100m));

    [Fact]
    public void Default_IsZero()
    {
        default(CreditPoints).Should().Be(CreditPoints.Zero);
        default(CreditPoints).Value.Should().Be(0m);
        default(CreditPoints).IsZero.Should().BeTrue();
        default(CreditPoints).ToString().Should().Be("0");
    }

    [Theory]
    [InlineData("30", "30")]
    [InlineData("30.00", "30")]
    [InlineData("7.5", "7.5")]
    [InlineData("7.50", "7.5")]
    [InlineData("0.25", "0.25")]
    [InlineData("7.500", "7.5")]
    [InlineData("999999.99", "999999.99")]
    public void From_Decimal_NormalisesTrailingZeros(string input, string expected)
    {
        var points = CreditPoints.From(decimal.Parse(input, CultureInfo.InvariantCulture));

        points.ToString().Should().Be(expected);
        points.Value.ToString(CultureInfo.InvariantCulture).Should().Be(expected);
    }

    [Fact]
    public void From_EqualValuesWithDifferentScale_AreEqualWithEqualHashes() =>
        EqualityContract.Check(CreditPoints.From(30m), CreditPoints.From(30.00m), CreditPoints.From(30.01m));

    [Fact]
    public void From_NegativeZero_IsZero()
    {
        var negativeZero = decimal.Negate(0.00m);

        CreditPoints.From(negativeZero).ToString().Should().Be("0");
    }

    [Fact]
    public void From_Negative_Throws()
    {
        var act = () => CreditPoints.From(-0.01m);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
    }

    [Fact]
    public void From_AboveMaximum_Throws()
    {
        var act = () => CreditPoints.From(1_000_000m);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value").WithMessage("Credit points are at most 999999.99; 1000000 is more.*");
    }

    [Fact]
    public void From_MoreThanTwoDecimals_ThrowsInsteadOfRounding()
    {
        var act = () => CreditPoints.From(7.125m);
        act.Should().Throw<ArgumentException>().WithParameterName("value").WithMessage("*7.125*");
    }

    [Fact]
    public void From_Int_GivesWholePoints()
    {
        CreditPoints.From(60).Should().Be(CreditPoints.From(60m));
        var negative = () => CreditPoints.From(-1);
        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
        var tooLarge = () => CreditPoints.From(1_000_000);
        tooLarge.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0.001)]
    [InlineData(1_000_000)]
    public void TryFrom_Invalid_ReturnsFalse(double input)
    {
        CreditPoints.TryFrom((decimal)input, out var points).Should().BeFalse();
        points.Should().Be(CreditPoints.Zero);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("30", 30)]
    [InlineData("7.5", 7.5)]
    [InlineData("30.00", 30)]
    [InlineData("0.25", 0.25)]
    [InlineData("007.5", 7.5)]
    [InlineData("999999.99", 999999.99)]
    public void Parse_Valid_ReturnsPoints(string text, double expected) =>
        CreditPoints.Parse(text).Should().Be(CreditPoints.From((decimal)expected));

    [Theory]
    [InlineData("")]
    [InlineData(" 30")]
    [InlineData("30 ")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("1e3")]
    [InlineData("1E3")]
    [InlineData("1,000")]
    [InlineData("7,5")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("7.125")]
    [InlineData("1000000")]
    [InlineData("NaN")]
    [InlineData("thirty")]
    [InlineData("٣٠")]
    [InlineData("180.000000000000000000000000001")]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("7.500000000000000000000000000001")]
    public void Parse_Invalid_ThrowsFormatException(string text)
    {
        var act = () => CreditPoints.Parse(text);
        act.Should().Throw<FormatException>().WithMessage($"*'{text}'*");
        CreditPoints.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
    {
        var act = () => CreditPoints.Parse(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
        CreditPoints.TryParse(null, out _).Should().BeFalse();
    }

    [Fact]
    public void ToString_Parse_RoundTrip() =>
        GenPoints.Sample(points => CreditPoints.Parse(points.ToString()) == points);

    [Theory]
    [InlineData("fi-FI")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void ToStringAndParse_UnderAnotherCulture_AreInvariant(string culture)
    {
        CultureScope.Run(culture, () => 7.5m.ToString(CultureInfo.CurrentCulture))
            .Should().NotBe("7.5", "the culture must really differ for this test to mean anything");

        var (text, parsed) = CultureScope.Run(culture, () => (CreditPoints.From(1234.5m).ToString(), CreditPoints.Parse("1234.5")));

        text.Should().Be("1234.5");
        parsed.Should().Be(CreditPoints.From(1234.5m));
    }

    [Fact]
    public void Ordering_FollowsValue() =>
        OrderingContract.Check(CreditPoints.From(7.5m), CreditPoints.From(7.50m), CreditPoints.From(30m));

    [Fact]
    public void Ordering_Sorts()
    {
        var sorted = new[] { CreditPoints.From(30), CreditPoints.Zero, CreditPoints.From(7.5m) }.Order().ToArray();
        sorted.Should().Equal(CreditPoints.Zero, CreditPoints.From(7.5m), CreditPoints.From(30));
    }

    [Fact]
    public void MinMax_ReturnSmallerAndLarger()
    {
        var small = CreditPoints.From(5);
        var large = CreditPoints.From(7.5m);

        CreditPoints.Min(small, large).Should().Be(small);
        CreditPoints.Min(large, small).Should().Be(small);
        CreditPoints.Max(small, large).Should().Be(large);
        CreditPoints.Max(large, small).Should().Be(large);
    }

    [Fact]
    public void Addition_AddsValues()
    {
        (CreditPoints.From(7.5m) + CreditPoints.From(2.5m)).Should().Be(CreditPoints.From(10));
        CreditPoints.Add(CreditPoints.From(0.25m), CreditPoints.From(0.75m)).ToString().Should().Be("1");
    }

    [Fact]
    public void Addition_AboveMaximum_ThrowsOverflow()
    {
        var act = () => CreditPoints.From(CreditPoints.MaxValue) + CreditPoints.From(0.01m);
        act.Should().Throw<OverflowException>();
    }

    [Fact]
    public void Subtraction_SubtractsValues()
    {
        (CreditPoints.From(10) - CreditPoints.From(2.5m)).Should().Be(CreditPoints.From(7.5m));
        CreditPoints.Subtract(CreditPoints.From(10), CreditPoints.From(10)).Should().Be(CreditPoints.Zero);
    }

    [Fact]
    public void Subtraction_BelowZero_ThrowsOverflow()
    {
        var act = () => CreditPoints.From(5) - CreditPoints.From(7.5m);
        act.Should().Throw<OverflowException>().WithMessage("*7.5*5*negative*");
    }

    [Fact]
    public void TrySubtract_BelowZero_ReturnsFalse()
    {
        CreditPoints.From(5).TrySubtract(CreditPoints.From(7.5m), out var difference).Should().BeFalse();
        difference.Should().Be(CreditPoints.Zero);
        CreditPoints.From(7.5m).TrySubtract(CreditPoints.From(5), out difference).Should().BeTrue();
        difference.Should().Be(CreditPoints.From(2.5m));
    }

    [Fact]
    public void SubtractSaturating_StopsAtZero()
    {
        CreditPoints.From(5).SubtractSaturating(CreditPoints.From(7.5m)).Should().Be(CreditPoints.Zero);
        CreditPoints.From(7.5m).SubtractSaturating(CreditPoints.From(5)).Should().Be(CreditPoints.From(2.5m));
    }

    [Fact]
    public void Multiplication_ExactProduct_ReturnsIt()
    {
        (CreditPoints.From(7.5m) * 1.5m).Should().Be(CreditPoints.From(11.25m));
        CreditPoints.Multiply(CreditPoints.From(30), 0m).Should().Be(CreditPoints.Zero);
        (CreditPoints.From(60) * 0.5m).ToString().Should().Be("30");
    }

    [Fact]
    public void Multiplication_NegativeFactor_Throws()
    {
        var act = () => CreditPoints.From(30) * -1m;
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("factor");
    }

    [Fact]
    public void Multiplication_InexactProduct_ThrowsInsteadOfRounding()
    {
        var act = () => CreditPoints.From(10) * 0.3333m;
        act.Should().Throw<ArgumentException>().WithParameterName("factor").WithMessage("*MultiplyAndRound*");
    }

    [Fact]
    public void Multiplication_AboveMaximum_ThrowsOverflow()
    {
        var act = () => CreditPoints.From(500_000) * 2m;
        act.Should().Throw<OverflowException>();
        var huge = () => CreditPoints.From(500_000) * decimal.MaxValue;
        huge.Should().Throw<OverflowException>();
    }

    [Theory]
    [InlineData(10, 0.333, 0.5, MidpointRounding.AwayFromZero, 3.5)]
    [InlineData(10, 0.333, 0.01, MidpointRounding.AwayFromZero, 3.33)]
    [InlineData(10, 0.325, 0.5, MidpointRounding.ToZero, 3)]
    [InlineData(10, 0.325, 1, MidpointRounding.ToPositiveInfinity, 4)]
    [InlineData(5, 0.5, 1, MidpointRounding.AwayFromZero, 3)]
    [InlineData(5, 0.5, 1, MidpointRounding.ToEven, 2)]
    public void MultiplyAndRound_RoundsToStep(int points, double factor, double step, MidpointRounding mode, double expected) =>
        CreditPoints.From(points).MultiplyAndRound((decimal)factor, (decimal)step, mode).Should().Be(CreditPoints.From((decimal)expected));

    [Fact]
    public void MultiplyAndRound_InvalidArguments_Throw()
    {
        var points = CreditPoints.From(10);
        var negativeFactor = () => points.MultiplyAndRound(-1m, 0.5m, MidpointRounding.AwayFromZero);
        negativeFactor.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("factor");
        var zeroStep = () => points.MultiplyAndRound(1m, 0m, MidpointRounding.AwayFromZero);
        zeroStep.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("step");
        var fineStep = () => points.MultiplyAndRound(1m, 0.001m, MidpointRounding.AwayFromZero);
        fineStep.Should().Throw<ArgumentException>().WithParameterName("step");
        var badMode = () => points.MultiplyAndRound(1m, 0.5m, (MidpointRounding)42);
        badMode.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("mode");
        var overflow = () => points.MultiplyAndRound(1_000_000m, 0.5m, MidpointRounding.AwayFromZero);
        overflow.Should().Throw<OverflowException>();
    }

    [Fact]
    public void Round_RoundsToStep()
    {
        CreditPoints.From(7.25m).Round(0.5m, MidpointRounding.AwayFromZero).Should().Be(CreditPoints.From(7.5m));
        CreditPoints.From(7.25m).Round(0.5m, MidpointRounding.ToZero).Should().Be(CreditPoints.From(7));
        var act = () => CreditPoints.From(7.25m).Round(-0.5m, MidpointRounding.ToZero);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("step");
    }

    [Fact]
    public void IsMultipleOf_ChecksRemainder()
    {
        CreditPoints.From(7.5m).IsMultipleOf(0.5m).Should().BeTrue();
        CreditPoints.From(7.5m).IsMultipleOf(1m).Should().BeFalse();
        CreditPoints.Zero.IsMultipleOf(0.25m).Should().BeTrue();
        var act = () => CreditPoints.Zero.IsMultipleOf(0m);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("step");
    }

    [Fact]
    public void Sum_AddsAll()
    {
        CreditPoints.Sum([]).Should().Be(CreditPoints.Zero);
        CreditPoints.Sum([CreditPoints.From(7.5m), CreditPoints.From(2.25m), CreditPoints.From(0.25m)]).ToString().Should().Be("10");
    }

    [Fact]
    public void Sum_InvalidInput_Throws()
    {
        var nullSequence = () => CreditPoints.Sum(null!);
        nullSequence.Should().Throw<ArgumentNullException>().WithParameterName("points");
        var overflow = () => CreditPoints.Sum([CreditPoints.From(CreditPoints.MaxValue), CreditPoints.From(1)]);
        overflow.Should().Throw<OverflowException>();
    }

    [Fact]
    public void Arithmetic_Properties_Hold() =>
        Gen.Select(GenPoints, GenPoints).Sample((a, b) =>
        {
            var (small, large) = a <= b ? (a, b) : (b, a);
            return small + (large - small) == large
                && (large - small).Value == large.Value - small.Value
                && (small.Value + large.Value > CreditPoints.MaxValue || (a + b) == (b + a));
        });
}
