namespace Ecvet.Matching.Internal.Signals;

/// <summary>
/// Combines the text score of a (query, entry) pair with the evidence of every <see cref="MatchSignal"/>. The list of
/// signals below is the one place to add a new kind of evidence: write the signal, add it here.
/// </summary>
internal sealed class EvidenceCombiner
{
    private readonly MatchSignal[] _signals;
    private readonly ScoreCalibration _calibration;

    private EvidenceCombiner(MatchSignal[] signals, ScoreCalibration calibration)
    {
        _signals = signals;
        _calibration = calibration;
    }

    /// <summary>The signals of an index, in the order they apply.</summary>
    /// <param name="data">The index.</param>
    /// <param name="meaning">The meaning signal of an index built with an embedder, or <see langword="null"/>.</param>
    /// <param name="more">Signals to apply after these (tests add made-up ones to prove pruning exact).</param>
    public static EvidenceCombiner Create(IndexData data, MeaningSignal? meaning = null, IEnumerable<MatchSignal>? more = null) => new(
        [
            // Language first: it decides whether the text evidence counts at all.
            new LanguageSignal(data.Languages),
            new EscoSkillSignal(data.Entries, data.Options),
            new TypeSignal(data.Entries, data.Options),
            new LevelSignal(data.Entries, data.Options),
            .. meaning is null ? [] : new MatchSignal[] { meaning },
            .. more ?? [],
        ],
        data.Options.Calibration);

    /// <summary>Binds the signals to one query.</summary>
    /// <param name="outcome">The query outcome, or <see langword="null"/> for a bare text query.</param>
    /// <param name="text">The query's text.</param>
    /// <param name="language">The query's language as the index resolved it.</param>
    public PreparedEvidence Prepare(CatalogueEntry? outcome, string text, QueryLanguage language)
    {
        var query = new SignalQuery(outcome, text, language);
        MatchSignal[]? prepared = null;
        for (var i = 0; i < _signals.Length; i++)
        {
            var signal = _signals[i].Prepare(query);
            if (!ReferenceEquals(signal, _signals[i]))
            {
                prepared ??= (MatchSignal[])_signals.Clone();
                prepared[i] = signal;
            }
        }

        return new PreparedEvidence(query, prepared ?? _signals, _calibration);
    }
}
