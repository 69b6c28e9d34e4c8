using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using Ecvet.Benchmarks.Matching.Peers;
using Ecvet.Matching;

namespace Ecvet.Benchmarks.Matching;

/// <summary>
/// Query latency and allocation of Ecvet.Core's outcome matcher against the peers a .NET user would pick, on the silver
/// task (<see cref="SilverTask"/>): the same catalogue and the same query strings for every engine, top 10 concepts per
/// query. Results are per query (<c>OperationsPerInvoke</c>). The linear-scan peers (F23, FuzzySharp) take 10–1000 ms
/// per query, so they run on few queries and only on the preferred-label catalogue.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(SlowPeersOnlyOnPreferredLabels))]
public class OutcomeMatchingBenchmarks
{
    /// <summary>Queries per invocation for Ecvet and Lucene.Net.</summary>
    public const int Queries = 1_000;

    /// <summary>Queries per invocation for the linear-scan peers.</summary>
    public const int SlowQueries = 8;

    private readonly OutcomeMatch[] _matches = new OutcomeMatch[10];
    private readonly int[] _concepts = new int[10];
    private string[] _queries = [];
    private OutcomeIndex _index = null!;
    private IConceptRanker _peer = null!;

    /// <summary>The catalogue: 13.9k preferred labels, or all ~109k labels de-duplicated to concepts.</summary>
    [ParamsSource(nameof(Catalogues))]
    public CatalogueKind Catalogue { get; set; }

    /// <summary>Both catalogues, or only the preferred labels when <c>ECVET_BENCH_QUICK=1</c> (CI's dry run).</summary>
    public static IEnumerable<CatalogueKind> Catalogues => BenchmarkSettings.Catalogues;

    [GlobalSetup(Targets = [nameof(EcvetSpan), nameof(EcvetConvenient)])]
    public void SetupEcvet()
    {
        var task = SilverTask.Instance;
        _queries = task.Queries;
        _index = OutcomeIndex.Build(task.Entries(Catalogue));
    }

    [GlobalSetup(Target = nameof(LuceneBm25))]
    public void SetupLucene() => SetupPeer(documents => new LuceneRanker(documents, Catalogue == CatalogueKind.PreferredLabels));

    [GlobalSetup(Target = nameof(F23Cosine))]
    public void SetupF23() => SetupPeer(documents => new F23CosineRanker(documents, Catalogue == CatalogueKind.PreferredLabels));

    [GlobalSetup(Target = nameof(FuzzySharpTokenSet))]
    public void SetupFuzzySharp() => SetupPeer(documents => new FuzzySharpRanker(documents, Catalogue == CatalogueKind.PreferredLabels));

    [GlobalCleanup]
    public void Cleanup() => (_peer as IDisposable)?.Dispose();

    /// <summary>Ecvet's zero-allocation span API.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Queries)]
    public int EcvetSpan()
    {
        var checksum = 0;
        for (var i = 0; i < Queries; i++)
        {
            var count = _index.Match(_queries[i % _queries.Length].AsSpan(), _matches);
            checksum += count == 0 ? 0 : _matches[0].Ordinal;
        }

        return checksum;
    }

    /// <summary>Ecvet's convenient API (returns a list).</summary>
    [Benchmark(OperationsPerInvoke = Queries)]
    public int EcvetConvenient()
    {
        var checksum = 0;
        for (var i = 0; i < Queries; i++)
        {
            var matches = _index.Match(_queries[i % _queries.Length], 10);
            checksum += matches.Count == 0 ? 0 : matches[0].Ordinal;
        }

        return checksum;
    }

    /// <summary>Lucene.Net 4.8, BM25, EnglishAnalyzer, one searcher.</summary>
    [Benchmark(OperationsPerInvoke = Queries)]
    public int LuceneBm25() => RunPeer(Queries);

    /// <summary>F23.StringSimilarity Cosine(3) with precomputed profiles, linear scan.</summary>
    [Benchmark(OperationsPerInvoke = SlowQueries)]
    public int F23Cosine() => RunPeer(SlowQueries);

    /// <summary>FuzzySharp TokenSetRatio via Process.ExtractTop, linear scan.</summary>
    [Benchmark(OperationsPerInvoke = SlowQueries)]
    public int FuzzySharpTokenSet() => RunPeer(SlowQueries);

    private void SetupPeer(Func<LabelDocument[], IConceptRanker> create)
    {
        var task = SilverTask.Instance;
        _queries = task.Queries;
        _peer = create(task.Documents(Catalogue));
    }

    private int RunPeer(int queries)
    {
        var checksum = 0;
        for (var i = 0; i < queries; i++)
        {
            var count = _peer.Rank(_queries[i % _queries.Length], _concepts);
            checksum += count == 0 ? 0 : _concepts[0];
        }

        return checksum;
    }

    /// <summary>Leaves out the linear-scan peers on the all-labels catalogue (about a second per query).</summary>
    private sealed class SlowPeersOnlyOnPreferredLabels : ManualConfig
    {
        public SlowPeersOnlyOnPreferredLabels() => AddFilter(new SimpleFilter(benchmark =>
            benchmark.Descriptor.WorkloadMethod.Name is not (nameof(F23Cosine) or nameof(FuzzySharpTokenSet))
            || benchmark.Parameters.Items.Any(p => p.Value is CatalogueKind.PreferredLabels)));
    }
}
