namespace Ecvet.Tests;

public sealed class LearnerIdRuleTests
{
    [Theory]
    [InlineData("esi:urn:schac:personalUniqueCode:int:esi:uio.no:1234567890", LearnerIdScheme.Esi)]
    [InlineData("national:010203-123A", LearnerIdScheme.National)]
    [InlineData("local:S-2024-0042", LearnerIdScheme.Local)]
    [InlineData("other:ABC 12", LearnerIdScheme.Other)]
    public void Parse_EachSchemeToken_GivesItsSchemeAndRoundTrips(string text, LearnerIdScheme scheme)
    {
        var id = LearnerId.Parse(text);
        id.Scheme.Should().Be(scheme);
        id.ToString().Should().Be(text);
    }

    [Fact]
    public void Parse_UnknownScheme_ListsTheTokens()
    {
        var act = () => LearnerId.Parse("school:42");
        act.Should().Throw<FormatException>()
            .WithMessage("'school:42' is not a learner identifier; expected 'scheme:value' with scheme one of esi, national, local, other.");
    }

    [Fact]
    public void Create_UndefinedScheme_SaysSo()
    {
        var act = () => LearnerId.Create((LearnerIdScheme)99, "42");
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Not a defined learner identifier scheme.*").And.ParamName.Should().Be("scheme");
    }

    [Fact]
    public void Create_ValueOfMaxLength_IsAcceptedAndOneMoreIsNot()
    {
        var longest = new string('a', 256);
        LearnerId.Create(LearnerIdScheme.Local, longest).Value.Should().Be(longest);
        var act = () => LearnerId.Create(LearnerIdScheme.Local, longest + "a");
        act.Should().Throw<ArgumentException>()
            .WithMessage("an identifier has at most 256 characters; this one has 257.*")
            .And.ParamName.Should().Be("value");
    }

    [Fact]
    public void Create_NotAToken_SaysWhatAnIdentifierIs()
    {
        var act = () => LearnerId.Create(LearnerIdScheme.National, " 42");
        act.Should().Throw<ArgumentException>()
            .WithMessage("' 42' is not an identifier; expected non-empty text without control characters or white space at either end.*")
            .And.ParamName.Should().Be("value");
    }
}
