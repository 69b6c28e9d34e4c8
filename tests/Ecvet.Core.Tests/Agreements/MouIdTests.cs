using Ecvet.Agreements;
using Ecvet.Tests.Support;

namespace Ecvet.Tests.Agreements;

public sealed class MouIdTests
{
    [Theory]
    [MemberData(nameof(IdentifierCases.Valid), MemberType = typeof(IdentifierCases))]
    public void Parse_ValidText_KeepsTextAndRoundTrips(string text)
    {
        var id = MouId.Parse(text);

        id.Value.Should().Be(text);
        id.ToString().Should().Be(text);
        MouId.Parse(id.ToString()).Should().Be(id);
    }

    [Theory]
    [MemberData(nameof(IdentifierCases.Invalid), MemberType = typeof(IdentifierCases))]
    public void Parse_InvalidText_ThrowsFormatException(string text)
    {
        var act = () => MouId.Parse(text);

        act.Should().Throw<FormatException>();
        MouId.TryParse(text, out var id).Should().BeFalse();
        id.Should().BeNull();
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullNamingText()
    {
        var act = () => MouId.Parse(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Equals_IsOrdinalAndCaseSensitive()
    {
        EqualityContract.Check(MouId.Parse("a-1"), MouId.Parse("a-1"), MouId.Parse("A-1"));
    }
}
