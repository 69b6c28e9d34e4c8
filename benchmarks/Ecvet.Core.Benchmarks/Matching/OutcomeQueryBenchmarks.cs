using BenchmarkDotNet.Attributes;
using Ecvet.Matching;
using Ecvet.Tests.Matching;

namespace Ecvet.Benchmarks.Matching;

/// <summary>
/// Outcome queries (<see cref="OutcomeIndex.Match(CatalogueEntry, int, double)"/>: text plus ESCO skills, type, level and
/// language), the API the recognition engine calls per host outcome, on the silver task's queries as outcomes; beside
/// the straightforward form it replaced (every candidate combined with its evidence, all of them sorted), which the tests
/// keep as their reference (<c>tests/Ecvet.Core.Tests/Matching/ReferenceScorers.cs</c>, compiled in here too). Top 10, per query.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class OutcomeQueryBenchmarks
{
    private const int Queries = 1_000;

    private CatalogueEntry[] _queries = [];
    private OutcomeIndex _index = null!;

    /// <summary>The catalogue.</summary>
    [ParamsSource(nameof(Catalogues))]
    public CatalogueKind Catalogue { get; set; }

    /// <summary>Both catalogues, or only the preferred labels when <c>ECVET_BENCH_QUICK=1</c>.</summary>
    public static IEnumerable<CatalogueKind> Catalogues => BenchmarkSettings.Catalogues;

    [GlobalSetup]
    public void Setup()
    {
        var task = SilverTask.Instance;
        _queries = [.. task.Queries.Take(Queries).Select((q, i) => CatalogueEntry.Create("q" + i, q))];
        _index = OutcomeIndex.Build(task.Entries(Catalogue));
    }

    /// <summary>The selective path: only candidates that can still enter the top 10 are combined.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Queries)]
    public int Selective()
    {
        var checksum = 0;
        foreach (var query in _queries)
        {
            var matches = _index.Match(query, 10);
            checksum += matches.Count == 0 ? 0 : matches[0].Ordinal;
        }

        return checksum;
    }

    /// <summary>Every candidate combined, all sorted.</summary>
    [Benchmark(OperationsPerInvoke = Queries)]
    public int Straightforward()
    {
        var checksum = 0;
        foreach (var query in _queries)
        {
            var matches = _index.MatchOutcomeReference(query, 10, 0);
            checksum += matches.Count == 0 ? 0 : matches[0].Ordinal;
        }

        return checksum;
    }
}
