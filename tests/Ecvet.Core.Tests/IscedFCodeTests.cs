using Ecvet.Tests.Support;

namespace Ecvet.Tests;

public sealed class IscedFCodeTests
{
    [Theory]
    [InlineData("00")]
    [InlineData("07")]
    [InlineData("10")]
    [InlineData("99")]
    [InlineData("071")]
    [InlineData("0715")]
    [InlineData("1013")]
    [InlineData("9999")]
    public void From_Valid_RoundTrips(string text)
    {
        var code = IscedFCode.From(text);

        code.Value.Should().Be(text);
        code.ToString().Should().Be(text);
        IscedFCode.Parse(code.ToString()).Should().Be(code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("11")]
    [InlineData("50")]
    [InlineData("98")]
    [InlineData("1101")]
    [InlineData("07151")]
    [InlineData("07a")]
    [InlineData(" 07")]
    [InlineData("٠٧")]
    public void From_Invalid_Throws(string text)
    {
        var act = () => IscedFCode.From(text);
        act.Should().Throw<ArgumentException>().WithParameterName("code");
        var parse = () => IscedFCode.Parse(text);
        parse.Should().Throw<FormatException>().WithMessage($"*'{text}'*");
        IscedFCode.TryParse(text, out var code).Should().BeFalse();
        code.Should().BeNull();
    }

    [Fact]
    public void From_Null_Throws()
    {
        var act = () => IscedFCode.From(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("code");
        var parse = () => IscedFCode.Parse(null!);
        parse.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Fields_FollowTheHierarchy()
    {
        var detailed = IscedFCode.From("0715");

        detailed.IsDetailed.Should().BeTrue();
        detailed.BroadField.Should().Be(IscedFCode.From("07"));
        detailed.NarrowField.Should().Be(IscedFCode.From("071"));
        IscedFCode.From("071").IsNarrow.Should().BeTrue();
        IscedFCode.From("071").BroadField.Should().Be(IscedFCode.From("07"));
        IscedFCode.From("071").NarrowField.Should().BeNull();
        IscedFCode.From("07").IsBroad.Should().BeTrue();
        IscedFCode.From("07").BroadField.Should().BeNull();
        IscedFCode.From("07").NarrowField.Should().BeNull();
    }

    [Theory]
    [InlineData("07")]
    [InlineData("071")]
    [InlineData("0715")]
    [InlineData("99")]
    public void Fields_NeverReturnTheCodeItself(string text)
    {
        // Regression: BroadField of a broad field (and NarrowField of a narrow one) returned the code itself, so
        // walking the properties never ended.
        var code = IscedFCode.From(text);
        code.BroadField.Should().NotBeSameAs(code).And.NotBe(code);
        code.NarrowField.Should().NotBeSameAs(code).And.NotBe(code);
        code.BroadField?.BroadField.Should().BeNull();
        code.NarrowField?.NarrowField.Should().BeNull();
    }

    // Reflection is off by default in this test project (as in AOT apps); a user's app has it on.
    private static readonly System.Text.Json.JsonSerializerOptions ReflectionOptions =
        new() { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };

    [Theory]
    [InlineData("07")]
    [InlineData("071")]
    [InlineData("0715")]
    public void PlainJsonSerializer_QualificationWithField_DoesNotCycle(string text)
    {
        // Regression: plain JsonSerializer.Serialize(qualification) failed with "A possible object cycle was detected".
        var qualification = Qualification.Create(QualificationId.Parse("q"), LocalizedText.English("Cook"),
            InstitutionId.Create(IdentifierScheme.Schac, "example.fi"), CreditPoints.From(180), [], field: IscedFCode.From(text));

        var json = System.Text.Json.JsonSerializer.Serialize(qualification, ReflectionOptions);

        json.Should().Contain($"\"field\":\"{text}\"", "a code is written as a string, as documents hold it");
    }

    [Fact]
    public void IsWithin_ChecksThePrefix()
    {
        IscedFCode.From("0715").IsWithin(IscedFCode.From("07")).Should().BeTrue();
        IscedFCode.From("0715").IsWithin(IscedFCode.From("071")).Should().BeTrue();
        IscedFCode.From("0715").IsWithin(IscedFCode.From("0715")).Should().BeTrue();
        IscedFCode.From("07").IsWithin(IscedFCode.From("0715")).Should().BeFalse();
        IscedFCode.From("0715").IsWithin(IscedFCode.From("072")).Should().BeFalse();
        var act = () => IscedFCode.From("07").IsWithin(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("other");
    }

    [Fact]
    public void ElmUri_UsesTheEuropassScheme() =>
        IscedFCode.From("0715").ElmUri.Should().Be(new Uri("http://data.europa.eu/snb/isced-f/0715"));

    [Fact]
    public void Equality_ComparesTheCode() =>
        EqualityContract.Check(IscedFCode.From("0715"), IscedFCode.Parse("0715"), IscedFCode.From("0716"));

    [Fact]
    public void TryParse_ValidCode_GivesIt()
    {
        IscedFCode.TryParse("1013", out var code).Should().BeTrue();
        code!.ToString().Should().Be("1013");
    }
}
