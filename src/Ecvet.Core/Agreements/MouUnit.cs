using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Agreements;

/// <summary>A unit of learning outcomes that a memorandum of understanding names as suitable for mobility, with its title and, where used, its ECVET points.</summary>
/// <remarks>Equality compares every property. This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record MouUnit
{
    private MouUnit(UnitId unit, LocalizedText? title, CreditPoints? points)
    {
        Unit = unit ?? throw new ArgumentNullException(nameof(unit));
        Title = title;
        Points = points;
    }

    /// <summary>The unit.</summary>
    public UnitId Unit { get; }

    /// <summary>The unit's title, if given.</summary>
    public LocalizedText? Title { get; }

    /// <summary>The unit's ECVET points in the partner's qualification, where used.</summary>
    public CreditPoints? Points { get; }

    /// <summary>Creates a unit in scope.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="title">Its title, if given.</param>
    /// <param name="points">Its ECVET points, where used.</param>
    /// <returns>The unit in scope.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public static MouUnit Create(UnitId unit, LocalizedText? title = null, CreditPoints? points = null) => new(unit, title, points);

    /// <summary>The unit and its points.</summary>
    /// <returns>Text such as <c>cook-u3 (10 points)</c>.</returns>
    public override string ToString() => Points is null ? Unit.ToString() : $"{Unit} ({Points} points)";
}
