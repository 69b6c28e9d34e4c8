using System.Collections.Immutable;
using Ecvet.Matching;

namespace Ecvet.Recognition;

/// <summary>
/// The default <see cref="IOutcomeMatcher"/>: compares the outcomes' statements with <see cref="UnitComparison"/> over an
/// <see cref="OutcomeIndex"/> of the home outcomes and keeps its one-to-one assignment.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class TextOutcomeMatcher : IOutcomeMatcher
{
    private readonly OutcomeIndexOptions? options;

    private TextOutcomeMatcher(OutcomeIndexOptions? options) => this.options = options;

    /// <summary>The matcher with the default index options.</summary>
    public static TextOutcomeMatcher Default { get; } = new(null);

    /// <summary>Creates a matcher with the given index options.</summary>
    /// <param name="options">The options of the home outcome index.</param>
    /// <returns>The matcher.</returns>
    public static TextOutcomeMatcher Create(OutcomeIndexOptions options) => new(options ?? throw new ArgumentNullException(nameof(options)));

    /// <inheritdoc />
    public ImmutableArray<OutcomePairing> Match(IReadOnlyList<LearningOutcome> hostOutcomes, IReadOnlyList<LearningOutcome> homeOutcomes)
    {
        ArgumentNullException.ThrowIfNull(hostOutcomes);
        ArgumentNullException.ThrowIfNull(homeOutcomes);
        if (hostOutcomes.Count == 0 || homeOutcomes.Count == 0)
        {
            return [];
        }

        var comparison = UnitComparison.Compare(hostOutcomes.Select(o => CatalogueEntry.Create(o)),
            homeOutcomes.Select(o => CatalogueEntry.Create(o)), options);
        var pairs = ImmutableArray.CreateBuilder<OutcomePairing>(comparison.Assignments.Length);
        foreach (var assignment in comparison.Assignments)
        {
            pairs.Add(OutcomePairing.Create(assignment.HostIndex, assignment.HomeIndex, Math.Clamp(assignment.Similarity, 0, 1)));
        }

        return pairs.ToImmutable();
    }
}
