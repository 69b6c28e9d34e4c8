namespace Ecvet.Tests;

public sealed class EscoSkillRefRuleTests
{
    private const string Cook = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";

    [Fact]
    public void From_NotAVersionOneToFiveUuid_QuotesIt()
    {
        var act = () => EscoSkillRef.From(Guid.Empty);
        act.Should().Throw<ArgumentException>()
            .WithMessage("'00000000-0000-0000-0000-000000000000' is not an RFC 4122 UUID of version 1 to 5.*")
            .And.ParamName.Should().Be("id");
    }

    [Fact]
    public void From_UndefinedSkillType_SaysSo()
    {
        var act = () => EscoSkillRef.From(Guid.Parse("ccd0a1d9-afda-43d9-b901-96344886e14d"), (EscoSkillType)99);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Not a defined ESCO skill type.*").And.ParamName.Should().Be("skillType");
    }

    [Fact]
    public void From_UndefinedReuseLevel_SaysSo()
    {
        var act = () => EscoSkillRef.From(Guid.Parse("ccd0a1d9-afda-43d9-b901-96344886e14d"), reuseLevel: (EscoReuseLevel)99);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Not a defined ESCO reuse level.*").And.ParamName.Should().Be("reuseLevel");
    }

    [Fact]
    public void TryCreate_SkillUri_KeepsTypeAndReuseLevel()
    {
        var skill = EscoSkillRef.TryCreate(Cook, EscoSkillType.Knowledge, EscoReuseLevel.CrossSector);
        skill.Should().NotBeNull();
        skill!.ToString().Should().Be(Cook);
        skill.SkillType.Should().Be(EscoSkillType.Knowledge);
        skill.ReuseLevel.Should().Be(EscoReuseLevel.CrossSector);
    }

    [Fact]
    public void TryCreate_NotASkillUri_IsNull() =>
        EscoSkillRef.TryCreate("http://data.europa.eu/esco/occupation/ccd0a1d9-afda-43d9-b901-96344886e14d", null, null).Should().BeNull();
}
