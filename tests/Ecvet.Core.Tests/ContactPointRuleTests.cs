using Ecvet.Utility;

namespace Ecvet.Tests;

public sealed class ContactPointRuleTests
{
    private static readonly Uri Website = new("https://example.fi/mobility");

    [Fact]
    public void Create_InvalidName_SaysWhatANameIs()
    {
        var act = () => ContactPoint.Create(" office", "a@example.fi");
        act.Should().Throw<ArgumentException>()
            .WithMessage("A contact name must be 1 to 256 characters, with no white space at either end, no control characters and no lone surrogate.*")
            .And.ParamName.Should().Be("name");
    }

    [Fact]
    public void Create_InvalidEmail_QuotesItAndSaysWhatAnAddressIs()
    {
        var act = () => ContactPoint.Create(email: "mobility");
        act.Should().Throw<ArgumentException>()
            .WithMessage($"'mobility' is not an e-mail address; expected {EmailSyntax.Rule}, such as 'mobility@example.fi'.*")
            .And.ParamName.Should().Be("email");
    }

    [Fact]
    public void Create_InvalidPhone_QuotesItAndSaysWhatANumberIs()
    {
        var act = () => ContactPoint.Create(phone: "call 112");
        act.Should().Throw<ArgumentException>()
            .WithMessage("'call 112' is not a telephone number: use digits, spaces and + - ( ) . / only, such as '+358 9 123 4567'.*")
            .And.ParamName.Should().Be("phone");
    }

    [Fact]
    public void Create_NonHttpWebsite_QuotesIt()
    {
        var act = () => ContactPoint.Create(website: new Uri("ftp://example.fi/"));
        act.Should().Throw<ArgumentException>()
            .WithMessage("The web page must be an absolute http or https URI; 'ftp://example.fi/' is not.*")
            .And.ParamName.Should().Be("website");
    }

    [Fact]
    public void Create_NoMeansOfContact_SaysWhatIsNeeded()
    {
        var act = () => ContactPoint.Create("International office");
        act.Should().Throw<ArgumentException>()
            .WithMessage("A contact point needs an e-mail address, a telephone number or a web page.*")
            .And.ParamName.Should().Be("email");
    }

    [Fact]
    public void Create_PhoneOfMaxLength_IsAcceptedAndOneMoreIsNot()
    {
        var longest = new string('1', ContactPoint.MaxPhoneLength);
        ContactPoint.Create(phone: longest).Phone.Should().Be(longest);
        var act = () => ContactPoint.Create(phone: longest + "1");
        act.Should().Throw<ArgumentException>().WithParameterName("phone");
    }

    [Fact]
    public void GetHashCode_AbsentValues_AreHashedWithoutError()
    {
        ContactPoint.Create(email: "a@example.fi").GetHashCode().Should().Be(ContactPoint.Create(email: "a@example.fi").GetHashCode());
        ContactPoint.Create(phone: "112").GetHashCode().Should().Be(ContactPoint.Create(phone: "112").GetHashCode());
        ContactPoint.Create(website: Website).GetHashCode().Should().Be(ContactPoint.Create(website: new Uri("https://example.fi/mobility")).GetHashCode());
    }

    [Fact]
    public void GetHashCode_DependsOnEachProperty()
    {
        // Ten values per property: if one property did not reach the hash, all ten would hash alike.
        var n = Enumerable.Range(0, 10).ToArray();
        n.Select(i => ContactPoint.Create($"Office {i}", "a@example.fi", "112", Website).GetHashCode()).Distinct().Should().HaveCountGreaterThan(1);
        n.Select(i => ContactPoint.Create("Office", $"a{i}@example.fi", "112", Website).GetHashCode()).Distinct().Should().HaveCountGreaterThan(1);
        n.Select(i => ContactPoint.Create("Office", "a@example.fi", $"11{i}", Website).GetHashCode()).Distinct().Should().HaveCountGreaterThan(1);
        n.Select(i => ContactPoint.Create("Office", "a@example.fi", "112", new Uri($"https://example.fi/{i}")).GetHashCode()).Distinct().Should().HaveCountGreaterThan(1);
    }
}
