using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Recognition;

/// <summary>A built-in domain check (see <see cref="CheckKind"/>).</summary>
/// <remarks>Equality compares the kind. This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed class CheckCondition : Condition
{
    internal CheckCondition(CheckKind kind)
        : base(1, 1, string.Empty)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown check.");
        }

        Kind = kind;
    }

    /// <summary>The check.</summary>
    public CheckKind Kind { get; }

    /// <inheritdoc />
    public override bool Equals(Condition? other) => other is CheckCondition check && Kind == check.Kind;

    /// <inheritdoc />
    public override int GetHashCode() => Kind.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => CheckNames.Of(Kind);
}
