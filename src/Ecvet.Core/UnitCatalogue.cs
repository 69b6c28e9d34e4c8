using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;

namespace Ecvet;

/// <summary>
/// A set of units of learning outcomes looked up by identifier, shared by the qualifications that allocate points to them.
/// </summary>
/// <remarks>
/// <para>
/// Every unit has a distinct <see cref="UnitOfLearningOutcomes.Id"/>. <see cref="Units"/> keeps the order given, but
/// equality does not depend on it: two catalogues are equal when they hold equal units under the same identifiers.
/// The catalogue may be empty (<see cref="Empty"/>).
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed class UnitCatalogue : IEquatable<UnitCatalogue>
{
    private readonly ImmutableDictionary<UnitId, UnitOfLearningOutcomes> byId;

    private UnitCatalogue(ImmutableArray<UnitOfLearningOutcomes> units, string paramName)
    {
        Preconditions.CheckNoNulls(units, paramName);
        Preconditions.CheckDistinct(units, u => u.Id, paramName, "unit id");
        Units = units;
        byId = units.ToImmutableDictionary(u => u.Id);
    }

    /// <summary>The catalogue with no units.</summary>
    public static UnitCatalogue Empty { get; } = new([], "units");

    /// <summary>The units, in the order given.</summary>
    public ImmutableArray<UnitOfLearningOutcomes> Units { get; }

    /// <summary>The number of units.</summary>
    public int Count => Units.Length;

    /// <summary>Creates a catalogue from units with distinct identifiers.</summary>
    /// <param name="units">The units.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="units"/> holds null or two units with the same identifier.</exception>
    public static UnitCatalogue Create(IEnumerable<UnitOfLearningOutcomes> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        return new(Preconditions.ToImmutable(units), nameof(units));
    }

    /// <summary>Whether the catalogue holds a unit with the given identifier.</summary>
    /// <param name="id">The unit's identifier.</param>
    /// <returns><see langword="true"/> when present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool Contains(UnitId id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return byId.ContainsKey(id);
    }

    /// <summary>Returns the unit with the given identifier.</summary>
    /// <param name="id">The unit's identifier.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">There is no such unit.</exception>
    public UnitOfLearningOutcomes Get(UnitId id) =>
        TryGet(id, out var unit) ? unit : throw new KeyNotFoundException($"The catalogue has no unit '{id}'.");

    /// <summary>Tries to find the unit with the given identifier.</summary>
    /// <param name="id">The unit's identifier.</param>
    /// <param name="unit">The unit, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGet(UnitId id, [NotNullWhen(true)] out UnitOfLearningOutcomes? unit)
    {
        ArgumentNullException.ThrowIfNull(id);
        return byId.TryGetValue(id, out unit);
    }

    /// <summary>Returns a copy with the unit added, or replacing the unit with the same identifier in place.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The changed catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public UnitCatalogue WithUnit(UnitOfLearningOutcomes unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        for (var i = 0; i < Units.Length; i++)
        {
            if (Units[i].Id == unit.Id)
            {
                return new(Units.SetItem(i, unit), nameof(unit));
            }
        }

        return new(Units.Add(unit), nameof(unit));
    }

    /// <summary>Whether both catalogues hold equal units under the same identifiers, in any order.</summary>
    /// <param name="other">The catalogue to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(UnitCatalogue? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var unit in Units)
        {
            if (!other.byId.TryGetValue(unit.Id, out var otherUnit) || unit != otherUnit)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UnitCatalogue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Equality.SetHash(Units);

    /// <summary>The number of units and their identifiers, such as <c>2 units: cook-u1, cook-u3</c>.</summary>
    /// <returns>A display string.</returns>
    public override string ToString() =>
        Count == 1 ? $"1 unit: {Units[0].Id}" : $"{Count} units{(Count == 0 ? "" : ": ")}{string.Join(", ", Units.Select(u => u.Id))}";

    /// <summary>Whether two catalogues are equal. See <see cref="Equals(UnitCatalogue)"/>.</summary>
    public static bool operator ==(UnitCatalogue? left, UnitCatalogue? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two catalogues differ. See <see cref="Equals(UnitCatalogue)"/>.</summary>
    public static bool operator !=(UnitCatalogue? left, UnitCatalogue? right) => !(left == right);
}
