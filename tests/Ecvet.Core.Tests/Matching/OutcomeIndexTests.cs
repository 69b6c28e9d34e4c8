using CsCheck;
using Ecvet.Matching;
using Ecvet.Tests.Support;

namespace Ecvet.Tests.Matching;

public sealed class OutcomeIndexTests
{
    private static readonly CatalogueEntry[] Cook =
    [
        CatalogueEntry.Create("U1-1", "Checks and records core temperatures of cooked, cooled and reheated food and acts on readings outside the permitted limits."),
        CatalogueEntry.Create("U1-2", "Takes responsibility for the cleanliness of own workstation during the shift and reports hygiene deficiencies to the kitchen manager."),
        CatalogueEntry.Create("U3-1", "Prepares hot dishes using boiling, braising, frying and roasting, keeping to recipe quantities and timing."),
        CatalogueEntry.Create("U3-2", "Describes the 14 allergens subject to mandatory declaration and how cross-contact is avoided in the kitchen."),
        CatalogueEntry.Create("U3-3", "Prepares cold starters and salads according to hygiene rules."),
        CatalogueEntry.Create("U3-4", "Prepares desserts and pastries following recipes."),
        CatalogueEntry.Create("U4-1", "Welcomes guests, presents the menu and takes orders at the table."),
        CatalogueEntry.Create("U4-2", "Sets tables for service and ensures the cleanliness of the dining room."),
    ];

    private static readonly OutcomeIndex Index = OutcomeIndex.Build(Cook);

    [Fact]
    public void Match_IdenticalText_ScoresOneWithFullCoverage()
    {
        foreach (var entry in Cook)
        {
            var best = Index.Match(entry.Text, 1).Should().ContainSingle().Subject;
            Index.GetEntry(best.Ordinal).Should().Be(entry);
            best.Similarity.Should().Be(1);
            best.Coverage.Should().BeApproximately(1, 1e-6);
        }
    }

    [Fact]
    public void Match_Paraphrase_RanksTheRightOutcomeFirst()
    {
        var matches = Index.Match("Prepares hot dishes by boiling, braising, frying and roasting, following the recipe quantities and cooking times.");
        Index.GetEntry(matches[0].Ordinal).Id.Should().Be("U3-1");
        matches[0].Similarity.Should().BeGreaterThanOrEqualTo(ScoreCalibration.AcceptThreshold);
        matches.Select(m => m.Similarity).Should().BeInDescendingOrder();
    }

    [Fact]
    public void Match_NoSharedTerm_GivesNoMatch()
    {
        Index.Match("Configures network switches and VLANs").Should().BeEmpty();
        Index.Match("").Should().BeEmpty();
        Index.Match("the and of").Should().BeEmpty();
    }

    [Fact]
    public void Match_AnyQuery_ScoresWithinZeroAndOne()
    {
        var words = Cook.SelectMany(e => e.Text.Split(' ')).Append("zzz").ToArray();
        var random = new Random(11);
        for (var i = 0; i < 300; i++)
        {
            var query = string.Join(' ', Enumerable.Range(0, random.Next(1, 25)).Select(_ => words[random.Next(words.Length)]));
            foreach (var match in Index.Match(query, 8))
            {
                match.Similarity.Should().BeInRange(0, 1);
                match.Coverage.Should().BeInRange(0, 1);
            }
        }
    }

    [Fact]
    public void Match_ShuffledCatalogue_GivesTheSameIdsAndScores()
    {
        var queries = new[]
        {
            "Prepares salads and cold starters", "hygiene", "kitchen cleanliness", "prepares dishes", "tables", "recipes and quantities",
        };
        for (var seed = 1; seed <= 5; seed++)
        {
            var shuffled = OutcomeIndex.Build(Cook.Shuffled(seed));
            foreach (var query in queries)
            {
                var expected = Index.Match(query).Select(m => (Index.GetEntry(m.Ordinal).Id, m.Similarity, m.Coverage));
                var actual = shuffled.Match(query).Select(m => (shuffled.GetEntry(m.Ordinal).Id, m.Similarity, m.Coverage));
                actual.Should().Equal(expected, query);
            }
        }
    }

    [Fact]
    public void Explain_Similarity_IsSymmetric()
    {
        var words = new[] { "prepares", "hot", "cold", "dishes", "salads", "hygiene", "kitchen", "rules", "recipes", "tables", "boiling", "service" };
        Gen.Int[0, words.Length - 1].Array[1, 10].Select(a => string.Join(' ', a.Select(i => words[i])))
            .Select(Gen.Int[0, words.Length - 1].Array[1, 10].Select(a => string.Join(' ', a.Select(i => words[i]))))
            .Sample((a, b) =>
            {
                var index = OutcomeIndex.Build([CatalogueEntry.Create("a", a), CatalogueEntry.Create("b", b), .. Cook]);
                var ab = index.Explain(a, 1);
                var ba = index.Explain(b, 0);
                ab.RawCosine.Should().BeApproximately(ba.RawCosine, 1e-6);
                ab.Similarity.Should().BeApproximately(ba.Similarity, 1e-5);
            }, iter: 200);
    }

    [Fact]
    public void Match_RandomText_NeverThrowsAndStaysInRange()
    {
        Gen.String.Sample(text =>
        {
            foreach (var match in Index.Match(text, 5))
            {
                match.Similarity.Should().BeInRange(0, 1);
                match.Coverage.Should().BeInRange(0, 1);
            }
        }, iter: 500);
    }

    [Fact]
    public void Match_ShuffledLargerCatalogueWithSynonymsAndTies_GivesTheSameIdsAndScores()
    {
        var random = new Random(9);
        var words = new[] { "prepares", "cooks", "hot", "cold", "dishes", "salads", "sauces", "hygiene", "kitchen", "service" };
        string Text() => string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => words[random.Next(words.Length)]));
        var catalogue = Enumerable.Range(0, 400)
            .Select(i => CatalogueEntry.Create($"e{i:000}", Text(), i % 2 == 0 ? [Text()] : null, i % 5 == 0 ? Text() : null))
            .ToArray();
        var index = OutcomeIndex.Build(catalogue);
        var shuffled = OutcomeIndex.Build(catalogue.Shuffled(17));
        for (var q = 0; q < 100; q++)
        {
            var query = Text();
            var expected = index.Match(query, 20).Select(m => (index.GetEntry(m.Ordinal).Id, m.Similarity, m.Coverage));
            shuffled.Match(query, 20).Select(m => (shuffled.GetEntry(m.Ordinal).Id, m.Similarity, m.Coverage)).Should().Equal(expected, query);
        }
    }

    [Fact]
    public void Match_Ties_AreOrderedById()
    {
        var index = OutcomeIndex.Build([CatalogueEntry.Create("b", "repairs brakes"), CatalogueEntry.Create("a", "repairs brakes"), CatalogueEntry.Create("c", "repairs brakes")]);
        index.Match("repairs brakes").Select(m => index.GetEntry(m.Ordinal).Id).Should().Equal("a", "b", "c");
    }

    [Fact]
    public void Match_Top_LimitsTheResults() => Index.Match("prepares", 2).Should().HaveCount(2);

    [Fact]
    public void Match_Threshold_KeepsExactlyTheMatchesAtOrAboveIt()
    {
        foreach (var query in new[] { "Prepares hot dishes", "cleanliness of the dining room and the kitchen", "hygiene rules for cold starters" })
        {
            var all = Index.Match(query, 100);
            foreach (var threshold in new[] { 0.1, 0.3, 0.55, 0.8 })
            {
                Index.Match(query, 100, threshold).Should().Equal(all.Where(m => m.Similarity >= threshold), $"{query} at {threshold}");
            }
        }
    }

    [Fact]
    public void Match_TopK_EqualsThePrefixOfTheFullRanking_OnALargerCatalogue()
    {
        var random = new Random(3);
        var vocabulary = Enumerable.Range(0, 300).Select(i => $"w{i}").ToArray();
        string Text() => string.Join(' ', Enumerable.Range(0, random.Next(2, 8)).Select(_ => vocabulary[(int)(vocabulary.Length * Math.Pow(random.NextDouble(), 2))]));
        var catalogue = Enumerable.Range(0, 2000).Select(i => CatalogueEntry.Create($"e{i:0000}", Text(), i % 3 == 0 ? [Text()] : null)).ToArray();
        var index = OutcomeIndex.Build(catalogue);
        for (var q = 0; q < 200; q++)
        {
            var query = Text();
            var full = index.Match(query, catalogue.Length);
            index.Match(query, 10).Should().Equal(full.Take(10), query);
        }
    }

    [Fact]
    public void Match_Span_WritesTheSameAsTheConvenientApi()
    {
        Span<OutcomeMatch> destination = new OutcomeMatch[3];
        var count = Index.Match("prepares dishes with hygiene".AsSpan(), destination);
        destination[..count].ToArray().Should().Equal(Index.Match("prepares dishes with hygiene", 3));
    }

    [Fact]
    public void Match_Span_AllocatesNothingAfterWarmUp()
    {
        var synonyms = OutcomeIndex.Build(Cook.Select((e, i) => CatalogueEntry.Create(e.Id, e.Text, [$"synonym {i} of {e.Text}"], "a description of the outcome")));
        var destination = new OutcomeMatch[5];
        var queries = new[] { "Prepares hot dishes using boiling", "Checks and records core temperatures", "zzz", "", "Ηλεκτρολόγος", "Bedient einen Gabelstapler sicher, um palettierte Waren zu laden" };
        foreach (var index in new[] { Index, synonyms })
        {
            Allocations.PerRound(() =>
            {
                for (var i = 0; i < 100; i++)
                {
                    foreach (var query in queries)
                    {
                        index.Match(query.AsSpan(), destination, 0.2);
                        index.Match(query.AsSpan(), destination);
                    }
                }
            }).Should().Be(0);
        }
    }

    [Fact]
    public void Match_ConcurrentQueries_GiveTheSequentialResults()
    {
        var queries = Cook.Select(e => e.Text).Concat(["prepares", "hygiene kitchen", "tables service", "salads"]).ToArray();
        var expected = queries.Select(q => Index.Match(q).ToArray()).ToArray();
        var failures = 0;
        Parallel.For(0, 4000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var q = i % queries.Length;
            if (!Index.Match(queries[q]).SequenceEqual(expected[q]))
            {
                Interlocked.Increment(ref failures);
            }
        });
        failures.Should().Be(0);
    }

    [Fact]
    public void Match_QueryInAnotherLanguage_IsNotComparedByText()
    {
        Index.Match("Prepara piatti caldi con tecniche di bollitura, brasatura, frittura e arrosto rispettando dosi e tempi della ricetta.").Should().BeEmpty();
        var explanation = Index.Explain("Bereitet warme Speisen durch Kochen, Schmoren, Frittieren und Braten nach Rezept zu.", 2);
        explanation.TextComparable.Should().BeFalse();
        explanation.QueryLanguage.Should().Be("de");
        explanation.Match.Evidence.Should().HaveFlag(MatchEvidence.DifferentLanguage);
        Index.IsComparableByText("Bereitet warme Speisen nach dem Rezept zu und prüft die Temperatur.").Should().BeFalse();
        Index.IsComparableByText("Prepares hot dishes.").Should().BeTrue();
        Index.IsComparableByText("Bremsbeläge").Should().BeTrue("one word gives too little to tell");
    }

    [Fact]
    public void Match_Synonym_ScoresTheEntry()
    {
        var index = OutcomeIndex.Build(
        [
            CatalogueEntry.Create("esco:1", "use cooking techniques", ["apply culinary methods", "braise, boil and roast food"]),
            CatalogueEntry.Create("esco:2", "monitor patient vital signs", ["take pulse and blood pressure"]),
        ]);
        var best = index.Match("apply culinary methods").Should().ContainSingle().Subject;
        index.GetEntry(best.Ordinal).Id.Should().Be("esco:1");
        best.Similarity.Should().Be(1);
        index.Explain("apply culinary methods", best.Ordinal).Field.Should().Be(MatchedField.Synonym);
    }

    [Fact]
    public void Match_Description_IsADownWeightedField()
    {
        var index = OutcomeIndex.Build(
        [
            CatalogueEntry.Create("a", "use cooking techniques", description: "Braise, boil and roast meat and vegetables."),
            CatalogueEntry.Create("b", "braise meat"),
        ]);
        var matches = index.Match("braise meat");
        index.GetEntry(matches[0].Ordinal).Id.Should().Be("b");
        var viaDescription = matches.Single(m => index.GetEntry(m.Ordinal).Id == "a");
        viaDescription.Similarity.Should().BeLessThan(OutcomeIndexOptions.Default.Calibration.Apply(OutcomeIndexOptions.Default.DescriptionWeight) + 1e-9);
        index.Explain("braise meat", viaDescription.Ordinal).Field.Should().Be(MatchedField.Description);
    }

    [Fact]
    public void Match_Outcome_SharedEscoSkillCountsStrongly()
    {
        var hygiene = EscoSkillRef.Parse("http://data.europa.eu/esco/skill/0ff99f51-40d9-42f1-a1ec-377b2bb5e15f");
        var index = OutcomeIndex.Build(
        [
            CatalogueEntry.Create("h1", "Applies hygiene rules in the kitchen.", escoSkills: [hygiene]),
            CatalogueEntry.Create("h2", "Applies safety rules in the workshop."),
        ]);
        var onlySkill = index.Match(CatalogueEntry.Create("q", "Keeps food safe from contamination.", escoSkills: [hygiene]));
        onlySkill.Should().ContainSingle().Which.Evidence.Should().Be(MatchEvidence.SharedEscoSkill);
        onlySkill[0].Similarity.Should().BeApproximately(OutcomeIndexOptions.Default.EscoSkillWeight, 1e-9);

        var both = index.Match(CatalogueEntry.Create("q", "Applies hygiene rules.", escoSkills: [hygiene]));
        both[0].Evidence.Should().HaveFlag(MatchEvidence.SharedEscoSkill).And.HaveFlag(MatchEvidence.SharedTerms);
        both[0].Similarity.Should().BeGreaterThan(index.Match("Applies hygiene rules.")[0].Similarity);
    }

    [Fact]
    public void Match_Outcome_TypeAndLevelAreReportedAndCanBeRequired()
    {
        var catalogue = new[]
        {
            CatalogueEntry.Create("k", "Describes the allergens in food.", type: LearningOutcomeType.Knowledge, level: EqfLevel.Level4),
            CatalogueEntry.Create("s", "Labels the allergens in food on the menu.", type: LearningOutcomeType.Skill, level: EqfLevel.Level2),
        };
        var query = CatalogueEntry.Create("q", "Describes the allergens in food.", type: LearningOutcomeType.Skill, level: EqfLevel.Level4);

        var reported = OutcomeIndex.Build(catalogue).Match(query);
        reported.Should().HaveCount(2);
        reported[0].Evidence.Should().HaveFlag(MatchEvidence.DifferentType).And.HaveFlag(MatchEvidence.SameLevel);
        reported[1].Evidence.Should().HaveFlag(MatchEvidence.SameType).And.HaveFlag(MatchEvidence.DifferentLevel);

        var required = OutcomeIndex.Build(catalogue, OutcomeIndexOptions.Default with { RequireSameType = true, MaxEqfLevelGap = 1 });
        required.Match(query).Should().BeEmpty();
        required.Compare(query, 0).Evidence.Should().HaveFlag(MatchEvidence.RequirementNotMet);
        required.Compare(query, 0).Similarity.Should().Be(0);
    }

    [Fact]
    public void Match_Outcome_InAnotherLanguage_IsReportedNotComparable()
    {
        var query = CatalogueEntry.Create("q", "Prépare des plats chauds.", language: "fr");
        Index.Match(query).Should().BeEmpty();
        var compared = Index.Compare(query, 2);
        compared.Similarity.Should().Be(0);
        compared.Evidence.Should().Be(MatchEvidence.DifferentLanguage);
    }

    [Fact]
    public void Match_MixedLanguageCatalogue_ComparesEachLanguageWithItsOwn()
    {
        var index = OutcomeIndex.Build(
        [
            CatalogueEntry.Create("en", "Replaces brake pads and discs."),
            CatalogueEntry.Create("de", "Erneuert die Bremsbeläge und die Bremsscheiben an dem Pkw.", language: "de"),
        ]);
        var german = index.Match("Erneuert die Bremsbeläge an dem Fahrzeug.");
        index.GetEntry(german.Should().ContainSingle().Subject.Ordinal).Id.Should().Be("de");
        index.GetEntry(index.Match("Replaces the brake pads.").Should().ContainSingle().Subject.Ordinal).Id.Should().Be("en");
    }

    [Fact]
    public void Build_Bm25_ScoresIdenticalTextOne()
    {
        var index = OutcomeIndex.Build(Cook, OutcomeIndexOptions.Default with { Weighting = TermWeighting.Bm25 });
        index.Match(Cook[2].Text, 1)[0].Similarity.Should().Be(1);
    }

    [Fact]
    public void Build_NullCatalogue_Throws() =>
        FluentActions.Invoking(() => OutcomeIndex.Build(null!)).Should().Throw<ArgumentNullException>().WithParameterName("catalogue");

    [Fact]
    public void Build_EmptyCatalogue_Throws() =>
        FluentActions.Invoking(() => OutcomeIndex.Build([])).Should().Throw<ArgumentException>().WithParameterName("catalogue");

    [Fact]
    public void Build_NullEntry_Throws() =>
        FluentActions.Invoking(() => OutcomeIndex.Build([Cook[0], null!])).Should().Throw<ArgumentException>().WithParameterName("catalogue");

    [Fact]
    public void Build_DuplicateIds_Throws() =>
        FluentActions.Invoking(() => OutcomeIndex.Build([Cook[0], CatalogueEntry.Create(Cook[0].Id, "other")]))
            .Should().Throw<ArgumentException>().WithParameterName("catalogue").WithMessage("*U1-1*");

    [Theory]
    [InlineData(nameof(OutcomeIndexOptions.DescriptionWeight))]
    [InlineData(nameof(OutcomeIndexOptions.SynonymWeight))]
    [InlineData(nameof(OutcomeIndexOptions.EscoSkillWeight))]
    [InlineData(nameof(OutcomeIndexOptions.Bm25B))]
    [InlineData(nameof(OutcomeIndexOptions.MaxEqfLevelGap))]
    public void Build_OptionOutOfRange_Throws(string member)
    {
        var options = member switch
        {
            nameof(OutcomeIndexOptions.DescriptionWeight) => OutcomeIndexOptions.Default with { DescriptionWeight = 1.5 },
            nameof(OutcomeIndexOptions.SynonymWeight) => OutcomeIndexOptions.Default with { SynonymWeight = -0.1 },
            nameof(OutcomeIndexOptions.EscoSkillWeight) => OutcomeIndexOptions.Default with { EscoSkillWeight = double.NaN },
            nameof(OutcomeIndexOptions.Bm25B) => OutcomeIndexOptions.Default with { Bm25B = 2 },
            _ => OutcomeIndexOptions.Default with { MaxEqfLevelGap = -1 },
        };
        FluentActions.Invoking(() => OutcomeIndex.Build(Cook, options)).Should().Throw<ArgumentException>()
            .WithParameterName("options").WithMessage($"*{member}*");
    }

    [Fact]
    public void Match_NullQuery_Throws() =>
        FluentActions.Invoking(() => Index.Match((string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("query");

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Match_TopBelowOne_Throws(int top) =>
        FluentActions.Invoking(() => Index.Match("hygiene", top)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(top));

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Match_ThresholdOutsideZeroToOne_Throws(double threshold)
    {
        FluentActions.Invoking(() => Index.Match("hygiene", 10, threshold)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(threshold));
        FluentActions.Invoking(() => Index.Match("hygiene".AsSpan(), new OutcomeMatch[1], threshold)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(threshold));
    }

    [Fact]
    public void Match_EmptyDestination_Throws() =>
        FluentActions.Invoking(() => Index.Match("hygiene".AsSpan(), Span<OutcomeMatch>.Empty)).Should().Throw<ArgumentException>().WithParameterName("destination");

    [Theory]
    [InlineData(-1)]
    [InlineData(8)]
    public void GetEntry_OrdinalOutOfRange_Throws(int ordinal)
    {
        FluentActions.Invoking(() => Index.GetEntry(ordinal)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(ordinal));
        FluentActions.Invoking(() => Index.Explain("x", ordinal)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(ordinal));
    }
}

internal static class ShuffleExtensions
{
    public static T[] Shuffled<T>(this T[] items, int seed)
    {
        var copy = items.ToArray();
        new Random(seed).Shuffle(copy);
        return copy;
    }
}
