namespace Ecvet.Tests;

public sealed class OrganisationRuleTests
{
    private static readonly InstitutionId Schac = InstitutionId.Create(IdentifierScheme.Schac, "example.fi");
    private static readonly InstitutionId Pic = InstitutionId.Create(IdentifierScheme.Pic, "999999999");
    private static readonly LocalizedText Name = LocalizedText.English("Example Vocational College");
    private static readonly CountryCode Finland = CountryCode.Parse("FI");

    [Fact]
    public void Create_OtherIdTwice_NamesIt()
    {
        var act = () => Organisation.Create(Schac, Name, Finland, [CompetenceRole.Awarding], [Pic, Pic]);
        act.Should().Throw<DuplicateValueException>().WithMessage($"Duplicate identifier '{Pic}'.*").And.ParamName.Should().Be("otherIds");
    }

    [Fact]
    public void Create_OtherIdsRepeatThePrimary_NamesIt()
    {
        var act = () => Organisation.Create(Schac, Name, Finland, [CompetenceRole.Awarding], [Pic, Schac]);
        act.Should().Throw<ArgumentException>()
            .WithMessage($"The other identifiers repeat the primary identifier '{Schac}'.*")
            .And.ParamName.Should().Be("otherIds");
    }

    [Fact]
    public void Create_NoRole_SaysOneIsRequired()
    {
        var act = () => Organisation.Create(Schac, Name, Finland, []);
        act.Should().Throw<ArgumentException>().WithMessage("At least one competence role is required.*").And.ParamName.Should().Be("roles");
    }

    [Fact]
    public void Create_UndefinedRole_SaysSo()
    {
        var act = () => Organisation.Create(Schac, Name, Finland, [(CompetenceRole)99]);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Not a competence role.*").And.ParamName.Should().Be("roles");
    }

    [Fact]
    public void Create_RoleTwice_NamesIt()
    {
        var act = () => Organisation.Create(Schac, Name, Finland, [CompetenceRole.Awarding, CompetenceRole.Awarding]);
        act.Should().Throw<DuplicateValueException>().WithMessage("Duplicate role 'Awarding'.*").And.ParamName.Should().Be("roles");
    }
}
