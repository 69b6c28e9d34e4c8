namespace Ecvet.Matching.Internal.Signals;

/// <summary>
/// The evidence gathered so far about one (query, catalogue entry) pair: similarity, coverage and what they rest on.
/// Starts from the text score; each <see cref="MatchSignal"/> then adds to it (<see cref="Boost"/>), flags what it
/// observed, or vetoes the pair (<see cref="Veto"/>: a requirement of the options not met).
/// </summary>
internal struct PairEvidence
{
    private double _similarity;
    private double _coverage;
    private MatchEvidence _flags;
    private double _words;
    private double _meaning;
    private double _cosine;
    private double? _difference;
    private bool _embedded;
    private bool _explaining;
    private EmbeddingPlan? _plan;
    private double _floor;

    /// <summary>The calibrated similarity so far, from 0 to 1.</summary>
    public readonly double Similarity => _similarity;

    /// <summary>The coverage so far, from 0 to 1.</summary>
    public readonly double Coverage => _coverage;

    /// <summary>What the pair rests on so far.</summary>
    public readonly MatchEvidence Flags => _flags;

    /// <summary>The calibrated similarity of the shared words alone (0 when the texts are not comparable).</summary>
    public readonly double Words => _words;

    /// <summary>The meaning similarity of the embeddings (0 without an embedder).</summary>
    public readonly double Meaning => _meaning;

    /// <summary>The embedding cosine of the pair, or <see langword="null"/> when the index has no embedder.</summary>
    public readonly double? Cosine => _embedded ? _cosine : null;

    /// <summary>The cosine of what the two texts say differently, when the meaning weighed it (see
    /// <see cref="MeaningCalibration.DifferenceWeight"/>), else <see langword="null"/>.</summary>
    public readonly double? DifferenceCosine => _difference;

    /// <summary>Whether the pair is explained: a signal then computes every part it reports, even one that cannot change
    /// the similarity.</summary>
    public readonly bool Explaining => _explaining;

    /// <summary>When not <see langword="null"/>, the pair is only planned (see <see cref="EmbeddingPlan"/>): a signal notes
    /// there the texts it would embed for it, not yet embedded, and records in their place evidence that is never below
    /// what they would give (or, when <see cref="EmbeddingPlan.Least"/>, never above).</summary>
    public readonly EmbeddingPlan? Plan => _plan;

    /// <summary>The query's floor (see <see cref="EmbeddingPlan"/>; 0 for none): a pair whose similarity cannot reach it
    /// is not among the query's best, so a signal may leave out what can only lower it.</summary>
    public readonly double Floor => _floor;

    /// <summary>The evidence of the texts alone: a raw cosine (0 when no term is shared) and the coverage.</summary>
    /// <param name="raw">The raw text cosine.</param>
    /// <param name="coverage">The text coverage.</param>
    /// <param name="calibration">The text calibration.</param>
    /// <param name="explaining">Whether the pair is explained (see <see cref="Explaining"/>).</param>
    /// <param name="plan">The plan of a planning pass (see <see cref="Plan"/>), or null.</param>
    /// <param name="floor">The query's floor (see <see cref="Floor"/>), 0 for none.</param>
    public static PairEvidence FromText(double raw, double coverage, ScoreCalibration calibration, bool explaining = false, EmbeddingPlan? plan = null,
        double floor = 0)
    {
        var evidence = default(PairEvidence);
        evidence._explaining = explaining;
        evidence._plan = plan;
        evidence._floor = floor;
        if (raw > 0)
        {
            evidence._flags = MatchEvidence.SharedTerms;
            evidence._similarity = evidence._words = calibration.Apply(raw);
            evidence._coverage = Math.Clamp(coverage, 0, 1);
        }

        return evidence;
    }

    /// <summary>Adds a flag.</summary>
    public void Observe(MatchEvidence flag) => _flags |= flag;

    /// <summary>Combines independent evidence: similarity and coverage each become <c>1 − (1 − old)(1 − new)</c>.</summary>
    /// <param name="similarity">The signal's similarity, from 0 to its declared maximum.</param>
    /// <param name="coverage">The signal's coverage of the entry, from 0 to 1.</param>
    /// <param name="flag">What the signal found.</param>
    public void Boost(double similarity, double coverage, MatchEvidence flag)
    {
        _flags |= flag;
        _similarity = Combine(_similarity, similarity);
        _coverage = 1 - ((1 - _coverage) * (1 - coverage));
    }

    /// <summary>Records the pair's embedding cosine and the meaning similarity it maps to; when that exceeds the
    /// similarity of the other evidence, it becomes the similarity (and the least coverage: the entry is said in other
    /// words) and <see cref="MatchEvidence.SimilarMeaning"/> is flagged. The larger, not a sum: the embedding sees the
    /// same words, so the two are not independent (see <see cref="MeaningCalibration"/>).</summary>
    /// <param name="meaning">The meaning similarity, from 0 to 1.</param>
    /// <param name="cosine">The embedding cosine it comes from.</param>
    /// <param name="difference">The cosine of what the texts say differently, when the meaning weighed it.</param>
    public void AddMeaning(double meaning, double cosine, double? difference = null)
    {
        _embedded = true;
        _cosine = cosine;
        _difference = difference;
        _meaning = meaning;
        if (meaning > _similarity)
        {
            _flags |= MatchEvidence.SimilarMeaning;
            _similarity = meaning;
            _coverage = Math.Max(_coverage, meaning);
        }
    }

    /// <summary>Drops the text evidence (the texts are not comparable), keeping the flags but
    /// <see cref="MatchEvidence.SharedTerms"/>.</summary>
    public void ClearText()
    {
        _flags &= ~MatchEvidence.SharedTerms;
        _similarity = 0;
        _words = 0;
        _coverage = 0;
    }

    /// <summary>Marks a requirement of the options as not met: the pair scores 0, whatever other signals add.</summary>
    public void Veto() => _flags |= MatchEvidence.RequirementNotMet;

    /// <summary>The match this evidence gives.</summary>
    public readonly OutcomeMatch ToMatch(int ordinal) => (_flags & MatchEvidence.RequirementNotMet) != 0
        ? new OutcomeMatch(ordinal, 0, 0, _flags)
        : new OutcomeMatch(ordinal, Math.Clamp(_similarity, 0, 1), Math.Clamp(_coverage, 0, 1), _flags);

    /// <summary>How two independent similarities combine (monotone in both, so that a bound combined from bounds is a
    /// bound).</summary>
    public static double Combine(double similarity, double boost) => 1 - ((1 - similarity) * (1 - boost));
}
