using System.Collections.Immutable;

namespace Ecvet.Matching;

/// <summary>The knobs of an <see cref="OutcomeIndex"/>: analysis, weighting, fields, evidence and calibration.</summary>
/// <remarks>
/// Set with object initialisers (<c>OutcomeIndexOptions.Default with { DescriptionWeight = 0.2 }</c>); the values are
/// checked by <see cref="OutcomeIndex.Build(IEnumerable{CatalogueEntry}, OutcomeIndexOptions?)"/>, which throws <see cref="ArgumentException"/> naming <c>options</c> for a
/// value out of range. Equality compares every member (stop words as sets). This type is immutable and thread-safe.
/// </remarks>
public sealed record OutcomeIndexOptions
{
    /// <summary>The default options.</summary>
    public static OutcomeIndexOptions Default { get; } = new();

    /// <summary>A small English stop list: articles, prepositions, conjunctions, pronouns and auxiliaries, words that
    /// carry no outcome content. Domain boilerplate ("according", "relevant") is not listed here: the index finds it in
    /// the catalogue (see <see cref="BoilerplateDocumentFraction"/>).</summary>
    public static ImmutableArray<string> EnglishStopWords { get; } =
    [
        "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "for", "with", "without", "by", "from",
        "as", "into", "onto", "upon", "about", "over", "under", "than", "then", "so", "if", "is", "are", "was", "were",
        "be", "been", "being", "has", "have", "had", "do", "does", "did", "it", "its", "they", "them", "their", "he",
        "she", "his", "her", "him", "we", "our", "you", "your", "this", "that", "these", "those", "which", "who", "whom",
        "whose", "what", "such", "any", "all", "each", "both", "either", "own", "s", "etc", "e", "g", "i", "ie", "eg",
        "can", "may", "must", "shall", "should", "will", "would", "also", "not", "no",
    ];

    /// <summary>The language of the analyser (stemmer and stop words apply to entries and queries in this language);
    /// default <c>en</c>.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The stemmer for text in <see cref="Language"/>; <see langword="null"/> for none. Default:
    /// <see cref="EnglishStemmer.Instance"/> (Porter2).</summary>
    public IStemmer? Stemmer { get; init; } = EnglishStemmer.Instance;

    /// <summary>Words dropped before indexing and matching; <see langword="null"/> (the default) means
    /// <see cref="EnglishStopWords"/>.</summary>
    public IReadOnlySet<string>? StopWords { get; init; }

    /// <summary>How term frequency is weighted; default <see cref="TermWeighting.LogTfIdf"/>.</summary>
    public TermWeighting Weighting { get; init; } = TermWeighting.LogTfIdf;

    /// <summary>BM25 k1 (tf saturation), used with <see cref="TermWeighting.Bm25"/>; default 1.2, at least 0.</summary>
    public double Bm25K1 { get; init; } = 1.2;

    /// <summary>BM25 b (length normalisation), used with <see cref="TermWeighting.Bm25"/>; default 0.4, from 0 to 1.</summary>
    public double Bm25B { get; init; } = 0.4;

    /// <summary>A term that occurs in more than this share of the catalogue's entries (and in at least 3, in a catalogue
    /// of at least 20) is boilerplate of the catalogue and is down-weighted by <see cref="BoilerplateWeight"/>; default
    /// 0.05, from 0 to 1 (1 turns it off).</summary>
    public double BoilerplateDocumentFraction { get; init; } = 0.05;

    /// <summary>The factor applied to the weight of boilerplate terms; default 0.5, from 0 to 1.</summary>
    public double BoilerplateWeight { get; init; } = 0.5;

    /// <summary>The factor applied to scores reached through a synonym rather than the entry's text; default 1, from 0
    /// to 1.</summary>
    public double SynonymWeight { get; init; } = 1.0;

    /// <summary>The factor applied to scores reached through the description; default 0.3, from 0 to 1.</summary>
    public double DescriptionWeight { get; init; } = 0.3;

    /// <summary>How strongly shared ESCO skill URIs count, from 0 to 1; default 0.7. Two outcomes annotated with the same
    /// skills and nothing else in common score this much; text evidence combines with it as
    /// <c>1 − (1 − text)(1 − esco)</c>.</summary>
    public double EscoSkillWeight { get; init; } = 0.7;

    /// <summary>Whether outcomes of different types (knowledge, skill, competence) score 0 when both types are known;
    /// default <see langword="false"/> (the difference is only reported).</summary>
    public bool RequireSameType { get; init; }

    /// <summary>The largest EQF level difference allowed when both levels are known; <see langword="null"/> (the default)
    /// allows any (the difference is only reported).</summary>
    public int? MaxEqfLevelGap { get; init; }

    /// <summary>The mapping from raw cosine to calibrated similarity; default <see cref="ScoreCalibration.Default"/>.</summary>
    public ScoreCalibration Calibration { get; init; } = ScoreCalibration.Default;

    /// <summary>The mapping from embedding cosine to meaning similarity, used only by an index built with an
    /// <see cref="ITextEmbedder"/>; default <see cref="MeaningCalibration.Default"/>, which also weighs what two texts
    /// say differently (fitted for all-MiniLM-L6-v2; <see cref="MeaningCalibration.WholeTexts"/> is the earlier default
    /// that compares whole texts alone; fit your own with <see cref="MeaningCalibration.Fit(IEnumerable{ValueTuple{double, double, double?}}, IEnumerable{ValueTuple{double, double, double?}}, IEnumerable{ValueTuple{double, double, double?}}, double, double)"/>
    /// for another model). An index with several vectors per entry (<see cref="EscoTagger"/>) does not weigh
    /// differences: a calibration's knots alone apply there.</summary>
    public MeaningCalibration MeaningCalibration { get; init; } = MeaningCalibration.Default;

    /// <summary>Whether text queries (<see cref="OutcomeIndex.Match(string, int, double)"/> and the span overload)
    /// re-rank their best candidates by character 3-grams; default <see langword="false"/>. The
    /// <see cref="CharacterNgramCandidates"/> best entries by word score (or more, when more matches are asked for) are
    /// scored again by the cosine of their character 3-gram counts with the query's (case and diacritics folded; the
    /// entry's text and each synonym, the best counting) and ordered by the blend
    /// <c>(1 − <see cref="CharacterNgramWeight"/>)·word + <see cref="CharacterNgramWeight"/>·3-gram</c>, which the
    /// returned similarity then calibrates. This helps ranking (inflections, compounds, spelling variants) at the cost of
    /// a few microseconds per query and about 5 bytes per 3-gram of the entries' texts and synonyms in the index.
    /// <see cref="Calibration"/> is fitted on the word score: re-ranked similarities are for ordering and rough
    /// thresholds; comparisons, explanations, outcome queries and unit comparisons keep the word score.</summary>
    public bool CharacterNgramRerank { get; init; }

    /// <summary>How many of the best candidates by word score the character 3-gram stage re-ranks; default 20, from 1 to
    /// 10,000. Used with <see cref="CharacterNgramRerank"/>. Deeper costs more (about 0.3 µs per candidate with one
    /// label, 1 µs with seven) and on the ESCO silver task gained nothing measurable beyond 20.</summary>
    public int CharacterNgramCandidates { get; init; } = 20;

    /// <summary>The share of the character 3-gram cosine in the re-ranked score; default 0.5, from 0 to 1. Used with
    /// <see cref="CharacterNgramRerank"/>.</summary>
    public double CharacterNgramWeight { get; init; } = 0.5;

    /// <inheritdoc />
    public bool Equals(OutcomeIndexOptions? other) =>
        other is not null
        && string.Equals(Language, other.Language, StringComparison.Ordinal)
        && ReferenceEquals(Stemmer, other.Stemmer)
        && (ReferenceEquals(StopWords, other.StopWords) || (StopWords is not null && other.StopWords is not null && StopWords.SetEquals(other.StopWords)))
        && Weighting == other.Weighting
        && Bm25K1.Equals(other.Bm25K1)
        && Bm25B.Equals(other.Bm25B)
        && BoilerplateDocumentFraction.Equals(other.BoilerplateDocumentFraction)
        && BoilerplateWeight.Equals(other.BoilerplateWeight)
        && SynonymWeight.Equals(other.SynonymWeight)
        && DescriptionWeight.Equals(other.DescriptionWeight)
        && EscoSkillWeight.Equals(other.EscoSkillWeight)
        && RequireSameType == other.RequireSameType
        && MaxEqfLevelGap == other.MaxEqfLevelGap
        && Calibration.Equals(other.Calibration)
        && MeaningCalibration.Equals(other.MeaningCalibration)
        && CharacterNgramRerank == other.CharacterNgramRerank
        && CharacterNgramCandidates == other.CharacterNgramCandidates
        && CharacterNgramWeight.Equals(other.CharacterNgramWeight);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Language, Weighting, DescriptionWeight, SynonymWeight, EscoSkillWeight, RequireSameType, MaxEqfLevelGap, Calibration);

    // The analyser's language as the domain type; valid once Validate has passed.
    internal LanguageTag AnalyserLanguage => LanguageTag.Parse(Language);

    internal void Validate()
    {
        const string name = "options";
        if (!LanguageTag.TryParse(Language, out _))
        {
            throw new ArgumentException($"Language '{Language}' is not a language tag such as 'en' or 'de-AT'.", name);
        }

        if (!Enum.IsDefined(Weighting))
        {
            throw new ArgumentException($"Unknown weighting {Weighting}.", name);
        }

        Check(Bm25K1, 0, 100, nameof(Bm25K1));
        Check(Bm25B, 0, 1, nameof(Bm25B));
        Check(BoilerplateDocumentFraction, 0, 1, nameof(BoilerplateDocumentFraction));
        Check(BoilerplateWeight, 0, 1, nameof(BoilerplateWeight));
        Check(SynonymWeight, 0, 1, nameof(SynonymWeight));
        Check(DescriptionWeight, 0, 1, nameof(DescriptionWeight));
        Check(EscoSkillWeight, 0, 1, nameof(EscoSkillWeight));
        Check(CharacterNgramWeight, 0, 1, nameof(CharacterNgramWeight));
        Check(CharacterNgramCandidates, 1, 10_000, nameof(CharacterNgramCandidates));
        if (MaxEqfLevelGap is < 0)
        {
            throw new ArgumentException("MaxEqfLevelGap must not be negative.", name);
        }

        if (Calibration is null)
        {
            throw new ArgumentException("Calibration must not be null.", name);
        }

        if (MeaningCalibration is null)
        {
            throw new ArgumentException("MeaningCalibration must not be null.", name);
        }

        static void Check(double value, double min, double max, string member)
        {
            if (!(value >= min && value <= max))
            {
                throw new ArgumentException($"{member} must be between {min} and {max}.", name);
            }
        }
    }
}
