using System.Collections.Immutable;

namespace Ecvet.Recognition;

/// <summary>Holds when some part holds; false when every part is false, else not evaluable.</summary>
/// <remarks>Equality compares the parts in order. This type is immutable and thread-safe.</remarks>
public sealed class AnyOfCondition : CompositeCondition
{
    internal AnyOfCondition(ImmutableArray<Condition> parts)
        : base(parts)
    {
    }

    /// <inheritdoc />
    public override string ToString() => Format("anyOf");
}
