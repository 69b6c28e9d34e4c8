using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Ecvet.Matching;
using Ecvet.Matching.Semantic;

namespace Ecvet.Benchmarks.Matching;

/// <summary>
/// The meaning signal's query path: outcome queries (<see cref="OutcomeIndex.Match(CatalogueEntry, int, double)"/>, top
/// 10) against the 13,896 ESCO preferred labels, with an index built with the built-in model and the labels' vectors
/// precomputed, beside the same index of words only, in the same run. The queries are the silver task's (held-out ESCO
/// alternative labels).
/// </summary>
/// <remarks>
/// <see cref="WithMeaning"/> is given each query's vector beforehand (an embedder that remembers them): it measures the
/// signal (the query's cosine with every label, the 64 it nominates, their evidence combined) and the lexical path it
/// runs beside, not the model. <see cref="WithMeaningAndModel"/> embeds each query with the model too: the whole cost a
/// user sees; the difference is the model (<see cref="VectorSearchBenchmarks.EmbedOneSentence"/>). The setup embeds the
/// labels with the model once per benchmark process (tens of seconds on two cores). Without the ESCO file a generated
/// catalogue of the same shape stands in (<see cref="SilverTask"/>).
/// <para>Each meaning case runs with the calibration that compares whole texts (<see cref="MeaningCalibration.WholeTexts"/>,
/// the earlier default: the baseline of its category) and with the default, which also weighs what two texts say
/// differently (<see cref="MeaningCalibration.Default"/>: the differences a query needs, embedded by the model in one
/// batch; with <see cref="WithMeaningDifferences"/> they are remembered after the first run, like the queries).</para>
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class MeaningQueryBenchmarks
{
    private const int Queries = 200;

    private CatalogueEntry[] _queries = [];
    private OutcomeIndex _lexical = null!;
    private OutcomeIndex _meaning = null!;
    private OutcomeIndex _meaningAndModel = null!;
    private OutcomeIndex _differences = null!;
    private OutcomeIndex _differencesAndModel = null!;
    private SentenceEmbedder? _model;

    /// <summary>The lexical case needs no model: its process skips embedding the labels.</summary>
    [GlobalSetup(Target = nameof(Lexical))]
    public void SetupLexical()
    {
        var task = SilverTask.Instance;
        _queries = [.. task.Queries.Take(Queries).Select((q, i) => CatalogueEntry.Create("q" + i, q))];
        _lexical = OutcomeIndex.Build(task.Entries(CatalogueKind.PreferredLabels));
    }

    [GlobalSetup(Targets = [nameof(WithMeaning), nameof(WithMeaningAndModel), nameof(WithMeaningDifferences), nameof(WithMeaningDifferencesAndModel)])]
    public void SetupMeaning()
    {
        SetupLexical();
        var task = SilverTask.Instance;
        var entries = task.Entries(CatalogueKind.PreferredLabels);
        _model = SentenceEmbedder.CreateDefault();
        var labels = entries.Select(e => e.Text).ToArray();
        var queryTexts = _queries.Select(q => q.Text).ToArray();
        var labelVectors = new float[labels.Length * _model.Dimension];
        _model.EmbedBatch(labels, labelVectors);
        var queryVectors = new float[queryTexts.Length * _model.Dimension];
        _model.EmbedBatch(queryTexts, queryVectors);
        var remembering = new RememberingEmbedder(_model, queryTexts, queryVectors);
        var wholeTexts = OutcomeIndexOptions.Default with { MeaningCalibration = MeaningCalibration.WholeTexts };
        _meaning = OutcomeIndex.Build(entries, wholeTexts, remembering, labelVectors);
        _meaningAndModel = OutcomeIndex.Build(entries, wholeTexts, _model, labelVectors);
        _differences = OutcomeIndex.Build(entries, null, remembering, labelVectors);
        _differencesAndModel = OutcomeIndex.Build(entries, null, _model, labelVectors);
        Console.WriteLine($"// {entries.Length:N0} labels ({task.Source}), {Queries} queries");

        // The meaning variants of one calibration must agree on every query (to within the float rounding of batched
        // vectors), or one of them measures something else.
        Agree(_meaning, _meaningAndModel);
        Agree(_differences, _differencesAndModel);
    }

    private void Agree(OutcomeIndex remembered, OutcomeIndex fresh)
    {
        var differing = _queries.Count(q => remembered.Match(q, 1) is [var a] && fresh.Match(q, 1) is [var b] && a.Ordinal != b.Ordinal && Math.Abs(a.Similarity - b.Similarity) > 1e-4);
        if (differing > 0)
        {
            throw new InvalidOperationException($"{differing} queries rank differently with remembered and fresh query vectors.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _model?.Dispose();

    /// <summary>Words only.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Queries), BenchmarkCategory("Words")]
    public int Lexical() => Run(_lexical);

    /// <summary>Words and meaning of whole texts (<see cref="MeaningCalibration.WholeTexts"/>), the query's vector known:
    /// the signal's cost.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Queries), BenchmarkCategory(VectorKnown)]
    public int WithMeaning() => Run(_meaning);

    /// <summary>Words and meaning weighing differences (<see cref="MeaningCalibration.Default"/>), the query's vector
    /// and, after the first run, its differences' known.</summary>
    [Benchmark(OperationsPerInvoke = Queries), BenchmarkCategory(VectorKnown)]
    public int WithMeaningDifferences() => Run(_differences);

    /// <summary>Words and meaning of whole texts, the query embedded by the model.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Queries), BenchmarkCategory(Model)]
    public int WithMeaningAndModel() => Run(_meaningAndModel);

    /// <summary>Words and meaning weighing differences, the query and the differences it needs embedded by the model:
    /// the whole cost a user of the default sees.</summary>
    [Benchmark(OperationsPerInvoke = Queries), BenchmarkCategory(Model)]
    public int WithMeaningDifferencesAndModel() => Run(_differencesAndModel);

    private const string VectorKnown = "Meaning, vector known";
    private const string Model = "Meaning, model";

    private int Run(OutcomeIndex index)
    {
        var checksum = 0;
        foreach (var query in _queries)
        {
            var matches = index.Match(query, 10);
            checksum += matches.Count == 0 ? 0 : matches[0].Ordinal;
        }

        return checksum;
    }
}
