using Ecvet.Tests.Support;

namespace Ecvet.Tests;

public sealed class CreditTests
{
    [Fact]
    public void Create_KeepsSchemeAndPoints()
    {
        var credit = Credit.Create(CreditScheme.Ecvet, CreditPoints.From(30));

        credit.Scheme.Should().Be(CreditScheme.Ecvet);
        credit.Points.Should().Be(CreditPoints.From(30));
        Credit.Ecvet(CreditPoints.From(30)).Should().Be(credit);
        Credit.Ects(CreditPoints.From(30)).Should().NotBe(credit);
        var act = () => Credit.Create(null!, CreditPoints.Zero);
        act.Should().Throw<ArgumentNullException>().WithParameterName("scheme");
    }

    [Theory]
    [InlineData("30 ecvet", "30 ecvet")]
    [InlineData("7.5 ects", "7.5 ects")]
    [InlineData("30.00 ecvet", "30 ecvet")]
    [InlineData("0 fi-osaamispiste", "0 fi-osaamispiste")]
    public void Parse_Valid_RoundTrips(string text, string canonical)
    {
        var credit = Credit.Parse(text);

        credit.ToString().Should().Be(canonical);
        Credit.Parse(credit.ToString()).Should().Be(credit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("30")]
    [InlineData("ecvet")]
    [InlineData("30ecvet")]
    [InlineData("30  ecvet")]
    [InlineData(" 30 ecvet")]
    [InlineData("30 ecvet ")]
    [InlineData("-1 ecvet")]
    [InlineData("7,5 ects")]
    [InlineData("ecvet 30")]
    public void Parse_Invalid_ThrowsFormatException(string text)
    {
        var act = () => Credit.Parse(text);
        act.Should().Throw<FormatException>().WithMessage($"*'{text}'*");
        Credit.TryParse(text, out var credit).Should().BeFalse();
        credit.Should().BeNull();
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        var act = () => Credit.Parse(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void ToString_UnderFinnishCulture_IsInvariant()
    {
        var text = CultureScope.Run("fi-FI", () => Credit.Ects(CreditPoints.From(7.5m)).ToString());

        text.Should().Be("7.5 ects");
    }

    [Fact]
    public void Plus_SameScheme_Adds()
    {
        Credit.Ecvet(CreditPoints.From(7.5m)).Plus(Credit.Ecvet(CreditPoints.From(22.5m))).Should().Be(Credit.Ecvet(CreditPoints.From(30)));
        var otherScheme = () => Credit.Ecvet(CreditPoints.From(1)).Plus(Credit.Ects(CreditPoints.From(1)));
        otherScheme.Should().Throw<ArgumentException>().WithParameterName("other").WithMessage("*scheme*");
        var nullOther = () => Credit.Ecvet(CreditPoints.From(1)).Plus(null!);
        nullOther.Should().Throw<ArgumentNullException>().WithParameterName("other");
    }

    [Fact]
    public void WithPoints_KeepsTheScheme() =>
        Credit.Ects(CreditPoints.From(5)).WithPoints(CreditPoints.From(6)).Should().Be(Credit.Ects(CreditPoints.From(6)));

    [Fact]
    public void Equality_ComparesSchemeAndPoints()
    {
        EqualityContract.Check(
            Credit.Ecvet(CreditPoints.From(30)),
            Credit.Create(CreditScheme.Create("ecvet"), CreditPoints.From(30.00m)),
            Credit.Ecvet(CreditPoints.From(29.5m)));
        Credit.Ecvet(CreditPoints.From(30)).Should().NotBe(Credit.Ects(CreditPoints.From(30)));
    }

    [Fact]
    public void TryParse_Null_IsFalse()
    {
        Credit.TryParse(null, out var credit).Should().BeFalse();
        credit.Should().BeNull();
    }
}
