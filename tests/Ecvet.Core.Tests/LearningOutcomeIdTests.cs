using Ecvet.Tests.Support;

namespace Ecvet.Tests;

public sealed class LearningOutcomeIdTests
{
    [Theory]
    [MemberData(nameof(IdentifierCases.Valid), MemberType = typeof(IdentifierCases))]
    public void Parse_Valid_KeepsTextAsItIs(string text)
    {
        var id = LearningOutcomeId.Parse(text);
        id.Value.Should().Be(text);
        id.ToString().Should().Be(text);
        LearningOutcomeId.TryParse(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(id);
    }

    [Theory]
    [MemberData(nameof(IdentifierCases.Invalid), MemberType = typeof(IdentifierCases))]
    public void Parse_Invalid_ThrowsFormat(string text)
    {
        var act = () => LearningOutcomeId.Parse(text);
        act.Should().Throw<FormatException>().WithMessage("*not a valid learning outcome identifier*");
    }

    [Theory]
    [MemberData(nameof(IdentifierCases.Invalid), MemberType = typeof(IdentifierCases))]
    public void TryParse_Invalid_ReturnsFalse(string text)
    {
        LearningOutcomeId.TryParse(text, out var id).Should().BeFalse();
        id.Should().BeNull();
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => LearningOutcomeId.TryParse(null, out _).Should().BeFalse();

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
    {
        var act = () => LearningOutcomeId.Parse(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Equality_IsOrdinalAndCaseSensitive()
    {
        EqualityContract.Check(LearningOutcomeId.Parse("cook-u3"), LearningOutcomeId.Parse(string.Concat("cook-", "u3")), LearningOutcomeId.Parse("Cook-U3"));
        EqualityContract.Check(LearningOutcomeId.Parse("cook-u3"), LearningOutcomeId.Parse(string.Concat("cook-", "u3")), LearningOutcomeId.Parse("cook-u3 x"));
    }
}
