using Ecvet.Tests.Support;

namespace Ecvet.Tests;

public sealed class CreditSchemeTests
{
    [Theory]
    [InlineData("ECVET", "ecvet")]
    [InlineData("Fi-Osaamispiste", "fi-osaamispiste")]
    public void Create_UpperCaseCode_ThrowsAndPointsToParse(string text, string lower)
    {
        var act = () => CreditScheme.Create(text);
        act.Should().Throw<ArgumentException>().WithParameterName("code").WithMessage($"*'{lower}'*Parse*");
        CreditScheme.Parse(text).Code.Should().Be(lower);
    }

    [Fact]
    public void Parse_AnyCaseOfEcvet_GivesTheDescribedScheme() =>
        CreditScheme.Parse("ECVET").Should().BeSameAs(CreditScheme.Ecvet);

    [Fact]
    public void WellKnown_HaveTheirDescriptions()
    {
        CreditScheme.Ecvet.Code.Should().Be("ecvet");
        CreditScheme.Ecvet.PointsPerFullTimeYear.Should().Be(60m);
        CreditScheme.Ecvet.FrameworkUri.Should().Be(new Uri("http://data.europa.eu/snb/education-credit/60b314e826"));
        CreditScheme.Ects.Code.Should().Be("ects");
        CreditScheme.Ects.PointsPerFullTimeYear.Should().Be(60m);
        CreditScheme.Ects.FrameworkUri.Should().Be(new Uri("http://data.europa.eu/snb/education-credit/6fcec5c5af"));
    }

    [Theory]
    [InlineData("ecvet")]
    [InlineData("fi-osaamispiste")]
    [InlineData("de.lp_2")]
    [InlineData("x")]
    public void Create_ValidCode_Succeeds(string code)
    {
        var scheme = CreditScheme.Create(code, 180m, new Uri("http://example.org/credit"));

        scheme.Code.Should().Be(code);
        scheme.PointsPerFullTimeYear.Should().Be(180m);
        scheme.ToString().Should().Be(code);
        CreditScheme.Parse(scheme.ToString()).Should().Be(scheme);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1ects")]
    [InlineData("-x")]
    [InlineData("fi osaamispiste")]
    [InlineData("ects:2")]
    [InlineData("é")]
    public void Create_InvalidCode_Throws(string text)
    {
        var act = () => CreditScheme.Create(text);
        act.Should().Throw<ArgumentException>().WithParameterName("code");
        var parse = () => CreditScheme.Parse(text);
        parse.Should().Throw<FormatException>().WithMessage($"*'{text}'*");
        CreditScheme.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Create_CodeLength_IsLimitedTo64()
    {
        CreditScheme.Create(new string('a', 64)).Code.Should().HaveLength(64);
        var act = () => CreditScheme.Create(new string('a', 65));
        act.Should().Throw<ArgumentException>().WithParameterName("code");
    }

    [Fact]
    public void Create_InvalidDescription_Throws()
    {
        var nullCode = () => CreditScheme.Create(null!);
        nullCode.Should().Throw<ArgumentNullException>().WithParameterName("code");
        var zero = () => CreditScheme.Create("x", 0m);
        zero.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("pointsPerFullTimeYear");
        var negative = () => CreditScheme.Create("x").WithPointsPerFullTimeYear(-60m);
        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("pointsPerFullTimeYear");
        var relative = () => CreditScheme.Create("x", frameworkUri: new Uri("credit", UriKind.Relative));
        relative.Should().Throw<ArgumentException>().WithParameterName("frameworkUri");
        var script = () => CreditScheme.Create("x", frameworkUri: new Uri("javascript:alert(1)"));
        script.Should().Throw<ArgumentException>().WithParameterName("frameworkUri").WithMessage("*http, https or urn*");
    }

    [Fact]
    public void Parse_WellKnownCode_GivesTheDescribedInstance()
    {
        CreditScheme.Parse("ecvet").Should().BeSameAs(CreditScheme.Ecvet);
        CreditScheme.Parse("ects").Should().BeSameAs(CreditScheme.Ects);
        CreditScheme.Parse("fi-osaamispiste").PointsPerFullTimeYear.Should().BeNull();
        var act = () => CreditScheme.Parse(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void With_ChangesTheDescription()
    {
        var scheme = CreditScheme.Create("fi-osaamispiste").WithPointsPerFullTimeYear(60m).WithFrameworkUri(new Uri("http://example.org/fi"));

        scheme.PointsPerFullTimeYear.Should().Be(60m);
        scheme.FrameworkUri.Should().Be(new Uri("http://example.org/fi"));
        scheme.WithFrameworkUri(null).FrameworkUri.Should().BeNull();
    }

    [Fact]
    public void Equality_ComparesTheCodeOnly() =>
        EqualityContract.Check(CreditScheme.Ecvet, CreditScheme.Create("ecvet"), CreditScheme.Ects);
}
