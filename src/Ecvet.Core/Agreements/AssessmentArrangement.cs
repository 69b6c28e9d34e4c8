using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;

namespace Ecvet.Agreements;

/// <summary>How the host will assess the expected learning of one unit: the methods and, optionally, who, when and by which criteria.</summary>
/// <remarks>There is at least one method and no method twice. Equality compares the methods in order and the description. This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record AssessmentArrangement
{
    private AssessmentArrangement(ImmutableArray<AssessmentMethod> methods, LocalizedText? description)
    {
        methods = methods.OrEmpty();
        Preconditions.CheckNotEmpty(methods, nameof(methods), "assessment method");
        foreach (var method in methods)
        {
            if (!Enum.IsDefined(method))
            {
                throw new ArgumentOutOfRangeException(nameof(methods), method, "Unknown assessment method.");
            }
        }

        Preconditions.CheckDistinct(methods, m => m, nameof(methods), "assessment method");
        Methods = methods;
        Description = description;
    }

    /// <summary>The assessment methods, at least one.</summary>
    public ImmutableArray<AssessmentMethod> Methods { get; }

    /// <summary>Who assesses, when, and by which criteria, in words; optional.</summary>
    public LocalizedText? Description { get; }

    /// <summary>Creates an arrangement.</summary>
    /// <param name="methods">The methods, at least one, each once.</param>
    /// <param name="description">Who assesses, when and how, in words; optional.</param>
    /// <returns>The arrangement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="methods"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="methods"/> is empty or repeats a method.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A method is not defined.</exception>
    public static AssessmentArrangement Create(IEnumerable<AssessmentMethod> methods, LocalizedText? description = null)
    {
        ArgumentNullException.ThrowIfNull(methods);
        return new([.. methods], description);
    }

    /// <inheritdoc />
    public bool Equals(AssessmentArrangement? other) => other is not null
        && Equality.SequenceEqual(Methods, other.Methods) && Equals(Description, other.Description);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Equality.SequenceHash(Methods), Description);

    /// <summary>The methods, comma-separated.</summary>
    /// <returns>Text such as <c>Observation, PracticalDemonstration</c>.</returns>
    public override string ToString() => string.Join(", ", Methods);
}
