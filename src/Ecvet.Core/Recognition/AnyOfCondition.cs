using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Recognition;

/// <summary>Holds when some part holds; false when every part is false, else not evaluable.</summary>
/// <remarks>Equality compares the parts in order. This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed class AnyOfCondition : CompositeCondition
{
    internal AnyOfCondition(ImmutableArray<Condition> parts)
        : base(parts)
    {
    }

    /// <inheritdoc />
    public override string ToString() => Format("anyOf");
}
