using System.Globalization;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;
using NodaTime;

namespace Ecvet.Agreements;

/// <summary>
/// The period of a mobility: an inclusive range of ISO dates, or of months when the days are not known yet (as EWP's
/// <c>start-year-month</c> and <c>end-year-month</c>).
/// </summary>
/// <remarks>
/// <para>
/// The start is never after the end. Both ends have the same precision: days (<see cref="IsDayKnown"/>) or months.
/// Only the ISO calendar is accepted. <see cref="ToString"/> gives <c>2026-03-02/2026-05-29</c> or <c>2026-03/2026-05</c>.
/// </para>
/// <para>Equality compares the ends and their precision. This type is immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record MobilityPeriod
{
    private MobilityPeriod(LocalDate? startDate, LocalDate? endDate, YearMonth startMonth, YearMonth endMonth)
    {
        StartDate = startDate;
        EndDate = endDate;
        StartMonth = startMonth;
        EndMonth = endMonth;
    }

    /// <summary>The first day, when known.</summary>
    public LocalDate? StartDate { get; }

    /// <summary>The last day (inclusive), when known.</summary>
    public LocalDate? EndDate { get; }

    /// <summary>The month of the first day.</summary>
    public YearMonth StartMonth { get; }

    /// <summary>The month of the last day.</summary>
    public YearMonth EndMonth { get; }

    /// <summary>Whether the period is known to the day.</summary>
    public bool IsDayKnown => StartDate is not null;

    /// <summary>The earliest possible first day: <see cref="StartDate"/>, or the first day of <see cref="StartMonth"/>.</summary>
    public LocalDate EarliestStart => StartDate ?? StartMonth.OnDayOfMonth(1);

    /// <summary>The latest possible last day: <see cref="EndDate"/>, or the last day of <see cref="EndMonth"/>.</summary>
    public LocalDate LatestEnd => EndDate ?? EndMonth.ToDateInterval().End;

    /// <summary>The days of the period as an inclusive interval (from <see cref="EarliestStart"/> to <see cref="LatestEnd"/>).</summary>
    public DateInterval ToDateInterval() => new(EarliestStart, LatestEnd);

    /// <summary>Creates a period known to the day.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, inclusive; not before <paramref name="start"/>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static MobilityPeriod Create(LocalDate start, LocalDate end)
    {
        CheckIso(start.Calendar, nameof(start));
        CheckIso(end.Calendar, nameof(end));
        CheckRange(start.ToYearMonth(), end.ToYearMonth());
        if (end < start)
        {
            throw new ArgumentException($"The end {end:uuuu-MM-dd} is before the start {start:uuuu-MM-dd}.", nameof(end));
        }

        return new(start, end, start.ToYearMonth(), end.ToYearMonth());
    }

    /// <summary>Creates a period known to the month only.</summary>
    /// <param name="start">The month of the first day.</param>
    /// <param name="end">The month of the last day; not before <paramref name="start"/>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException">A month is not in the ISO calendar, or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static MobilityPeriod Create(YearMonth start, YearMonth end)
    {
        CheckIso(start.Calendar, nameof(start));
        CheckIso(end.Calendar, nameof(end));
        CheckRange(start, end);
        if (end.CompareTo(start) < 0)
        {
            throw new ArgumentException($"The end month {end:uuuu-MM} is before the start month {start:uuuu-MM}.", nameof(end));
        }

        return new(null, null, start, end);
    }

    /// <summary>The period as <c>start/end</c> in ISO form.</summary>
    /// <returns>Text such as <c>2026-03-02/2026-05-29</c> or <c>2026-03/2026-05</c>.</returns>
    public override string ToString() => IsDayKnown
        ? string.Create(CultureInfo.InvariantCulture, $"{StartDate!.Value:uuuu-MM-dd}/{EndDate!.Value:uuuu-MM-dd}")
        : string.Create(CultureInfo.InvariantCulture, $"{StartMonth:uuuu-MM}/{EndMonth:uuuu-MM}");

    private static void CheckIso(CalendarSystem calendar, string paramName)
    {
        if (calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"Only the ISO calendar is supported, not {calendar.Id}.", paramName);
        }
    }

    private static void CheckRange(YearMonth start, YearMonth end)
    {
        Dates.Check(start, nameof(start));
        Dates.Check(end, nameof(end));
    }
}
