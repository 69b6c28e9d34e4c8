using Ecvet.Tests.Support;

namespace Ecvet.Tests;

public sealed class UnitIdTests
{
    [Theory]
    [MemberData(nameof(IdentifierCases.Valid), MemberType = typeof(IdentifierCases))]
    public void Parse_Valid_KeepsTextAsItIs(string text)
    {
        var id = UnitId.Parse(text);
        id.Value.Should().Be(text);
        id.ToString().Should().Be(text);
        UnitId.TryParse(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(id);
    }

    [Theory]
    [MemberData(nameof(IdentifierCases.Invalid), MemberType = typeof(IdentifierCases))]
    public void Parse_Invalid_ThrowsFormat(string text)
    {
        var act = () => UnitId.Parse(text);
        act.Should().Throw<FormatException>().WithMessage("*not a valid unit identifier*");
    }

    [Fact]
    public void TryParse_LoneSurrogate_ReturnsFalse()
    {
        // Lone surrogates were accepted and then written to JSON as U+FFFD, so the identifier read back as another.
        foreach (var text in IdentifierCases.LoneSurrogates)
        {
            UnitId.TryParse(text, out _).Should().BeFalse();
            var parse = () => UnitId.Parse(text);
            parse.Should().Throw<FormatException>();
        }
    }

    [Theory]
    [MemberData(nameof(IdentifierCases.Invalid), MemberType = typeof(IdentifierCases))]
    public void TryParse_Invalid_ReturnsFalse(string text)
    {
        UnitId.TryParse(text, out var id).Should().BeFalse();
        id.Should().BeNull();
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => UnitId.TryParse(null, out _).Should().BeFalse();

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
    {
        var act = () => UnitId.Parse(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Equality_IsOrdinalAndCaseSensitive()
    {
        EqualityContract.Check(UnitId.Parse("cook-u3"), UnitId.Parse(string.Concat("cook-", "u3")), UnitId.Parse("Cook-U3"));
        EqualityContract.Check(UnitId.Parse("cook-u3"), UnitId.Parse(string.Concat("cook-", "u3")), UnitId.Parse("cook-u3 x"));
    }
}
