using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Ecvet.Matching;
using Ecvet.Matching.Semantic;

namespace Ecvet.Benchmarks.Matching;

/// <summary>
/// A full unit comparison, 30 host × 30 home outcomes, with meaning: the units of <see cref="UnitComparisonBenchmarks"/>
/// (the cook qualification's outcomes against the host wordings of the labelled VET pairs), compared by an
/// <see cref="OutcomeIndex"/> built with the built-in model (<see cref="SentenceEmbedder.CreateDefault"/>), beside the
/// lexical comparison in the same run.
/// </summary>
/// <remarks>
/// Every method builds the index over the home unit per call, as
/// <see cref="UnitComparison.Compare(IEnumerable{CatalogueEntry}, IEnumerable{CatalogueEntry}, OutcomeIndexOptions?)"/>
/// does. <see cref="Semantic"/> is the realistic case: the home catalogue's vectors computed once beforehand (as a
/// saved <see cref="CatalogueEmbeddings"/> file gives them), the host outcomes embedded by the model at each
/// comparison, one sentence per host outcome. <see cref="SemanticHostVectorsKnown"/> has the host vectors too (an
/// embedder that remembers them): what meaning costs besides running the model. Each runs with the calibration that
/// compares whole texts (<see cref="MeaningCalibration.WholeTexts"/>, the earlier default: the baseline of its category)
/// and with the default, which also weighs what two texts say differently (<see cref="MeaningCalibration.Default"/>:
/// each host outcome's differences that can change a pair, embedded by the model in one batch; remembered after the
/// first run in <see cref="SemanticDifferencesHostVectorsKnown"/>).
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class SemanticUnitComparisonBenchmarks
{
    private const int Size = 30;

    private CatalogueEntry[] _host = [];
    private CatalogueEntry[] _home = [];
    private SentenceEmbedder _model = null!;
    private RememberingEmbedder _remembering = null!;
    private float[] _homeVectors = [];

    private static readonly OutcomeIndexOptions WholeTexts = OutcomeIndexOptions.Default with { MeaningCalibration = MeaningCalibration.WholeTexts };
    private const string Model = "Model";
    private const string VectorsKnown = "Vectors known";

    [GlobalSetup]
    public void Setup()
    {
        _home = UnitData.HomeOutcomes()[..Size];
        _host = UnitData.HostOutcomes()[..Size];
        _model = SentenceEmbedder.CreateDefault();
        var homeTexts = _home.Select(h => h.Text).ToArray();
        var hostTexts = _host.Select(h => h.Text).ToArray();
        _homeVectors = new float[homeTexts.Length * _model.Dimension];
        _model.EmbedBatch(homeTexts, _homeVectors);
        var hostVectors = new float[hostTexts.Length * _model.Dimension];
        _model.EmbedBatch(hostTexts, hostVectors);
        _remembering = new RememberingEmbedder(_model, [.. homeTexts, .. hostTexts], [.. _homeVectors, .. hostVectors]);

        // The two semantic variants must compare alike (the remembered vectors are the model's, batched: equal to within
        // float rounding), and meaning must change the comparison, or the benchmark measures nothing new.
        Check(Semantic(), SemanticHostVectorsKnown());
        Check(SemanticDifferences(), SemanticDifferencesHostVectorsKnown());
    }

    private void Check(double semantic, double known)
    {
        if (Math.Abs(semantic - known) > 1e-3 || Math.Abs(semantic - Lexical()) < 1e-9)
        {
            throw new InvalidOperationException($"Unexpected totals: semantic {semantic}, host vectors known {known}, lexical {Lexical()}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _model.Dispose();

    /// <summary>Words only: <c>UnitComparison.Compare(host, home)</c>.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Words")]
    public double Lexical() => UnitComparison.Compare(_host, _home).TotalSimilarity;

    /// <summary>Words and meaning of whole texts: home vectors precomputed, the 30 host outcomes embedded by the model
    /// per call.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(Model)]
    public double Semantic() =>
        UnitComparison.Compare(_host, OutcomeIndex.Build(_home, WholeTexts, _model, _homeVectors)).TotalSimilarity;

    /// <summary>Words and meaning weighing differences (the default): as <see cref="Semantic"/>, and the differences
    /// each host outcome needs embedded by the model.</summary>
    [Benchmark, BenchmarkCategory(Model)]
    public double SemanticDifferences() =>
        UnitComparison.Compare(_host, OutcomeIndex.Build(_home, null, _model, _homeVectors)).TotalSimilarity;

    /// <summary>Words and meaning of whole texts with every vector known beforehand: the comparison without the model.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(VectorsKnown)]
    public double SemanticHostVectorsKnown() =>
        UnitComparison.Compare(_host, OutcomeIndex.Build(_home, WholeTexts, _remembering, _homeVectors)).TotalSimilarity;

    /// <summary>Words and meaning weighing differences with every vector known (the differences after the first run).</summary>
    [Benchmark, BenchmarkCategory(VectorsKnown)]
    public double SemanticDifferencesHostVectorsKnown() =>
        UnitComparison.Compare(_host, OutcomeIndex.Build(_home, null, _remembering, _homeVectors)).TotalSimilarity;
}
