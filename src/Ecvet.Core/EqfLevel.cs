using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet;

/// <summary>
/// A level of the European Qualifications Framework (EQF), from 1 to 8.
/// </summary>
/// <remarks>
/// There are exactly eight instances, <see cref="Level1"/> to <see cref="Level8"/>; 0 is not a level, so this is a class
/// (no meaningless default) rather than a struct. Equality and ordering compare <see cref="Value"/>.
/// <see cref="ToString()"/> gives the number in invariant culture and round-trips through <see cref="Parse"/>.
/// This type is immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed class EqfLevel : IEquatable<EqfLevel>, IComparable<EqfLevel>, IComparable, ITextParsable<EqfLevel>
{
    /// <summary>The lowest level number, 1.</summary>
    public const int MinValue = 1;

    /// <summary>The highest level number, 8.</summary>
    public const int MaxValue = 8;

    private static readonly EqfLevel[] Levels = [new(1), new(2), new(3), new(4), new(5), new(6), new(7), new(8)];

    private EqfLevel(int value) => Value = value;

    /// <summary>EQF level 1.</summary>
    public static EqfLevel Level1 => Levels[0];

    /// <summary>EQF level 2.</summary>
    public static EqfLevel Level2 => Levels[1];

    /// <summary>EQF level 3.</summary>
    public static EqfLevel Level3 => Levels[2];

    /// <summary>EQF level 4 (typical of upper-secondary vocational qualifications).</summary>
    public static EqfLevel Level4 => Levels[3];

    /// <summary>EQF level 5.</summary>
    public static EqfLevel Level5 => Levels[4];

    /// <summary>EQF level 6.</summary>
    public static EqfLevel Level6 => Levels[5];

    /// <summary>EQF level 7.</summary>
    public static EqfLevel Level7 => Levels[6];

    /// <summary>EQF level 8.</summary>
    public static EqfLevel Level8 => Levels[7];

    /// <summary>All eight levels in ascending order.</summary>
    public static IReadOnlyList<EqfLevel> All => Levels;

    /// <summary>The level number, from 1 to 8.</summary>
    public int Value { get; }

    /// <summary>The Europass concept URI of this level, <c>http://data.europa.eu/snb/eqf/{n}</c>.</summary>
    public Uri ElmUri => new(string.Create(CultureInfo.InvariantCulture, $"http://data.europa.eu/snb/eqf/{Value}"));

    /// <summary>Returns the level with the given number.</summary>
    /// <param name="value">The level number, from 1 to 8.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not between 1 and 8.</exception>
    public static EqfLevel From(int value)
    {
        if (value is < MinValue or > MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value,
                string.Create(CultureInfo.InvariantCulture, $"{value} is not an EQF level; expected a whole number from {MinValue} to {MaxValue}."));
        }

        return Levels[value - 1];
    }

    /// <summary>Parses a level number written in invariant culture, such as <c>"4"</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a number from 1 to 8.</exception>
    public static EqfLevel Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var level)
            ? level
            : throw new FormatException($"'{text}' is not an EQF level; expected a whole number from {MinValue} to {MaxValue}.");
    }

    /// <summary>Tries to parse a level number written in invariant culture.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="level">The level, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a number from 1 to 8.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out EqfLevel? level)
    {
        if (text is { Length: 1 } && text[0] is >= '1' and <= '8')
        {
            level = Levels[text[0] - '1'];
            return true;
        }

        level = null;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(EqfLevel? other) => other is not null && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EqfLevel other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value;

    /// <summary>Compares by level number; <see langword="null"/> sorts first.</summary>
    /// <param name="other">The level to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(EqfLevel? other) => other is null ? 1 : Value.CompareTo(other.Value);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        EqfLevel other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(EqfLevel)}.", nameof(obj)),
    };

    /// <summary>The level number in invariant culture, such as <c>4</c>.</summary>
    /// <returns>The level number.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether two levels are equal.</summary>
    public static bool operator ==(EqfLevel? left, EqfLevel? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two levels differ.</summary>
    public static bool operator !=(EqfLevel? left, EqfLevel? right) => !(left == right);

    /// <summary>Whether <paramref name="left"/> is lower than <paramref name="right"/>.</summary>
    public static bool operator <(EqfLevel left, EqfLevel right) => Compare(left, right) < 0;

    /// <summary>Whether <paramref name="left"/> is lower than or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(EqfLevel left, EqfLevel right) => Compare(left, right) <= 0;

    /// <summary>Whether <paramref name="left"/> is higher than <paramref name="right"/>.</summary>
    public static bool operator >(EqfLevel left, EqfLevel right) => Compare(left, right) > 0;

    /// <summary>Whether <paramref name="left"/> is higher than or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(EqfLevel left, EqfLevel right) => Compare(left, right) >= 0;

    private static int Compare(EqfLevel? left, EqfLevel? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
