using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Recognition;

/// <summary>Holds when its part is false; false when it is true; not evaluable when it is not evaluable.</summary>
/// <remarks>Equality compares the part. This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed class NotCondition : Condition
{
    internal NotCondition(Condition part)
        : base(1 + part.Depth, 1 + part.NodeCount, nameof(part)) => Part = part;

    /// <summary>The negated part.</summary>
    public Condition Part { get; }

    /// <inheritdoc />
    public override bool Equals(Condition? other) => other is NotCondition not && Part.Equals(not.Part);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine("not", Part);

    /// <inheritdoc />
    public override string ToString() => $"not({Part})";
}
