using System.Collections.Immutable;
using System.Globalization;
using Ecvet.Matching.Internal;

namespace Ecvet.Matching;

/// <summary>
/// Suggests the ESCO skills an outcome evidences: ranked by the calibrated similarity of an <see cref="OutcomeIndex"/>
/// over the skills (their preferred and alternative labels), each with the labels that matched; built with an
/// <see cref="ITextEmbedder"/>, meaning counts beside shared words. Skills an outcome declares come first.
/// </summary>
/// <remarks>
/// <para>The skills are <see cref="CatalogueEntry"/> values as <see cref="EscoSkillsCsv"/> reads them: the preferred label
/// as <see cref="CatalogueEntry.Text"/>, the alternative labels as <see cref="CatalogueEntry.Synonyms"/> and exactly one
/// <see cref="EscoSkillRef"/>, the skill itself. Shared words are scored by the index as for any catalogue (a skill scores
/// its best label). With an embedder every label is embedded (see <see cref="EmbeddedLabels"/>) and a skill's meaning is
/// that of its label closest to the text: a query worded like any one of the labels finds the skill, as it does by words.
/// The similarity is the index's, <see cref="OutcomeIndexOptions.MeaningCalibration"/> included. Meaning here never weighs
/// what texts say differently (<see cref="MeaningCalibration.DifferenceWeight"/>): a skill has several vectors, one per
/// label, so only the calibration's knots apply, and without options the tagger takes those fitted for whole texts,
/// <see cref="MeaningCalibration.WholeTexts"/>.</para>
/// <para>Built once, a tagger is immutable and safe for concurrent use from any number of threads.</para>
/// </remarks>
public sealed class EscoTagger
{
    private readonly OutcomeIndex _index;
    private readonly Dictionary<EscoSkillRef, int> _ordinalOf;

    // With an embedder: the embedded labels' vectors, one after another; where each skill's labels start (one more than
    // the skills); and which text of its skill each label is (0: the preferred label, 1 + i: alternative label i).
    // The vectors are the index's own (its meaning signal scans the same rows), not a second copy.
    private readonly VectorRows? _labelVectors;
    private readonly int[]? _labelStart;
    private readonly int[]? _labelSource;

    private EscoTagger(OutcomeIndex index, Dictionary<EscoSkillRef, int> ordinalOf, VectorRows? labelVectors, int[]? labelStart, int[]? labelSource)
    {
        _index = index;
        _ordinalOf = ordinalOf;
        _labelVectors = labelVectors;
        _labelStart = labelStart;
        _labelSource = labelSource;
    }

    /// <summary>The index over the skills the suggestions come from (entry ordinals are the skills' positions).</summary>
    public OutcomeIndex Index => _index;

    /// <summary>The number of skills.</summary>
    public int Count => _index.Count;

    /// <summary>The embedder that adds meaning, or <see langword="null"/> for a tagger of words alone.</summary>
    public ITextEmbedder? Embedder => _index.Embedder;

    /// <summary>Builds a tagger of shared words over ESCO skills.</summary>
    /// <param name="skills">The skills; at least one, each with exactly one ESCO skill reference, no skill or id twice.</param>
    /// <param name="options">The index options; <see langword="null"/> for <see cref="OutcomeIndexOptions.Default"/>.</param>
    /// <returns>The tagger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="skills"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="skills"/> is empty, holds a null entry, an entry without
    /// exactly one ESCO skill, or a skill or id twice, or <paramref name="options"/> holds a value out of range; the
    /// exception names the argument.</exception>
    public static EscoTagger Create(IEnumerable<CatalogueEntry> skills, OutcomeIndexOptions? options = null)
    {
        var entries = Checked(skills, out var ordinalOf);
        return new EscoTagger(OutcomeIndex.Build(entries, options), ordinalOf, null, null, null);
    }

    /// <summary>Builds a tagger of shared words and meaning over ESCO skills: every label is embedded, and a skill's
    /// meaning similarity is that of its label closest to the text.</summary>
    /// <param name="skills">The skills, as for <see cref="Create(IEnumerable{CatalogueEntry}, OutcomeIndexOptions?)"/>.</param>
    /// <param name="options">The index options; <see langword="null"/> for <see cref="OutcomeIndexOptions.Default"/> with
    /// <see cref="MeaningCalibration.WholeTexts"/> (a skill's labels are compared whole: the knots of
    /// <see cref="MeaningCalibration.Default"/> were fitted together with weighing differences, which does not apply to
    /// entries of several vectors).</param>
    /// <param name="embedder">The embedder of texts and labels.</param>
    /// <param name="labelVectors">The vectors of <see cref="EmbeddedLabels"/> of <paramref name="skills"/>, made by
    /// <paramref name="embedder"/>, one after another (for instance loaded from a saved file, so that the labels are not
    /// embedded again); empty (the default) to embed them here. Copied.</param>
    /// <param name="maxAlternativeLabels">The most alternative labels of a skill to embed (the first ones, after its
    /// preferred label), to bound the time embedding takes; <see langword="null"/> (the default) for all. Every label is
    /// still indexed for shared words.</param>
    /// <returns>The tagger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="skills"/> or <paramref name="embedder"/> is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Create(IEnumerable{CatalogueEntry}, OutcomeIndexOptions?)"/>,
    /// or <paramref name="labelVectors"/> is neither empty nor one vector of the embedder's dimension per embedded label;
    /// the exception names the argument.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAlternativeLabels"/> is negative.</exception>
    public static EscoTagger Create(IEnumerable<CatalogueEntry> skills, OutcomeIndexOptions? options, ITextEmbedder embedder,
        ReadOnlyMemory<float> labelVectors = default, int? maxAlternativeLabels = null)
    {
        var entries = Checked(skills, out var ordinalOf);
        ArgumentNullException.ThrowIfNull(embedder);
        var (labels, start, source) = Labels(entries, maxAlternativeLabels);
        var dimension = embedder.Dimension;
        var length = (long)labels.Length * dimension;
        if (labelVectors.IsEmpty)
        {
            var embedded = new float[length];
            embedder.EmbedBatch(labels, embedded);
            labelVectors = embedded;
        }
        else if (labelVectors.Length != length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"{labelVectors.Length} floats given for {labels.Length} labels of dimension {embedder.Dimension} ({length} expected; see EmbeddedLabels)."),
                nameof(labelVectors));
        }

        // Copied into the aligned, padded rows the meaning signal scans.
        var vectors = VectorRows.Copy(labelVectors.Span, dimension);

        return new EscoTagger(OutcomeIndex.BuildWithEntryVectors(entries, options ?? WholeTextOptions, embedder, vectors, start), ordinalOf, vectors, start, source);
    }

    // The default options of a tagger with an embedder: its skills have several vectors, which meaning compares whole.
    private static readonly OutcomeIndexOptions WholeTextOptions = OutcomeIndexOptions.Default with { MeaningCalibration = MeaningCalibration.WholeTexts };

    /// <summary>The labels a tagger with an embedder embeds, in the order of its label vectors: for each skill in turn,
    /// its preferred label, then its alternative labels in order (at most <paramref name="maxAlternativeLabels"/>), leaving
    /// out any that repeats an earlier label of the skill (ordinal comparison).</summary>
    /// <param name="skills">The skills, as for <see cref="Create(IEnumerable{CatalogueEntry}, OutcomeIndexOptions?)"/>.</param>
    /// <param name="maxAlternativeLabels">The most alternative labels of a skill; <see langword="null"/> for all.</param>
    /// <returns>The labels.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="skills"/> is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Create(IEnumerable{CatalogueEntry}, OutcomeIndexOptions?)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAlternativeLabels"/> is negative.</exception>
    public static IReadOnlyList<string> EmbeddedLabels(IEnumerable<CatalogueEntry> skills, int? maxAlternativeLabels = null) =>
        Labels(Checked(skills, out _), maxAlternativeLabels).Labels;

    /// <summary>Suggests the ESCO skills a text evidences, best first.</summary>
    /// <param name="text">The outcome text; not blank.</param>
    /// <param name="top">The most suggestions; at least 1.</param>
    /// <param name="threshold">The least calibrated similarity to suggest, from 0 to 1.</param>
    /// <returns>The suggestions, by similarity then skill id (as <see cref="OutcomeIndex.Match(string, int, double)"/>
    /// orders them); none is declared.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is less than 1 or
    /// <paramref name="threshold"/> is outside 0–1.</exception>
    public IReadOnlyList<EscoSuggestion> Suggest(string text, int top = 10, double threshold = 0.0)
    {
        CheckQuery(text, top, threshold);
        return Suggest(text, [], top, threshold);
    }

    /// <summary>
    /// The ESCO skills a learning outcome evidences: first the skills it declares (<see cref="LearningOutcome.EscoSkills"/>,
    /// in its order, marked <see cref="EscoSuggestion.IsDeclared"/>, whatever their similarity), then the skills its
    /// statement suggests, best first, leaving out the declared ones, up to <paramref name="top"/> in all.
    /// </summary>
    /// <param name="outcome">The learning outcome.</param>
    /// <param name="top">The most skills returned; at least 1. Declared skills are always returned, even beyond it.</param>
    /// <param name="threshold">The least calibrated similarity to suggest, from 0 to 1 (declared skills are returned
    /// whatever it is).</param>
    /// <param name="language">The language of the statement to read (as <see cref="CatalogueEntry.Create(LearningOutcome, LanguageTag?)"/>
    /// chooses it); English when <see langword="null"/>.</param>
    /// <returns>The declared skills, then the suggestions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is less than 1 or
    /// <paramref name="threshold"/> is outside 0–1.</exception>
    public IReadOnlyList<EscoSuggestion> Suggest(LearningOutcome outcome, int top = 10, double threshold = 0.0, LanguageTag? language = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var text = CatalogueEntry.Create(outcome, language).Text;
        CheckQuery(text, top, threshold);
        return Suggest(text, outcome.EscoSkills, top, threshold);
    }

    private static void CheckQuery(string text, int top, double threshold)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        OutcomeIndex.CheckThreshold(threshold);
    }

    private EscoSuggestion[] Suggest(string text, ImmutableArray<EscoSkillRef> declared, int top, double threshold)
    {
        float[]? vector = null;
        if (_index.Embedder is { } embedder)
        {
            vector = new float[embedder.Dimension];
            embedder.Embed(text, vector);
        }

        var words = _index.TextVector(text);
        var result = new List<EscoSuggestion>(Math.Min(top, Count + declared.Length));
        var declaredSet = new HashSet<EscoSkillRef>();
        if (!declared.IsEmpty)
        {
            var cold = _index.PrepareText(text, vector);
            foreach (var skill in declared)
            {
                if (!declaredSet.Add(skill))
                {
                    continue;
                }

                if (_ordinalOf.TryGetValue(skill, out var ordinal))
                {
                    result.Add(ToSuggestion(_index.Compare(cold, ordinal), words, vector, isDeclared: true));
                }
                else
                {
                    result.Add(new EscoSuggestion(skill, null, isDeclared: true, 0, MatchEvidence.None, []));
                }
            }
        }

        if (result.Count >= top)
        {
            return [.. result];
        }

        // Enough matches that the best (top − declared) not declared are among them.
        foreach (var match in _index.MatchText(text, vector, (int)Math.Min((long)top + declaredSet.Count, Count), threshold))
        {
            var skill = _index.GetEntry(match.Ordinal).EscoSkills[0];
            if (!declaredSet.Contains(skill))
            {
                result.Add(ToSuggestion(match, words, vector, isDeclared: false));
                if (result.Count == top)
                {
                    break;
                }
            }
        }

        return [.. result];
    }

    private EscoSuggestion ToSuggestion(OutcomeMatch match, Internal.QueryVector words, float[]? vector, bool isDeclared)
    {
        var entry = _index.GetEntry(match.Ordinal);
        var labels = ImmutableArray.CreateBuilder<EscoLabelMatch>(2);
        var byWords = _index.MatchedText(words, match.Ordinal);
        if (byWords >= 0)
        {
            labels.Add(Label(entry, byWords, byMeaning: false));
        }

        if (vector is not null && (match.Evidence & MatchEvidence.SimilarMeaning) != 0)
        {
            // The label whose meaning gave the skill its meaning similarity: its vector closest to the text's.
            // The query padded with zeros to the rows' stride, as the kernel reads it.
            var padded = new float[_labelVectors!.Stride];
            vector.CopyTo(padded, 0);
            var best = -1;
            var bestCosine = float.NegativeInfinity;
            for (var v = _labelStart![match.Ordinal]; v < _labelStart[match.Ordinal + 1]; v++)
            {
                var cosine = DotProducts.Dot(padded, _labelVectors.Row(v));
                if (cosine > bestCosine)
                {
                    bestCosine = cosine;
                    best = v;
                }
            }

            labels.Add(Label(entry, _labelSource![best], byMeaning: true));
        }

        return new EscoSuggestion(entry.EscoSkills[0], entry.Text, isDeclared, match.Similarity, match.Evidence, labels.DrainToImmutable());
    }

    private static EscoLabelMatch Label(CatalogueEntry entry, int source, bool byMeaning) =>
        source == 0 ? new EscoLabelMatch(entry.Text, MatchedField.Text, byMeaning)
        : source <= entry.Synonyms.Length ? new EscoLabelMatch(entry.Synonyms[source - 1], MatchedField.Synonym, byMeaning)
        : new EscoLabelMatch(entry.Description!, MatchedField.Description, byMeaning);

    private static CatalogueEntry[] Checked(IEnumerable<CatalogueEntry> skills, out Dictionary<EscoSkillRef, int> ordinalOf)
    {
        ArgumentNullException.ThrowIfNull(skills);
        var entries = skills.ToArray();
        if (entries.Length == 0)
        {
            throw new ArgumentException("No ESCO skill given.", nameof(skills));
        }

        ordinalOf = new Dictionary<EscoSkillRef, int>(entries.Length);
        var ids = new HashSet<string>(entries.Length, StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i] ?? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Skill {i} is null."), nameof(skills));
            if (entry.EscoSkills.Length != 1)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"Skill {i} ('{entry.Id}') carries {entry.EscoSkills.Length} ESCO skill references; an ESCO skill entry carries exactly one, the skill itself (as EscoSkillsCsv reads them)."),
                    nameof(skills));
            }

            if (!ordinalOf.TryAdd(entry.EscoSkills[0], i))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Skill {i} ('{entry.Id}') repeats the ESCO skill {entry.EscoSkills[0]}."), nameof(skills));
            }

            if (!ids.Add(entry.Id))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Skill {i} repeats the id '{entry.Id}'."), nameof(skills));
            }
        }

        return entries;
    }

    // Each skill's distinct labels, preferred first; where each skill's labels start; which text of its skill each is.
    private static (string[] Labels, int[] Start, int[] Source) Labels(CatalogueEntry[] entries, int? maxAlternativeLabels)
    {
        if (maxAlternativeLabels is { } max)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(max, nameof(maxAlternativeLabels));
        }

        var most = maxAlternativeLabels ?? int.MaxValue;
        var labels = new List<string>(entries.Length * 4);
        var sources = new List<int>(entries.Length * 4);
        var start = new int[entries.Length + 1];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var e = 0; e < entries.Length; e++)
        {
            start[e] = labels.Count;
            seen.Clear();
            seen.Add(entries[e].Text);
            labels.Add(entries[e].Text);
            sources.Add(0);
            for (var i = 0; i < entries[e].Synonyms.Length && labels.Count - start[e] - 1 < most; i++)
            {
                if (seen.Add(entries[e].Synonyms[i]))
                {
                    labels.Add(entries[e].Synonyms[i]);
                    sources.Add(1 + i);
                }
            }
        }

        start[^1] = labels.Count;
        return ([.. labels], start, [.. sources]);
    }
}
