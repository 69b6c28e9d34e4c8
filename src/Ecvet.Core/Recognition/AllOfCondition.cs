using System.Collections.Immutable;

namespace Ecvet.Recognition;

/// <summary>Holds when every part holds; false when any part is false, else not evaluable when any part is.</summary>
/// <remarks>Equality compares the parts in order. This type is immutable and thread-safe.</remarks>
public sealed class AllOfCondition : CompositeCondition
{
    internal AllOfCondition(ImmutableArray<Condition> parts)
        : base(parts)
    {
    }

    /// <inheritdoc />
    public override string ToString() => Format("allOf");
}
