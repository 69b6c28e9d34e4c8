namespace Ecvet.Matching.Internal.Signals;

/// <summary>
/// One kind of evidence about a (query, catalogue entry) pair beyond the text score, made once per index: ESCO skills,
/// type, EQF level, language. A new kind of evidence (an embedding similarity, say) is a new subclass, listed in
/// <see cref="EvidenceCombiner"/>.
/// </summary>
/// <remarks>
/// Outcome queries keep only the candidates that can still enter the top k. That stays exact because every signal
/// declares, per query, the most it can raise the similarity of an entry it does not <see cref="Nominate"/>
/// (<see cref="MaxBoost"/>): an entry whose text score (0 when the text did not find it) combined with every declared
/// maximum cannot beat the worst kept match is passed over. When every signal declares 0, entries the text did not find
/// and no signal nominated are thus never looked at; a signal declaring more (meaning) makes the query look at each of
/// them, cheaply, against that bound.
/// </remarks>
internal abstract class MatchSignal
{
    /// <summary>The signal bound to one query. A signal that needs per-query state (the query's embedding) returns a
    /// new instance holding it; the default, for signals without, is this one (nothing allocated). A signal that has
    /// nothing to say about any pair of this query (the query has no type, no level, no ESCO skill) returns
    /// <see langword="null"/> and is left out of the query: it must then nominate nothing, declare no boost and change no
    /// pair, so leaving it out changes no result, only saves a call per pair.</summary>
    public virtual MatchSignal? Prepare(in SignalQuery query) => this;

    /// <summary>The most <see cref="Apply"/> can add to the similarity of an entry this signal did not nominate for the
    /// query, from 0 (it never raises such an entry) to 1. Must hold for every entry, or pruning loses matches.</summary>
    public abstract double MaxBoost(in SignalQuery query);

    /// <summary>Nominates the entries this signal can raise beyond <see cref="MaxBoost"/> (entries sharing an ESCO skill
    /// with the query): they are scored whatever their text score.</summary>
    /// <param name="query">The query.</param>
    /// <param name="candidates">Where to nominate them.</param>
    public virtual void Nominate(in SignalQuery query, ref Candidates candidates)
    {
    }

    /// <summary>Adds this signal's evidence about the pair.</summary>
    /// <param name="query">The query.</param>
    /// <param name="ordinal">The entry's ordinal.</param>
    /// <param name="evidence">The evidence so far.</param>
    public abstract void Apply(in SignalQuery query, int ordinal, ref PairEvidence evidence);

    /// <summary>Whether this signal, bound to a query, embeds texts per pair that a first pass over the pairs can plan
    /// (<see cref="PairEvidence.Plan"/>) and <see cref="EmbedPlanned"/> embed in one batch.</summary>
    public virtual bool PlansEmbeddings => false;

    /// <summary>Embeds, in one batch, the texts a planning pass collected, so that the scoring pass finds them
    /// computed. Only an optimisation: a text not planned is embedded when a pair needs it.</summary>
    /// <param name="texts">The texts planned.</param>
    public virtual void EmbedPlanned(IReadOnlyCollection<string> texts)
    {
    }
}
