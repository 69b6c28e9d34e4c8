using Ecvet.Tests.Support;

namespace Ecvet.Tests;

public sealed class EscoOccupationRefTests
{
    private const string Cook = "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e";
    private const string Electrician = "http://data.europa.eu/esco/occupation/4910419f-b4af-4f59-b544-9dbebc8a74f0";

    [Fact]
    public void Parse_Valid_RoundTrips()
    {
        var cook = EscoOccupationRef.Parse(Cook);

        cook.ToString().Should().Be(Cook);
        cook.Uri.Should().Be(new Uri(Cook));
        cook.Id.Should().Be(Guid.Parse("90f75f67-495d-49fa-ab57-2f320e251d7e"));
        EscoOccupationRef.Parse(cook.ToString()).Should().Be(cook);
    }

    [Theory]
    [InlineData("")]
    [InlineData("http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d")]
    [InlineData("http://data.europa.eu/esco/occupation/90F75F67-495D-49FA-AB57-2F320E251D7E")]
    [InlineData("http://data.europa.eu/esco/occupation/")]
    [InlineData("http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e?x=1")]
    public void Parse_Invalid_ThrowsFormatException(string text)
    {
        var act = () => EscoOccupationRef.Parse(text);
        act.Should().Throw<FormatException>().WithMessage("*occupation/{uuid}*");
        EscoOccupationRef.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void From_InvalidArguments_Throw()
    {
        var nullText = () => EscoOccupationRef.Parse(null!);
        nullText.Should().Throw<ArgumentNullException>().WithParameterName("text");
        var nullUri = () => EscoOccupationRef.From(null!);
        nullUri.Should().Throw<ArgumentNullException>().WithParameterName("uri");
        var badUri = () => EscoOccupationRef.From(new Uri("http://data.europa.eu/esco/isco/C5120"));
        badUri.Should().Throw<ArgumentException>().WithParameterName("uri");
        var badId = () => EscoOccupationRef.From(Guid.Empty);
        badId.Should().Throw<ArgumentException>().WithParameterName("id");
    }

    [Fact]
    public void From_UriAndGuid_AgreeWithParse()
    {
        EscoOccupationRef.From(new Uri(Cook)).Should().Be(EscoOccupationRef.Parse(Cook));
        EscoOccupationRef.From(Guid.Parse("90f75f67-495d-49fa-ab57-2f320e251d7e")).Should().Be(EscoOccupationRef.Parse(Cook));
    }

    [Fact]
    public void Equality_ComparesTheUri() =>
        EqualityContract.Check(EscoOccupationRef.Parse(Cook), EscoOccupationRef.From(Guid.Parse("90f75f67-495d-49fa-ab57-2f320e251d7e")), EscoOccupationRef.Parse(Electrician));
}
