using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;

namespace Ecvet.Recognition;

/// <summary>A condition that combines parts: <see cref="AllOfCondition"/> or <see cref="AnyOfCondition"/>.</summary>
/// <remarks>Equality compares the kind and the parts in order. This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public abstract class CompositeCondition : Condition
{
    private protected CompositeCondition(ImmutableArray<Condition> parts)
        : base(1 + parts.Max(p => p.Depth), 1 + parts.Sum(p => p.NodeCount), nameof(parts)) => Parts = parts;

    /// <summary>The parts, at least one.</summary>
    public ImmutableArray<Condition> Parts { get; }

    /// <inheritdoc />
    public override bool Equals(Condition? other) =>
        other is CompositeCondition composite && composite.GetType() == GetType() && Equality.SequenceEqual(Parts, composite.Parts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(GetType().Name, Equality.SequenceHash(Parts));

    private protected string Format(string name) => $"{name}({string.Join(", ", Parts)})";
}
