using System.Collections.Immutable;
using Ecvet.Tests.Support;

namespace Ecvet.Tests;

public sealed class OrganisationTests
{
    private static readonly InstitutionId Schac = InstitutionId.Create(IdentifierScheme.Schac, "example.fi");
    private static readonly InstitutionId Pic = InstitutionId.Create(IdentifierScheme.Pic, "999999999");
    private static readonly InstitutionId National = InstitutionId.Create(IdentifierScheme.National, "0123456-7");
    private static readonly LocalizedText Name = LocalizedText.English("Example Vocational College").With(LanguageTag.Parse("fi"), "Esimerkin ammattiopisto");
    private static readonly CountryCode Finland = CountryCode.Parse("FI");

    [Fact]
    public void Create_KeepsEverything()
    {
        var contact = ContactPoint.Create(email: "mobility@example.fi");
        var organisation = Organisation.Create(Schac, Name, Finland, [CompetenceRole.Awarding, CompetenceRole.Recognition], [Pic], contact);

        organisation.Id.Should().Be(Schac);
        organisation.OtherIds.Should().Equal(Pic);
        organisation.Name.Should().Be(Name);
        organisation.Country.Should().Be(Finland);
        organisation.Roles.Should().Equal(CompetenceRole.Awarding, CompetenceRole.Recognition);
        organisation.Contact.Should().Be(contact);
    }

    [Fact]
    public void Create_Minimal_HasEmptyOtherIdsAndNoContact()
    {
        var organisation = Organisation.Create(Schac, Name, Finland, [CompetenceRole.Assessment], default(ImmutableArray<InstitutionId>));
        organisation.OtherIds.IsDefault.Should().BeFalse();
        organisation.OtherIds.Should().BeEmpty();
        organisation.Contact.Should().BeNull();
    }

    [Fact]
    public void Create_NullId_ThrowsArgumentNull()
    {
        var act = () => Organisation.Create(null!, Name, Finland, [CompetenceRole.Assessment]);
        act.Should().Throw<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void Create_NullName_ThrowsArgumentNull()
    {
        var act = () => Organisation.Create(Schac, null!, Finland, [CompetenceRole.Assessment]);
        act.Should().Throw<ArgumentNullException>().WithParameterName("name");
    }

    [Fact]
    public void Create_NullCountry_ThrowsArgumentNull()
    {
        var act = () => Organisation.Create(Schac, Name, null!, [CompetenceRole.Assessment]);
        act.Should().Throw<ArgumentNullException>().WithParameterName("country");
    }

    [Fact]
    public void Create_NullRoles_ThrowsArgumentNull()
    {
        var act = () => Organisation.Create(Schac, Name, Finland, null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("roles");
    }

    [Fact]
    public void Create_NoRoles_ThrowsArgument()
    {
        var act = () => Organisation.Create(Schac, Name, Finland, []);
        act.Should().Throw<ArgumentException>().WithParameterName("roles");
    }

    [Fact]
    public void Create_DuplicateRole_ThrowsArgument()
    {
        var act = () => Organisation.Create(Schac, Name, Finland, [CompetenceRole.Assessment, CompetenceRole.Assessment]);
        act.Should().Throw<ArgumentException>().WithParameterName("roles");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void Create_UndefinedRole_ThrowsArgumentOutOfRange(int role)
    {
        var act = () => Organisation.Create(Schac, Name, Finland, [(CompetenceRole)role]);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("roles");
    }

    [Fact]
    public void Create_OtherIdsRepeatPrimary_ThrowsArgument()
    {
        var act = () => Organisation.Create(Schac, Name, Finland, [CompetenceRole.Assessment], [Pic, InstitutionId.Parse(Schac.ToString())]);
        act.Should().Throw<ArgumentException>().WithParameterName("otherIds");
    }

    [Fact]
    public void Create_DuplicateOtherId_ThrowsArgument()
    {
        var act = () => Organisation.Create(Schac, Name, Finland, [CompetenceRole.Assessment], [Pic, Pic]);
        act.Should().Throw<ArgumentException>().WithParameterName("otherIds");
    }

    [Fact]
    public void Create_NullOtherId_ThrowsArgument()
    {
        var act = () => Organisation.Create(Schac, Name, Finland, [CompetenceRole.Assessment], [null!]);
        act.Should().Throw<ArgumentException>().WithParameterName("otherIds");
    }

    [Fact]
    public void HasRole_And_IsIdentifiedBy()
    {
        var organisation = Organisation.Create(Schac, Name, Finland, [CompetenceRole.Assessment], [Pic]);
        organisation.HasRole(CompetenceRole.Assessment).Should().BeTrue();
        organisation.HasRole(CompetenceRole.Awarding).Should().BeFalse();
        organisation.IsIdentifiedBy(Schac).Should().BeTrue();
        organisation.IsIdentifiedBy(Pic).Should().BeTrue();
        organisation.IsIdentifiedBy(National).Should().BeFalse();
    }

    [Fact]
    public void IsIdentifiedBy_Null_ThrowsArgumentNull()
    {
        var act = () => Organisation.Create(Schac, Name, Finland, [CompetenceRole.Assessment]).IsIdentifiedBy(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void WithContact_ReplacesContact()
    {
        var organisation = Organisation.Create(Schac, Name, Finland, [CompetenceRole.Assessment]);
        var contact = ContactPoint.Create(phone: "+358 9 123 4567");
        organisation.WithContact(contact).Contact.Should().Be(contact);
        organisation.WithContact(contact).WithContact(null).Should().Be(organisation);
    }

    [Fact]
    public void Equality_RolesAndOtherIdsIgnoreOrder()
    {
        var organisation = Organisation.Create(Schac, Name, Finland, [CompetenceRole.Awarding, CompetenceRole.Recognition], [Pic, National]);
        var reordered = Organisation.Create(
            InstitutionId.Create(IdentifierScheme.Schac, "example.fi"), Name, CountryCode.Parse("FI"), [CompetenceRole.Recognition, CompetenceRole.Awarding], [National, Pic]);

        EqualityContract.Check(organisation, reordered, Organisation.Create(Schac, Name, Finland, [CompetenceRole.Awarding], [Pic, National]));
        EqualityContract.Check(organisation, reordered, Organisation.Create(Schac, Name, Finland, [CompetenceRole.Awarding, CompetenceRole.Recognition], [Pic]));
        EqualityContract.Check(organisation, reordered, organisation.WithContact(ContactPoint.Create(email: "a@example.fi")));
        EqualityContract.Check(organisation, reordered, Organisation.Create(Schac, Name, CountryCode.Parse("SE"), [CompetenceRole.Awarding, CompetenceRole.Recognition], [Pic, National]));
    }

    [Fact]
    public void ToString_ShowsNameIdAndCountry() =>
        Organisation.Create(Schac, Name, Finland, [CompetenceRole.Assessment]).ToString()
            .Should().Be("Example Vocational College (schac:example.fi, FI)");
}
