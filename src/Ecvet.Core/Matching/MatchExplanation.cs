using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Ecvet.Matching;

/// <summary>Why a query scored what it did against one catalogue entry: the shared and missing terms, the raw and
/// calibrated scores and the evidence beyond words.</summary>
/// <remarks>This type is immutable. <see cref="ToString"/> renders it in a few readable lines.</remarks>
public sealed class MatchExplanation
{
    internal MatchExplanation(CatalogueEntry entry, OutcomeMatch match, double rawCosine, MatchedField field,
        ImmutableArray<MatchedTerm> sharedTerms, ImmutableArray<string> missingTerms, ImmutableArray<string> extraTerms,
        ImmutableArray<EscoSkillRef> sharedEscoSkills, string? queryLanguage, double wordSimilarity, double meaningSimilarity, double? embeddingCosine,
        double? differenceCosine)
    {
        DifferenceCosine = differenceCosine;
        WordSimilarity = wordSimilarity;
        MeaningSimilarity = meaningSimilarity;
        EmbeddingCosine = embeddingCosine;
        Entry = entry;
        Match = match;
        RawCosine = rawCosine;
        Field = field;
        SharedTerms = sharedTerms;
        MissingTerms = missingTerms;
        ExtraTerms = extraTerms;
        SharedEscoSkills = sharedEscoSkills;
        QueryLanguage = queryLanguage;
    }

    /// <summary>The catalogue entry explained.</summary>
    public CatalogueEntry Entry { get; }

    /// <summary>The match: calibrated similarity, coverage and evidence.</summary>
    public OutcomeMatch Match { get; }

    /// <summary>The calibrated similarity (as in <see cref="Match"/>).</summary>
    public double Similarity => Match.Similarity;

    /// <summary>The coverage of the entry by the query (as in <see cref="Match"/>).</summary>
    public double Coverage => Match.Coverage;

    /// <summary>The raw text cosine before calibration, from 0 to 1 (0 when the texts are not comparable).</summary>
    public double RawCosine { get; }

    /// <summary>How similar the shared words alone make the pair: the calibrated <see cref="RawCosine"/>, from 0 to 1.</summary>
    public double WordSimilarity { get; }

    /// <summary>How similar the meaning alone makes the pair: the <see cref="EmbeddingCosine"/> mapped by
    /// <see cref="OutcomeIndexOptions.MeaningCalibration"/>, from 0 to 1; 0 for an index without an embedder. The
    /// similarity is the larger of this and the evidence without meaning (shared words, with shared ESCO skills
    /// combined).</summary>
    public double MeaningSimilarity { get; }

    /// <summary>The cosine of the two texts' embeddings, or <see langword="null"/> for an index without an embedder.</summary>
    public double? EmbeddingCosine { get; }

    /// <summary>The cosine of what the two texts say differently (the embeddings of the content words each has that the
    /// other lacks), when the index's <see cref="OutcomeIndexOptions.MeaningCalibration"/> weighs it (a
    /// <see cref="MeaningCalibration.DifferenceWeight"/> above 0) and the texts share content words, each having one the
    /// other lacks; else <see langword="null"/>. <see cref="MeaningSimilarity"/> is then the calibration of the
    /// <see cref="EmbeddingCosine"/> pulled down towards it.</summary>
    public double? DifferenceCosine { get; }

    /// <summary>The surface form of the entry that gave the text score.</summary>
    public MatchedField Field { get; }

    /// <summary>The terms both texts contain, largest contribution first.</summary>
    public ImmutableArray<MatchedTerm> SharedTerms { get; }

    /// <summary>The entry's terms that the query lacks: what of the home outcome is not evidenced.</summary>
    public ImmutableArray<string> MissingTerms { get; }

    /// <summary>The query's terms that the entry lacks.</summary>
    public ImmutableArray<string> ExtraTerms { get; }

    /// <summary>The ESCO skills both outcomes are annotated with.</summary>
    public ImmutableArray<EscoSkillRef> SharedEscoSkills { get; }

    /// <summary>The language of the query: as declared by a query outcome, or as guessed from a query text
    /// (<see langword="null"/> when the text gave too little to tell).</summary>
    public string? QueryLanguage { get; }

    /// <summary>Whether the texts were compared (same language, or the query's language unknown).</summary>
    public bool TextComparable => (Match.Evidence & MatchEvidence.DifferentLanguage) == 0;

    /// <summary>A few lines for a human reader.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.Append(c, $"{Entry.Id}: similarity {Similarity:0.00} (raw cosine {RawCosine:0.000}), coverage {Coverage:0.00}, via {Field}").AppendLine();
        if (EmbeddingCosine is { } cosine)
        {
            text.Append(c, $"  from shared words {WordSimilarity:0.00}, from meaning {MeaningSimilarity:0.00} (embedding cosine {cosine:0.000}");
            if (DifferenceCosine is { } difference)
            {
                text.Append(c, $", of what differs {difference:0.000}");
            }

            text.Append(')').AppendLine();
        }

        if (!TextComparable)
        {
            text.Append(c, $"  not comparable by text: query in '{QueryLanguage}', entry in '{Entry.Language}'").AppendLine();
        }

        text.Append("  shared: ").AppendJoin(", ", SharedTerms).AppendLine();
        text.Append("  missing from query: ").AppendJoin(", ", MissingTerms).AppendLine();
        text.Append("  only in query: ").AppendJoin(", ", ExtraTerms).AppendLine();
        if (!SharedEscoSkills.IsEmpty)
        {
            text.Append("  shared ESCO skills: ").AppendJoin(", ", SharedEscoSkills).AppendLine();
        }

        text.Append(c, $"  evidence: {Match.Evidence}");
        return text.ToString();
    }
}
