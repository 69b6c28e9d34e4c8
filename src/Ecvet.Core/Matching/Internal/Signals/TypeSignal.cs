namespace Ecvet.Matching.Internal.Signals;

/// <summary>Knowledge, skill or competence: reported as the same or different type when both outcomes have one; with
/// <see cref="OutcomeIndexOptions.RequireSameType"/>, different types veto the pair. Never raises a score.</summary>
internal sealed class TypeSignal(CatalogueEntry[] entries, OutcomeIndexOptions options) : MatchSignal
{
    private readonly bool _required = options.RequireSameType;

    // Without the attribute on the query no pair of it gets evidence from this signal.
    public override MatchSignal? Prepare(in SignalQuery query) => query.Outcome?.Type is null ? null : this;

    public override double MaxBoost(in SignalQuery query) => 0;

    public override void Apply(in SignalQuery query, int ordinal, ref PairEvidence evidence)
    {
        if (query.Outcome?.Type is not { } queryType || entries[ordinal].Type is not { } entryType)
        {
            return;
        }

        if (queryType == entryType)
        {
            evidence.Observe(MatchEvidence.SameType);
            return;
        }

        evidence.Observe(MatchEvidence.DifferentType);
        if (_required)
        {
            evidence.Veto();
        }
    }
}
