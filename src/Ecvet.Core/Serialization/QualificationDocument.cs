using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;

namespace Ecvet.Serialization;

/// <summary>
/// A qualification with the unit catalogue its allocations resolve in: the root of the qualification JSON document
/// (<c>{ "schemaVersion": "1.0", "validFrom": …, "qualification": {…}, "units": [ … ] }</c>).
/// </summary>
/// <remarks>
/// Every unit the qualification allocates points to is in <see cref="Units"/>; the catalogue may describe further units
/// (shared with other qualifications). Equality compares the qualification, the catalogue (as a set of units, as
/// <see cref="UnitCatalogue"/> does) and <see cref="ValidFrom"/>. This type is immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed class QualificationDocument : IEquatable<QualificationDocument>
{
    private QualificationDocument(Qualification qualification, UnitCatalogue units, LocalDate? validFrom)
    {
        Qualification = qualification;
        Units = units;
        ValidFrom = validFrom;
    }

    /// <summary>The qualification.</summary>
    public Qualification Qualification { get; }

    /// <summary>The units of learning outcomes, with every unit the qualification allocates points to.</summary>
    public UnitCatalogue Units { get; }

    /// <summary>The date from which this version of the qualification applies, if stated.</summary>
    public LocalDate? ValidFrom { get; }

    /// <summary>Creates a document.</summary>
    /// <param name="qualification">The qualification.</param>
    /// <param name="units">The catalogue in which every allocated unit resolves.</param>
    /// <param name="validFrom">The date from which this version applies, if stated.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="qualification"/> or <paramref name="units"/> is null.</exception>
    /// <exception cref="InvalidEntryException">
    /// A unit <paramref name="qualification"/> allocates points to is not in <paramref name="units"/>: the message names
    /// the first such unit, the parameter is <paramref name="qualification"/> and the location is its allocation as the
    /// document names it, such as <c>.units[2].unit</c>.
    /// </exception>
    public static QualificationDocument Create(Qualification qualification, UnitCatalogue units, LocalDate? validFrom = null)
    {
        ArgumentNullException.ThrowIfNull(qualification);
        ArgumentNullException.ThrowIfNull(units);
        var allocations = qualification.Allocations;
        for (var i = 0; i < allocations.Length; i++)
        {
            if (!units.Contains(allocations[i].UnitId))
            {
                throw new InvalidEntryException(
                    $"The qualification allocates points to the unit '{allocations[i].UnitId}', which is not in the document's units.",
                    nameof(qualification), string.Create(CultureInfo.InvariantCulture, $".units[{i}].unit"));
            }
        }

        return new(qualification, units, validFrom);
    }

    /// <inheritdoc />
    public bool Equals(QualificationDocument? other) =>
        other is not null && Qualification.Equals(other.Qualification) && Units.Equals(other.Units) && ValidFrom == other.ValidFrom;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is QualificationDocument other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Qualification, Units, ValidFrom);

    /// <summary>The qualification and the number of units, for diagnostics.</summary>
    /// <returns>Such as <c>fi-cook: Cook (180 ECVET points); 5 units</c>.</returns>
    public override string ToString() => $"{Qualification}; {Units.Count} units";
}
