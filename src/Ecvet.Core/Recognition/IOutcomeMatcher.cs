using System.Collections.Immutable;

namespace Ecvet.Recognition;

/// <summary>
/// Scores the host's own outcomes against home outcomes and pairs them one to one, so that the engine can decide which
/// home outcomes the host's learning evidences (evidence path 3).
/// </summary>
/// <remarks>
/// Implementations must be deterministic and thread-safe: the engine calls them from <c>Evaluate</c>, which may run on
/// many threads at once. <see cref="TextOutcomeMatcher"/> is the default, over <see cref="Matching.UnitComparison"/>.
/// </remarks>
public interface IOutcomeMatcher
{
    /// <summary>Pairs host outcomes with home outcomes, each host and each home outcome at most once.</summary>
    /// <param name="hostOutcomes">The host's outcomes, at least one.</param>
    /// <param name="homeOutcomes">The home outcomes, at least one.</param>
    /// <returns>The pairs with their similarity in [0, 1]; outcomes left unpaired are not listed.</returns>
    ImmutableArray<OutcomePairing> Match(IReadOnlyList<LearningOutcome> hostOutcomes, IReadOnlyList<LearningOutcome> homeOutcomes);
}
