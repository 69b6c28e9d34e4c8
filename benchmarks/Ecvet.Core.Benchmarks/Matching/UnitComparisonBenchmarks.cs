using BenchmarkDotNet.Attributes;
using Ecvet.Matching;
using F23.StringSimilarity;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Ecvet.Benchmarks.Matching;

/// <summary>
/// One host unit compared with one home unit: every host × home outcome pair scored, then assigned one to one. Home
/// outcomes: the cook qualification's outcome catalogue (<c>examples/catalogues/cook-outcomes.tsv</c>); host outcomes:
/// the host wordings of the labelled VET pairs (<c>tests/Ecvet.Core.Tests/Matching/Data/vet-outcome-pairs.tsv</c>,
/// English only), interleaved across kinds. Sizes: 5 host × 8 home outcomes (a small unit) and 30 × 30.
/// </summary>
/// <remarks>
/// The peers are what a user without Ecvet would write: a Lucene.Net BM25 index over the home outcomes queried with each
/// host outcome, or F23.StringSimilarity's 3-gram cosine for every pair, then a greedy assignment (best pair first).
/// Every method includes the index or profile building, as <see cref="UnitComparison.Compare(IEnumerable{CatalogueEntry}, IEnumerable{CatalogueEntry}, OutcomeIndexOptions?)"/>
/// does; <see cref="EcvetPrebuiltIndex"/> compares against an index built once over the whole catalogue.
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
public class UnitComparisonBenchmarks
{
    private CatalogueEntry[] _host = [];
    private CatalogueEntry[] _home = [];
    private OutcomeIndex _catalogueIndex = null!;
    private int[] _homeOrdinals = [];

    /// <summary>Host × home outcomes.</summary>
    [Params("5x8", "30x30")]
    public string Size { get; set; } = "30x30";

    [GlobalSetup]
    public void Setup()
    {
        var parts = Size.Split('x');
        var hosts = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        var homes = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        var catalogue = UnitData.HomeOutcomes();
        _home = catalogue[..homes];
        _host = UnitData.HostOutcomes()[..hosts];
        _catalogueIndex = OutcomeIndex.Build(catalogue);
        _homeOrdinals = [.. Enumerable.Range(0, homes)];
    }

    /// <summary><c>UnitComparison.Compare(host, home)</c>: builds an index over the home unit, scores, assigns.</summary>
    [Benchmark(Baseline = true)]
    public double Ecvet() => UnitComparison.Compare(_host, _home).TotalSimilarity;

    /// <summary><c>UnitComparison.Compare(host, index, ordinals)</c> against the qualification's prebuilt index.</summary>
    [Benchmark]
    public double EcvetPrebuiltIndex() => UnitComparison.Compare(_host, _catalogueIndex, _homeOrdinals).TotalSimilarity;

    /// <summary>Lucene.Net BM25 over the home outcomes, one query per host outcome, greedy assignment.</summary>
    [Benchmark]
    public double LuceneBm25Greedy()
    {
        using var analyzer = new EnglishAnalyzer(LuceneVersion.LUCENE_48);
        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var home in _home)
            {
                writer.AddDocument(new Document { new TextField("text", home.Text, Field.Store.NO) });
            }

            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var scores = new double[_host.Length, _home.Length];
        for (var i = 0; i < _host.Length; i++)
        {
            var query = new BooleanQuery();
            using (var tokens = analyzer.GetTokenStream("text", _host[i].Text))
            {
                var term = tokens.AddAttribute<ICharTermAttribute>();
                tokens.Reset();
                while (tokens.IncrementToken())
                {
                    query.Add(new TermQuery(new Term("text", term.ToString())), Occur.SHOULD);
                }

                tokens.End();
            }

            foreach (var hit in searcher.Search(query, _home.Length).ScoreDocs)
            {
                scores[i, hit.Doc] = hit.Score;
            }
        }

        return GreedyTotal(scores);
    }

    /// <summary>F23.StringSimilarity Cosine(3) for every pair (profiles computed once per outcome), greedy assignment.</summary>
    [Benchmark]
    public double F23CosineGreedy()
    {
        var cosine = new Cosine(3);
        var homeProfiles = _home.Select(h => cosine.GetProfile(h.Text)).ToArray();
        var scores = new double[_host.Length, _home.Length];
        for (var i = 0; i < _host.Length; i++)
        {
            var profile = cosine.GetProfile(_host[i].Text);
            for (var j = 0; j < _home.Length; j++)
            {
                scores[i, j] = cosine.Similarity(profile, homeProfiles[j]);
            }
        }

        return GreedyTotal(scores);
    }

    // Best remaining pair first until no positive pair is left: what one writes without an assignment algorithm.
    private static double GreedyTotal(double[,] scores)
    {
        var rows = scores.GetLength(0);
        var columns = scores.GetLength(1);
        var rowUsed = new bool[rows];
        var columnUsed = new bool[columns];
        var total = 0.0;
        while (true)
        {
            var best = 0.0;
            var (bi, bj) = (-1, -1);
            for (var i = 0; i < rows; i++)
            {
                for (var j = 0; j < columns && !rowUsed[i]; j++)
                {
                    if (!columnUsed[j] && scores[i, j] > best)
                    {
                        (best, bi, bj) = (scores[i, j], i, j);
                    }
                }
            }

            if (bi < 0)
            {
                return total;
            }

            rowUsed[bi] = columnUsed[bj] = true;
            total += best;
        }
    }
}

/// <summary>The realistic VET outcomes of <see cref="UnitComparisonBenchmarks"/>.</summary>
internal static class UnitData
{
    /// <summary>The cook qualification's outcomes, in file order.</summary>
    public static CatalogueEntry[] HomeOutcomes() =>
        [.. File.ReadLines(Path.Combine(Examples.Folder, "catalogues", "cook-outcomes.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            .Select(f => CatalogueEntry.Create(f[0], f[2], type: f[1] switch
            {
                "K" => LearningOutcomeType.Knowledge,
                "S" => LearningOutcomeType.Skill,
                _ => LearningOutcomeType.Competence,
            }))];

    /// <summary>The distinct English host wordings of the labelled pairs, the kinds interleaved (round robin).</summary>
    public static CatalogueEntry[] HostOutcomes()
    {
        var path = Path.Combine(Examples.Folder, "..", "tests", "Ecvet.Core.Tests", "Matching", "Data", "vet-outcome-pairs.tsv");
        var byKind = File.ReadLines(path).Skip(1)
            .Select(line => line.Split('\t'))
            .Where(f => f[0] != "other-language")
            .GroupBy(f => f[0], StringComparer.Ordinal)
            .Select(g => new Queue<string>(g.Select(f => f[2]).Distinct(StringComparer.Ordinal)))
            .ToList();
        var texts = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (byKind.Any(q => q.Count > 0))
        {
            foreach (var queue in byKind.Where(q => q.Count > 0))
            {
                var text = queue.Dequeue();
                if (seen.Add(text))
                {
                    texts.Add(text);
                }
            }
        }

        return [.. texts.Select((t, i) => CatalogueEntry.Create(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"host-{i:D3}"), t))];
    }
}
