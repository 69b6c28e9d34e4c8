using System.Globalization;
using NodaTime;

namespace Ecvet.Utility;

/// <summary>
/// The range of dates and instants a document can hold: the years 1 to 9999 of the ISO calendar, as the JSON date format
/// (RFC 3339, <c>uuuu-MM-dd</c>) states. NodaTime itself reaches back to the year -9998, which no document can carry.
/// </summary>
internal static class Dates
{
    /// <summary>The first year a document can hold.</summary>
    internal const int MinYear = 1;

    /// <summary>The last year a document can hold.</summary>
    internal const int MaxYear = 9999;

    /// <summary>Throws when <paramref name="date"/> is outside the years 1 to 9999 (ISO).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is before the year 1.</exception>
    internal static LocalDate Check(LocalDate date, string paramName)
    {
        var year = date.Calendar == CalendarSystem.Iso ? date.Year : date.WithCalendar(CalendarSystem.Iso).Year;
        return year is >= MinYear and <= MaxYear ? date : throw OutOfRange(paramName, year);
    }

    /// <summary>Throws when <paramref name="month"/> is outside the years 1 to 9999 (ISO).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month is before the year 1.</exception>
    internal static YearMonth Check(YearMonth month, string paramName)
    {
        Check(month.OnDayOfMonth(1), paramName);
        return month;
    }

    /// <summary>Throws when <paramref name="instant"/> is outside the years 1 to 9999 (UTC).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The instant is before the year 1.</exception>
    internal static Instant Check(Instant instant, string paramName)
    {
        var year = instant.InUtc().Year;
        return year is >= MinYear and <= MaxYear ? instant : throw OutOfRange(paramName, year);
    }

    private static ArgumentOutOfRangeException OutOfRange(string paramName, int year) =>
        new(paramName, string.Create(CultureInfo.InvariantCulture,
            $"The year {year} is outside the years {MinYear} to {MaxYear} that a document's dates can hold."));
}
