using BenchmarkDotNet.Attributes;
using Ecvet.Benchmarks.Matching.Peers;
using Ecvet.Matching;
using Lucene.Net.Analysis.En;
using Lucene.Net.Util;

namespace Ecvet.Benchmarks.Matching;

/// <summary>
/// Index build time and allocation: Ecvet's <see cref="OutcomeIndex.Build(IEnumerable{CatalogueEntry}, OutcomeIndexOptions?)"/> against a Lucene.Net 4.8
/// <c>IndexWriter</c> (EnglishAnalyzer, BM25, RAMDirectory, ForceMerge(1), commit) over the same labels.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class IndexBuildBenchmarks
{
    private CatalogueEntry[] _entries = [];
    private LabelDocument[] _documents = [];

    /// <summary>The catalogue: 13.9k preferred labels, or all ~109k labels.</summary>
    [ParamsSource(nameof(Catalogues))]
    public CatalogueKind Catalogue { get; set; }

    /// <summary>Both catalogues, or only the preferred labels when <c>ECVET_BENCH_QUICK=1</c>.</summary>
    public static IEnumerable<CatalogueKind> Catalogues => BenchmarkSettings.Catalogues;

    [GlobalSetup]
    public void Setup()
    {
        _entries = SilverTask.Instance.Entries(Catalogue);
        _documents = SilverTask.Instance.Documents(Catalogue);
    }

    [Benchmark(Baseline = true)]
    public int EcvetBuild() => OutcomeIndex.Build(_entries).Count;

    [Benchmark]
    public long LuceneBuild()
    {
        using var analyzer = new EnglishAnalyzer(LuceneVersion.LUCENE_48);
        using var directory = LuceneRanker.BuildIndex(_documents, analyzer);
        return directory.GetSizeInBytes();
    }
}
