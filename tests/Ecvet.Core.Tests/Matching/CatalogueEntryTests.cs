using Ecvet.Matching;

namespace Ecvet.Tests.Matching;

public sealed class CatalogueEntryTests
{
    private static readonly EscoSkillRef Skill = EscoSkillRef.Parse("http://data.europa.eu/esco/skill/0ff99f51-40d9-42f1-a1ec-377b2bb5e15f");

    [Fact]
    public void Create_Defaults_AreEmptyAndEnglish()
    {
        var entry = CatalogueEntry.Create("a", "Prepares salads.");
        entry.Synonyms.Should().BeEmpty();
        entry.EscoSkills.Should().BeEmpty();
        entry.Description.Should().BeNull();
        entry.Language.Should().Be("en");
        entry.ToString().Should().Be("a: Prepares salads.");
    }

    [Fact]
    public void Create_NormalisesLanguageAndBlankDescription()
    {
        var entry = CatalogueEntry.Create("a", "x", description: "  ", language: "de-AT");
        entry.Language.Should().Be("de-at");
        entry.Description.Should().BeNull();
    }

    [Fact]
    public void Equals_ComparesCollectionsByElements()
    {
        var a = CatalogueEntry.Create("a", "x", ["y"], escoSkills: [Skill], type: LearningOutcomeType.Skill);
        var b = CatalogueEntry.Create("a", "x", new List<string> { "y" }, escoSkills: [EscoSkillRef.Parse(Skill.ToString()).WithSkillType(EscoSkillType.SkillCompetence)], type: LearningOutcomeType.Skill);
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(CatalogueEntry.Create("a", "x", ["z"], escoSkills: [Skill], type: LearningOutcomeType.Skill));
    }

    [Theory]
    [InlineData(null, "x", "id")]
    [InlineData(" ", "x", "id")]
    [InlineData("a", null, "text")]
    [InlineData("a", "", "text")]
    public void Create_BlankIdOrText_Throws(string? id, string? text, string parameter) =>
        FluentActions.Invoking(() => CatalogueEntry.Create(id!, text!)).Should().Throw<ArgumentException>().WithParameterName(parameter);

    [Fact]
    public void Create_BadMembers_Throw()
    {
        FluentActions.Invoking(() => CatalogueEntry.Create("a", "x", ["ok", " "])).Should().Throw<ArgumentException>().WithParameterName("synonyms");
        FluentActions.Invoking(() => CatalogueEntry.Create("a", "x", escoSkills: [Skill, null!])).Should().Throw<ArgumentException>().WithParameterName("escoSkills");
        FluentActions.Invoking(() => CatalogueEntry.Create("a", "x", language: "e n")).Should().Throw<ArgumentException>().WithParameterName("language");
        FluentActions.Invoking(() => CatalogueEntry.Create("a", "x", type: (LearningOutcomeType)9)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("type");
    }

    [Fact]
    public void Create_EnglishStatement_CarriesTextTypeLevelAndSkills()
    {
        var outcome = LearningOutcome.Create(
            LearningOutcomeId.Parse("cook-u2-lo1"),
            LocalizedText.English("Prepares salads.").With(LanguageTag.Parse("fi"), "Valmistaa salaatteja."),
            LearningOutcomeType.Skill,
            EqfLevel.Level4,
            [Skill]);

        var entry = CatalogueEntry.Create(outcome);

        entry.Id.Should().Be("cook-u2-lo1");
        entry.Text.Should().Be("Prepares salads.");
        entry.Language.Should().Be("en");
        entry.Type.Should().Be(LearningOutcomeType.Skill);
        entry.Level.Should().Be(EqfLevel.Level4);
        entry.EscoSkills.Should().Equal(Skill);
    }

    [Fact]
    public void Create_NoTextInPreferredLanguage_TakesTheFirstLanguageAndSaysSo()
    {
        var outcome = LearningOutcome.Create(
            LearningOutcomeId.Parse("lo"),
            LocalizedText.Create(LanguageTag.Parse("fi"), "Valmistaa salaatteja.").With(LanguageTag.Parse("de"), "Bereitet Salate zu."),
            LearningOutcomeType.Skill);

        var entry = CatalogueEntry.Create(outcome);

        entry.Text.Should().Be("Bereitet Salate zu.");
        entry.Language.Should().Be("de");
        CatalogueEntry.Create(outcome, LanguageTag.Parse("fi")).Text.Should().Be("Valmistaa salaatteja.");
    }

    [Fact]
    public void Create_Null_ThrowsNamingOutcome() =>
        FluentActions.Invoking(() => CatalogueEntry.Create(null!)).Should().Throw<ArgumentNullException>().WithParameterName("outcome");
}
