using System.Collections.Immutable;
using Ecvet.Recognition;

namespace Ecvet.Benchmarks.Recognition;

/// <summary>
/// An <see cref="IOutcomeMatcher"/> that answers with pairings computed once beforehand by another matcher for the same
/// host and home outcome lists: the engine's time without the text matching. It checks that it is asked about the lists it
/// recorded, so it cannot silently answer for other inputs.
/// </summary>
internal sealed class PrecomputedMatcher : IOutcomeMatcher
{
    private readonly ImmutableArray<LearningOutcomeId> hosts;
    private readonly ImmutableArray<LearningOutcomeId> homes;
    private readonly ImmutableArray<OutcomePairing> pairings;

    private PrecomputedMatcher(ImmutableArray<LearningOutcomeId> hosts, ImmutableArray<LearningOutcomeId> homes, ImmutableArray<OutcomePairing> pairings)
    {
        this.hosts = hosts;
        this.homes = homes;
        this.pairings = pairings;
    }

    /// <summary>Runs <paramref name="evaluate"/> with <paramref name="inner"/> and keeps what it answered.</summary>
    public static PrecomputedMatcher Record(IOutcomeMatcher inner, Func<IOutcomeMatcher, object> evaluate)
    {
        var recorder = new Recorder(inner);
        evaluate(recorder);
        return recorder.Result ?? new PrecomputedMatcher([], [], []);
    }

    public ImmutableArray<OutcomePairing> Match(IReadOnlyList<LearningOutcome> hostOutcomes, IReadOnlyList<LearningOutcome> homeOutcomes)
    {
        if (hostOutcomes.Count != hosts.Length || homeOutcomes.Count != homes.Length)
        {
            throw new InvalidOperationException("The precomputed matcher was asked about other outcomes than it recorded.");
        }

        for (var i = 0; i < hosts.Length; i++)
        {
            if (hostOutcomes[i].Id != hosts[i])
            {
                throw new InvalidOperationException("The precomputed matcher was asked about other host outcomes than it recorded.");
            }
        }

        for (var i = 0; i < homes.Length; i++)
        {
            if (homeOutcomes[i].Id != homes[i])
            {
                throw new InvalidOperationException("The precomputed matcher was asked about other home outcomes than it recorded.");
            }
        }

        return pairings;
    }

    private sealed class Recorder(IOutcomeMatcher inner) : IOutcomeMatcher
    {
        public PrecomputedMatcher? Result { get; private set; }

        public ImmutableArray<OutcomePairing> Match(IReadOnlyList<LearningOutcome> hostOutcomes, IReadOnlyList<LearningOutcome> homeOutcomes)
        {
            var pairings = inner.Match(hostOutcomes, homeOutcomes);
            Result = new PrecomputedMatcher([.. hostOutcomes.Select(o => o.Id)], [.. homeOutcomes.Select(o => o.Id)], pairings);
            return pairings;
        }
    }
}
