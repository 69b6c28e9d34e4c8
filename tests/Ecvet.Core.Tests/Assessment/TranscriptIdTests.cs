using Ecvet.Assessment;
using Ecvet.Tests.Support;

namespace Ecvet.Tests.Assessment;

public sealed class TranscriptIdTests
{
    [Theory]
    [MemberData(nameof(IdentifierCases.Valid), MemberType = typeof(IdentifierCases))]
    public void Parse_ValidText_KeepsTextAndRoundTrips(string text)
    {
        var id = TranscriptId.Parse(text);

        id.Value.Should().Be(text);
        id.ToString().Should().Be(text);
        TranscriptId.Parse(id.ToString()).Should().Be(id);
    }

    [Theory]
    [MemberData(nameof(IdentifierCases.Invalid), MemberType = typeof(IdentifierCases))]
    public void Parse_InvalidText_ThrowsFormatException(string text)
    {
        var act = () => TranscriptId.Parse(text);

        act.Should().Throw<FormatException>();
        TranscriptId.TryParse(text, out var id).Should().BeFalse();
        id.Should().BeNull();
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullNamingText()
    {
        var act = () => TranscriptId.Parse(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Equals_IsOrdinalAndCaseSensitive()
    {
        EqualityContract.Check(TranscriptId.Parse("a-1"), TranscriptId.Parse("a-1"), TranscriptId.Parse("A-1"));
    }
}
