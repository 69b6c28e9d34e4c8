using System.Collections.Immutable;
using System.Globalization;

namespace Ecvet.Matching;

/// <summary>One outcome of a catalogue that an <see cref="OutcomeIndex"/> is built from: a learning outcome of a
/// qualification, or an ESCO skill.</summary>
/// <remarks>
/// <see cref="Text"/> is the main surface form; each of <see cref="Synonyms"/> (for ESCO, the alternative labels) is
/// indexed as a further surface form of the same entry, and <see cref="Description"/> as a down-weighted field.
/// <see cref="Type"/>, <see cref="Level"/> and <see cref="EscoSkills"/> are evidence beyond words. Equality compares every
/// member, collections by their elements in order. This type is immutable and thread-safe.
/// </remarks>
public sealed record CatalogueEntry
{
    private CatalogueEntry(string id, string text, ImmutableArray<string> synonyms, string? description,
        LearningOutcomeType? type, EqfLevel? level, ImmutableArray<EscoSkillRef> escoSkills, LanguageTag language)
    {
        Id = id;
        Text = text;
        Synonyms = synonyms;
        Description = description;
        Type = type;
        Level = level;
        EscoSkills = escoSkills;
        LanguageTag = language;
        Language = language.Value.ToLowerInvariant();
    }

    /// <summary>The caller's identifier of the outcome, unique within a catalogue (compared ordinally).</summary>
    public string Id { get; }

    /// <summary>The outcome statement (or skill label).</summary>
    public string Text { get; }

    /// <summary>Other wordings of the same outcome (for ESCO skills: the alternative labels); possibly empty.</summary>
    public ImmutableArray<string> Synonyms { get; }

    /// <summary>A longer description, indexed as a down-weighted field; <see langword="null"/> when there is none.</summary>
    public string? Description { get; }

    /// <summary>Knowledge, skill or competence, when known.</summary>
    public LearningOutcomeType? Type { get; }

    /// <summary>The EQF level, when known.</summary>
    public EqfLevel? Level { get; }

    /// <summary>The ESCO skills the outcome is annotated with; possibly empty. Two entries share a skill when the
    /// references are equal (the same concept URI).</summary>
    public ImmutableArray<EscoSkillRef> EscoSkills { get; }

    /// <summary>The language of <see cref="Text"/>, <see cref="Synonyms"/> and <see cref="Description"/>, as a lower-case
    /// language tag such as <c>en</c>.</summary>
    public string Language { get; }

    // The language as the domain type, whose primary subtag the index compares.
    internal LanguageTag LanguageTag { get; }

    /// <summary>Creates a catalogue entry.</summary>
    /// <param name="id">The identifier; not blank.</param>
    /// <param name="text">The outcome statement; not blank.</param>
    /// <param name="synonyms">Other wordings; none may be null or blank.</param>
    /// <param name="description">A longer description; blank is treated as none.</param>
    /// <param name="type">Knowledge, skill or competence, when known.</param>
    /// <param name="level">The EQF level, when known.</param>
    /// <param name="escoSkills">ESCO skills; none may be null.</param>
    /// <param name="language">A well-formed BCP 47 language tag (see <see cref="LanguageTag"/>) such as <c>en</c> or
    /// <c>de-AT</c>; stored in lower case.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="text"/> or
    /// <paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument is blank, malformed or holds a null or blank element; the
    /// exception names it.</exception>
    public static CatalogueEntry Create(string id, string text,
        IEnumerable<string>? synonyms = null, string? description = null,
        LearningOutcomeType? type = null, EqfLevel? level = null,
        IEnumerable<EscoSkillRef>? escoSkills = null, string language = "en")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        if (type is { } t && !Enum.IsDefined(t))
        {
            throw new ArgumentOutOfRangeException(nameof(type), t, "Not a learning outcome type.");
        }

        var synonymArray = synonyms is null ? [] : synonyms.ToImmutableArray();
        foreach (var synonym in synonymArray)
        {
            if (string.IsNullOrWhiteSpace(synonym))
            {
                throw new ArgumentException("A synonym is null or blank.", nameof(synonyms));
            }
        }

        var skillArray = escoSkills is null ? [] : escoSkills.ToImmutableArray();
        foreach (var skill in skillArray)
        {
            if (skill is null)
            {
                throw new ArgumentException("An ESCO skill is null.", nameof(escoSkills));
            }
        }

        if (!LanguageTag.TryParse(language, out var tag))
        {
            throw new ArgumentException($"'{language}' is not a language tag such as 'en' or 'de-AT'.", nameof(language));
        }

        return new CatalogueEntry(id, text, synonymArray, string.IsNullOrWhiteSpace(description) ? null : description,
            type, level, skillArray, tag);
    }

    /// <summary>
    /// Makes the entry for a learning outcome of a unit: its id, its statement in <paramref name="language"/> (or, when
    /// the statement has no text in that language, in the first of its languages in tag order), type, EQF level and ESCO
    /// skills. The entry's <see cref="Language"/> is the language of the text chosen.
    /// </summary>
    /// <param name="outcome">The learning outcome.</param>
    /// <param name="language">The preferred language of the text; English when <see langword="null"/>.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is null.</exception>
    public static CatalogueEntry Create(LearningOutcome outcome, LanguageTag? language = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var preferred = language ?? LanguageTag.English;
        var (tag, text) = outcome.Statement.TryGet(preferred, out var preferredText)
            ? (preferred, preferredText)
            : (outcome.Statement.Entries[0].Key, outcome.Statement.Entries[0].Value);
        return Create(outcome.Id.Value, text, type: outcome.Type, level: outcome.Level,
            escoSkills: outcome.EscoSkills, language: tag.Value);
    }

    /// <inheritdoc />
    public bool Equals(CatalogueEntry? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && Synonyms.SequenceEqual(other.Synonyms, StringComparer.Ordinal)
        && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && Type == other.Type
        && Level == other.Level
        && EscoSkills.SequenceEqual(other.EscoSkills)
        && string.Equals(Language, other.Language, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Text, StringComparer.Ordinal);
        hash.Add(Synonyms.Length);
        hash.Add(EscoSkills.Length);
        hash.Add(Type);
        hash.Add(Level);
        hash.Add(Language, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>The id and text, such as <c>U1-3: Prepares hot dishes</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id}: {Text}");
}
