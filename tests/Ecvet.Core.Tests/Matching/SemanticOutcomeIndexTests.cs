using System.Globalization;
using Ecvet.Matching;

namespace Ecvet.Tests.Matching;

/// <summary>An index built with an embedder: meaning beside shared words, on small hand-made catalogues with the
/// deterministic <see cref="ConceptEmbedder"/>.</summary>
public sealed class SemanticOutcomeIndexTests
{
    private static readonly string[][] Concepts =
    [
        ["stores", "keeps", "shelves"],
        ["materials", "goods", "stock"],
        ["fifo", "rotated", "rotation"],
        ["till", "register", "cash"],
        ["closing", "cashes"],
        ["cleans", "washes", "hygiene"],
        ["kitchen", "cold", "room"],
    ];

    private static readonly CatalogueEntry[] Home =
    [
        CatalogueEntry.Create("h0", "Stores raw materials following FIFO"),
        CatalogueEntry.Create("h1", "Cleans the kitchen after service"),
        CatalogueEntry.Create("h2", "Balances the till at closing"),
        CatalogueEntry.Create("h3", "Stores cleaning products safely"),
    ];

    private const string Paraphrase = "Keeps the cold room stock rotated and labelled";

    [Fact]
    public void Match_ParaphraseSharingNoWord_FoundByMeaningAlone()
    {
        var plain = OutcomeIndex.Build(Home);
        var semantic = OutcomeIndex.Build(Home, null, new ConceptEmbedder(Concepts));

        plain.Match(CatalogueEntry.Create("q", Paraphrase)).Select(m => m.Ordinal).Should().NotContain(0, "the texts share no word");
        var best = semantic.Match(CatalogueEntry.Create("q", Paraphrase))[0];

        best.Ordinal.Should().Be(0);
        best.Evidence.Should().Be(MatchEvidence.SimilarMeaning);
        // Concepts store, materials, rotation of the entry's three; the query adds kitchen: cosine 3 / √12.
        best.Similarity.Should().BeApproximately(MeaningCalibration.Default.Apply(3 / Math.Sqrt(12)), 1e-6);
        best.Similarity.Should().BeGreaterThanOrEqualTo(ScoreCalibration.AcceptThreshold);
        best.Coverage.Should().Be(best.Similarity, "an entry said in other words is covered as far as its meaning is");
    }

    [Fact]
    public void Match_TextQuery_UsesMeaningToo()
    {
        var semantic = OutcomeIndex.Build(Home, null, new ConceptEmbedder(Concepts));
        var destination = new OutcomeMatch[2];

        semantic.Match(Paraphrase, 2).Select(m => m.Ordinal).Should().Equal(0, 3);
        semantic.Match(Paraphrase.AsSpan(), destination).Should().Be(2);
        destination.Should().Equal(semantic.Match(Paraphrase, 2));
    }

    [Fact]
    public void Explain_SaysHowMuchCameFromMeaningAndHowMuchFromSharedWords()
    {
        const string query = "Stores goods in the kitchen";
        var plain = OutcomeIndex.Build(Home).Explain(query, 0);
        // The whole texts alone (what differs, which the default also weighs, has its own tests: MeaningDifferencesTests).
        var semantic = OutcomeIndex.Build(Home, OutcomeIndexOptions.Default with { MeaningCalibration = MeaningCalibration.WholeTexts },
            new ConceptEmbedder(Concepts)).Explain(query, 0);

        plain.EmbeddingCosine.Should().BeNull();
        plain.MeaningSimilarity.Should().Be(0);
        plain.WordSimilarity.Should().Be(plain.Similarity);
        plain.ToString().Should().NotContain("meaning");

        semantic.WordSimilarity.Should().Be(plain.WordSimilarity, "the words are scored as without an embedder");
        semantic.EmbeddingCosine.Should().BeApproximately(2 / 3.0, 1e-6, "store and materials of three concepts each");
        semantic.MeaningSimilarity.Should().BeApproximately(MeaningCalibration.WholeTexts.Apply(2 / 3.0), 1e-6);
        semantic.Similarity.Should().Be(Math.Max(semantic.WordSimilarity, semantic.MeaningSimilarity));
        semantic.Match.Evidence.Should().HaveFlag(MatchEvidence.SharedTerms).And.HaveFlag(MatchEvidence.SimilarMeaning);
        semantic.ToString().Should().Contain(string.Create(CultureInfo.InvariantCulture,
            $"from shared words {semantic.WordSimilarity:0.00}, from meaning {semantic.MeaningSimilarity:0.00} (embedding cosine 0.667)"));
    }

    [Fact]
    public void Compare_WordsAboveMeaning_KeepTheWordScore()
    {
        // Same words, and an embedding that sees only one of the entry's concepts: the words decide.
        var plain = OutcomeIndex.Build(Home);
        var semantic = OutcomeIndex.Build(Home, null, new ConceptEmbedder(Concepts));
        var query = CatalogueEntry.Create("q", "Balances the till at closing");

        semantic.Compare(query, 2).Should().Be(plain.Compare(query, 2) with { });
        semantic.Compare(query, 2).Evidence.Should().NotHaveFlag(MatchEvidence.SimilarMeaning);
    }

    [Fact]
    public void Build_WithVectorsGiven_EmbedsOnlyQueriesAndMatchesTheSame()
    {
        var embedder = new ConceptEmbedder(Concepts);
        var computed = OutcomeIndex.Build(Home, null, embedder);
        var vectors = new float[Home.Length * embedder.Dimension];
        embedder.EmbedBatch(Home.Select(e => e.Text).ToArray(), vectors);
        var fresh = new ConceptEmbedder(Concepts);

        var loaded = OutcomeIndex.Build(Home, null, fresh, vectors);

        fresh.Embedded.Should().Be(0);
        loaded.Embedder.Should().BeSameAs(fresh);
        loaded.Match(Paraphrase, 4).Should().Equal(computed.Match(Paraphrase, 4));
        fresh.Embedded.Should().Be(1, "a query is embedded once");
    }

    [Fact]
    public void Build_BadEmbedderArguments_Throw()
    {
        var embedder = new ConceptEmbedder(Concepts);

        FluentActions.Invoking(() => OutcomeIndex.Build(Home, null, null!)).Should().Throw<ArgumentNullException>().WithParameterName("embedder");
        FluentActions.Invoking(() => OutcomeIndex.Build(Home, null, embedder, new float[(Home.Length * embedder.Dimension) - 1]))
            .Should().Throw<ArgumentException>().WithParameterName("entryVectors").WithMessage("31 floats given for 4 entries of dimension 8 (32 expected).*");
        OutcomeIndex.Build(Home).Embedder.Should().BeNull();
    }

    [Fact]
    public void Match_WithEmbedder_EqualsCombiningEveryEntry()
    {
        // Catalogues larger than the entries meaning nominates, so that pruning by the declared bound is exercised.
        string[] words = ["stores", "keeps", "materials", "goods", "fifo", "rotated", "till", "cash", "closing", "cleans", "washes", "kitchen", "cold", "labels", "checks"];
        var embedder = new ConceptEmbedder(Concepts);
        var compared = 0;
        var byMeaningAlone = 0;
        for (var seed = 0; seed < 12; seed++)
        {
            var random = new Random(seed);
            var catalogue = Enumerable.Range(0, random.Next(70, 160))
                .Select(i => CatalogueEntry.Create(string.Create(CultureInfo.InvariantCulture, $"e{i:D3}"), Text(random, words)))
                .ToArray();
            var index = OutcomeIndex.Build(catalogue, null, embedder);
            for (var k = 0; k < 5; k++)
            {
                var query = CatalogueEntry.Create("q", Text(random, words));
                foreach (var (top, threshold) in new[] { (1, 0.0), (5, 0.0), (10, 0.5), (100, 0.0) })
                {
                    var matches = index.Match(query, top, threshold);
                    matches.Should().Equal(index.MatchOutcomeReference(query, top, threshold), $"seed {seed}, query {query.Text}, top {top}");
                    compared += matches.Count;
                    byMeaningAlone += matches.Count(m => m.Evidence == MatchEvidence.SimilarMeaning);
                }
            }
        }

        compared.Should().BeGreaterThan(1_000);
        byMeaningAlone.Should().BeGreaterThan(100, "entries sharing no word with the query must be found for the comparison to mean anything");
    }

    [Theory]
    [InlineData(17, 37)]
    [InlineData(384, 1030)]
    public void Explain_RandomVectors_EmbeddingCosineIsTheDotProductOfTheGivenVectors(int dimension, int count)
    {
        // Vectors as a model gives them, of a dimension the scan pads (17) or not (384), in a catalogue whose size is not
        // a multiple of the rows the kernel takes at once: every entry's cosine must be the plain dot product.
        var random = new Random(dimension + count);
        var vectors = new float[(count + 1) * dimension];
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i] = (float)((random.NextDouble() * 2) - 1);
        }

        for (var row = 0; row <= count; row++)
        {
            var v = vectors.AsSpan(row * dimension, dimension);
            var squares = 0.0;
            foreach (var x in v)
            {
                squares += x * x;
            }

            foreach (ref var x in v)
            {
                x = (float)(x / Math.Sqrt(squares));
            }
        }

        var texts = Enumerable.Range(0, count + 1).Select(i => string.Create(CultureInfo.InvariantCulture, $"text {i}")).ToArray();
        var embedder = new TableEmbedder(texts, vectors, dimension);
        var catalogue = texts[..count].Select((t, i) => CatalogueEntry.Create(string.Create(CultureInfo.InvariantCulture, $"e{i}"), t)).ToArray();
        // The whole texts alone: what "text 1" and "text 2" say differently is not in the table.
        var index = OutcomeIndex.Build(catalogue, OutcomeIndexOptions.Default with { MeaningCalibration = MeaningCalibration.WholeTexts },
            embedder, vectors.AsMemory(0, count * dimension));
        var query = texts[count];
        foreach (var ordinal in new[] { 0, 1, count / 2, count - 2, count - 1 })
        {
            var expected = 0.0;
            for (var d = 0; d < dimension; d++)
            {
                expected += (double)vectors[(count * dimension) + d] * vectors[(ordinal * dimension) + d];
            }

            index.Explain(query, ordinal).EmbeddingCosine.Should().BeApproximately(expected, 1e-5, $"entry {ordinal}");
        }
    }

    /// <summary>A stand-in model answering each known text with its row of a table.</summary>
    private sealed class TableEmbedder(string[] texts, float[] vectors, int dimension) : ITextEmbedder
    {
        public string ModelId => "test/table";

        public int Dimension => dimension;

        public void Embed(string text, Span<float> destination) =>
            vectors.AsSpan(Array.IndexOf(texts, text) * dimension, dimension).CopyTo(destination);

        public void EmbedBatch(IReadOnlyList<string> batch, Span<float> destination)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                Embed(batch[i], destination.Slice(i * dimension, dimension));
            }
        }
    }

    private static string Text(Random random, string[] words) =>
        string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => words[random.Next(words.Length)]));
}
