using BenchmarkDotNet.Attributes;
using Ecvet.Matching;

namespace Ecvet.Benchmarks.Matching;

/// <summary>
/// The cost of the character 3-gram re-rank (<see cref="OutcomeIndexOptions.CharacterNgramRerank"/>): Ecvet's span API
/// on the silver task's queries, top 10, without and with the re-rank (default depth 20). Results are per query.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class NgramRerankBenchmarks
{
    /// <summary>Queries per invocation.</summary>
    public const int Queries = 1_000;

    private readonly OutcomeMatch[] _matches = new OutcomeMatch[10];
    private string[] _queries = [];
    private OutcomeIndex _index = null!;

    /// <summary>The catalogue: 13.9k preferred labels, or all ~109k labels de-duplicated to concepts.</summary>
    [ParamsSource(nameof(Catalogues))]
    public CatalogueKind Catalogue { get; set; }

    /// <summary>Whether the re-rank is on.</summary>
    [Params(false, true)]
    public bool Rerank { get; set; }

    /// <summary>Both catalogues, or only the preferred labels when <c>ECVET_BENCH_QUICK=1</c>.</summary>
    public static IEnumerable<CatalogueKind> Catalogues => BenchmarkSettings.Catalogues;

    [GlobalSetup]
    public void Setup()
    {
        var task = SilverTask.Instance;
        _queries = task.Queries;
        _index = OutcomeIndex.Build(task.Entries(Catalogue), OutcomeIndexOptions.Default with { CharacterNgramRerank = Rerank });
    }

    /// <summary>Ecvet's zero-allocation span API, top 10.</summary>
    [Benchmark(OperationsPerInvoke = Queries)]
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
}
