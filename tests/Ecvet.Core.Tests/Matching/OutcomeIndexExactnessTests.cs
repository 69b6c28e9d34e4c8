using System.Globalization;
using Ecvet.Matching;
using Ecvet.Tests.Support;

namespace Ecvet.Tests.Matching;

/// <summary>
/// The query path prunes (MaxScore-style candidate gating), caches word analyses and accumulates per surface; none of
/// that may change a result. These tests compare it with the exhaustive scorer (every entry, every surface) on
/// generated catalogues and queries, and on real ESCO queries when the data is present.
/// </summary>
public sealed class OutcomeIndexExactnessTests
{
    private static readonly string[] Vocabulary =
    [
        "manage", "managing", "manager", "equipment", "safety", "safe", "install", "installation", "installing", "system",
        "systems", "data", "analyse", "analysis", "customer", "customers", "report", "reporting", "maintain",
        "maintenance", "electrical", "electric", "food", "quality", "control", "vehicle", "vehicles", "test", "testing",
        "plan", "planning", "budget", "staff", "train", "training", "document", "documents", "work", "procedures",
        "the", "of", "and", "to", "in", "for", "with", "according", "relevant", "über",
    ];

    private static readonly string[] German = ["und", "der", "die", "mit", "Sicherheit", "Anlagen", "prüfen", "für", "den"];

    private static readonly OutcomeIndexOptions[] Options =
    [
        OutcomeIndexOptions.Default,
        OutcomeIndexOptions.Default with { Weighting = TermWeighting.Bm25 },
        OutcomeIndexOptions.Default with { SynonymWeight = 0.8, DescriptionWeight = 0.5 },
        OutcomeIndexOptions.Default with { BoilerplateDocumentFraction = 0.2, BoilerplateWeight = 0.3 },
        OutcomeIndexOptions.Default with { Stemmer = null },
    ];

    [Fact]
    public void Match_GeneratedCataloguesAndQueries_EqualsTheExhaustiveScorer()
    {
        var compared = 0;
        for (var seed = 0; seed < 200; seed++)
        {
            var random = new Random(seed);
            var index = OutcomeIndex.Build(Catalogue(random), Options[seed % Options.Length]);
            for (var k = 0; k < 4; k++)
            {
                var query = Text(random, random.Next(1, 9), random.Next(8) == 0);
                compared += CompareAll(index, query, $"seed {seed}, query '{query}'");
            }
        }

        compared.Should().BeGreaterThan(1_000, "the generated queries must find matches for the comparison to mean anything");
    }

    [Fact]
    public void Match_OneSurfacePerEntry_EqualsTheExhaustiveScorer()
    {
        // Texts only (the index then takes its one-surface-per-entry path), from a small pool, so that ties are common.
        var compared = 0;
        for (var seed = 0; seed < 100; seed++)
        {
            var random = new Random(seed);
            var catalogue = Catalogue(random).Select(e => CatalogueEntry.Create(e.Id, e.Text, language: e.Language));
            var index = OutcomeIndex.Build(catalogue, Options[seed % Options.Length]);
            for (var k = 0; k < 4; k++)
            {
                var query = Text(random, random.Next(1, 9), random.Next(8) == 0);
                compared += CompareAll(index, query, $"seed {seed}, query '{query}'");
            }
        }

        compared.Should().BeGreaterThan(500, "the generated queries must find matches for the comparison to mean anything");
    }

    [Fact]
    public void Match_Outcome_EqualsTheStraightforwardForm()
    {
        // Outcome queries select their best matches without combining every candidate; with ESCO skills, types,
        // levels, requirements, languages, thresholds and tops, the result must be exactly that of combining and
        // sorting them all.
        var skills = Enumerable.Range(0, 12).Select(i => EscoSkillRef.Parse(string.Create(CultureInfo.InvariantCulture, $"http://data.europa.eu/esco/skill/00000000-0000-4000-8000-{i:D12}"))).ToArray();
        var compared = 0;
        for (var seed = 0; seed < 120; seed++)
        {
            var random = new Random(seed);
            var catalogue = Catalogue(random).Select(e => CatalogueEntry.Create(e.Id, e.Text, e.Synonyms, e.Description,
                RandomType(random), RandomLevel(random), RandomSkills(random, skills), e.Language));
            var options = Options[seed % Options.Length];
            options = (seed % 3) switch
            {
                0 => options with { RequireSameType = true },
                1 => options with { MaxEqfLevelGap = random.Next(0, 3) },
                _ => options,
            };
            var index = OutcomeIndex.Build(catalogue, options);
            for (var k = 0; k < 5; k++)
            {
                var german = random.Next(8) == 0;
                var query = CatalogueEntry.Create("query", Text(random, random.Next(1, 9), german), null, null,
                    RandomType(random), RandomLevel(random), RandomSkills(random, skills), german ? "de" : "en");
                foreach (var (top, threshold) in new[] { (1, 0.0), (5, 0.0), (10, 0.3), (100, 0.0), (3, 0.6) })
                {
                    var expected = index.MatchOutcomeReference(query, top, threshold);
                    index.Match(query, top, threshold).Should().Equal(expected, $"seed {seed}, query {query.Text}, top {top}, threshold {threshold}");
                    compared += expected.Count;
                }
            }
        }

        compared.Should().BeGreaterThan(2_000, "the generated queries must find matches for the comparison to mean anything");

        static LearningOutcomeType? RandomType(Random random) =>
            random.Next(4) == 0 ? null : (LearningOutcomeType)random.Next(1, 4);

        static EqfLevel? RandomLevel(Random random) => random.Next(4) == 0 ? null : EqfLevel.From(random.Next(1, 9));

        static IEnumerable<EscoSkillRef> RandomSkills(Random random, EscoSkillRef[] pool) =>
            Enumerable.Range(0, random.Next(3) == 0 ? random.Next(1, 4) : 0).Select(_ => pool[random.Next(pool.Length)]);
    }

    [Fact]
    public void Build_RepeatedSurfacesOfAnEntry_KeepsOnlyTheFirst()
    {
        // "manage staff", "staff management", "managing the staff" all analyse to {manag, staff}; repeats in another
        // entry, or with other terms, stay.
        CatalogueEntry[] catalogue =
        [
            CatalogueEntry.Create("a", "manage staff", ["staff management", "managing the staff", "supervise staff", "Manage staff!"]),
            CatalogueEntry.Create("b", "manage staff", ["manage staff members"]),
        ];

        OutcomeIndex.Build(catalogue).SurfaceCount.Should().Be(4);
        OutcomeIndex.BuildKeepingRepeatedSurfaces(catalogue, null).SurfaceCount.Should().Be(7);
    }

    [Fact]
    public void Match_RepeatedSurfacesRemoved_GivesExactlyWhatTheFullIndexGives()
    {
        // Catalogues rich in repeats (the same words reordered, re-cased, with stop words or inflected) under every
        // option set: matches, outcome matches and explanations must be identical with and without the removal.
        var compared = 0;
        var removed = 0;
        for (var seed = 0; seed < 150; seed++)
        {
            var random = new Random(seed);
            var catalogue = RepetitiveCatalogue(random);
            var options = Options[seed % Options.Length];
            if (seed % 7 == 0)
            {
                options = options with { CharacterNgramRerank = true };
            }

            var index = OutcomeIndex.Build(catalogue, options);
            var full = OutcomeIndex.BuildKeepingRepeatedSurfaces(catalogue, options);
            removed += full.SurfaceCount - index.SurfaceCount;
            for (var k = 0; k < 4; k++)
            {
                var query = Text(random, random.Next(1, 6), false);
                var because = $"seed {seed}, query '{query}'";
                var matches = index.Match(query, 20);
                matches.Should().Equal(full.Match(query, 20), because);
                var outcome = CatalogueEntry.Create("q", query);
                index.Match(outcome, 20).Should().Equal(full.Match(outcome, 20), because);
                foreach (var match in matches.Take(3))
                {
                    var explained = index.Explain(query, match.Ordinal);
                    var expected = full.Explain(query, match.Ordinal);
                    explained.Match.Should().Be(expected.Match, because);
                    explained.RawCosine.Should().Be(expected.RawCosine, because);
                    explained.Field.Should().Be(expected.Field, because);
                    explained.SharedTerms.Should().Equal(expected.SharedTerms, because);
                    explained.MissingTerms.Should().Equal(expected.MissingTerms, because);
                    explained.ExtraTerms.Should().Equal(expected.ExtraTerms, because);
                    index.Compare(outcome, match.Ordinal).Should().Be(full.Compare(outcome, match.Ordinal), because);
                }

                compared += matches.Count;
            }
        }

        compared.Should().BeGreaterThan(1_000, "the generated queries must find matches for the comparison to mean anything");
        removed.Should().BeGreaterThan(500, "the generated catalogues must repeat surfaces for the comparison to mean anything");
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.0, 0.0)]
    public void Match_ZeroWeights_StayExactAndFinite(double boilerplateWeight, double synonymWeight)
    {
        // With boilerplate weight 0, a surface made only of boilerplate has no weight at all; with synonym weight 0,
        // synonyms never score. Neither may produce NaN, a zero-score match or a difference from the exhaustive scorer.
        var entries = Enumerable.Range(0, 30)
            .Select(i => CatalogueEntry.Create(string.Create(CultureInfo.InvariantCulture, $"e{i:D2}"),
                i == 0 ? "manage" : i % 2 == 0 ? "manage safety " + Vocabulary[i] : "manage " + Vocabulary[i],
                i % 3 == 0 ? ["manage", "safety " + Vocabulary[i + 1]] : null))
            .ToArray();
        var index = OutcomeIndex.Build(entries, OutcomeIndexOptions.Default with { BoilerplateWeight = boilerplateWeight, SynonymWeight = synonymWeight });
        foreach (var query in new[] { "manage", "manage safety", "safety equipment", "manage " + Vocabulary[5] })
        {
            foreach (var top in new[] { 1, 10, 40 })
            {
                Compare(index, query, top, 0, $"query '{query}'");
            }

            foreach (var match in index.Match(query, 40))
            {
                match.Similarity.Should().BeInRange(0, 1).And.NotBe(double.NaN);
                match.Coverage.Should().BeInRange(0, 1).And.NotBe(double.NaN);
                index.Explain(query, match.Ordinal).RawCosine.Should().BeGreaterThan(0);
            }

            index.Explain(query, 0).RawCosine.Should().BeInRange(0, 1);
        }
    }

    [Fact]
    public void Match_IdenticalSurfacesInManyEntries_BreaksTiesByIdAsTheExhaustiveScorer()
    {
        // 40 entries with the same text: every score ties, so only the id order decides (and pruning must not).
        var entries = Enumerable.Range(0, 40)
            .Select(i => CatalogueEntry.Create(string.Create(CultureInfo.InvariantCulture, $"e{(i * 17) % 40:D2}"), "maintain electrical equipment",
                i % 3 == 0 ? ["service electrical equipment"] : null))
            .Append(CatalogueEntry.Create("z-other", "plan staff training"))
            .ToArray();
        var index = OutcomeIndex.Build(entries);

        var compared = CompareAll(index, "maintain electrical equipment", "ties");

        compared.Should().BeGreaterThan(0);
        var top = index.Match("maintain electrical equipment", 3);
        top.Select(m => index.GetEntry(m.Ordinal).Id).Should().Equal("e00", "e01", "e02");
    }

    [EscoFact]
    public void Match_EscoAlternativeLabelsAgainstAllLabels_EqualsTheExhaustiveScorer()
    {
        var entries = EscoSkillsCsv.ReadFile(EscoData.SkillsCsvPath!).ToArray();
        var index = OutcomeIndex.Build(entries);
        var random = new Random(42);
        var queries = entries.Where(e => !e.Synonyms.IsEmpty).OrderBy(_ => random.Next()).Take(60)
            .Select(e => e.Synonyms[random.Next(e.Synonyms.Length)])
            .ToArray();

        var compared = 0;
        foreach (var query in queries)
        {
            compared += Compare(index, query, 10, 0, query);
            compared += Compare(index, query, 3, 0.55, query);
        }

        compared.Should().BeGreaterThan(400);
    }

    private static int CompareAll(OutcomeIndex index, string query, string because)
    {
        var compared = 0;
        foreach (var top in new[] { 1, 10, 100 })
        {
            foreach (var threshold in new[] { 0.0, 0.55, 0.8 })
            {
                compared += Compare(index, query, top, threshold, because);
            }
        }

        return compared;
    }

    private static int Compare(OutcomeIndex index, string query, int top, double threshold, string because)
    {
        var fast = new OutcomeMatch[top];
        var exhaustive = new OutcomeMatch[top];
        var count = index.Match(query.AsSpan(), fast, threshold);
        var expected = index.MatchExhaustive(query.AsSpan(), exhaustive, threshold);

        var context = string.Create(CultureInfo.InvariantCulture, $"{because}, top {top}, threshold {threshold}");
        fast[..count].Should().Equal(exhaustive[..expected], context);
        index.Match(query, top, threshold).Should().Equal(exhaustive[..expected], context);
        return count;
    }

    // Entries whose synonyms often say the text again: words reordered, re-cased, inflected, with stop words.
    private static List<CatalogueEntry> RepetitiveCatalogue(Random random)
    {
        var entries = new List<CatalogueEntry>();
        var size = random.Next(2, 60);
        for (var i = 0; i < size; i++)
        {
            var words = Enumerable.Range(0, random.Next(1, 5)).Select(_ => Vocabulary[random.Next(Vocabulary.Length - 1)]).ToArray();
            var text = string.Join(' ', words);
            var synonyms = Enumerable.Range(0, random.Next(0, 9)).Select(_ => random.Next(4) switch
            {
                0 => string.Join(' ', words.OrderBy(_ => random.Next())),
                1 => text.ToUpperInvariant() + "!",
                2 => "the " + string.Join(" of ", words),
                _ => Text(random, random.Next(1, 5), false),
            });
            var description = random.Next(5) == 0 ? text : null;
            entries.Add(CatalogueEntry.Create(string.Create(CultureInfo.InvariantCulture, $"id-{i:D3}"), text, synonyms, description));
        }

        return entries;
    }

    private static List<CatalogueEntry> Catalogue(Random random)
    {
        // Texts come from a small pool, so that identical surfaces (and tied scores) are common.
        var pool = Enumerable.Range(0, random.Next(3, 40)).Select(_ => Text(random, random.Next(1, 7), false)).ToArray();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<CatalogueEntry>();
        var size = random.Next(1, 80);
        while (entries.Count < size)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"id-{random.Next(1_000):D3}");
            if (!ids.Add(id))
            {
                continue;
            }

            var german = random.Next(10) == 0;
            var text = german ? Text(random, random.Next(3, 7), true) : pool[random.Next(pool.Length)];
            var synonyms = Enumerable.Range(0, random.Next(4) == 0 ? random.Next(1, 8) : 0)
                .Select(_ => random.Next(3) == 0 ? Text(random, random.Next(1, 6), false) : pool[random.Next(pool.Length)]);
            var description = random.Next(4) == 0 ? Text(random, random.Next(4, 16), false) : null;
            entries.Add(CatalogueEntry.Create(id, text, synonyms, description, language: german ? "de" : "en"));
        }

        return entries;
    }

    private static string Text(Random random, int words, bool german) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => german && random.Next(2) == 0
            ? German[random.Next(German.Length)]
            : random.Next(12) == 0 ? "zebra" : Vocabulary[random.Next(Vocabulary.Length)]));
}
