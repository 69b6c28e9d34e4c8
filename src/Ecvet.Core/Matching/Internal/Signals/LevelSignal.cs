namespace Ecvet.Matching.Internal.Signals;

/// <summary>EQF level: reported as the same or a different level when both outcomes have one; a gap above
/// <see cref="OutcomeIndexOptions.MaxEqfLevelGap"/> vetoes the pair. Never raises a score.</summary>
internal sealed class LevelSignal(CatalogueEntry[] entries, OutcomeIndexOptions options) : MatchSignal
{
    private readonly int? _maxGap = options.MaxEqfLevelGap;

    // Without the attribute on the query no pair of it gets evidence from this signal.
    public override MatchSignal? Prepare(in SignalQuery query) => query.Outcome?.Level is null ? null : this;

    public override double MaxBoost(in SignalQuery query) => 0;

    public override void Apply(in SignalQuery query, int ordinal, ref PairEvidence evidence)
    {
        if (query.Outcome?.Level is not { } queryLevel || entries[ordinal].Level is not { } entryLevel)
        {
            return;
        }

        evidence.Observe(queryLevel == entryLevel ? MatchEvidence.SameLevel : MatchEvidence.DifferentLevel);
        if (_maxGap is { } gap && Math.Abs(queryLevel.Value - entryLevel.Value) > gap)
        {
            evidence.Veto();
        }
    }
}
