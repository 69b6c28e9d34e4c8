using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet;

/// <summary>A number of credit points in a credit scheme, such as <c>30 ecvet</c> or <c>7.5 ects</c>.</summary>
/// <remarks>
/// <para>
/// Mirrors the <c>{scheme, value}</c> credit of Erasmus Without Paper and the <c>{framework, point}</c> credit point of
/// Europass ELM. Equality compares the scheme (by code, see <see cref="CreditScheme"/>) and the points; points in
/// different schemes are never equal, whatever their numbers: convert them with a <see cref="CreditConversionTable"/>.
/// </para>
/// <para>
/// <see cref="ToString()"/> gives <c>points code</c> in invariant culture (<c>"30 ecvet"</c>), which
/// <see cref="Parse"/> reads back. This type is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record Credit : ITextParsable<Credit>
{
    private Credit(CreditScheme scheme, CreditPoints points)
    {
        Scheme = scheme;
        Points = points;
    }

    /// <summary>The credit scheme.</summary>
    public CreditScheme Scheme { get; }

    /// <summary>The number of points.</summary>
    public CreditPoints Points { get; }

    /// <summary>Returns a credit.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="points">The number of points.</param>
    /// <returns>The credit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    public static Credit Create(CreditScheme scheme, CreditPoints points)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return new Credit(scheme, points);
    }

    /// <summary>Returns a credit in ECVET points.</summary>
    /// <param name="points">The number of points.</param>
    /// <returns>The credit.</returns>
    public static Credit Ecvet(CreditPoints points) => new(CreditScheme.Ecvet, points);

    /// <summary>Returns a credit in ECTS credits.</summary>
    /// <param name="points">The number of credits.</param>
    /// <returns>The credit.</returns>
    public static Credit Ects(CreditPoints points) => new(CreditScheme.Ects, points);

    /// <summary>
    /// Parses <c>points code</c>, such as <c>"30 ecvet"</c> or <c>"7.5 ects"</c>: points as <see cref="CreditPoints.Parse"/>
    /// reads them, one space, and a scheme code as <see cref="CreditScheme.Parse"/> reads it.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The credit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a credit.</exception>
    public static Credit Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var credit)
            ? credit
            : throw new FormatException($"'{text}' is not a credit; expected points, one space and a scheme code, such as '30 ecvet' or '7.5 ects'.");
    }

    /// <summary>Tries to parse <c>points code</c> (see <see cref="Parse"/>).</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="credit">The credit, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a credit.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Credit? credit)
    {
        credit = null;
        var space = text?.IndexOf(' ', StringComparison.Ordinal) ?? -1;
        if (space < 0
            || !CreditPoints.TryParse(text![..space], out var points)
            || !CreditScheme.TryParse(text[(space + 1)..], out var scheme))
        {
            return false;
        }

        credit = new Credit(scheme, points);
        return true;
    }

    /// <summary>Returns a copy with other points in the same scheme.</summary>
    /// <param name="points">The points.</param>
    /// <returns>The copy.</returns>
    public Credit WithPoints(CreditPoints points) => new(Scheme, points);

    /// <summary>Adds two credits in the same scheme.</summary>
    /// <param name="other">The credit to add.</param>
    /// <returns>The sum, in this credit's scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> is in another scheme.</exception>
    /// <exception cref="OverflowException">The sum is above <see cref="CreditPoints.MaxValue"/>.</exception>
    public Credit Plus(Credit other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!Scheme.Equals(other.Scheme))
        {
            throw new ArgumentException(
                $"Cannot add {other} to {this}: the schemes differ; convert first with a {nameof(CreditConversionTable)}.", nameof(other));
        }

        return new Credit(Scheme, Points + other.Points);
    }

    /// <summary>The points and the scheme code in invariant culture, such as <c>30 ecvet</c>.</summary>
    /// <returns>The text, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => Points + " " + Scheme.Code;
}
