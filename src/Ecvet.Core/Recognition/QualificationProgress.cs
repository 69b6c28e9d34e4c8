using System.Collections.Immutable;
using System.Globalization;
using Ecvet.Utility;
using NodaTime;

namespace Ecvet.Recognition;

/// <summary>
/// Where a learner stands toward a qualification on a given day, from a <see cref="CreditLedger"/>: the points of the
/// completed units against the qualification's total, the mandatory units still outstanding, and the credit that has
/// expired.
/// </summary>
/// <remarks>
/// Only completed units earn points (ACC-001): a unit's allocation counts once, however many mobilities evidenced it.
/// Equality compares every property. This type is immutable and thread-safe.
/// </remarks>
public sealed record QualificationProgress
{
    internal QualificationProgress(LocalDate on, CreditPoints points, CreditPoints totalPoints, ImmutableArray<UnitId> completedUnits,
        ImmutableArray<UnitId> mandatoryOutstanding, ImmutableArray<BankedOutcome> expired)
    {
        On = on;
        Points = points;
        TotalPoints = totalPoints;
        CompletedUnits = completedUnits;
        MandatoryOutstanding = mandatoryOutstanding;
        ExpiredOutcomes = expired;
    }

    /// <summary>The day the progress is judged on.</summary>
    public LocalDate On { get; }

    /// <summary>The sum of the allocations of the completed units; never more than <see cref="TotalPoints"/>.</summary>
    public CreditPoints Points { get; }

    /// <summary>The qualification's total points.</summary>
    public CreditPoints TotalPoints { get; }

    /// <summary>The units complete on <see cref="On"/>, in the qualification's order.</summary>
    public ImmutableArray<UnitId> CompletedUnits { get; }

    /// <summary>The mandatory units not complete on <see cref="On"/>, in the qualification's order.</summary>
    public ImmutableArray<UnitId> MandatoryOutstanding { get; }

    /// <summary>Banked outcomes whose credit has expired by <see cref="On"/> under their unit's validity period; they no longer count.</summary>
    public ImmutableArray<BankedOutcome> ExpiredOutcomes { get; }

    /// <summary>Whether every mandatory unit is complete and the completed units reach the qualification's total.</summary>
    public bool IsAchieved => MandatoryOutstanding.IsEmpty && Points >= TotalPoints;

    /// <inheritdoc />
    public bool Equals(QualificationProgress? other) => other is not null && On == other.On && Points == other.Points
        && TotalPoints == other.TotalPoints && Equality.SequenceEqual(CompletedUnits, other.CompletedUnits)
        && Equality.SequenceEqual(MandatoryOutstanding, other.MandatoryOutstanding) && Equality.SequenceEqual(ExpiredOutcomes, other.ExpiredOutcomes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(On, Points, Equality.SequenceHash(CompletedUnits));

    /// <summary>The points and the outstanding mandatory units.</summary>
    /// <returns>Text such as <c>50 of 180 points on 2026-06-15; 2 mandatory units outstanding</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Points} of {TotalPoints} points on {On:uuuu-MM-dd}; {MandatoryOutstanding.Length} mandatory units outstanding");
}
