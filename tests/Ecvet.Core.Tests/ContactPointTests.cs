using Ecvet.Tests.Support;

namespace Ecvet.Tests;

public sealed class ContactPointTests
{
    private static readonly Uri Website = new("https://example.fi/mobility");

    [Fact]
    public void Create_Full_KeepsValuesAsGiven()
    {
        var contact = ContactPoint.Create("International office", "Mobility@Example.fi", "+358 (9) 123-4567", Website);
        contact.Name.Should().Be("International office");
        contact.Email.Should().Be("Mobility@Example.fi");
        contact.Phone.Should().Be("+358 (9) 123-4567");
        contact.Website.Should().Be(Website);
        contact.ToString().Should().Be("International office, Mobility@Example.fi, +358 (9) 123-4567, https://example.fi/mobility");
    }

    [Fact]
    public void Create_OneMeansOfContact_IsEnough()
    {
        ContactPoint.Create(email: "a@example.fi").Email.Should().Be("a@example.fi");
        ContactPoint.Create(phone: "112").Phone.Should().Be("112");
        ContactPoint.Create(website: Website).Website.Should().Be(Website);
    }

    [Theory]
    [InlineData("first.last+mobility@sub.example.fi")]
    [InlineData("o'brien@xn--esimerkki-5za.fi")]
    public void Create_ValidEmail_IsKeptAsGiven(string email) => ContactPoint.Create(email: email).Email.Should().Be(email);

    [Fact]
    public void Create_NoMeansOfContact_ThrowsArgument()
    {
        var act = () => ContactPoint.Create("International office");
        act.Should().Throw<ArgumentException>().WithParameterName("email");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" office")]
    [InlineData("line\nbreak")]
    public void Create_InvalidName_ThrowsArgument(string candidate)
    {
        var act = () => ContactPoint.Create(candidate, "a@example.fi");
        act.Should().Throw<ArgumentException>().WithParameterName("name");
    }

    [Theory]
    [InlineData("")]
    [InlineData("mobility")]
    [InlineData("@example.fi")]
    [InlineData("a@b@example.fi")]
    [InlineData("a@example")]
    [InlineData("a@.fi")]
    [InlineData("a@example.")]
    [InlineData("a@example..fi")]
    [InlineData("a b@example.fi")]
    [InlineData("äiti@example.fi")]
    [InlineData(".a@example.fi")]
    public void Create_InvalidEmail_ThrowsArgument(string candidate)
    {
        var act = () => ContactPoint.Create(email: candidate);
        act.Should().Throw<ArgumentException>().WithParameterName("email");
    }

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("call 112")]
    [InlineData(" 112")]
    [InlineData("+358 9 123 4567 890 123 456 789 012")]
    public void Create_InvalidPhone_ThrowsArgument(string candidate)
    {
        var act = () => ContactPoint.Create(phone: candidate);
        act.Should().Throw<ArgumentException>().WithParameterName("phone");
    }

    [Theory]
    [InlineData("ftp://example.fi/")]
    [InlineData("mailto:a@example.fi")]
    public void Create_NonHttpWebsite_ThrowsArgument(string uri)
    {
        var act = () => ContactPoint.Create(website: new Uri(uri));
        act.Should().Throw<ArgumentException>().WithParameterName("website");
    }

    [Fact]
    public void Create_RelativeWebsite_ThrowsArgument()
    {
        var act = () => ContactPoint.Create(website: new Uri("/mobility", UriKind.Relative));
        act.Should().Throw<ArgumentException>().WithParameterName("website");
    }

    [Fact]
    public void Equality_FollowsContract()
    {
        var contact = ContactPoint.Create("Office", "a@example.fi", "112", Website);
        var same = ContactPoint.Create("Office", "a@example.fi", "112", new Uri("https://example.fi/mobility"));
        EqualityContract.Check(contact, same, ContactPoint.Create("Office", "A@example.fi", "112", Website));
        EqualityContract.Check(contact, same, ContactPoint.Create(null, "a@example.fi", "112", Website));
        EqualityContract.Check(contact, same, ContactPoint.Create("Office", "a@example.fi", "112", new Uri("https://example.fi/mobility#top")));
    }
}
