using System.Globalization;
using System.Numerics;

namespace Ecvet.Utility;

/// <summary>
/// Reads a number written as text (a JSON number, or invariant-culture text) into a <see cref="decimal"/> only when the
/// decimal holds it exactly. <see cref="decimal.TryParse(string?, out decimal)"/> rounds silently beyond 28 or 29
/// significant digits and turns tiny values into 0, so <c>180.000000000000000000000000001</c> would read as 180: a
/// stored number must never mean something other than what was written.
/// </summary>
internal static class ExactDecimal
{
    // The largest decimal, 79,228,162,514,264,337,593,543,950,335, has 29 digits.
    private const int MaxSignificantDigits = 29;

    /// <summary>
    /// Parses <paramref name="utf8Number"/> (an optional minus, digits, an optional fraction and exponent, as in JSON);
    /// <see langword="false"/> when it is not such a number, is out of the decimal's range, or would be rounded.
    /// </summary>
    internal static bool TryParse(ReadOnlySpan<byte> utf8Number, out decimal value) =>
        decimal.TryParse(utf8Number, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && IsExact(utf8Number, value);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{byte}, out decimal)"/>
    internal static bool TryParse(ReadOnlySpan<char> number, out decimal value) =>
        decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && IsExact(number, value);

    /// <summary>Whether <paramref name="number"/>, which parsed as <paramref name="value"/>, is exactly that value.</summary>
    internal static bool IsExact<TChar>(ReadOnlySpan<TChar> number, decimal value)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        Span<char> written = stackalloc char[MaxSignificantDigits];
        if (!TryNormalize(number, written, out var writtenLength, out var writtenExponent))
        {
            return false;
        }

        Span<char> text = stackalloc char[64];
        value.TryFormat(text, out var length, default, CultureInfo.InvariantCulture);
        Span<char> held = stackalloc char[MaxSignificantDigits];
        TryNormalize<char>(text[..length], held, out var heldLength, out var heldExponent);
        return written[..writtenLength].SequenceEqual(held[..heldLength]) && (writtenLength == 0 || writtenExponent == heldExponent);
    }

    /// <summary>
    /// The significant digits of a number (no leading or trailing zeros) and the power of ten of the last one; false when
    /// there are more than <see cref="MaxSignificantDigits"/> of them, so no decimal can hold it.
    /// </summary>
    private static bool TryNormalize<TChar>(ReadOnlySpan<TChar> number, Span<char> digits, out int count, out long exponent)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        count = 0;
        exponent = 0;
        var pendingZeros = 0L;
        var fraction = false;
        var i = 0;
        for (; i < number.Length; i++)
        {
            var c = (char)ushort.CreateTruncating(number[i]);
            if (c == '.')
            {
                fraction = true;
            }
            else if (char.IsAsciiDigit(c))
            {
                if (fraction)
                {
                    exponent--;
                }

                if (c == '0')
                {
                    // Leading zeros are not significant; inner and trailing zeros are counted once a later digit shows them inner.
                    if (count > 0)
                    {
                        pendingZeros++;
                    }

                    continue;
                }

                if (count + pendingZeros + 1 > MaxSignificantDigits)
                {
                    return false;
                }

                for (; pendingZeros > 0; pendingZeros--)
                {
                    digits[count++] = '0';
                }

                digits[count++] = c;
            }
            else if (c is 'e' or 'E')
            {
                break;
            }
        }

        // The trailing zeros dropped scale the last significant digit up.
        exponent += pendingZeros;
        if (i < number.Length)
        {
            exponent += ReadExponent(number[(i + 1)..]);
        }

        return true;
    }

    private static long ReadExponent<TChar>(ReadOnlySpan<TChar> text)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        var negative = false;
        var value = 0L;
        foreach (var t in text)
        {
            var c = (char)ushort.CreateTruncating(t);
            if (c == '-')
            {
                negative = true;
            }
            else if (char.IsAsciiDigit(c))
            {
                // Saturate: an exponent this large already put the value out of the decimal's range or to 0.
                value = Math.Min(value * 10 + (c - '0'), 1_000_000_000L);
            }
        }

        return negative ? -value : value;
    }
}
