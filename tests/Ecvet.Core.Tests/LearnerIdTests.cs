using Ecvet.Tests.Support;

namespace Ecvet.Tests;

public sealed class LearnerIdTests
{
    private const string Esi = "urn:schac:personalUniqueCode:int:esi:uio.no:1234567890";

    [Theory]
    [InlineData(LearnerIdScheme.Esi, Esi)]
    [InlineData(LearnerIdScheme.Esi, "urn:schac:personalUniqueCode:int:esi:fi:AB-12/3=")]
    [InlineData(LearnerIdScheme.National, "131052-308T")]
    [InlineData(LearnerIdScheme.Local, "S-2024-0042")]
    [InlineData(LearnerIdScheme.Other, "Student number 42")]
    public void Create_Valid_RoundTripsThroughText(LearnerIdScheme scheme, string text)
    {
        var id = LearnerId.Create(scheme, text);

        id.Scheme.Should().Be(scheme);
        id.Value.Should().Be(text);
        LearnerId.Parse(id.ToString()).Should().Be(id);
        LearnerId.TryParse(id.ToString(), out var parsed).Should().BeTrue();
        parsed.Should().Be(id);
    }

    [Fact]
    public void ToString_PrefixesTheSchemeToken()
    {
        LearnerId.Esi(Esi).ToString().Should().Be("esi:" + Esi);
        LearnerId.Create(LearnerIdScheme.Local, "S-1").ToString().Should().Be("local:S-1");
    }

    [Theory]
    [InlineData("urn:schac:personalUniqueCode:int:esi:uio.no:")]
    [InlineData("urn:schac:personalUniqueCode:int:esi::123")]
    [InlineData("urn:schac:personalUniqueCode:int:esi:UIO.NO:123")]
    [InlineData("urn:schac:personalUniqueCode:int:esi:uio.no:12 3")]
    [InlineData("urn:schac:personalUniqueCode:int:esi:uio.no:12ä")]
    [InlineData("urn:schac:personaluniquecode:int:esi:uio.no:123")]
    [InlineData("urn:schac:personalUniqueCode:int:esi:fin:123")]
    [InlineData("urn:schac:personalUniqueCode:int:esi:123")]
    [InlineData("1234567890")]
    public void Create_InvalidEsi_Throws(string text)
    {
        var act = () => LearnerId.Esi(text);
        act.Should().Throw<ArgumentException>().WithParameterName("value").WithMessage("*European Student Identifier*");
    }

    [Theory]
    [InlineData(LearnerIdScheme.National, "")]
    [InlineData(LearnerIdScheme.Local, " 42")]
    [InlineData(LearnerIdScheme.Other, "4\u00002")]
    public void Create_InvalidToken_Throws(LearnerIdScheme scheme, string text)
    {
        var act = () => LearnerId.Create(scheme, text);
        act.Should().Throw<ArgumentException>().WithParameterName("value");
    }

    [Fact]
    public void Create_BadSchemeNullOrTooLong_Throws()
    {
        var scheme = () => LearnerId.Create((LearnerIdScheme)0, "x");
        scheme.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("scheme");
        var nullValue = () => LearnerId.Create(LearnerIdScheme.Local, null!);
        nullValue.Should().Throw<ArgumentNullException>().WithParameterName("value");
        var tooLong = () => LearnerId.Create(LearnerIdScheme.Local, new string('x', 257));
        tooLong.Should().Throw<ArgumentException>().WithParameterName("value");
    }

    [Theory]
    [InlineData("")]
    [InlineData("S-1")]
    [InlineData("student:S-1")]
    [InlineData("LOCAL:S-1")]
    [InlineData("esi:1234")]
    public void Parse_Invalid_ThrowsFormatException(string text)
    {
        var act = () => LearnerId.Parse(text);
        act.Should().Throw<FormatException>().WithMessage($"*'{text}'*");
        LearnerId.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        var act = () => LearnerId.Parse(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
        LearnerId.TryParse(null, out _).Should().BeFalse();
    }

    [Fact]
    public void Equality_ComparesSchemeAndValue() =>
        EqualityContract.Check(
            LearnerId.Create(LearnerIdScheme.Local, "42"),
            LearnerId.Parse("local:42"),
            LearnerId.Create(LearnerIdScheme.National, "42"));
}
