using Ecvet.Tests.Support;
using Xunit.Abstractions;

namespace Ecvet.Tests;

public sealed class EscoSkillRefTests(ITestOutputHelper output)
{
    private const string Cook = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";
    private const string Other = "http://data.europa.eu/esco/skill/0a0a2b4a-d4d7-4b7d-9b4c-2c8e3b1f0e11";

    [Fact]
    public void Parse_Valid_GivesUriAndId()
    {
        var skill = EscoSkillRef.Parse(Cook);

        skill.Uri.Should().Be(new Uri(Cook));
        skill.Id.Should().Be(Guid.Parse("ccd0a1d9-afda-43d9-b901-96344886e14d"));
        skill.SkillType.Should().BeNull();
        skill.ReuseLevel.Should().BeNull();
        skill.ToString().Should().Be(Cook);
    }

    [Theory]
    [InlineData("")]
    [InlineData("https://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d")]
    [InlineData("http://data.europa.eu/esco/skill/CCD0A1D9-AFDA-43D9-B901-96344886E14D")]
    [InlineData("http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d/")]
    [InlineData("http://data.europa.eu/esco/skill/ccd0a1d9afda43d9b90196344886e14d")]
    [InlineData("http://data.europa.eu/esco/skill/ccd0a1d9-afda-03d9-b901-96344886e14d")]
    [InlineData("http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-7901-96344886e14d")]
    [InlineData("http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e")]
    [InlineData(" http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d")]
    public void Parse_Invalid_ThrowsFormatException(string text)
    {
        var act = () => EscoSkillRef.Parse(text);
        act.Should().Throw<FormatException>().WithMessage("*http://data.europa.eu/esco/skill/{uuid}*");
        EscoSkillRef.TryParse(text, out var reference).Should().BeFalse();
        reference.Should().BeNull();
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        var act = () => EscoSkillRef.Parse(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
        EscoSkillRef.TryParse(null, out _).Should().BeFalse();
    }

    [Fact]
    public void From_WithTypeAndReuse_KeepsThem()
    {
        var skill = EscoSkillRef.From(new Uri(Cook), EscoSkillType.SkillCompetence, EscoReuseLevel.OccupationSpecific);

        skill.SkillType.Should().Be(EscoSkillType.SkillCompetence);
        skill.ReuseLevel.Should().Be(EscoReuseLevel.OccupationSpecific);
    }

    [Fact]
    public void From_InvalidArguments_Throw()
    {
        var nullUri = () => EscoSkillRef.From(null!);
        nullUri.Should().Throw<ArgumentNullException>().WithParameterName("uri");
        var badUri = () => EscoSkillRef.From(new Uri("http://example.org/skill/1"));
        badUri.Should().Throw<ArgumentException>().WithParameterName("uri");
        var badType = () => EscoSkillRef.From(new Uri(Cook), (EscoSkillType)0);
        badType.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("skillType");
        var badReuse = () => EscoSkillRef.From(new Uri(Cook), reuseLevel: (EscoReuseLevel)9);
        badReuse.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reuseLevel");
    }

    [Fact]
    public void From_Guid_BuildsTheUri()
    {
        EscoSkillRef.From(Guid.Parse("CCD0A1D9-AFDA-43D9-B901-96344886E14D")).ToString().Should().Be(Cook);
        var nonRfc = () => EscoSkillRef.From(Guid.Empty);
        nonRfc.Should().Throw<ArgumentException>().WithParameterName("id");
    }

    [Fact]
    public void With_ChangesOnlyTheGivenProperty()
    {
        var skill = EscoSkillRef.Parse(Cook).WithSkillType(EscoSkillType.Knowledge).WithReuseLevel(EscoReuseLevel.Transversal);

        skill.SkillType.Should().Be(EscoSkillType.Knowledge);
        skill.ReuseLevel.Should().Be(EscoReuseLevel.Transversal);
        skill.WithSkillType(null).SkillType.Should().BeNull();
        var bad = () => skill.WithReuseLevel((EscoReuseLevel)0);
        bad.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reuseLevel");
    }

    [Fact]
    public void Equality_ComparesTheUriOnly() =>
        EqualityContract.Check(
            EscoSkillRef.Parse(Cook),
            EscoSkillRef.From(new Uri(Cook), EscoSkillType.Knowledge, EscoReuseLevel.Transversal),
            EscoSkillRef.Parse(Other));

    [EscoFact]
    public void Parse_EveryUriInTheEscoCsv_Succeeds()
    {
        var path = EscoData.SkillsCsvPath!;

        var uris = File.ReadLines(path)
            .SelectMany(line => line.Split(',', '"', '\n'))
            .Where(field => field.StartsWith(EscoSkillRef.UriPrefix, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        output.WriteLine($"{uris.Count} distinct skill URIs read from {path}");
        uris.Should().HaveCountGreaterThan(13_000);
        uris.Where(uri => !EscoSkillRef.TryParse(uri, out var _)).Should().BeEmpty();
    }
}
