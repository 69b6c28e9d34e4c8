namespace Ecvet.Matching.Internal.Signals;

/// <summary>
/// Combines the text score of a (query, entry) pair with the evidence of every <see cref="MatchSignal"/>. The list of
/// signals below is the one place to add a new kind of evidence: write the signal, add it here.
/// </summary>
internal sealed class EvidenceCombiner
{
    private readonly MatchSignal[] _signals;
    private readonly ScoreCalibration _calibration;

    // Up to this many signals, the lists without the signals a query leaves out are kept, one per combination.
    private const int MaxCachedSignals = 8;

    private readonly MatchSignal[]?[] _withoutInert;

    private EvidenceCombiner(MatchSignal[] signals, ScoreCalibration calibration)
    {
        _signals = signals;
        _calibration = calibration;
        _withoutInert = new MatchSignal[]?[signals.Length <= MaxCachedSignals ? 1 << signals.Length : 0];
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
    /// <param name="vector">The query text's embedding when already computed, else <see langword="null"/>.</param>
    public PreparedEvidence Prepare(CatalogueEntry? outcome, string text, QueryLanguage language, float[]? vector = null)
    {
        var query = new SignalQuery(outcome, text, language, vector);
        MatchSignal[]? prepared = null;
        var inert = 0;
        for (var i = 0; i < _signals.Length; i++)
        {
            var signal = _signals[i].Prepare(query);
            if (signal is null)
            {
                inert |= 1 << Math.Min(i, 30);
            }
            else if (!ReferenceEquals(signal, _signals[i]))
            {
                prepared ??= (MatchSignal[])_signals.Clone();
                prepared[i] = signal;
            }
        }

        if (inert == 0)
        {
            return new PreparedEvidence(query, prepared ?? _signals, _calibration);
        }

        // The signals that speak for this query, in their order. Without per-query instances the list depends only on
        // which signals are left out, so it is made once per combination rather than once per query.
        if (prepared is null && _signals.Length <= MaxCachedSignals)
        {
            var cached = Volatile.Read(ref _withoutInert[inert]);
            if (cached is null)
            {
                cached = Without(_signals, inert);
                Volatile.Write(ref _withoutInert[inert], cached);
            }

            return new PreparedEvidence(query, cached, _calibration);
        }

        return new PreparedEvidence(query, Without(prepared ?? _signals, inert), _calibration);
    }

    private static MatchSignal[] Without(MatchSignal[] signals, int inert)
    {
        var kept = new List<MatchSignal>(signals.Length);
        for (var i = 0; i < signals.Length; i++)
        {
            if ((inert & (1 << Math.Min(i, 30))) == 0)
            {
                kept.Add(signals[i]);
            }
        }

        return [.. kept];
    }
}
