namespace Ecvet.Tests;

public sealed class CountryCodeRuleTests
{
    [Fact]
    public void Parse_NonAsciiLetterThatUpperCasesToACode_GivesNoCaseHint()
    {
        // U+0131 (dotless i) upper-cases to 'I', so "fı" looks like "FI" once upper-cased; Parse accepts any case
        // already, so telling the reader to use upper case would not help.
        var act = () => CountryCode.Parse("f\u0131");
        act.Should().Throw<FormatException>()
            .WithMessage("'f\u0131' is not an officially assigned ISO 3166-1 alpha-2 country code (nor XK).");
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
