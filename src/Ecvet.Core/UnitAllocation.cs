using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet;

/// <summary>
/// The ECVET points a qualification allocates to one of its units, and whether the unit is mandatory in it.
/// </summary>
/// <remarks>
/// Points belong to the (qualification, unit) pair, not to the unit: a unit common to two qualifications may carry
/// different points in each (ECVET Recommendation, Annex II §4). The points are greater than zero. Equality compares
/// <see cref="UnitId"/>, <see cref="Points"/> and <see cref="IsMandatory"/>. This type is immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record UnitAllocation
{
    internal UnitAllocation(UnitId unitId, CreditPoints points, bool isMandatory)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        if (points.IsZero)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, "A unit's allocation must be greater than zero points.");
        }

        UnitId = unitId;
        Points = points;
        IsMandatory = isMandatory;
    }

    /// <summary>The unit the points are allocated to.</summary>
    public UnitId UnitId { get; }

    /// <summary>The ECVET points of the unit in this qualification; greater than zero.</summary>
    public CreditPoints Points { get; }

    /// <summary>Whether every learner must achieve the unit (otherwise it is optional, chosen among others).</summary>
    public bool IsMandatory { get; }

    /// <summary>Creates an allocation.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="points">The unit's ECVET points in the qualification; greater than zero.</param>
    /// <param name="isMandatory">Whether the unit is mandatory; <see langword="true"/> by default.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is zero.</exception>
    public static UnitAllocation Create(UnitId unitId, CreditPoints points, bool isMandatory = true) => new(unitId, points, isMandatory);

    /// <summary>The unit, points and kind, such as <c>cook-u1: 20 points, mandatory</c>.</summary>
    /// <returns>A display string.</returns>
    public override string ToString() => $"{UnitId}: {Points} points, {(IsMandatory ? "mandatory" : "optional")}";
}
