using Ecvet.Agreements;
using Ecvet.Tests.Support;

namespace Ecvet.Tests.Agreements;

public sealed class LearningAgreementIdTests
{
    [Theory]
    [MemberData(nameof(IdentifierCases.Valid), MemberType = typeof(IdentifierCases))]
    public void Parse_ValidText_KeepsTextAndRoundTrips(string text)
    {
        var id = LearningAgreementId.Parse(text);

        id.Value.Should().Be(text);
        id.ToString().Should().Be(text);
        LearningAgreementId.Parse(id.ToString()).Should().Be(id);
    }

    [Theory]
    [MemberData(nameof(IdentifierCases.Invalid), MemberType = typeof(IdentifierCases))]
    public void Parse_InvalidText_ThrowsFormatException(string text)
    {
        var act = () => LearningAgreementId.Parse(text);

        act.Should().Throw<FormatException>();
        LearningAgreementId.TryParse(text, out var id).Should().BeFalse();
        id.Should().BeNull();
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullNamingText()
    {
        var act = () => LearningAgreementId.Parse(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Equals_IsOrdinalAndCaseSensitive()
    {
        EqualityContract.Check(LearningAgreementId.Parse("a-1"), LearningAgreementId.Parse("a-1"), LearningAgreementId.Parse("A-1"));
    }
}
