namespace Ecvet.Matching.Internal.Signals;

/// <summary>The signals bound to one query: combines a pair's evidence, bounds what an entry nobody nominated can score,
/// and lists the entries the signals nominate.</summary>
internal readonly struct PreparedEvidence
{
    private readonly SignalQuery _query;
    private readonly MatchSignal[] _signals;
    private readonly ScoreCalibration _calibration;
    private readonly bool _boostsUnnominated;

    public PreparedEvidence(SignalQuery query, MatchSignal[] signals, ScoreCalibration calibration)
    {
        _query = query;
        _signals = signals;
        _calibration = calibration;
        foreach (var signal in signals)
        {
            _boostsUnnominated |= signal.MaxBoost(query) > 0;
        }
    }

    /// <summary>The match of one entry, from its raw text cosine and coverage (0 when the text was not scored) and
    /// every signal.</summary>
    public OutcomeMatch Combine(int ordinal, double raw, double coverage) => Gather(ordinal, raw, coverage).ToMatch(ordinal);

    /// <summary>The evidence of one entry, its parts kept apart (for explanations).</summary>
    public PairEvidence Gather(int ordinal, double raw, double coverage)
    {
        var evidence = PairEvidence.FromText(raw, coverage, _calibration);
        foreach (var signal in _signals)
        {
            signal.Apply(_query, ordinal, ref evidence);
        }

        return evidence;
    }

    /// <summary>The most an entry no signal nominated can score, given its raw text cosine: its calibrated text score
    /// combined with every signal's declared maximum. Exact (no combining) when no signal can raise such an entry.</summary>
    public double Bound(double raw)
    {
        var bound = _calibration.Apply(raw);
        if (!_boostsUnnominated)
        {
            // Asked once per text candidate: without a signal that can raise it, the bound is the text score.
            return bound;
        }

        foreach (var signal in _signals)
        {
            var boost = signal.MaxBoost(_query);
            if (boost > 0)
            {
                // Never below either part: meaning takes the larger, and 1 − (1 − 0)(1 − b) can round below b.
                bound = Math.Max(PairEvidence.Combine(bound, boost), Math.Max(bound, boost));
            }
        }

        return bound;
    }

    /// <summary>Lists the entries the signals nominate.</summary>
    public Candidates Nominate(Scratch scratch)
    {
        var candidates = new Candidates(scratch);
        foreach (var signal in _signals)
        {
            signal.Nominate(_query, ref candidates);
        }

        return candidates;
    }
}
