using System.Globalization;
using Ecvet.Tests.Support;

namespace Ecvet.Tests;

public sealed class CountryCodeTests
{
    [Theory]
    [InlineData("FI", "FIN")]
    [InlineData("DE", "DEU")]
    [InlineData("GR", "GRC")]
    [InlineData("GB", "GBR")]
    [InlineData("AX", "ALA")]
    [InlineData("SS", "SSD")]
    [InlineData("KM", "COM")]
    public void From_Valid_GivesAlpha3(string alpha2, string alpha3)
    {
        var country = CountryCode.From(alpha2);

        country.Value.Should().Be(alpha2);
        country.Alpha3.Should().Be(alpha3);
        country.ToString().Should().Be(alpha2);
        country.AuthorityUri.Should().Be(new Uri("http://publications.europa.eu/resource/authority/country/" + alpha3));
    }

    [Theory]
    [InlineData("EL", "GR")]
    [InlineData("UK", "GB")]
    public void From_EuAbbreviation_SuggestsTheIsoCode(string abbreviation, string suggestion)
    {
        var act = () => CountryCode.From(abbreviation);
        act.Should().Throw<ArgumentException>().WithParameterName("code").WithMessage($"*'{suggestion}'*");
        var parse = () => CountryCode.Parse(abbreviation.ToLowerInvariant());
        parse.Should().Throw<FormatException>().WithMessage($"*'{suggestion}'*");
    }

    [Theory]
    [InlineData("XA")]
    [InlineData("AA")]
    [InlineData("QM")]
    [InlineData("ZZ")]
    [InlineData("EU")]
    [InlineData("FIN")]
    [InlineData("F")]
    [InlineData("")]
    [InlineData("F1")]
    [InlineData(" FI")]
    public void From_NotAnAssignedCode_Throws(string text)
    {
        var act = () => CountryCode.From(text);
        act.Should().Throw<ArgumentException>().WithParameterName("code");
        CountryCode.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void From_LowerCase_ThrowsAndPointsToParse()
    {
        var act = () => CountryCode.From("fi");
        act.Should().Throw<ArgumentException>().WithParameterName("code").WithMessage("*'FI'*Parse*");
    }

    [Fact]
    public void From_Null_Throws()
    {
        var act = () => CountryCode.From(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("code");
        var parse = () => CountryCode.Parse(null!);
        parse.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("Fi")]
    [InlineData("fI")]
    [InlineData("FI")]
    public void Parse_AnyCase_GivesTheCanonicalInstance(string text) =>
        CountryCode.Parse(text).Should().BeSameAs(CountryCode.From("FI"));

    [Fact]
    public void Parse_UnderTurkishCulture_IsInvariant()
    {
        // Turkish upper-cases 'i' to 'İ'; the parser must not.
        var country = CultureScope.Run("tr-TR", () => CountryCode.Parse("it"));

        country.Value.Should().Be("IT");
        "i".ToUpper(new CultureInfo("tr-TR")).Should().NotBe("I", "the culture must really differ for this test to mean anything");
    }

    [Fact]
    public void All_HasTheOfficiallyAssignedCodesAndKosovo()
    {
        CountryCode.All.Should().HaveCount(250);
        CountryCode.All.Where(c => c.IsUserAssigned).Select(c => c.Value).Should().Equal("XK");
        CountryCode.All.Should().NotBeAssignableTo<CountryCode[]>("the list must not be writable by a cast");
        CountryCode.All.Select(c => c.Value).Should().BeInAscendingOrder(StringComparer.Ordinal).And.OnlyHaveUniqueItems();
        CountryCode.All.Select(c => c.Alpha3).Should().OnlyHaveUniqueItems();
        CountryCode.All.Should().OnlyContain(c => c.Value.All(char.IsAsciiLetterUpper) && c.Alpha3.Length == 3 && c.Alpha3.All(char.IsAsciiLetterUpper));
    }

    [Fact]
    public void All_Alpha3AgreesWithThePlatformRegionData()
    {
        // ICU knows the ISO codes too; every code it knows must map to the same alpha-3.
        var checkedCount = 0;
        foreach (var country in CountryCode.All.Where(c => !c.IsUserAssigned))
        {
            // XK has no official alpha-3: CLDR says XKK, the EU Council and the World Bank XKX (which this library uses).
            RegionInfo region;
            try
            {
                region = new RegionInfo(country.Value);
            }
            catch (ArgumentException)
            {
                continue;
            }

            region.ThreeLetterISORegionName.Should().Be(country.Alpha3, $"{country.Value} maps to {region.ThreeLetterISORegionName} in ICU");
            checkedCount++;
        }

        checkedCount.Should().BeGreaterThan(200);
    }

    [Fact]
    public void From_Kosovo_IsTheOneUserAssignedCode()
    {
        var kosovo = CountryCode.From("XK");
        kosovo.Alpha3.Should().Be("XKX");
        kosovo.IsUserAssigned.Should().BeTrue();
        CountryCode.Parse("xk").Should().BeSameAs(kosovo);
        CountryCode.TryFromAlpha3("XKX", out var byAlpha3).Should().BeTrue();
        byAlpha3.Should().BeSameAs(kosovo);
        CountryCode.From("FI").IsUserAssigned.Should().BeFalse();
    }

    [Fact]
    public void TryFromAlpha3_FindsTheCountry()
    {
        CountryCode.TryFromAlpha3("FIN", out var finland).Should().BeTrue();
        finland.Should().BeSameAs(CountryCode.From("FI"));
        foreach (var country in CountryCode.All)
        {
            CountryCode.TryFromAlpha3(country.Alpha3, out var same).Should().BeTrue();
            same.Should().BeSameAs(country);
        }

        CountryCode.TryFromAlpha3("fin", out _).Should().BeFalse();
        CountryCode.TryFromAlpha3("XXX", out _).Should().BeFalse();
        CountryCode.TryFromAlpha3(null, out _).Should().BeFalse();
    }

    [Fact]
    public void Equality_ComparesTheCode() =>
        EqualityContract.Check(CountryCode.From("FI"), CountryCode.Parse("fi"), CountryCode.From("SE"));
}
