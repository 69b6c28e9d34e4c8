using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Recognition;

/// <summary>Holds when every part holds; false when any part is false, else not evaluable when any part is.</summary>
/// <remarks>Equality compares the parts in order. This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed class AllOfCondition : CompositeCondition
{
    internal AllOfCondition(ImmutableArray<Condition> parts)
        : base(parts)
    {
    }

    /// <inheritdoc />
    public override string ToString() => Format("allOf");
}
