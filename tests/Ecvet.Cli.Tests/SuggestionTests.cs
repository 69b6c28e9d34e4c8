namespace Ecvet.Cli.Tests;

public sealed class SuggestionTests
{
    private static readonly string[] Commands = ["validate", "schema", "match"];
    private static readonly string[] Options = ["--catalogue", "-c", "--query", "-q", "--queries", "--top", "-k", "--threshold", "--format", "--quiet"];

    [Theory]
    [InlineData("valdate", "validate")]
    [InlineData("VALIDATE", "validate")]
    [InlineData("vaildate", "validate")]
    [InlineData("schem", "schema")]
    [InlineData("mtach", "match")]
    [InlineData("val", "validate")]
    public void Closest_Typo_IsTheCommandMeant(string typed, string expected) =>
        Suggestion.Closest(typed, Commands).Should().Be(expected);

    [Theory]
    [InlineData("--catalog", "--catalogue")]
    [InlineData("--thresold", "--threshold")]
    [InlineData("--fromat", "--format")]
    [InlineData("--queris", "--queries")]
    public void Closest_OptionTypo_IsTheOptionMeant(string typed, string expected) =>
        Suggestion.Closest(typed, Options).Should().Be(expected);

    [Theory]
    [InlineData("recognise")]
    [InlineData("x")]
    [InlineData("frobnicate")]
    public void Closest_NothingClose_IsNull(string typed) =>
        Suggestion.Closest(typed, Commands).Should().BeNull();

    [Theory]
    [InlineData("transcript", "personal-transcript")]
    [InlineData("agreement", "learning-agreement")]
    [InlineData("qualification", "qualification-document")]
    [InlineData("memorandum", "memorandum-of-understanding")]
    public void Closest_OnePartOfAName_IsThatName(string typed, string expected) =>
        Suggestion.Closest(typed, ["qualification-document", "learning-agreement", "memorandum-of-understanding", "personal-transcript"]).Should().Be(expected);

    [Fact]
    public void Closest_PrefixOfSeveral_IsNotGuessedFromThePrefix() =>
        Suggestion.Closest("--qu", Options).Should().BeNull("--query, --queries and --quiet all start so, and none is one edit away");

    [Fact]
    public void DidYouMean_FormatsOrIsEmpty()
    {
        Suggestion.DidYouMean("shema", Commands).Should().Be("; did you mean 'schema'?");
        Suggestion.DidYouMean("zzz", Commands).Should().BeEmpty();
    }
}
