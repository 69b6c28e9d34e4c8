namespace Ecvet.Tests;

public sealed class IdentifierSyntaxTests
{
    [Fact]
    public void AsciiLower_ChangesOnlyUpperCaseLetters() =>
        IdentifierSyntax.AsciiLower("AB_@[C]").Should().Be("ab_@[c]");

    [Fact]
    public void IsLowercaseDomain_253CharactersIsTheLongest()
    {
        var label = new string('a', 63);
        var longest = $"{label}.{label}.{label}.{new string('b', 61)}";
        longest.Length.Should().Be(253);
        IdentifierSyntax.IsLowercaseDomain(longest).Should().BeTrue();
        IdentifierSyntax.IsLowercaseDomain("a" + longest).Should().BeFalse();
    }

    [Fact]
    public void IsLowercaseDomain_63CharacterLabelIsTheLongest()
    {
        IdentifierSyntax.IsLowercaseDomain(new string('a', 63) + ".fi").Should().BeTrue();
        IdentifierSyntax.IsLowercaseDomain(new string('a', 64) + ".fi").Should().BeFalse();
    }

    [Theory]
    [InlineData("ccd0a1d9-afda-43d9-b901-96344886e14D")]
    [InlineData("ccd0a1d9-afda-43d9-b901-96344886e14g")]
    [InlineData("Ccd0a1d9-afda-43d9-b901-96344886e14d")]
    [InlineData("ccd0a1d9+afda-43d9-b901-96344886e14d")]
    public void IsLowercaseUuid_AnyBadCharacter_IsRefused(string text) =>
        IdentifierSyntax.IsLowercaseUuid(text).Should().BeFalse();

    [Theory]
    [InlineData("ccd0a1d9-afda-13d9-b901-96344886e14d", true)]
    [InlineData("ccd0a1d9-afda-53d9-b901-96344886e14d", true)]
    [InlineData("ccd0a1d9-afda-03d9-b901-96344886e14d", false)]
    [InlineData("ccd0a1d9-afda-63d9-b901-96344886e14d", false)]
    public void IsLowercaseUuid_VersionsOneToFive(string text, bool expected) =>
        IdentifierSyntax.IsLowercaseUuid(text).Should().Be(expected);
}
