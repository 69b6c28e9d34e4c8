namespace Ecvet.Tests;

/// <summary>
/// The rules of <see cref="InstitutionId"/> one by one: the exact message for each scheme, the shortest Erasmus code,
/// OID arcs of a single zero, URLs that are not tokens, and what <see cref="InstitutionId.TryNormalizeErasmusCode"/>
/// refuses to guess.
/// </summary>
public sealed class InstitutionIdRuleTests
{
    [Fact]
    public void Create_UndefinedScheme_SaysSo()
    {
        var act = () => InstitutionId.Create((IdentifierScheme)0, "x");

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("scheme")
            .WithMessage("Not a defined identifier scheme.*");
    }

    [Fact]
    public void Parse_NoSchemeToken_ListsTheTokens()
    {
        var act = () => InstitutionId.Parse("uio.no");

        act.Should().ThrowExactly<FormatException>().WithMessage(
            "'uio.no' is not an institution identifier; expected 'scheme:value' with scheme one of schac, erasmus, pic, oid, national, url, other, such as 'schac:uio.no'.");
    }

    [Fact]
    public void Parse_InvalidValue_GivesTheSchemesProblem()
    {
        var act = () => InstitutionId.Parse("pic:12");

        act.Should().ThrowExactly<FormatException>().WithMessage(
            "'pic:12' is not an institution identifier: '12' is not a PIC; expected exactly nine digits, such as '999999999'.");
    }

    [Theory]
    [InlineData(IdentifierScheme.Schac, "uio",
        "'uio' is not a SCHAC home organisation; expected a lower-case DNS domain such as 'uio.no' or 'omnia.fi'.")]
    [InlineData(IdentifierScheme.Schac, "UIO.NO",
        "'UIO.NO' is not a SCHAC home organisation; expected a lower-case DNS domain such as 'uio.no' or 'omnia.fi' ('uio.no'; Parse lower-cases it).")]
    [InlineData(IdentifierScheme.ErasmusCode, "PLWARSZAW01",
        "'PLWARSZAW01' is not an Erasmus code; expected a country part padded with spaces to three characters, an upper-case city part and two or three digits, such as 'PL WARSZAW01', 'D  BERLIN01' or 'IRLDUBLIN01'.")]
    [InlineData(IdentifierScheme.Pic, "12345678",
        "'12345678' is not a PIC; expected exactly nine digits, such as '999999999'.")]
    [InlineData(IdentifierScheme.Oid, "3.1",
        "'3.1' is not an OID; expected dotted decimal arcs starting with 0, 1 or 2, such as '1.2.246.562.10.12345678901'.")]
    [InlineData(IdentifierScheme.Url, "ftp://example.org/",
        "'ftp://example.org/' is not an absolute http or https URL.")]
    [InlineData(IdentifierScheme.National, " 123",
        "' 123' is not an identifier; expected non-empty text without control characters or white space at either end.")]
    [InlineData(IdentifierScheme.Other, "a\nb",
        "'a\nb' is not an identifier; expected non-empty text without control characters or white space at either end.")]
    public void Create_InvalidValue_SaysWhatTheSchemeExpects(IdentifierScheme scheme, string identifier, string message)
    {
        var act = () => InstitutionId.Create(scheme, identifier);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("value").WithMessage(message + " (Parameter 'value')");
    }

    [Theory]
    [InlineData("D  ABC01")]
    [InlineData("PL ABC01")]
    [InlineData("IRLABC01")]
    public void Create_ShortestErasmusCode_ThreeLetterCityAndTwoDigits_IsValid(string code) =>
        InstitutionId.Create(IdentifierScheme.ErasmusCode, code).Value.Should().Be(code);

    [Theory]
    [InlineData("D  AB01")]
    [InlineData("PL")]
    [InlineData("P")]
    [InlineData("")]
    public void Create_ErasmusCodeShorterThanEightCharacters_IsInvalid(string code)
    {
        var act = () => InstitutionId.Create(IdentifierScheme.ErasmusCode, code);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("value");
        InstitutionId.IsValid(IdentifierScheme.ErasmusCode, code).Should().BeFalse();
    }

    [Theory]
    [InlineData("0.0")]
    [InlineData("1.0")]
    [InlineData("2.0.1")]
    public void Create_OidWithASingleZeroArc_IsValid(string oid) =>
        InstitutionId.Create(IdentifierScheme.Oid, oid).Value.Should().Be(oid);

    [Theory]
    [InlineData("https://example.org/\u00A0")]
    [InlineData("https://example.org/a\u0001b")]
    [InlineData("https://example.org/a\nb")]
    public void Create_UrlThatIsNotAToken_IsInvalidEvenWithoutSpaceOrTab(string url)
    {
        // Uri.TryCreate reads each of these as an https URL with a host.
        Uri.TryCreate(url, UriKind.Absolute, out _).Should().BeTrue();

        InstitutionId.IsValid(IdentifierScheme.Url, url).Should().BeFalse();
    }

    [Theory]
    [InlineData("IRLD DUBLIN01")]
    [InlineData("LUXE LUX-VIL01")]
    [InlineData("PL")]
    [InlineData("IRL")]
    [InlineData("LUX1")]
    public void TryNormalizeErasmusCode_NothingToGuessFrom_ReturnsFalse(string text)
    {
        InstitutionId.TryNormalizeErasmusCode(text, out var code).Should().BeFalse();
        code.Should().BeNull();
    }
}
