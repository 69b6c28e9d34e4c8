namespace Ecvet.Matching.Internal.Signals;

/// <summary>The signals bound to one query: combines a pair's evidence, bounds what an entry nobody nominated can score,
/// and lists the entries the signals nominate.</summary>
internal readonly struct PreparedEvidence
{
    private readonly SignalQuery _query;
    private readonly MatchSignal[] _signals;
    private readonly ScoreCalibration _calibration;
    private readonly bool _boostsUnnominated;
    private readonly bool _plansEmbeddings;

    public PreparedEvidence(SignalQuery query, MatchSignal[] signals, ScoreCalibration calibration)
    {
        _query = query;
        _signals = signals;
        _calibration = calibration;
        foreach (var signal in signals)
        {
            _boostsUnnominated |= signal.MaxBoost(query) > 0;
            _plansEmbeddings |= signal.PlansEmbeddings;
        }
    }

    /// <summary>The match of one entry, from its raw text cosine and coverage (0 when the text was not scored) and
    /// every signal.</summary>
    public OutcomeMatch Combine(int ordinal, double raw, double coverage) => Gather(ordinal, raw, coverage).ToMatch(ordinal);

    /// <summary>The match of one entry in an outcome query whose best pairs all score at least
    /// <paramref name="floor"/> (see <see cref="EmbeddingPlan"/>): exact when the pair can reach the floor, else at most
    /// its most (it is not among the best either way).</summary>
    public OutcomeMatch Combine(int ordinal, double raw, double coverage, double floor) =>
        Gather(PairEvidence.FromText(raw, coverage, _calibration, floor: floor), ordinal).ToMatch(ordinal);

    /// <summary>Whether some signal embeds texts per pair that a planning pass (<see cref="Plan"/>) lets it embed in one
    /// batch (<see cref="EmbedPlanned"/>).</summary>
    public bool PlansEmbeddings => _plansEmbeddings;

    /// <summary>The evidence of one entry, its parts kept apart.</summary>
    /// <param name="ordinal">The entry.</param>
    /// <param name="raw">Its raw text cosine.</param>
    /// <param name="coverage">Its text coverage.</param>
    /// <param name="explaining">Whether every part is to be computed for an explanation, even one that cannot change
    /// the similarity.</param>
    public PairEvidence Gather(int ordinal, double raw, double coverage, bool explaining = false) =>
        Gather(PairEvidence.FromText(raw, coverage, _calibration, explaining), ordinal);

    /// <summary>Plans one entry (see <see cref="EmbeddingPlan"/>): the texts its signals would embed and have not are
    /// noted in <paramref name="plan"/> with the most and the least the pair can score; the match returned is its most.</summary>
    public OutcomeMatch Plan(int ordinal, double raw, double coverage, EmbeddingPlan plan)
    {
        var calibration = _calibration;
        var self = this;
        var most = Gather(PairEvidence.FromText(raw, coverage, calibration, plan: plan), ordinal).ToMatch(ordinal);
        plan.Record(ordinal, most.Similarity, () => self.Gather(PairEvidence.FromText(raw, coverage, calibration, plan: plan), ordinal).ToMatch(ordinal).Similarity);
        return most;
    }

    /// <summary>Embeds, in one batch per signal, the texts of a plan.</summary>
    public void EmbedPlanned(HashSet<string> texts)
    {
        if (texts.Count == 0)
        {
            return;
        }

        foreach (var signal in _signals)
        {
            signal.EmbedPlanned(texts);
        }
    }

    private PairEvidence Gather(PairEvidence evidence, int ordinal)
    {
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
