using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Ecvet.Benchmarks.Matching.Peers;

/// <summary>
/// Lucene.Net 4.8 as a .NET user would set it up: <see cref="EnglishAnalyzer"/>, BM25 on writer and searcher, a
/// <see cref="RAMDirectory"/> merged to one segment, one <see cref="IndexSearcher"/>, and per query a
/// <see cref="BooleanQuery"/> of SHOULD <see cref="TermQuery"/>s built from the analysed query text.
/// </summary>
public sealed class LuceneRanker : IConceptRanker, IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string Field = "text";

    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _analyzer;
    private readonly int[] _documentConcepts;
    private readonly bool _oneDocumentPerConcept;
    private readonly int[] _hitConcepts = new int[64];

    public LuceneRanker(IReadOnlyList<LabelDocument> documents, bool oneDocumentPerConcept)
    {
        _oneDocumentPerConcept = oneDocumentPerConcept;
        _analyzer = new EnglishAnalyzer(Version);
        _directory = BuildIndex(documents, _analyzer);
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        var concepts = _reader.Leaves[0].AtomicReader.GetNumericDocValues("concept");
        _documentConcepts = new int[_reader.MaxDoc];
        for (var d = 0; d < _documentConcepts.Length; d++)
        {
            _documentConcepts[d] = (int)concepts.Get(d);
        }
    }

    public string Name => "Lucene.Net 4.8 BM25 (EnglishAnalyzer)";

    /// <summary>Builds an index as the constructor does (for the build benchmark).</summary>
    public static RAMDirectory BuildIndex(IReadOnlyList<LabelDocument> documents, Analyzer analyzer)
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(Version, analyzer) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var document in documents)
            {
                writer.AddDocument(new Document
                {
                    new TextField(Field, document.Text, Lucene.Net.Documents.Field.Store.NO),
                    new NumericDocValuesField("concept", document.Concept),
                });
            }

            writer.ForceMerge(1);
            writer.Commit();
        }

        return directory;
    }

    public int Rank(string query, Span<int> concepts)
    {
        var booleanQuery = new BooleanQuery();
        using (var tokens = _analyzer.GetTokenStream(Field, query))
        {
            var term = tokens.AddAttribute<ICharTermAttribute>();
            tokens.Reset();
            while (tokens.IncrementToken())
            {
                booleanQuery.Add(new TermQuery(new Term(Field, term.ToString())), Occur.SHOULD);
            }

            tokens.End();
        }

        if (booleanQuery.Clauses.Count == 0)
        {
            return 0;
        }

        var hits = _searcher.Search(booleanQuery, Ranking.DocumentsToFetch(concepts.Length, _oneDocumentPerConcept)).ScoreDocs;
        var n = Math.Min(hits.Length, _hitConcepts.Length);
        for (var i = 0; i < n; i++)
        {
            _hitConcepts[i] = _documentConcepts[hits[i].Doc];
        }

        return Ranking.Distinct(_hitConcepts.AsSpan(0, n), concepts);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
