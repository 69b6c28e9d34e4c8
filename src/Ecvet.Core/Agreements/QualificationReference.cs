using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Agreements;

/// <summary>A qualification as an agreement names it: its identifier, title, EQF level and, where there is one, NQF level.</summary>
/// <remarks>Equality compares every property. This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record QualificationReference
{
    private QualificationReference(QualificationId id, LocalizedText title, EqfLevel eqfLevel, NqfLevel? nqfLevel)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        EqfLevel = eqfLevel ?? throw new ArgumentNullException(nameof(eqfLevel));
        NqfLevel = nqfLevel;
    }

    /// <summary>The qualification's identifier.</summary>
    public QualificationId Id { get; }

    /// <summary>The qualification's title.</summary>
    public LocalizedText Title { get; }

    /// <summary>The EQF level.</summary>
    public EqfLevel EqfLevel { get; }

    /// <summary>The national (NQF) level, if the country has one.</summary>
    public NqfLevel? NqfLevel { get; }

    /// <summary>Creates a reference.</summary>
    /// <param name="id">The qualification's identifier.</param>
    /// <param name="title">Its title.</param>
    /// <param name="eqfLevel">Its EQF level.</param>
    /// <param name="nqfLevel">Its NQF level, if any.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="title"/> or <paramref name="eqfLevel"/> is null.</exception>
    public static QualificationReference Create(QualificationId id, LocalizedText title, EqfLevel eqfLevel, NqfLevel? nqfLevel = null) =>
        new(id, title, eqfLevel, nqfLevel);

    /// <summary>The identifier and EQF level.</summary>
    /// <returns>Text such as <c>cook-es (EQF 4)</c>.</returns>
    public override string ToString() => $"{Id} (EQF {EqfLevel})";
}
