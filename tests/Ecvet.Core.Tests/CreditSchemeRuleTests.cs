namespace Ecvet.Tests;

public sealed class CreditSchemeRuleTests
{
    private const string Rule =
        "expected a lower-case letter followed by lower-case letters, digits, '.', '_' or '-', at most 64 characters, such as 'ecvet' or 'fi-osaamispiste'.";

    [Fact]
    public void Create_UpperCaseCode_SuggestsTheLowerCase()
    {
        var act = () => CreditScheme.Create("Fi-Osaamispiste");
        act.Should().Throw<ArgumentException>()
            .WithMessage($"'Fi-Osaamispiste' is not a credit scheme code; {Rule} Codes are lower case: 'fi-osaamispiste' (Parse accepts any case).*")
            .And.ParamName.Should().Be("code");
    }

    [Fact]
    public void Create_InvalidInAnyCase_GivesNoCaseHint()
    {
        var act = () => CreditScheme.Create("1ecvet");
        act.Should().Throw<ArgumentException>()
            .WithMessage($"'1ecvet' is not a credit scheme code; {Rule} (Parameter 'code')");
    }

    [Fact]
    public void Create_RelativeFrameworkUri_SaysWhatALinkIs()
    {
        var act = () => CreditScheme.Create("fi-osaamispiste", frameworkUri: new Uri("/framework", UriKind.Relative));
        act.Should().Throw<ArgumentException>()
            .WithMessage("The framework URI must be an absolute URI with the scheme http, https or urn; '/framework' is not.*")
            .And.ParamName.Should().Be("frameworkUri");
    }

    [Fact]
    public void TryParse_Null_IsFalse()
    {
        CreditScheme.TryParse(null, out var scheme).Should().BeFalse();
        scheme.Should().BeNull();
    }
}
