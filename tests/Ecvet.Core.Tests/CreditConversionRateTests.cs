using Ecvet.Tests.Support;

namespace Ecvet.Tests;

public sealed class CreditConversionRateTests
{
    private static readonly CreditScheme National = CreditScheme.Create("fi-osaamispiste", 60m);

    [Fact]
    public void Create_KeepsItsProperties()
    {
        var rate = CreditConversionRate.Create(CreditScheme.Ects, CreditScheme.Ecvet, 1m, 0.5m, MidpointRounding.ToZero);

        rate.From.Should().Be(CreditScheme.Ects);
        rate.To.Should().Be(CreditScheme.Ecvet);
        rate.Factor.Should().Be(1m);
        rate.RoundingStep.Should().Be(0.5m);
        rate.Rounding.Should().Be(MidpointRounding.ToZero);
        rate.ToString().Should().Be("ects -> ecvet x 1, rounded to 0.5 (ToZero)");
        CreditConversionRate.Create(CreditScheme.Ects, CreditScheme.Ecvet, 2m).Rounding.Should().Be(MidpointRounding.AwayFromZero);
    }

    [Fact]
    public void ToString_UnderFinnishCulture_IsInvariant() =>
        CultureScope.Run("fi-FI", () => CreditConversionRate.Create(National, CreditScheme.Ecvet, 0.5m, 0.25m).ToString())
            .Should().Be("fi-osaamispiste -> ecvet x 0.5, rounded to 0.25 (AwayFromZero)");

    [Fact]
    public void Create_InvalidArguments_Throw()
    {
        var nullFrom = () => CreditConversionRate.Create(null!, CreditScheme.Ecvet, 1m);
        nullFrom.Should().Throw<ArgumentNullException>().WithParameterName("from");
        var nullTo = () => CreditConversionRate.Create(CreditScheme.Ects, null!, 1m);
        nullTo.Should().Throw<ArgumentNullException>().WithParameterName("to");
        var same = () => CreditConversionRate.Create(CreditScheme.Ects, CreditScheme.Create("ects"), 1m);
        same.Should().Throw<ArgumentException>().WithParameterName("to").WithMessage("*'ects'*");
        var zeroFactor = () => CreditConversionRate.Create(CreditScheme.Ects, CreditScheme.Ecvet, 0m);
        zeroFactor.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("factor");
        var zeroStep = () => CreditConversionRate.Create(CreditScheme.Ects, CreditScheme.Ecvet, 1m, 0m);
        zeroStep.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("roundingStep");
        var fineStep = () => CreditConversionRate.Create(CreditScheme.Ects, CreditScheme.Ecvet, 1m, 0.125m);
        fineStep.Should().Throw<ArgumentException>().WithParameterName("roundingStep");
        var badMode = () => CreditConversionRate.Create(CreditScheme.Ects, CreditScheme.Ecvet, 1m, 0.5m, (MidpointRounding)17);
        badMode.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rounding");
    }

    [Fact]
    public void Apply_ExactRate_MultipliesExactly()
    {
        var rate = CreditConversionRate.Create(National, CreditScheme.Ecvet, 0.5m);

        rate.Apply(CreditPoints.From(15)).Should().Be(CreditPoints.From(7.5m));
    }

    [Fact]
    public void Apply_ExactRateWithInexactProduct_ThrowsInsteadOfRounding()
    {
        var rate = CreditConversionRate.Create(National, CreditScheme.Ecvet, 0.333m);

        var act = () => rate.Apply(CreditPoints.From(7.5m));
        act.Should().Throw<InvalidOperationException>().WithMessage("*2.4975*rounding step*");
    }

    [Fact]
    public void Apply_RateWithStep_Rounds()
    {
        var rate = CreditConversionRate.Create(National, CreditScheme.Ecvet, 1m / 3m, 0.5m);

        rate.Apply(CreditPoints.From(10)).Should().Be(CreditPoints.From(3.5m));
        rate.Apply(CreditPoints.From(180)).Should().Be(CreditPoints.From(60));
    }

    [Fact]
    public void Apply_AboveMaximum_ThrowsOverflow()
    {
        var rate = CreditConversionRate.Create(National, CreditScheme.Ecvet, 10m);
        var act = () => rate.Apply(CreditPoints.From(100_000));
        act.Should().Throw<OverflowException>();
    }

    [Fact]
    public void Inverse_SwapsSchemesAndInvertsTheFactor()
    {
        var rate = CreditConversionRate.Create(CreditScheme.Ecvet, National, 3m, null, MidpointRounding.ToEven);

        var inverse = rate.Inverse(0.5m);

        inverse.From.Should().Be(National);
        inverse.To.Should().Be(CreditScheme.Ecvet);
        inverse.Factor.Should().Be(0.33333333333333333333m, "the inverse factor is rounded to 20 decimals");
        inverse.RoundingStep.Should().Be(0.5m);
        inverse.Rounding.Should().Be(MidpointRounding.ToEven);
        var badStep = () => rate.Inverse(0m);
        badStep.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("roundingStep");
    }

    [Fact]
    public void Inverse_OfARoundedFraction_GivesTheSimpleFactorBack()
    {
        var rate = CreditConversionRate.Create(National, CreditScheme.Ecvet, 1m / 3m, 0.5m);

        rate.Inverse(null).Factor.Should().Be(3m);
        rate.Inverse(null).Apply(CreditPoints.From(60)).Should().Be(CreditPoints.From(180));
    }

    [Fact]
    public void Equality_ComparesEveryProperty()
    {
        EqualityContract.Check(
            CreditConversionRate.Create(CreditScheme.Ects, CreditScheme.Ecvet, 1m, 0.5m),
            CreditConversionRate.Create(CreditScheme.Create("ects"), CreditScheme.Create("ecvet"), 1.00m, 0.50m),
            CreditConversionRate.Create(CreditScheme.Ects, CreditScheme.Ecvet, 1m, 1m));
        CreditConversionRate.Create(CreditScheme.Ects, CreditScheme.Ecvet, 1m)
            .Should().NotBe(CreditConversionRate.Create(CreditScheme.Ecvet, CreditScheme.Ects, 1m));
    }
}
