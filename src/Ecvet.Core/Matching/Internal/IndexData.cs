namespace Ecvet.Matching.Internal;

/// <summary>
/// The data of an <see cref="OutcomeIndex"/>, made once by <see cref="IndexBuilder"/> and never changed: the entries,
/// the term dictionary, term weights, the surfaces (an entry's text, synonyms and description) with their forward index
/// (sorted term lists with weights and coverage shares), the inverted index (postings in CSR order) and languages. Evidence
/// beyond words keeps its own data (see <see cref="Signals.MatchSignal"/>). Arrays are flat and indexed by entry, surface or term id; the scorer reads them directly.
/// </summary>
internal sealed class IndexData
{
    /// <summary>The field of a surface: the entry's text.</summary>
    public const byte FieldText = 0;

    /// <summary>The field of a surface: a synonym.</summary>
    public const byte FieldSynonym = 1;

    /// <summary>The field of a surface: the description.</summary>
    public const byte FieldDescription = 2;

    /// <summary>The catalogue, by ordinal.</summary>
    public required CatalogueEntry[] Entries { get; init; }

    /// <summary>Each ordinal's rank among the entries' ids in ordinal order: ties in score are broken by it, so that
    /// results never depend on catalogue order.</summary>
    public required int[] IdRank { get; init; }

    /// <summary>The options the index was built with.</summary>
    public required OutcomeIndexOptions Options { get; init; }

    /// <summary>The analyser of entries and queries.</summary>
    public required TextAnalyzer Analyzer { get; init; }

    /// <summary>The languages of the entries and of the analyser.</summary>
    public required CatalogueLanguages Languages { get; init; }

    /// <summary>The terms (analysed words), by term id.</summary>
    public required TermTable Terms { get; init; }

    /// <summary>The folded words of the catalogue's analyser-language text, each mapped by <see cref="WordTerms"/> to its
    /// term: a query word found here skips stop-word check and stemming.</summary>
    public required TermTable WordCache { get; init; }

    /// <summary>The term of each word of <see cref="WordCache"/>.</summary>
    public required int[] WordTerms { get; init; }

    /// <summary>A word the catalogue wrote for each term (the first seen), for explanations.</summary>
    public required string[] TermWords { get; init; }

    /// <summary>The inverse document frequency of each term (see <see cref="TermWeights"/>).</summary>
    public required float[] Idf { get; init; }

    /// <summary>The idf a query word the catalogue lacks would have.</summary>
    public required float OutOfVocabularyIdf { get; init; }

    /// <summary>The largest surface weight of each term: what a query term can add at most, for pruning.</summary>
    public required float[] MaxWeight { get; init; }

    /// <summary>Where each term's postings start in <see cref="Postings"/> (one more than the terms).</summary>
    public required int[] PostingStart { get; init; }

    /// <summary>The postings of every term, by term then surface.</summary>
    public required Posting[] Postings { get; init; }

    /// <summary>The entry of each surface.</summary>
    public required int[] SurfaceEntry { get; init; }

    /// <summary>The field of each surface (<see cref="FieldText"/>, <see cref="FieldSynonym"/>, <see cref="FieldDescription"/>).</summary>
    public required byte[] SurfaceField { get; init; }

    /// <summary>Which text of its entry each surface was made from: 0 for the text, 1 + i for synonym i, 1 + the number of
    /// synonyms for the description (a surface repeating an earlier one of its entry is dropped, so the first names it).</summary>
    public required int[] SurfaceSource { get; init; }

    /// <summary>Where each entry's surfaces start (one more than the entries).</summary>
    public required int[] EntrySurfaceStart { get; init; }

    /// <summary>Where each surface's terms start in <see cref="SurfaceTerms"/> (one more than the surfaces).</summary>
    public required int[] SurfaceTermStart { get; init; }

    /// <summary>The terms of every surface, each surface's in ascending id order.</summary>
    public required int[] SurfaceTerms { get; init; }

    /// <summary>The weight of each term of <see cref="SurfaceTerms"/> in its surface (L2-normalised, field-scaled).</summary>
    public required float[] SurfaceTermWeights { get; init; }

    /// <summary>The coverage share of each term of <see cref="SurfaceTerms"/> in its surface.</summary>
    public required float[] SurfaceTermCovers { get; init; }

    /// <summary>Whether surface i belongs to entry i for every entry: the scorer then needs no per-entry aggregation.</summary>
    public required bool OneSurfacePerEntry { get; init; }

    /// <summary>The number of surfaces.</summary>
    public int SurfaceCount => SurfaceEntry.Length;
}
