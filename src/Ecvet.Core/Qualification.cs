using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;

namespace Ecvet;

/// <summary>
/// A qualification: the whole set of units of learning outcomes an awarding body certifies, with the ECVET points of the
/// qualification and of each of its units.
/// </summary>
/// <remarks>
/// <para>
/// ECVET allocates points in two phases (Recommendation, Annex II §4): first to the qualification as a whole, 60 points
/// for the outcomes of one year of formal full-time VET, then to its units by relative weight. So a qualification
/// holds <see cref="TotalPoints"/> (greater than zero) and one <see cref="UnitAllocation"/> per unit (distinct unit
/// identifiers, each greater than zero), whose sum never exceeds the total; it equals the total when the qualification
/// <see cref="IsComplete"/>. The units themselves live in a <see cref="UnitCatalogue"/> and may be shared with other
/// qualifications; check that they resolve with <see cref="ValidateAgainst"/>.
/// </para>
/// <para>
/// A total that differs from 60 × <see cref="ReferenceFullTimeYears"/> is not an error, since ECVET allows points to be
/// estimated by comparison with another qualification; it is reported in <see cref="Warnings"/>.
/// </para>
/// <para>
/// Equality compares every property; <see cref="Allocations"/> compare element by element in order.
/// <see cref="Warnings"/> are derived and take no part. This type is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record Qualification
{
    /// <summary>The ECVET convention: 60 points for the learning outcomes of one year of formal full-time VET.</summary>
    public const decimal PointsPerFullTimeYear = 60m;

    internal Qualification(
        QualificationId id,
        LocalizedText title,
        InstitutionId awardingBody,
        EqfLevel? eqfLevel,
        NqfLevel? nqfLevel,
        IscedFCode? field,
        CreditPoints totalPoints,
        decimal? referenceFullTimeYears,
        ImmutableArray<UnitAllocation> allocations)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(awardingBody);
        if (totalPoints.IsZero)
        {
            throw new ArgumentOutOfRangeException(nameof(totalPoints), totalPoints, "A qualification's total must be greater than zero points.");
        }

        if (referenceFullTimeYears is { } years)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(years, nameof(referenceFullTimeYears));
        }

        allocations = allocations.OrEmpty();
        Preconditions.CheckNoNulls(allocations, nameof(allocations));
        Preconditions.CheckDistinct(allocations, a => a.UnitId, nameof(allocations), "unit");
        var allocated = allocations.Sum(a => a.Points.Value);
        if (allocated > totalPoints.Value)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The units are allocated {allocated:0.##} points in all, more than the qualification's total of {totalPoints}."),
                nameof(allocations));
        }

        Id = id;
        Title = title;
        AwardingBody = awardingBody;
        EqfLevel = eqfLevel;
        NqfLevel = nqfLevel;
        Field = field;
        TotalPoints = totalPoints;
        ReferenceFullTimeYears = referenceFullTimeYears;
        Allocations = allocations;
        AllocatedPoints = CreditPoints.From(allocated);
    }

    /// <summary>The qualification's identifier.</summary>
    public QualificationId Id { get; }

    /// <summary>The qualification's title, such as "Vocational Qualification in Hotel, Restaurant and Catering Services".</summary>
    public LocalizedText Title { get; }

    /// <summary>The institution that awards the qualification.</summary>
    public InstitutionId AwardingBody { get; }

    /// <summary>The EQF level of the qualification, when referenced.</summary>
    public EqfLevel? EqfLevel { get; }

    /// <summary>The level of the qualification in a national qualifications framework, when referenced.</summary>
    public NqfLevel? NqfLevel { get; }

    /// <summary>The ISCED-F 2013 field of education and training, such as <c>1013</c> (hotel, restaurants and catering), when stated.</summary>
    public IscedFCode? Field { get; }

    /// <summary>The ECVET points of the whole qualification; greater than zero.</summary>
    public CreditPoints TotalPoints { get; }

    /// <summary>
    /// The length, in years of formal full-time VET, of the learning context taken as reference for
    /// <see cref="TotalPoints"/>; greater than zero when stated.
    /// </summary>
    public decimal? ReferenceFullTimeYears { get; }

    /// <summary>The points allocated to each unit, one per unit, in the order given.</summary>
    public ImmutableArray<UnitAllocation> Allocations { get; }

    /// <summary>The sum of the units' points; never more than <see cref="TotalPoints"/>.</summary>
    public CreditPoints AllocatedPoints { get; }

    /// <summary>The points not yet allocated to a unit.</summary>
    public CreditPoints UnallocatedPoints => TotalPoints - AllocatedPoints;

    /// <summary>Whether the units' points add up exactly to <see cref="TotalPoints"/>.</summary>
    public bool IsComplete => AllocatedPoints == TotalPoints;

    /// <summary>
    /// Things that are allowed but worth a look, empty when there is nothing to report: a total that differs from 60
    /// points per reference year, or an NQF level referenced to another EQF level than the qualification's.
    /// </summary>
    public ImmutableArray<string> Warnings
    {
        get
        {
            var warnings = ImmutableArray.CreateBuilder<string>();
            if (ReferenceFullTimeYears is { } years && PointsPerFullTimeYear * years != TotalPoints.Value)
            {
                warnings.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The total of {TotalPoints} ECVET points differs from {PointsPerFullTimeYear:0} × {years:0.##} reference full-time years = {PointsPerFullTimeYear * years:0.##}; this is allowed only when the total was estimated by comparison with another qualification."));
            }

            if (EqfLevel is not null && NqfLevel?.ReferencedEqfLevel is { } referenced && referenced != EqfLevel)
            {
                warnings.Add($"The NQF level {NqfLevel} is referenced to EQF level {referenced}, but the qualification states EQF level {EqfLevel}.");
            }

            return warnings.ToImmutable();
        }
    }

    /// <summary>Creates a qualification.</summary>
    /// <param name="id">The qualification's identifier.</param>
    /// <param name="title">The qualification's title.</param>
    /// <param name="awardingBody">The institution that awards it.</param>
    /// <param name="totalPoints">The ECVET points of the whole qualification; greater than zero.</param>
    /// <param name="allocations">The points of each unit: distinct units, summing to at most <paramref name="totalPoints"/>.</param>
    /// <param name="eqfLevel">The EQF level, if referenced.</param>
    /// <param name="nqfLevel">The national framework level, if referenced.</param>
    /// <param name="field">The ISCED-F 2013 field of education and training, if stated.</param>
    /// <param name="referenceFullTimeYears">The years of formal full-time VET taken as reference, if stated; greater than zero.</param>
    /// <returns>The qualification.</returns>
    /// <exception cref="ArgumentNullException">
    /// <paramref name="id"/>, <paramref name="title"/>, <paramref name="awardingBody"/> or <paramref name="allocations"/> is null.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="totalPoints"/> is zero, or <paramref name="referenceFullTimeYears"/> is zero or negative.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="allocations"/> holds null or a unit twice, or allocates more than <paramref name="totalPoints"/>.
    /// </exception>
    public static Qualification Create(
        QualificationId id,
        LocalizedText title,
        InstitutionId awardingBody,
        CreditPoints totalPoints,
        IEnumerable<UnitAllocation> allocations,
        EqfLevel? eqfLevel = null,
        NqfLevel? nqfLevel = null,
        IscedFCode? field = null,
        decimal? referenceFullTimeYears = null)
    {
        ArgumentNullException.ThrowIfNull(allocations);
        return new(id, title, awardingBody, eqfLevel, nqfLevel, field, totalPoints, referenceFullTimeYears, Preconditions.ToImmutable(allocations));
    }

    /// <summary>Returns the allocation of the given unit.</summary>
    /// <param name="unitId">The unit.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The qualification has no such unit.</exception>
    public UnitAllocation GetAllocation(UnitId unitId) =>
        TryGetAllocation(unitId, out var allocation)
            ? allocation
            : throw new KeyNotFoundException($"Qualification '{Id}' has no unit '{unitId}'.");

    /// <summary>Tries to find the allocation of the given unit.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="allocation">The allocation, when found.</param>
    /// <returns><see langword="true"/> when the qualification has the unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    public bool TryGetAllocation(UnitId unitId, [NotNullWhen(true)] out UnitAllocation? allocation)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        var index = IndexOf(unitId);
        allocation = index >= 0 ? Allocations[index] : null;
        return allocation is not null;
    }

    /// <summary>Whether the qualification has the given unit.</summary>
    /// <param name="unitId">The unit.</param>
    /// <returns><see langword="true"/> when it has.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    public bool Contains(UnitId unitId) => TryGetAllocation(unitId, out _);

    /// <summary>
    /// The share of the qualification's total that the unit carries, from 0 to 1, unrounded (for example 20 of 180 points
    /// gives 0.1111…).
    /// </summary>
    /// <param name="unitId">The unit.</param>
    /// <returns>The unit's points divided by <see cref="TotalPoints"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The qualification has no such unit.</exception>
    public decimal RelativeWeight(UnitId unitId) => GetAllocation(unitId).Points.Value / TotalPoints.Value;

    /// <summary>Finds the units this qualification allocates points to that the catalogue does not describe.</summary>
    /// <param name="catalogue">The catalogue the units should resolve in.</param>
    /// <returns>The missing units, in allocation order; empty when every unit resolves.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is null.</exception>
    public ImmutableArray<UnitId> ValidateAgainst(UnitCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return [.. Allocations.Select(a => a.UnitId).Where(id => !catalogue.Contains(id))];
    }

    /// <summary>
    /// Returns a copy with the allocation added, or replacing the allocation of the same unit in place.
    /// </summary>
    /// <param name="allocation">The allocation.</param>
    /// <returns>The changed qualification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="allocation"/> is null.</exception>
    /// <exception cref="ArgumentException">The units would be allocated more than <see cref="TotalPoints"/>.</exception>
    public Qualification WithUnit(UnitAllocation allocation)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        var index = IndexOf(allocation.UnitId);
        var allocations = index >= 0 ? Allocations.SetItem(index, allocation) : Allocations.Add(allocation);
        var allocated = allocations.Sum(a => a.Points.Value);
        if (allocated > TotalPoints.Value)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Allocating {allocation.Points} points to unit '{allocation.UnitId}' makes {allocated:0.##} points in all, more than the qualification's total of {TotalPoints}."),
                nameof(allocation));
        }

        return new(Id, Title, AwardingBody, EqfLevel, NqfLevel, Field, TotalPoints, ReferenceFullTimeYears, allocations);
    }

    /// <summary>Returns a copy without the given unit.</summary>
    /// <param name="unitId">The unit to remove.</param>
    /// <returns>The changed qualification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The qualification has no such unit.</exception>
    public Qualification WithoutUnit(UnitId unitId)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        var index = IndexOf(unitId);
        if (index < 0)
        {
            throw new KeyNotFoundException($"Qualification '{Id}' has no unit '{unitId}'.");
        }

        return new(Id, Title, AwardingBody, EqfLevel, NqfLevel, Field, TotalPoints, ReferenceFullTimeYears, Allocations.RemoveAt(index));
    }

    /// <summary>Whether both qualifications have equal properties. See the type documentation.</summary>
    /// <param name="other">The qualification to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(Qualification? other) =>
        other is not null
        && Id == other.Id
        && Title == other.Title
        && AwardingBody == other.AwardingBody
        && EqfLevel == other.EqfLevel
        && NqfLevel == other.NqfLevel
        && Field == other.Field
        && TotalPoints == other.TotalPoints
        && ReferenceFullTimeYears == other.ReferenceFullTimeYears
        && Equality.SequenceEqual(Allocations, other.Allocations);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Id, Title, AwardingBody, EqfLevel, NqfLevel, Field, TotalPoints, HashCode.Combine(ReferenceFullTimeYears, Equality.SequenceHash(Allocations)));

    /// <summary>The identifier, title and total, such as <c>fi-cook: Cook (180 ECVET points)</c>.</summary>
    /// <returns>A display string.</returns>
    public override string ToString() => $"{Id}: {Title.GetBestMatch(LanguageTag.English)} ({TotalPoints} ECVET points)";

    private int IndexOf(UnitId unitId)
    {
        for (var i = 0; i < Allocations.Length; i++)
        {
            if (Allocations[i].UnitId == unitId)
            {
                return i;
            }
        }

        return -1;
    }
}
