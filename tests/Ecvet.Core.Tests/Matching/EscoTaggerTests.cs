using System.Globalization;
using Ecvet.Matching;

namespace Ecvet.Tests.Matching;

/// <summary><see cref="EscoTagger"/> on small hand-made skill catalogues, with and without the deterministic
/// <see cref="ConceptEmbedder"/>.</summary>
public sealed class EscoTaggerTests
{
    private static readonly string[][] Concepts =
    [
        ["stores", "keeps", "shelves"],
        ["materials", "goods", "stock"],
        ["fifo", "rotation", "turnover"],
        ["till", "register", "cash"],
        ["cleans", "washes", "hygiene", "sanitises"],
        ["kitchen", "cold", "room"],
    ];

    private static readonly CatalogueEntry[] Skills =
    [
        Skill(1, "manage warehouse inventory", ["apply FIFO rotation of stock", "keep inventory records"]),
        Skill(2, "operate cash register", ["work the till", "handle cash transactions"]),
        Skill(3, "clean kitchen equipment", ["sanitise kitchen tools"]),
        Skill(4, "prepare hot dishes", ["cook hot meals", "cook hot meals", "prepare hot dishes"]),
    ];

    private const string Paraphrase = "Shelves goods with turnover";

    [Fact]
    public void Suggest_Text_ScoresAsTheIndexAndNamesTheAlternativeLabelThatMatched()
    {
        var tagger = EscoTagger.Create(Skills);

        var suggestions = tagger.Suggest("works the till at the shop", 3);
        var matches = tagger.Index.Match("works the till at the shop", 3);

        suggestions.Select(s => (s.Skill, s.Similarity)).Should().Equal(matches.Select(m => (tagger.Index.GetEntry(m.Ordinal).EscoSkills[0], m.Similarity)));
        suggestions[0].Skill.Should().Be(Skills[1].EscoSkills[0]);
        suggestions[0].PreferredLabel.Should().Be("operate cash register");
        suggestions[0].IsDeclared.Should().BeFalse();
        suggestions[0].MatchedLabels.Should().Equal(Label("work the till", MatchedField.Synonym, byMeaning: false));
        suggestions[0].Evidence.Should().HaveFlag(MatchEvidence.SharedTerms);
    }

    [Fact]
    public void Suggest_Text_PreferredLabelMatchIsNamedAsSuch()
    {
        var suggestion = EscoTagger.Create(Skills).Suggest("cleans kitchen equipment daily", 1).Single();

        suggestion.MatchedLabels.Should().Equal(Label("clean kitchen equipment", MatchedField.Text, byMeaning: false));
        suggestion.MatchedLabels[0].ToString().Should().Be("preferred label \"clean kitchen equipment\" (shared words)");
    }

    [Fact]
    public void Suggest_NoSharedWord_WordsAloneSuggestNothing()
    {
        EscoTagger.Create(Skills).Suggest(Paraphrase).Should().BeEmpty("the text shares no word with any label");
    }

    [Fact]
    public void Suggest_WithEmbedder_FindsBySkillsAlternativeLabelInMeaning()
    {
        var tagger = EscoTagger.Create(Skills, null, new ConceptEmbedder(Concepts));

        var best = tagger.Suggest(Paraphrase, 2)[0];

        // Only the alternative label "apply FIFO rotation of stock" carries stock and rotation: the preferred label alone
        // ("manage warehouse inventory") has no listed concept, so this is the label's meaning, not the skill's.
        best.Skill.Should().Be(Skills[0].EscoSkills[0]);
        best.Evidence.Should().HaveFlag(MatchEvidence.SimilarMeaning);
        best.MatchedLabels.Should().Equal(Label("apply FIFO rotation of stock", MatchedField.Synonym, byMeaning: true));
        best.Similarity.Should().BeApproximately(MeaningCalibration.WholeTexts.Apply(2 / Math.Sqrt(6)), 1e-6,
            "the query's concepts store, goods, rotation against the label's goods, rotation: cosine 2 / √6");
    }

    [Fact]
    public void Suggest_WithEmbedder_MeaningOnlyThePreferredLabelWouldMiss()
    {
        var preferredOnly = OutcomeIndex.Build(Skills, null, new ConceptEmbedder(Concepts));
        var tagger = EscoTagger.Create(Skills, null, new ConceptEmbedder(Concepts));

preferredOnly.Match(Paraphrase, 4).Should().NotContain(m => m.Ordinal == 0, "an index embeds each entry's text only");
        tagger.Suggest(Paraphrase, 1)[0].Skill.Should().Be(Skills[0].EscoSkills[0], "the tagger embeds every label");
    }

    [Fact]
    public void Suggest_WithEmbedder_SharedWordsAndMeaningBothNamed()
    {
        var tagger = EscoTagger.Create(Skills, null, new ConceptEmbedder(Concepts));

        var best = tagger.Suggest("stores stock in rotation", 1)[0];

        best.Skill.Should().Be(Skills[0].EscoSkills[0]);
        best.MatchedLabels.Should().Equal(
            Label("apply FIFO rotation of stock", MatchedField.Synonym, byMeaning: false),
            Label("apply FIFO rotation of stock", MatchedField.Synonym, byMeaning: true));
    }

    [Theory]
    [InlineData("Shelves goods with turnover")]
    [InlineData("works the till and washes the kitchen room")]
    [InlineData("cook hot meals in the kitchen")]
    public void Suggest_WithEmbedder_SameAsScoringEverySkillOnTheColdPath(string text)
    {
        var tagger = EscoTagger.Create(Skills, null, new ConceptEmbedder(Concepts));

        // Every skill explained one by one (its meaning the best of its labels), ordered by similarity then id.
        var expected = Enumerable.Range(0, tagger.Count)
            .Select(o => tagger.Index.Explain(text, o))
            .Where(e => e.Similarity > 0)
            .OrderByDescending(e => e.Similarity).ThenBy(e => e.Entry.Id, StringComparer.Ordinal)
            .Select(e => (e.Entry.Id, Math.Round(e.Similarity, 6)));

        tagger.Suggest(text, tagger.Count).Select(s => (s.Skill.ToString(), Math.Round(s.Similarity, 6))).Should().Equal(expected);
    }

    [Fact]
    public void Create_WithSavedLabelVectors_EmbedsNoLabelAndSuggestsTheSame()
    {
        var counting = new ConceptEmbedder(Concepts);
        var labels = EscoTagger.EmbeddedLabels(Skills);
        var vectors = new float[labels.Count * counting.Dimension];
        new ConceptEmbedder(Concepts).EmbedBatch(labels, vectors);

        var fromVectors = EscoTagger.Create(Skills, null, counting, vectors);
        counting.Embedded.Should().Be(0);
        var suggestions = fromVectors.Suggest(Paraphrase, 3);

        counting.Embedded.Should().Be(1, "only the query is embedded");
        suggestions.Select(s => (s.Skill, s.Similarity)).Should().Equal(
            EscoTagger.Create(Skills, null, new ConceptEmbedder(Concepts)).Suggest(Paraphrase, 3).Select(s => (s.Skill, s.Similarity)));
    }

    [Fact]
    public void EmbeddedLabels_PreferredFirstThenAlternativesWithoutRepeats()
    {
        EscoTagger.EmbeddedLabels(Skills).Should().Equal(
            "manage warehouse inventory", "apply FIFO rotation of stock", "keep inventory records",
            "operate cash register", "work the till", "handle cash transactions",
            "clean kitchen equipment", "sanitise kitchen tools",
            "prepare hot dishes", "cook hot meals");
        EscoTagger.EmbeddedLabels(Skills, maxAlternativeLabels: 1).Should().Equal(
            "manage warehouse inventory", "apply FIFO rotation of stock",
            "operate cash register", "work the till",
            "clean kitchen equipment", "sanitise kitchen tools",
            "prepare hot dishes", "cook hot meals");
        EscoTagger.EmbeddedLabels(Skills, maxAlternativeLabels: 0).Should().Equal(Skills.Select(s => s.Text));
    }

    [Fact]
    public void Create_MaxAlternativeLabels_LeavesTheRestToWordsOnly()
    {
        var tagger = EscoTagger.Create(Skills, null, new ConceptEmbedder(Concepts), maxAlternativeLabels: 0);

        tagger.Suggest(Paraphrase, 4).Should().NotContain(s => s.Skill == Skills[0].EscoSkills[0],
            "the one label that means it, an alternative label, was not embedded");
        tagger.Suggest("work the till", 1)[0].MatchedLabels.Should().Contain(Label("work the till", MatchedField.Synonym, byMeaning: false),
            "every label is still indexed for shared words");
    }

    [Fact]
    public void Suggest_Outcome_DeclaredSkillsComeFirstAndAreNotRepeated()
    {
        var tagger = EscoTagger.Create(Skills);
        var unknown = EscoSkillRef.From(Guid.Parse("00000000-0000-4000-8000-0000000000ff"));
        var outcome = LearningOutcome.Create(LearningOutcomeId.Parse("lo-1"),
            LocalizedText.English("Works the till and handles cash after cleaning kitchen equipment"), LearningOutcomeType.Skill,
            escoSkills: [Skills[2].EscoSkills[0], unknown]);

        var suggestions = tagger.Suggest(outcome, 4);

        suggestions.Select(s => s.IsDeclared).Should().Equal(true, true, false);
        suggestions[0].Skill.Should().Be(Skills[2].EscoSkills[0]);
        suggestions[0].Similarity.Should().BeApproximately(tagger.Suggest(outcome.Statement.Entries[0].Value, 4).Single(s => s.Skill == Skills[2].EscoSkills[0]).Similarity,
            1e-6, "a declared skill keeps the similarity its text shows (scored on the cold path, to float rounding)");
        suggestions[1].Skill.Should().Be(unknown);
        suggestions[1].PreferredLabel.Should().BeNull("the catalogue does not hold the skill");
        suggestions[1].Similarity.Should().Be(0);
        suggestions[1].MatchedLabels.Should().BeEmpty();
        suggestions[2].Skill.Should().Be(Skills[1].EscoSkills[0]);
        suggestions.Select(s => s.Skill).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Suggest_Outcome_DeclaredSkillsReturnedBeyondTop()
    {
        var outcome = LearningOutcome.Create(LearningOutcomeId.Parse("lo-1"), LocalizedText.English("Works the till"), LearningOutcomeType.Skill,
            escoSkills: [Skills[3].EscoSkills[0], Skills[2].EscoSkills[0]]);

        var suggestions = EscoTagger.Create(Skills).Suggest(outcome, 1);

        suggestions.Select(s => s.Skill).Should().Equal(Skills[3].EscoSkills[0], Skills[2].EscoSkills[0]);
        suggestions.Should().OnlyContain(s => s.IsDeclared);
    }

    [Fact]
    public void Suggest_Outcome_TopAsLargeAsAnInt_ReturnsEverySkillOnce()
    {
        var outcome = LearningOutcome.Create(LearningOutcomeId.Parse("lo-1"), LocalizedText.English("Works the till and cleans kitchen tools"),
            LearningOutcomeType.Skill, escoSkills: [Skills[3].EscoSkills[0]]);

        var suggestions = EscoTagger.Create(Skills, null, new ConceptEmbedder(Concepts)).Suggest(outcome, int.MaxValue);

        suggestions[0].Skill.Should().Be(Skills[3].EscoSkills[0]);
        suggestions.Select(s => s.Skill).Should().OnlyHaveUniqueItems().And.HaveCountLessThanOrEqualTo(Skills.Length);
    }

    [Fact]
    public void Suggest_ConcurrentQueries_GiveTheSequentialResults()
    {
        var tagger = EscoTagger.Create(Skills, null, new ConceptEmbedder(Concepts));
        string[] queries = ["works the till", Paraphrase, "cleans kitchen tools", "cooks hot meals", "stores stock"];
        var expected = queries.Select(q => string.Join(';', tagger.Suggest(q, 3).Select(s => s.ToString()))).ToArray();

        var actual = new string[queries.Length * 20];
        Parallel.For(0, actual.Length, i => actual[i] = string.Join(';', tagger.Suggest(queries[i % queries.Length], 3).Select(s => s.ToString())));

        actual.Select((a, i) => a == expected[i % queries.Length]).Should().AllBeEquivalentTo(true);
    }

    [Fact]
    public void Create_BadSkills_NameTheArgument()
    {
        var noSkill = CatalogueEntry.Create("x", "some skill");
        var twice = CatalogueEntry.Create("other-id", "other text", escoSkills: Skills[0].EscoSkills);

        FluentActions.Invoking(() => EscoTagger.Create(null!)).Should().Throw<ArgumentNullException>().WithParameterName("skills");
        FluentActions.Invoking(() => EscoTagger.Create([])).Should().Throw<ArgumentException>().WithParameterName("skills");
        FluentActions.Invoking(() => EscoTagger.Create([Skills[0], null!])).Should().Throw<ArgumentException>()
            .WithParameterName("skills").WithMessage("Skill 1 is null.*");
        FluentActions.Invoking(() => EscoTagger.Create([noSkill])).Should().Throw<ArgumentException>()
            .WithParameterName("skills").WithMessage("Skill 0 ('x') carries 0 ESCO skill references*");
        FluentActions.Invoking(() => EscoTagger.Create([Skills[0], twice])).Should().Throw<ArgumentException>()
            .WithParameterName("skills").WithMessage("Skill 1 ('other-id') repeats the ESCO skill*");
        FluentActions.Invoking(() => EscoTagger.Create(Skills, null, null!)).Should().Throw<ArgumentNullException>().WithParameterName("embedder");
        FluentActions.Invoking(() => EscoTagger.Create(Skills, null, new ConceptEmbedder(Concepts), new float[3])).Should().Throw<ArgumentException>()
            .WithParameterName("labelVectors").WithMessage("3 floats given for 10 labels of dimension 7 (70 expected*");
        FluentActions.Invoking(() => EscoTagger.Create(Skills, null, new ConceptEmbedder(Concepts), maxAlternativeLabels: -1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxAlternativeLabels");
        FluentActions.Invoking(() => EscoTagger.Create(Skills, OutcomeIndexOptions.Default with { SynonymWeight = -1 })).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Suggest_BadArguments_NameTheArgument()
    {
        var tagger = EscoTagger.Create(Skills);

        FluentActions.Invoking(() => tagger.Suggest((string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => tagger.Suggest(" ")).Should().Throw<ArgumentException>().WithParameterName("text");
        FluentActions.Invoking(() => tagger.Suggest("till", 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("top");
        FluentActions.Invoking(() => tagger.Suggest("till", 1, 1.5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("threshold");
        FluentActions.Invoking(() => tagger.Suggest((LearningOutcome)null!)).Should().Throw<ArgumentNullException>().WithParameterName("outcome");
    }

    [Fact]
    public void Suggest_Threshold_LeavesOutWeakerSkills()
    {
        var tagger = EscoTagger.Create(Skills, null, new ConceptEmbedder(Concepts));

        tagger.Suggest(Paraphrase, 4, threshold: 0.5).Should().OnlyContain(s => s.Similarity >= 0.5).And.NotBeEmpty();
    }

    private static CatalogueEntry Skill(int n, string preferred, string[] alternatives) =>
        CatalogueEntry.Create(string.Create(CultureInfo.InvariantCulture, $"{EscoSkillRef.UriPrefix}00000000-0000-4000-8000-{n:000000000000}"),
            preferred, alternatives, escoSkills: [EscoSkillRef.Parse(string.Create(CultureInfo.InvariantCulture, $"{EscoSkillRef.UriPrefix}00000000-0000-4000-8000-{n:000000000000}"))]);

    private static EscoLabelMatch Label(string text, MatchedField field, bool byMeaning) =>
        new(text, field, byMeaning);
}
