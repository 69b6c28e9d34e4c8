using System.Globalization;

namespace Ecvet.Interop;

/// <summary>Options of the Europass ELM v3 export (<see cref="ElmExport"/>).</summary>
/// <remarks>
/// ECVET counts learning in points, not hours, so the export writes no <c>volumeOfLearning</c> unless the caller says
/// how many notional learning hours one year of full-time VET stands for in its system (for example 1,600). With it,
/// the qualification's volume is its reference years (or its points, when no reference is stated) in hours, and each
/// unit's volume is its points in hours, written as an xsd:duration in hours and minutes such as <c>PT4800H</c> or <c>PT533H20M</c> (rounded to
/// the minute; xsd:duration allows no fraction of an hour).
/// This type is immutable and thread-safe.
/// </remarks>
public sealed record ElmExportOptions
{
    private readonly decimal? notionalHoursPerFullTimeYear;

    /// <summary>The default options: no volume of learning is written.</summary>
    public static ElmExportOptions Default { get; } = new();

    /// <summary>
    /// The notional learning hours of one year of formal full-time VET, greater than zero, or <see langword="null"/>
    /// (the default) to write no volume of learning.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero or negative.</exception>
    public decimal? NotionalHoursPerFullTimeYear
    {
        get => notionalHoursPerFullTimeYear;
        init
        {
            if (value is { } hours && hours <= 0m)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(NotionalHoursPerFullTimeYear),
                    hours,
                    string.Create(CultureInfo.InvariantCulture, $"The notional hours of a full-time year must be greater than zero; got {hours}."));
            }

            notionalHoursPerFullTimeYear = value;
        }
    }
}
