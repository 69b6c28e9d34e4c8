using Ecvet.Tests.Support;

namespace Ecvet.Tests;

public sealed class InstitutionIdTests
{
    [Theory]
    [InlineData(IdentifierScheme.Schac, "uio.no", "schac:uio.no")]
    [InlineData(IdentifierScheme.Schac, "omnia.fi", "schac:omnia.fi")]
    [InlineData(IdentifierScheme.Schac, "xn--hgskola-exa.se", "schac:xn--hgskola-exa.se")]
    [InlineData(IdentifierScheme.ErasmusCode, "PL WARSZAW01", "erasmus:PL WARSZAW01")]
    [InlineData(IdentifierScheme.ErasmusCode, "D  BERLIN01", "erasmus:D  BERLIN01")]
    [InlineData(IdentifierScheme.ErasmusCode, "SF HELSINK01", "erasmus:SF HELSINK01")]
    [InlineData(IdentifierScheme.ErasmusCode, "F  PARIS001", "erasmus:F  PARIS001")]
    [InlineData(IdentifierScheme.ErasmusCode, "IRLDUBLIN01", "erasmus:IRLDUBLIN01")]
    [InlineData(IdentifierScheme.ErasmusCode, "LUXLUX-VIL01", "erasmus:LUXLUX-VIL01")]
    [InlineData(IdentifierScheme.ErasmusCode, "A  WIEN01", "erasmus:A  WIEN01")]
    [InlineData(IdentifierScheme.Pic, "999999999", "pic:999999999")]
    [InlineData(IdentifierScheme.Oid, "1.2.246.562.10.12345678901", "oid:1.2.246.562.10.12345678901")]
    [InlineData(IdentifierScheme.Oid, "2.5", "oid:2.5")]
    [InlineData(IdentifierScheme.Url, "https://www.omnia.fi/", "url:https://www.omnia.fi/")]
    [InlineData(IdentifierScheme.Url, "http://example.org/hei?id=1", "url:http://example.org/hei?id=1")]
    [InlineData(IdentifierScheme.National, "0124610-9", "national:0124610-9")]
    [InlineData(IdentifierScheme.Other, "Y-tunnus: 0124610-9", "other:Y-tunnus: 0124610-9")]
    public void Create_Valid_RoundTripsThroughText(IdentifierScheme scheme, string value, string text)
    {
        var id = InstitutionId.Create(scheme, value);

        id.Scheme.Should().Be(scheme);
        id.Value.Should().Be(value);
        id.ToString().Should().Be(text);
        InstitutionId.Parse(text).Should().Be(id);
        InstitutionId.TryParse(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(id);
        InstitutionId.IsValid(scheme, value).Should().BeTrue();
    }

    [Theory]
    [InlineData(IdentifierScheme.Schac, "UIO.NO")]
    [InlineData(IdentifierScheme.Schac, "uio")]
    [InlineData(IdentifierScheme.Schac, "uio.no.")]
    [InlineData(IdentifierScheme.Schac, "-uio.no")]
    [InlineData(IdentifierScheme.Schac, "uio-.no")]
    [InlineData(IdentifierScheme.Schac, "uio..no")]
    [InlineData(IdentifierScheme.Schac, "uio.123")]
    [InlineData(IdentifierScheme.Schac, "https://uio.no")]
    [InlineData(IdentifierScheme.Schac, "")]
    [InlineData(IdentifierScheme.ErasmusCode, "PLWARSZAW01")]
    [InlineData(IdentifierScheme.ErasmusCode, "PL  WARSZAW01")]
    [InlineData(IdentifierScheme.ErasmusCode, "pl warszaw01")]
    [InlineData(IdentifierScheme.ErasmusCode, "PL WARSZAW1")]
    [InlineData(IdentifierScheme.ErasmusCode, "PL WARSZAW0001")]
    [InlineData(IdentifierScheme.ErasmusCode, "PL WA01")]
    [InlineData(IdentifierScheme.ErasmusCode, "PL -WARSZ01")]
    [InlineData(IdentifierScheme.ErasmusCode, "PL WARSZAW01 ")]
    [InlineData(IdentifierScheme.ErasmusCode, "D BERLIN01")]
    [InlineData(IdentifierScheme.Pic, "12345678")]
    [InlineData(IdentifierScheme.Pic, "1234567890")]
    [InlineData(IdentifierScheme.Pic, "12345678a")]
    [InlineData(IdentifierScheme.Oid, "3.1")]
    [InlineData(IdentifierScheme.Oid, "1")]
    [InlineData(IdentifierScheme.Oid, "1.02")]
    [InlineData(IdentifierScheme.Oid, "1..2")]
    [InlineData(IdentifierScheme.Oid, "1.2.")]
    [InlineData(IdentifierScheme.Url, "ftp://example.org/")]
    [InlineData(IdentifierScheme.Url, "/relative")]
    [InlineData(IdentifierScheme.Url, "https://exa mple.org/")]
    [InlineData(IdentifierScheme.National, "")]
    [InlineData(IdentifierScheme.National, " 123")]
    [InlineData(IdentifierScheme.National, "12\u00003")]
    [InlineData(IdentifierScheme.Other, "a\nb")]
    public void Create_InvalidValue_ThrowsNamingValue(IdentifierScheme scheme, string text)
    {
        var act = () => InstitutionId.Create(scheme, text);
        act.Should().Throw<ArgumentException>().WithParameterName("value");
        InstitutionId.IsValid(scheme, text).Should().BeFalse();
    }

    [Fact]
    public void Create_TooLong_Throws()
    {
        var act = () => InstitutionId.Create(IdentifierScheme.Other, new string('x', 257));
        act.Should().Throw<ArgumentException>().WithParameterName("value").WithMessage("*256*");
        InstitutionId.Create(IdentifierScheme.Other, new string('x', 256)).Value.Should().HaveLength(256);
    }

    [Fact]
    public void Create_UndefinedSchemeOrNullValue_Throws()
    {
        var scheme = () => InstitutionId.Create((IdentifierScheme)0, "x");
        scheme.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("scheme");
        var value = () => InstitutionId.Create(IdentifierScheme.Other, null!);
        value.Should().Throw<ArgumentNullException>().WithParameterName("value");
        InstitutionId.IsValid((IdentifierScheme)99, "x").Should().BeFalse();
        InstitutionId.IsValid(IdentifierScheme.Other, null).Should().BeFalse();
    }

    [Theory]
    [InlineData("uio.no")]
    [InlineData("SCHAC:uio.no")]
    [InlineData("hei:uio.no")]
    [InlineData(":uio.no")]
    [InlineData("schac:")]
    [InlineData("pic:12")]
    [InlineData("schac:uio.no ")]
    [InlineData(" schac:uio.no")]
    public void Parse_Invalid_ThrowsFormatException(string text)
    {
        var act = () => InstitutionId.Parse(text);
        act.Should().Throw<FormatException>().WithMessage($"*'{text}'*");
        InstitutionId.TryParse(text, out var id).Should().BeFalse();
        id.Should().BeNull();
    }

    [Theory]
    [InlineData("schac:UIO.NO", "uio.no")]
    [InlineData("schac:Stadinao.fi", "stadinao.fi")]
    public void Parse_SchacDomainInCapitals_LowerCasesIt(string text, string domain)
    {
        var id = InstitutionId.Parse(text);

        id.Should().Be(InstitutionId.Create(IdentifierScheme.Schac, domain));
        id.ToString().Should().Be("schac:" + domain);
    }

    [Fact]
    public void Create_SchacDomainInCapitals_ThrowsAndPointsToParse()
    {
        var act = () => InstitutionId.Create(IdentifierScheme.Schac, "Stadinao.fi");
        act.Should().Throw<ArgumentException>().WithParameterName("value").WithMessage("*'stadinao.fi'*Parse*");
    }

    [Fact]
    public void Parse_ErasmusCodeInLowerCase_IsRefusedForTheNormaliser()
    {
        // Erasmus codes are not case-insensitive by any standard; TryNormalizeErasmusCode cleans hand-typed ones.
        InstitutionId.TryParse("erasmus:pl warszaw01", out _).Should().BeFalse();
        InstitutionId.TryNormalizeErasmusCode("pl warszaw01", out var code).Should().BeTrue();
        code.Should().Be("PL WARSZAW01");
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        var act = () => InstitutionId.Parse(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
        InstitutionId.TryParse(null, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_UrlValue_SplitsAtTheFirstColonOnly() =>
        InstitutionId.Parse("url:https://example.org:8443/a").Value.Should().Be("https://example.org:8443/a");

    [Theory]
    [InlineData("PL WARSZAW01", "PL WARSZAW01")]
    [InlineData("pl  warszaw01", "PL WARSZAW01")]
    [InlineData(" D BERLIN01 ", "D  BERLIN01")]
    [InlineData("F\tPARIS001", "F  PARIS001")]
    [InlineData("IRL DUBLIN01", "IRLDUBLIN01")]
    [InlineData("irldublin1", "IRLDUBLIN01")]
    [InlineData("SF HELSINK1", "SF HELSINK01")]
    public void TryNormalizeErasmusCode_FixesSpacingCaseAndShortNumbers(string text, string expected)
    {
        InstitutionId.TryNormalizeErasmusCode(text, out var code).Should().BeTrue();
        code.Should().Be(expected);
        InstitutionId.Create(IdentifierScheme.ErasmusCode, code!).Value.Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("PLWARSZAW01")]
    [InlineData("PL WAR SZAW01")]
    [InlineData("ABCD WARSZAW01")]
    [InlineData("PL WARSZAW")]
    [InlineData("PL WARSZAW0001")]
    [InlineData("PL WARSZÄW01")]
    public void TryNormalizeErasmusCode_Unrecoverable_ReturnsFalse(string? text)
    {
        InstitutionId.TryNormalizeErasmusCode(text, out var code).Should().BeFalse();
        code.Should().BeNull();
    }

    [Fact]
    public void Equality_ComparesSchemeAndValue()
    {
        EqualityContract.Check(
            InstitutionId.Create(IdentifierScheme.National, "0124610-9"),
            InstitutionId.Parse("national:0124610-9"),
            InstitutionId.Create(IdentifierScheme.Other, "0124610-9"));
        InstitutionId.Parse("other:ABC").Should().NotBe(InstitutionId.Parse("other:abc"));
    }
}
