using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;

namespace Ecvet.Agreements;

/// <summary>A partner's qualification in the scope of a memorandum of understanding, with its EQF/NQF levels and the units suitable for mobility.</summary>
/// <remarks>There is at least one unit, each once. Equality compares every property, units in order. This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record MouQualification
{
    private MouQualification(InstitutionId partner, QualificationReference qualification, ImmutableArray<MouUnit> units)
    {
        Partner = partner ?? throw new ArgumentNullException(nameof(partner));
        Qualification = qualification ?? throw new ArgumentNullException(nameof(qualification));
        units = Preconditions.ToArrayWithoutNulls(units, nameof(units));
        Preconditions.CheckNotEmpty(units, nameof(units), "unit");
        Preconditions.CheckDistinct(units, u => u.Unit, nameof(units), "unit");
        Units = units;
    }

    /// <summary>The partner organisation whose qualification this is.</summary>
    public InstitutionId Partner { get; }

    /// <summary>The qualification, with its EQF and NQF levels.</summary>
    public QualificationReference Qualification { get; }

    /// <summary>The units suitable for mobility, at least one.</summary>
    public ImmutableArray<MouUnit> Units { get; }

    /// <summary>Creates a qualification in scope.</summary>
    /// <param name="partner">The partner organisation.</param>
    /// <param name="qualification">The qualification.</param>
    /// <param name="units">The units suitable for mobility, at least one, each once.</param>
    /// <returns>The qualification in scope.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="units"/> is empty, contains null or repeats a unit.</exception>
    public static MouQualification Create(InstitutionId partner, QualificationReference qualification, IEnumerable<MouUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        return new(partner, qualification, [.. units]);
    }

    /// <inheritdoc />
    public bool Equals(MouQualification? other) => other is not null && Partner == other.Partner
        && Qualification == other.Qualification && Equality.SequenceEqual(Units, other.Units);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Partner, Qualification, Equality.SequenceHash(Units));

    /// <summary>The partner, qualification and number of units.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Partner}: {Qualification}, {Units.Length} units";
}
