using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;

namespace Ecvet;

/// <summary>
/// A number of credit points, such as ECVET or ECTS points: a non-negative decimal with at most two decimal places.
/// </summary>
/// <remarks>
/// <para>
/// Range: from 0 to <see cref="MaxValue"/> (999 999.99), with at most two significant decimal places. The upper bound
/// keeps every value exactly representable as a JSON number read into a <see cref="double"/> (15 significant digits),
/// and is far above any real qualification (one year of full-time learning is 60 points). Values with more decimals are
/// rejected, never rounded silently: round explicitly with <see cref="Round"/> or <see cref="MultiplyAndRound"/>.
/// </para>
/// <para>
/// The default value is <see cref="Zero"/>, a valid value. Trailing zeros are normalised away on creation, so
/// <c>30</c> and <c>30.00</c> are the same value, with the same hash code and the same text <c>"30"</c>.
/// </para>
/// <para>
/// Equality and ordering compare <see cref="Value"/>. Points carry no scheme: use <c>Credit</c> for points in
/// a credit scheme. <see cref="ToString()"/> gives the shortest invariant-culture text (<c>"30"</c>,
/// <c>"7.5"</c>, <c>"0.25"</c>) and round-trips through <see cref="Parse"/>.
/// </para>
/// <para>
/// Arithmetic is checked: <c>+</c>, <c>-</c> and <c>*</c> throw <see cref="OverflowException"/> when the exact
/// result would leave the range (below zero or above <see cref="MaxValue"/>), as checked unsigned arithmetic does.
/// <see cref="TrySubtract"/> and <see cref="SubtractSaturating"/> are the non-throwing alternatives.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public readonly record struct CreditPoints : IComparable<CreditPoints>, IComparable, ITextParsable<CreditPoints>
{
    /// <summary>The largest number of points, 999 999.99.</summary>
    public const decimal MaxValue = 999_999.99m;

    /// <summary>The number of decimal places allowed, 2.</summary>
    public const int MaxDecimalPlaces = 2;

    private readonly decimal value;

    // Trusted: callers have checked the range and the scale, and normalised the value.
    private CreditPoints(decimal value) => this.value = value;

    /// <summary>Zero points, the default value.</summary>
    public static CreditPoints Zero => default;

    /// <summary>The number of points, normalised (no trailing zeros): <c>30</c>, <c>7.5</c>, <c>0.25</c>.</summary>
    public decimal Value => value;

    /// <summary>Whether this is zero points.</summary>
    public bool IsZero => value == 0m;

    /// <summary>Returns the given number of points.</summary>
    /// <param name="value">The number of points, from 0 to <see cref="MaxValue"/> with at most two decimal places.</param>
    /// <returns>The points, normalised so that <c>30.00</c> becomes <c>30</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or above <see cref="MaxValue"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> has more than two significant decimal places.</exception>
    public static CreditPoints From(decimal value)
    {
        if (value < 0m)
        {
            // Not ThrowIfNegative: that rejects decimal negative zero, which is simply zero here.
            throw new ArgumentOutOfRangeException(nameof(value), value, "Credit points are never negative.");
        }

        if (value > MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value,
                string.Create(CultureInfo.InvariantCulture, $"Credit points are at most {MaxValue}; {value} is more."));
        }

        if (!TryNormalise(value, out var normalised))
        {
            throw new ArgumentException(
                $"Credit points have at most {MaxDecimalPlaces} decimal places; {value.ToString(CultureInfo.InvariantCulture)} has more. Round it explicitly first.",
                nameof(value));
        }

        return new CreditPoints(normalised);
    }

    /// <summary>Returns the given whole number of points.</summary>
    /// <param name="value">The number of points, from 0 to 999 999.</param>
    /// <returns>The points.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or above <see cref="MaxValue"/>.</exception>
    public static CreditPoints From(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, (int)MaxValue);
        return new CreditPoints(value);
    }

    /// <summary>Tries to make points from a decimal, without throwing.</summary>
    /// <param name="value">The number of points.</param>
    /// <param name="points">The points, when <paramref name="value"/> is valid; otherwise <see cref="Zero"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is from 0 to <see cref="MaxValue"/> with at most two decimal places.</returns>
    public static bool TryFrom(decimal value, out CreditPoints points)
    {
        if (value is >= 0m and <= MaxValue && TryNormalise(value, out var normalised))
        {
            points = new CreditPoints(normalised);
            return true;
        }

        points = default;
        return false;
    }

    /// <summary>
    /// Parses points written in invariant culture: digits with an optional decimal point and at most two significant
    /// decimals, such as <c>"30"</c>, <c>"7.5"</c> or <c>"30.00"</c>.
    /// </summary>
    /// <param name="text">The text to parse. No sign, exponent, thousands separator or surrounding white space.</param>
    /// <returns>The points.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid number of points.</exception>
    public static CreditPoints Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var points)
            ? points
            : throw new FormatException(
                $"'{text}' is not a number of credit points; expected digits with at most {MaxDecimalPlaces} decimals and a '.' separator, from 0 to {MaxValue.ToString(CultureInfo.InvariantCulture)}, such as '30' or '7.5'.");
    }

    /// <summary>Tries to parse points written in invariant culture (see <see cref="Parse"/>).</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="points">The points, when parsing succeeded; otherwise <see cref="Zero"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid number of points.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CreditPoints points)
    {
        points = default;
        if (string.IsNullOrEmpty(text) || text.Length > 64 || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[^1]))
        {
            return false;
        }

        // decimal.TryParse rounds beyond 28 decimals: "180.000000000000000000000000001" would read as 180.
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && ExactDecimal.IsExact(text.AsSpan(), value)
            && TryFrom(value, out points);
    }

    /// <summary>The smaller of two amounts.</summary>
    /// <param name="x">The first amount.</param>
    /// <param name="y">The second amount.</param>
    /// <returns>The smaller amount.</returns>
    public static CreditPoints Min(CreditPoints x, CreditPoints y) => x.value <= y.value ? x : y;

    /// <summary>The larger of two amounts.</summary>
    /// <param name="x">The first amount.</param>
    /// <param name="y">The second amount.</param>
    /// <returns>The larger amount.</returns>
    public static CreditPoints Max(CreditPoints x, CreditPoints y) => x.value >= y.value ? x : y;

    /// <summary>The total of a sequence of amounts; <see cref="Zero"/> for an empty sequence.</summary>
    /// <param name="points">The amounts to add.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="points"/> is null.</exception>
    /// <exception cref="OverflowException">The total is above <see cref="MaxValue"/>.</exception>
    public static CreditPoints Sum(IEnumerable<CreditPoints> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var total = 0m;
        foreach (var item in points)
        {
            total += item.value;
            if (total > MaxValue)
            {
                throw Overflow("The total", total);
            }
        }

        return new CreditPoints(Normalise(total));
    }

    /// <summary>Adds two amounts (the named twin of <c>+</c>).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is above <see cref="MaxValue"/>.</exception>
    public static CreditPoints Add(CreditPoints left, CreditPoints right) => left + right;

    /// <summary>Subtracts one amount from another (the named twin of <c>-</c>).</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException"><paramref name="right"/> is greater than <paramref name="left"/>.</exception>
    public static CreditPoints Subtract(CreditPoints left, CreditPoints right) => left - right;

    /// <summary>Multiplies an amount by a factor exactly (the named twin of <c>*</c>).</summary>
    /// <param name="points">The amount.</param>
    /// <param name="factor">The factor, not negative.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is negative.</exception>
    /// <exception cref="ArgumentException">The product has more than two decimal places; use <see cref="MultiplyAndRound"/>.</exception>
    /// <exception cref="OverflowException">The product is above <see cref="MaxValue"/>.</exception>
    public static CreditPoints Multiply(CreditPoints points, decimal factor) => points * factor;

    /// <summary>Subtracts, or tells that the result would be negative.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <param name="difference">This amount minus <paramref name="other"/>, or <see cref="Zero"/> when it would be negative.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> is not greater than this amount.</returns>
    public bool TrySubtract(CreditPoints other, out CreditPoints difference)
    {
        if (other.value > value)
        {
            difference = default;
            return false;
        }

        difference = new CreditPoints(Normalise(value - other.value));
        return true;
    }

    /// <summary>Subtracts, stopping at zero: <c>5 - 7</c> gives <c>0</c>.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>This amount minus <paramref name="other"/>, or <see cref="Zero"/> when that would be negative.</returns>
    public CreditPoints SubtractSaturating(CreditPoints other) => TrySubtract(other, out var difference) ? difference : Zero;

    /// <summary>
    /// Multiplies by a factor and rounds the product to a multiple of <paramref name="step"/>, as a conversion or a
    /// pro-rata award needs: <c>10 × 0.333</c> rounded to steps of 0.5 gives <c>3.5</c>.
    /// </summary>
    /// <param name="factor">The factor, not negative.</param>
    /// <param name="step">The rounding step, greater than 0 with at most two decimals, such as <c>0.01</c>, <c>0.5</c> or <c>1</c>.</param>
    /// <param name="mode">
    /// How to round: <see cref="MidpointRounding.AwayFromZero"/> (half up), <see cref="MidpointRounding.ToEven"/>,
    /// <see cref="MidpointRounding.ToZero"/> (down) or <see cref="MidpointRounding.ToPositiveInfinity"/> (up).
    /// </param>
    /// <returns>The rounded product.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is negative, <paramref name="step"/> is not positive, or <paramref name="mode"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="step"/> has more than two decimal places.</exception>
    /// <exception cref="OverflowException">The rounded product is above <see cref="MaxValue"/>.</exception>
    public CreditPoints MultiplyAndRound(decimal factor, decimal step, MidpointRounding mode)
    {
        CheckFactor(factor);
        CheckStep(step, nameof(step));
        CheckMode(mode, nameof(mode));
        decimal product;
        try
        {
            product = value * factor;
        }
        catch (OverflowException)
        {
            throw Overflow("The product", MaxValue + 1m);
        }

        if (product > MaxValue + step)
        {
            throw Overflow("The product", product);
        }

        return FromChecked(RoundToStep(product, step, mode), "The rounded product");
    }

    /// <summary>Rounds to a multiple of <paramref name="step"/>: <c>7.25</c> rounded to steps of 0.5 (half up) gives <c>7.5</c>.</summary>
    /// <param name="step">The rounding step, greater than 0 with at most two decimals.</param>
    /// <param name="mode">How to round (see <see cref="MultiplyAndRound"/>).</param>
    /// <returns>The rounded amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not positive, or <paramref name="mode"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="step"/> has more than two decimal places.</exception>
    /// <exception cref="OverflowException">The rounded amount is above <see cref="MaxValue"/>.</exception>
    public CreditPoints Round(decimal step, MidpointRounding mode)
    {
        CheckStep(step, nameof(step));
        CheckMode(mode, nameof(mode));
        return FromChecked(RoundToStep(value, step, mode), "The rounded amount");
    }

    /// <summary>Whether this amount is a whole multiple of <paramref name="step"/> (zero is a multiple of every step).</summary>
    /// <param name="step">The step, greater than 0.</param>
    /// <returns><see langword="true"/> when this amount divided by <paramref name="step"/> is a whole number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not positive.</exception>
    public bool IsMultipleOf(decimal step)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(step);
        return value % step == 0m;
    }

    /// <summary>Compares by <see cref="Value"/>.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(CreditPoints other) => value.CompareTo(other.value);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        CreditPoints other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(CreditPoints)}.", nameof(obj)),
    };

    /// <summary>See the type documentation: equal when <see cref="Value"/> is equal.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>Whether the amounts are equal.</returns>
    public bool Equals(CreditPoints other) => value == other.value;

    /// <inheritdoc />
    public override int GetHashCode() => value.GetHashCode();

    /// <summary>The shortest invariant-culture text: <c>"30"</c>, <c>"7.5"</c>, <c>"0.25"</c>.</summary>
    /// <returns>The text, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Adds two amounts.</summary>
    /// <exception cref="OverflowException">The sum is above <see cref="MaxValue"/>.</exception>
    public static CreditPoints operator +(CreditPoints left, CreditPoints right) =>
        FromChecked(left.value + right.value, "The sum");

    /// <summary>Subtracts <paramref name="right"/> from <paramref name="left"/>.</summary>
    /// <exception cref="OverflowException"><paramref name="right"/> is greater than <paramref name="left"/>.</exception>
    public static CreditPoints operator -(CreditPoints left, CreditPoints right) =>
        left.TrySubtract(right, out var difference)
            ? difference
            : throw new OverflowException(
                $"Subtracting {right} credit points from {left} would give a negative number; use TrySubtract or SubtractSaturating when that can happen.");

    /// <summary>Multiplies by a non-negative factor; the exact product must have at most two decimals.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is negative.</exception>
    /// <exception cref="ArgumentException">The product has more than two decimal places; use <see cref="MultiplyAndRound"/>.</exception>
    /// <exception cref="OverflowException">The product is above <see cref="MaxValue"/>.</exception>
    public static CreditPoints operator *(CreditPoints points, decimal factor)
    {
        CheckFactor(factor);
        decimal product;
        try
        {
            product = points.value * factor;
        }
        catch (OverflowException)
        {
            throw Overflow("The product", MaxValue + 1m);
        }

        if (product > MaxValue)
        {
            throw Overflow("The product", product);
        }

        if (!TryNormalise(product, out var normalised))
        {
            throw new ArgumentException(
                $"{points} × {factor.ToString(CultureInfo.InvariantCulture)} = {product.ToString(CultureInfo.InvariantCulture)} has more than {MaxDecimalPlaces} decimal places; use MultiplyAndRound to round it explicitly.",
                nameof(factor));
        }

        return new CreditPoints(normalised);
    }

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    public static bool operator <(CreditPoints left, CreditPoints right) => left.value < right.value;

    /// <summary>Whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(CreditPoints left, CreditPoints right) => left.value <= right.value;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    public static bool operator >(CreditPoints left, CreditPoints right) => left.value > right.value;

    /// <summary>Whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(CreditPoints left, CreditPoints right) => left.value >= right.value;

    /// <summary>Rounds <paramref name="value"/> to a multiple of <paramref name="step"/> (both already validated).</summary>
    internal static decimal RoundToStep(decimal value, decimal step, MidpointRounding mode) =>
        decimal.Round(value / step, 0, mode) * step;

    /// <summary>Checks a rounding or allocation step: greater than 0, at most two decimals, at most <see cref="MaxValue"/>.</summary>
    internal static void CheckStep(decimal step, string paramName)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(step, paramName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(step, MaxValue, paramName);
        if (!TryNormalise(step, out _))
        {
            throw new ArgumentException(
                $"A step has at most {MaxDecimalPlaces} decimal places; {step.ToString(CultureInfo.InvariantCulture)} has more.", paramName);
        }
    }

    private static void CheckFactor(decimal factor)
    {
        if (factor < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "The factor must not be negative.");
        }
    }

    private static void CheckMode(MidpointRounding mode, string paramName)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(paramName, mode, "Not a defined rounding mode.");
        }
    }

    private static CreditPoints FromChecked(decimal value, string what) =>
        value > MaxValue ? throw Overflow(what, value) : new CreditPoints(Normalise(value));

    private static OverflowException Overflow(string what, decimal value) =>
        new($"{what} of credit points, {value.ToString(CultureInfo.InvariantCulture)}, is above the maximum {MaxValue.ToString(CultureInfo.InvariantCulture)}.");

    // Removes trailing zeros; false when more than two significant decimals remain.
    private static bool TryNormalise(decimal value, out decimal normalised)
    {
        var rounded = decimal.Round(value, MaxDecimalPlaces);
        if (rounded != value)
        {
            normalised = default;
            return false;
        }

        normalised = Normalise(rounded);
        return true;
    }

    // value has at most two significant decimals; gives it the smallest scale (and turns -0 into 0).
    private static decimal Normalise(decimal value)
    {
        var whole = decimal.Truncate(value);
        if (whole == value)
        {
            return whole == 0m ? 0m : whole;
        }

        var tenths = decimal.Round(value, 1);
        return tenths == value ? tenths : decimal.Round(value, 2);
    }
}
