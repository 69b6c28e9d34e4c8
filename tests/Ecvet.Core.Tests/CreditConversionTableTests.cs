using Ecvet.Tests.Support;

namespace Ecvet.Tests;

public sealed class CreditConversionTableTests
{
    private static readonly CreditScheme National = CreditScheme.Create("fi-osaamispiste", 180m);
    private static readonly CreditConversionRate NationalToEcvet = CreditConversionRate.Create(National, CreditScheme.Ecvet, 1m / 3m, 0.5m);
    private static readonly CreditConversionRate EctsToEcvet = CreditConversionRate.Create(CreditScheme.Ects, CreditScheme.Ecvet, 1m);

    [Fact]
    public void Convert_DeclaredRate_Converts()
    {
        var table = CreditConversionTable.Create(NationalToEcvet, EctsToEcvet);

        table.Convert(Credit.Create(National, CreditPoints.From(15)), CreditScheme.Ecvet).Should().Be(Credit.Ecvet(CreditPoints.From(5)));
        table.Convert(Credit.Ects(CreditPoints.From(7.5m)), CreditScheme.Ecvet).Should().Be(Credit.Ecvet(CreditPoints.From(7.5m)));
    }

    [Fact]
    public void Convert_SameScheme_ReturnsTheCreditItself()
    {
        var credit = Credit.Ecvet(CreditPoints.From(30));

        CreditConversionTable.Empty.Convert(credit, CreditScheme.Ecvet).Should().BeSameAs(credit);
        CreditConversionTable.Empty.TryConvert(credit, CreditScheme.Create("ecvet"), out var converted).Should().BeTrue();
        converted.Should().BeSameAs(credit);
    }

    [Fact]
    public void Convert_MissingPair_ThrowsNamingBothSchemes()
    {
        var act = () => CreditConversionTable.Empty.Convert(Credit.Ects(CreditPoints.From(5)), CreditScheme.Ecvet);

        act.Should().Throw<InvalidOperationException>().WithMessage("*'ects'*'ecvet'*");
    }

    [Fact]
    public void Convert_OnlyTheOppositeRate_IsNotInvertedImplicitly()
    {
        var table = CreditConversionTable.Create(EctsToEcvet);

        var act = () => table.Convert(Credit.Ecvet(CreditPoints.From(5)), CreditScheme.Ects);

        act.Should().Throw<InvalidOperationException>().WithMessage("*'ecvet'*'ects'*WithInverse*");
        table.TryConvert(Credit.Ecvet(CreditPoints.From(5)), CreditScheme.Ects, out var converted).Should().BeFalse();
        converted.Should().BeNull();
    }

    [Fact]
    public void Convert_NoImplicitOneToOne_EvenForSchemesOfEqualYear()
    {
        CreditScheme.Ects.PointsPerFullTimeYear.Should().Be(CreditScheme.Ecvet.PointsPerFullTimeYear);
        CreditConversionTable.Empty.TryConvert(Credit.Ects(CreditPoints.From(5)), CreditScheme.Ecvet, out _).Should().BeFalse();
    }

    [Fact]
    public void Convert_NullArguments_Throw()
    {
        var nullCredit = () => CreditConversionTable.Empty.Convert(null!, CreditScheme.Ecvet);
        nullCredit.Should().Throw<ArgumentNullException>().WithParameterName("credit");
        var nullTarget = () => CreditConversionTable.Empty.Convert(Credit.Ects(CreditPoints.Zero), null!);
        nullTarget.Should().Throw<ArgumentNullException>().WithParameterName("target");
    }

    [Fact]
    public void TryConvert_InexactWithoutStep_ReturnsFalse()
    {
        var table = CreditConversionTable.Create(CreditConversionRate.Create(CreditScheme.Ects, CreditScheme.Ecvet, 0.333m));

        table.TryConvert(Credit.Ects(CreditPoints.From(7.5m)), CreditScheme.Ecvet, out _).Should().BeFalse();
        var act = () => table.Convert(Credit.Ects(CreditPoints.From(7.5m)), CreditScheme.Ecvet);
        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void WithInverse_AddsTheOppositeRate()
    {
        var table = CreditConversionTable.Create(NationalToEcvet).WithInverse(National, CreditScheme.Ecvet, roundingStep: null);

        table.Rates.Should().HaveCount(2);
        table.Convert(Credit.Ecvet(CreditPoints.From(60)), National).Should().Be(Credit.Create(National, CreditPoints.From(180)));
    }

    [Fact]
    public void WithInverse_UndeclaredRate_Throws()
    {
        var act = () => CreditConversionTable.Empty.WithInverse(CreditScheme.Ects, CreditScheme.Ecvet, null);
        act.Should().Throw<InvalidOperationException>().WithMessage("*'ects'*'ecvet'*");
        var nullFrom = () => CreditConversionTable.Empty.WithInverse(null!, CreditScheme.Ecvet, null);
        nullFrom.Should().Throw<ArgumentNullException>().WithParameterName("from");
    }

    [Fact]
    public void WithRate_ReplacesTheRateOfTheSamePair()
    {
        var original = CreditConversionTable.Create(EctsToEcvet, NationalToEcvet);
        var replacement = CreditConversionRate.Create(CreditScheme.Ects, CreditScheme.Ecvet, 2m);

        var table = original.WithRate(replacement);

        table.Rates.Should().Equal(replacement, NationalToEcvet);
        original.Rates.Should().Equal(EctsToEcvet, NationalToEcvet);
        table.TryGetRate(CreditScheme.Ects, CreditScheme.Ecvet, out var rate).Should().BeTrue();
        rate.Should().Be(replacement);
    }

    [Fact]
    public void Create_InvalidRates_Throw()
    {
        var duplicate = () => CreditConversionTable.Create(EctsToEcvet, CreditConversionRate.Create(CreditScheme.Ects, CreditScheme.Ecvet, 2m));
        duplicate.Should().Throw<ArgumentException>().WithParameterName("rates").WithMessage("*'ects'*'ecvet'*");
        var nullRate = () => CreditConversionTable.Create([EctsToEcvet, null!]);
        nullRate.Should().Throw<ArgumentException>().WithParameterName("rates");
        var nullRates = () => CreditConversionTable.Create((IEnumerable<CreditConversionRate>)null!);
        nullRates.Should().Throw<ArgumentNullException>().WithParameterName("rates");
    }

    [Fact]
    public void Equality_ComparesTheSetOfRates()
    {
        EqualityContract.Check(
            CreditConversionTable.Create(EctsToEcvet, NationalToEcvet),
            CreditConversionTable.Create(NationalToEcvet, EctsToEcvet),
            CreditConversionTable.Create(EctsToEcvet));
        CreditConversionTable.Empty.Should().Be(CreditConversionTable.Create());
    }

    [Fact]
    public void ToString_ListsTheRates()
    {
        CreditConversionTable.Empty.ToString().Should().Be("(no rates)");
        CreditConversionTable.Create(EctsToEcvet).ToString().Should().Be("ects -> ecvet x 1");
    }

    [Fact]
    public void Create_NullRate_SaysTheRatesMustNotContainNull()
    {
        var act = () => CreditConversionTable.Create([EctsToEcvet, null!]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("rates").WithMessage("The rates must not contain null.*");
    }

    [Fact]
    public void WithRate_Null_ThrowsArgumentNull()
    {
        var act = () => CreditConversionTable.Empty.WithRate(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("rate");
    }

    [Fact]
    public void WithInverse_NullTo_ThrowsArgumentNull()
    {
        var act = () => CreditConversionTable.Create(EctsToEcvet).WithInverse(CreditScheme.Ects, null!, null);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("to");
    }

    [Fact]
    public void TryGetRate_NullScheme_ThrowsArgumentNullNamingIt()
    {
        var nullFrom = () => CreditConversionTable.Empty.TryGetRate(null!, CreditScheme.Ecvet, out _);
        nullFrom.Should().ThrowExactly<ArgumentNullException>().WithParameterName("from");
        var nullTo = () => CreditConversionTable.Empty.TryGetRate(CreditScheme.Ects, null!, out _);
        nullTo.Should().ThrowExactly<ArgumentNullException>().WithParameterName("to");
    }

    [Fact]
    public void TryConvert_NullArguments_ThrowArgumentNullNamingThem()
    {
        var table = CreditConversionTable.Create(EctsToEcvet);
        var nullCredit = () => table.TryConvert(null!, CreditScheme.Ecvet, out _);
        nullCredit.Should().ThrowExactly<ArgumentNullException>().WithParameterName("credit");
        var nullTarget = () => table.TryConvert(Credit.Ects(CreditPoints.From(5)), null!, out _);
        nullTarget.Should().ThrowExactly<ArgumentNullException>().WithParameterName("target");
    }

    [Fact]
    public void TryConvert_DeclaredRate_ConvertsAndReturnsTrue()
    {
        var table = CreditConversionTable.Create(NationalToEcvet);

        table.TryConvert(Credit.Create(National, CreditPoints.From(15)), CreditScheme.Ecvet, out var converted).Should().BeTrue();
        converted.Should().Be(Credit.Ecvet(CreditPoints.From(5)));
    }

    [Fact]
    public void Convert_MissingPairWithoutTheOpposite_SaysOnlyThatNoConversionIsDeclared()
    {
        var act = () => CreditConversionTable.Create(NationalToEcvet).Convert(Credit.Ects(CreditPoints.From(5)), CreditScheme.Ecvet);

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage("No conversion from 'ects' to 'ecvet' is declared in this table.");
    }

    [Fact]
    public void Convert_MissingPairWithTheOpposite_PointsToWithInverse()
    {
        var act = () => CreditConversionTable.Create(EctsToEcvet).Convert(Credit.Ecvet(CreditPoints.From(5)), CreditScheme.Ects);

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage(
            "No conversion from 'ecvet' to 'ects' is declared in this table. A rate from 'ects' to 'ecvet' is declared; rates are not inverted implicitly: use WithInverse.");
    }

    [Fact]
    public void Equality_SamePairWithAnotherFactor_IsNotEqual() =>
        CreditConversionTable.Create(EctsToEcvet)
            .Should().NotBe(CreditConversionTable.Create(CreditConversionRate.Create(CreditScheme.Ects, CreditScheme.Ecvet, 2m)));

    [Fact]
    public void Equality_AsManyRatesForOtherPairs_IsNotEqual() =>
        CreditConversionTable.Create(EctsToEcvet).Should().NotBe(CreditConversionTable.Create(NationalToEcvet));
}
