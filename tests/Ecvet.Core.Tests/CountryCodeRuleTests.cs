namespace Ecvet.Tests;

public sealed class CountryCodeRuleTests
{
    [Fact]
    public void Parse_LetterThatUpperCasesToAnAssignedCode_GivesNoCaseHint()
    {
        // U+017F (long s) upper-cases to 'S', so "\u017Fe" upper-cases to "SE", an assigned code; Parse accepts any
        // case already, so the hint to use upper case would not help.
        var act = () => CountryCode.Parse("\u017Fe");
        act.Should().Throw<FormatException>()
            .WithMessage("'\u017Fe' is not an officially assigned ISO 3166-1 alpha-2 country code (nor XK).");
    }

    [Fact]
    public void From_LetterThatUpperCasesToAnAssignedCode_DoesNotSuggestParse()
    {
        // Parse refuses "\u017Fe" too (it is not two ASCII letters), so From must not send the reader there.
        var act = () => CountryCode.From("\u017Fe");
        act.Should().Throw<ArgumentException>()
            .WithMessage("'\u017Fe' is not an officially assigned ISO 3166-1 alpha-2 country code (nor XK). (Parameter 'code')");
        var parse = () => CountryCode.Parse("\u017Fe");
        parse.Should().Throw<FormatException>();
    }

    [Fact]
    public void From_LowerCaseUnassigned_GivesNoCaseHint()
    {
        var act = () => CountryCode.From("xx");
        act.Should().Throw<ArgumentException>()
            .WithMessage("'xx' is not an officially assigned ISO 3166-1 alpha-2 country code (nor XK). (Parameter 'code')");
    }

    [Fact]
    public void From_LowerCaseAssigned_SuggestsTheUpperCase()
    {
        var act = () => CountryCode.From("fi");
        act.Should().Throw<ArgumentException>()
            .WithMessage("'fi' is not an officially assigned ISO 3166-1 alpha-2 country code (nor XK). Codes are upper case: 'FI'; use Parse to accept any case. (Parameter 'code')");
    }
}
