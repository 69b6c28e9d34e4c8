using BenchmarkDotNet.Attributes;
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
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
public class MeaningQueryBenchmarks
{
    private const int Queries = 200;

    private CatalogueEntry[] _queries = [];
    private OutcomeIndex _lexical = null!;
    private OutcomeIndex _meaning = null!;
    private OutcomeIndex _meaningAndModel = null!;
    private SentenceEmbedder? _model;

    /// <summary>The lexical case needs no model: its process skips embedding the labels.</summary>
    [GlobalSetup(Target = nameof(Lexical))]
    public void SetupLexical()
    {
        var task = SilverTask.Instance;
        _queries = [.. task.Queries.Take(Queries).Select((q, i) => CatalogueEntry.Create("q" + i, q))];
        _lexical = OutcomeIndex.Build(task.Entries(CatalogueKind.PreferredLabels));
    }

    [GlobalSetup(Targets = [nameof(WithMeaning), nameof(WithMeaningAndModel)])]
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
        _meaning = OutcomeIndex.Build(entries, null, remembering, labelVectors);
        _meaningAndModel = OutcomeIndex.Build(entries, null, _model, labelVectors);
        Console.WriteLine($"// {entries.Length:N0} labels ({task.Source}), {Queries} queries");

        // The two meaning variants must agree on every query (to within the float rounding of batched vectors), or one
        // of them measures something else.
        var differing = _queries.Count(q => _meaning.Match(q, 1) is [var a] && _meaningAndModel.Match(q, 1) is [var b] && a.Ordinal != b.Ordinal && Math.Abs(a.Similarity - b.Similarity) > 1e-4);
        if (differing > 0)
        {
            throw new InvalidOperationException($"{differing} queries rank differently with remembered and fresh query vectors.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _model?.Dispose();

    /// <summary>Words only.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Queries)]
    public int Lexical() => Run(_lexical);

    /// <summary>Words and meaning, the query's vector known: the signal's cost.</summary>
    [Benchmark(OperationsPerInvoke = Queries)]
    public int WithMeaning() => Run(_meaning);

    /// <summary>Words and meaning, the query embedded by the model.</summary>
    [Benchmark(OperationsPerInvoke = Queries)]
    public int WithMeaningAndModel() => Run(_meaningAndModel);

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
