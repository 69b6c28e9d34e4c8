using System.Collections.Immutable;
using Ecvet.Tests.Support;

namespace Ecvet.Tests;

public sealed class LearningOutcomeTests
{
    private static readonly LocalizedText Statement =
        LocalizedText.English("Prepares hot dishes using boiling, braising, frying and roasting, keeping to recipe quantities and timing.");

    private static readonly Uri RelatedSkill = new("http://example.org/skills/hot-dishes");

    private static readonly EscoSkillRef UseCookingTechniques =
        EscoSkillRef.Parse("http://data.europa.eu/esco/skill/f3934441-4bff-4076-9945-e6c51a01c467");

    private static readonly EscoSkillRef FoodAllergies =
        EscoSkillRef.Parse("http://data.europa.eu/esco/skill/c1e6e283-bc66-4e78-b4ec-501ff082d9f1");

    [Fact]
    public void Create_Minimal_HasDefaults()
    {
        var outcome = LearningOutcome.Create(LearningOutcomeId.Parse("cook-u3-lo1"), Statement, LearningOutcomeType.Skill);

        outcome.Id.Value.Should().Be("cook-u3-lo1");
        outcome.Statement.Should().BeSameAs(Statement);
        outcome.Type.Should().Be(LearningOutcomeType.Skill);
        outcome.Level.Should().BeNull();
        outcome.EscoSkills.IsDefault.Should().BeFalse();
        outcome.EscoSkills.Should().BeEmpty();
        outcome.RelatedSkills.IsDefault.Should().BeFalse();
        outcome.RelatedSkills.Should().BeEmpty();
        outcome.Weight.Should().Be(1m);
        outcome.IsCritical.Should().BeFalse();
        outcome.AssessmentCriteria.Should().BeNull();
        outcome.GroupKey.Should().BeNull();
    }

    [Fact]
    public void Create_Full_KeepsEverything()
    {
        var criteria = LocalizedText.English("Core temperature reached; timing within 5 minutes.");
        var outcome = LearningOutcome.Create(
            LearningOutcomeId.Parse("cook-u3-lo1"),
            Statement,
            LearningOutcomeType.Skill,
            EqfLevel.Level4,
            escoSkills: [UseCookingTechniques, FoodAllergies],
            relatedSkills: [RelatedSkill],
            weight: 2.5m,
            isCritical: true,
            assessmentCriteria: criteria,
            groupKey: "hot-kitchen");

        outcome.Level.Should().Be(EqfLevel.Level4);
        outcome.EscoSkills.Should().Equal(UseCookingTechniques, FoodAllergies);
        outcome.RelatedSkills.Should().Equal(RelatedSkill);
        outcome.Weight.Should().Be(2.5m);
        outcome.IsCritical.Should().BeTrue();
        outcome.AssessmentCriteria.Should().Be(criteria);
        outcome.GroupKey.Should().Be("hot-kitchen");
    }

    [Fact]
    public void Create_DefaultImmutableArrays_AreNormalisedToEmpty()
    {
        var outcome = LearningOutcome.Create(
            LearningOutcomeId.Parse("lo"), Statement, LearningOutcomeType.Knowledge, escoSkills: default(ImmutableArray<EscoSkillRef>), relatedSkills: default(ImmutableArray<Uri>));
        outcome.EscoSkills.IsDefault.Should().BeFalse();
        outcome.RelatedSkills.IsDefault.Should().BeFalse();
    }

    [Fact]
    public void Create_NullId_ThrowsArgumentNull()
    {
        var act = () => LearningOutcome.Create(null!, Statement, LearningOutcomeType.Skill);
        act.Should().Throw<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void Create_NullStatement_ThrowsArgumentNull()
    {
        var act = () => LearningOutcome.Create(LearningOutcomeId.Parse("lo"), null!, LearningOutcomeType.Skill);
        act.Should().Throw<ArgumentNullException>().WithParameterName("statement");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    public void Create_UndefinedType_ThrowsArgumentOutOfRange(int candidate)
    {
        var act = () => LearningOutcome.Create(LearningOutcomeId.Parse("lo"), Statement, (LearningOutcomeType)candidate);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("type")
            .WithMessage("Not a learning outcome type: expected knowledge, skill or competence.*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.5)]
    public void Create_WeightNotPositive_ThrowsArgumentOutOfRange(decimal candidate)
    {
        var act = () => LearningOutcome.Create(LearningOutcomeId.Parse("lo"), Statement, LearningOutcomeType.Skill, weight: candidate);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("weight");
    }

    [Fact]
    public void Create_RelativeRelatedSkill_ThrowsArgument()
    {
        var act = () => LearningOutcome.Create(
            LearningOutcomeId.Parse("lo"), Statement, LearningOutcomeType.Skill, relatedSkills: [new Uri("skills/1", UriKind.Relative)]);
        act.Should().Throw<ArgumentException>().WithParameterName("relatedSkills");
    }

    [Fact]
    public void Create_DuplicateRelatedSkill_ThrowsArgument()
    {
        var act = () => LearningOutcome.Create(
            LearningOutcomeId.Parse("lo"), Statement, LearningOutcomeType.Skill, relatedSkills: [RelatedSkill, new Uri(RelatedSkill.OriginalString)]);
        act.Should().Throw<ArgumentException>().WithParameterName("relatedSkills");
    }

    [Fact]
    public void Create_NullRelatedSkill_ThrowsArgument()
    {
        var act = () => LearningOutcome.Create(LearningOutcomeId.Parse("lo"), Statement, LearningOutcomeType.Skill, relatedSkills: [null!]);
        act.Should().Throw<ArgumentException>().WithParameterName("relatedSkills");
    }

    [Fact]
    public void Create_DuplicateEscoSkill_ThrowsArgument()
    {
        var act = () => LearningOutcome.Create(
            LearningOutcomeId.Parse("lo"), Statement, LearningOutcomeType.Skill, escoSkills: [FoodAllergies, EscoSkillRef.Parse(FoodAllergies.ToString())]);
        act.Should().Throw<ArgumentException>().WithParameterName("escoSkills");
    }

    [Fact]
    public void Create_NullEscoSkill_ThrowsArgument()
    {
        var act = () => LearningOutcome.Create(LearningOutcomeId.Parse("lo"), Statement, LearningOutcomeType.Skill, escoSkills: [null!]);
        act.Should().Throw<ArgumentException>().WithParameterName("escoSkills");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" group")]
    [InlineData("gr\u0001oup")]
    public void Create_InvalidGroupKey_ThrowsArgument(string candidate)
    {
        var act = () => LearningOutcome.Create(LearningOutcomeId.Parse("lo"), Statement, LearningOutcomeType.Skill, groupKey: candidate);
        act.Should().Throw<ArgumentException>().WithParameterName("groupKey");
    }

    [Fact]
    public void WithWeight_ChangesOnlyWeight()
    {
        var outcome = QualificationSamples.Outcome("lo");
        var changed = outcome.WithWeight(3m);
        changed.Weight.Should().Be(3m);
        changed.Should().Be(LearningOutcome.Create(outcome.Id, outcome.Statement, outcome.Type, weight: 3m));
        outcome.Weight.Should().Be(1m);
    }

    [Fact]
    public void WithWeight_Zero_ThrowsArgumentOutOfRange()
    {
        var act = () => QualificationSamples.Outcome("lo").WithWeight(0m);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("weight");
    }

    [Fact]
    public void WithCritical_ChangesOnlyFlag()
    {
        var outcome = QualificationSamples.Outcome("lo");
        outcome.WithCritical(true).Should().Be(LearningOutcome.Create(outcome.Id, outcome.Statement, outcome.Type, isCritical: true));
    }

    [Fact]
    public void Equality_FollowsContract()
    {
        var outcome = Full([new Uri("http://example.org/a"), new Uri("http://example.org/b")]);
        var same = Full([new Uri("http://example.org/a"), new Uri("http://example.org/b")]);

        EqualityContract.Check(outcome, same, Full([new Uri("http://example.org/b"), new Uri("http://example.org/a")]));
        EqualityContract.Check(outcome, same, outcome.WithWeight(2m));
        EqualityContract.Check(outcome, same, outcome.WithCritical(false));
        EqualityContract.Check(outcome, same, Full([new Uri("http://example.org/a"), new Uri("http://example.org/b#part")]));
        EqualityContract.Check(outcome, same, Full([new Uri("http://example.org/a"), new Uri("http://example.org/b")], [FoodAllergies]));
    }

    [Fact]
    public void ToString_ShowsIdTypeAndEnglishStatement() =>
        QualificationSamples.Outcome("cook-u3-lo1", LearningOutcomeType.Knowledge, "Describes the 14 allergens.").ToString()
            .Should().Be("cook-u3-lo1 (Knowledge): Describes the 14 allergens.");

    private static LearningOutcome Full(Uri[] relatedSkills, EscoSkillRef[]? escoSkills = null) =>
        LearningOutcome.Create(
            LearningOutcomeId.Parse("cook-u3-lo1"),
            LocalizedText.English("Prepares hot dishes.").With(LanguageTag.Parse("fi"), "Valmistaa lämpimiä ruokia."),
            LearningOutcomeType.Skill,
            EqfLevel.Level4,
            escoSkills: escoSkills ?? [UseCookingTechniques, FoodAllergies],
            relatedSkills: relatedSkills,
            weight: 1.5m,
            isCritical: true,
            assessmentCriteria: LocalizedText.English("Within the time given."),
            groupKey: "hot");

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/html,hi")]
    [InlineData("ftp://example.org/skill")]
    [InlineData("mailto:someone@example.org")]
    public void Create_RelatedSkillWithAnotherScheme_ThrowsNamingRelatedSkills(string link)
    {
        var act = () => LearningOutcome.Create(LearningOutcomeId.Parse("lo"), Statement, LearningOutcomeType.Skill, relatedSkills: [new Uri(link)]);
        act.Should().Throw<ArgumentException>().WithParameterName("relatedSkills").WithMessage("*http, https or urn*");
    }

    [Theory]
    [InlineData("http://example.org/skills/1")]
    [InlineData("https://example.org/skills/1")]
    [InlineData("urn:isbn:9780000000000")]
    [InlineData("HTTPS://EXAMPLE.ORG/x")]
    public void Create_RelatedSkillHttpHttpsOrUrn_IsKept(string link) =>
        LearningOutcome.Create(LearningOutcomeId.Parse("lo"), Statement, LearningOutcomeType.Skill, relatedSkills: [new Uri(link)])
            .RelatedSkills.Should().Equal(new Uri(link));
}
