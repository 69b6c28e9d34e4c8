namespace Ecvet.Tests;

public sealed class LearningOutcomeRuleTests
{
    private static readonly LearningOutcomeId Id = LearningOutcomeId.Parse("cook-u3-lo1");
    private static readonly LocalizedText Statement = LocalizedText.English("Prepares hot dishes.");
    private static readonly EscoSkillRef Skill = EscoSkillRef.Parse("http://data.europa.eu/esco/skill/f3934441-4bff-4076-9945-e6c51a01c467");
    private static readonly EscoSkillRef OtherSkill = EscoSkillRef.Parse("http://data.europa.eu/esco/skill/c1e6e283-bc66-4e78-b4ec-501ff082d9f1");
    private static readonly Uri Related = new("http://example.org/skills/hot-dishes");

    [Fact]
    public void Create_EscoSkillTwice_NamesTheSkill()
    {
        var act = () => LearningOutcome.Create(Id, Statement, LearningOutcomeType.Skill, escoSkills: [Skill, Skill]);
        act.Should().Throw<DuplicateValueException>()
            .WithMessage($"Duplicate ESCO skill '{Skill}'.*")
            .And.ParamName.Should().Be("escoSkills");
    }

    [Fact]
    public void Create_RelatedSkillNotALink_SaysWhatALinkIs()
    {
        var act = () => LearningOutcome.Create(Id, Statement, LearningOutcomeType.Skill, relatedSkills: [new Uri("ftp://example.org/x")]);
        act.Should().Throw<ArgumentException>()
            .WithMessage("A related skill must be an absolute URI with the scheme http, https or urn; 'ftp://example.org/x' is not.*")
            .And.ParamName.Should().Be("relatedSkills");
    }

    [Fact]
    public void Create_RelatedSkillTwice_NamesTheSkill()
    {
        var act = () => LearningOutcome.Create(Id, Statement, LearningOutcomeType.Skill, relatedSkills: [Related, new Uri(Related.OriginalString)]);
        act.Should().Throw<DuplicateValueException>()
            .WithMessage($"Duplicate related skill '{Related.OriginalString}'.*")
            .And.ParamName.Should().Be("relatedSkills");
    }

    [Fact]
    public void Create_InvalidGroupKey_SaysWhatAKeyIs()
    {
        var act = () => LearningOutcome.Create(Id, Statement, LearningOutcomeType.Skill, groupKey: " group");
        act.Should().Throw<ArgumentException>()
            .WithMessage("A group key must be 1 to 256 characters, with no white space at either end, no control characters and no lone surrogate.*")
            .And.ParamName.Should().Be("groupKey");
    }

    [Fact]
    public void GetHashCode_ChangesWithEachProperty()
    {
        var outcome = Full();
        var variants = new Dictionary<string, LearningOutcome>
        {
            ["Id"] = Full(id: LearningOutcomeId.Parse("cook-u3-lo2")),
            ["Statement"] = Full(statement: LocalizedText.English("Prepares cold dishes.")),
            ["Type"] = Full(type: LearningOutcomeType.Knowledge),
            ["Level"] = Full(level: EqfLevel.Level5),
            ["EscoSkills"] = Full(escoSkills: [Skill]),
            ["RelatedSkills"] = Full(relatedSkills: []),
            ["Weight"] = Full(weight: 3m),
            ["IsCritical"] = Full(isCritical: false),
            ["AssessmentCriteria"] = Full(criteria: LocalizedText.English("Dishes are served hot.")),
            ["GroupKey"] = Full(groupKey: "cold"),
        };

        foreach (var (property, variant) in variants)
        {
            variant.Should().NotBe(outcome, property);
            variant.GetHashCode().Should().NotBe(outcome.GetHashCode(), $"{property} is part of the hash");
        }

        Full().GetHashCode().Should().Be(outcome.GetHashCode());
    }

    private static LearningOutcome Full(
        LearningOutcomeId? id = null,
        LocalizedText? statement = null,
        LearningOutcomeType type = LearningOutcomeType.Skill,
        EqfLevel? level = null,
        EscoSkillRef[]? escoSkills = null,
        Uri[]? relatedSkills = null,
        decimal weight = 2m,
        bool isCritical = true,
        LocalizedText? criteria = null,
        string groupKey = "hot") =>
        LearningOutcome.Create(
            id ?? Id,
            statement ?? Statement,
            type,
            level ?? EqfLevel.Level4,
            escoSkills ?? [Skill, OtherSkill],
            relatedSkills ?? [Related],
            weight,
            isCritical,
            criteria ?? LocalizedText.English("Dishes are seasoned."),
            groupKey);
}
