using System.Globalization;

namespace Ecvet;

/// <summary>
/// A declared rate for converting points from one credit scheme to another: <c>to = from × factor</c>, optionally
/// rounded to a step.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Factor"/> is greater than 0. When <see cref="RoundingStep"/> is given (greater than 0, at most two
/// decimals), converted points are rounded to a multiple of it with <see cref="Rounding"/>; when it is not, the exact
/// product must have at most two decimals or the conversion fails: nothing is rounded silently.
/// A rate goes one way only; <see cref="Inverse"/> makes the opposite rate when the competent institutions agree to it.
/// </para>
/// <para>
/// Equality compares every property (schemes by code, the factor and step by numeric value).
/// This type is immutable and thread-safe.
/// </para>
/// </remarks>
public sealed record CreditConversionRate
{
    private const int InverseFactorDecimals = 20;

    private CreditConversionRate(CreditScheme from, CreditScheme to, decimal factor, decimal? roundingStep, MidpointRounding rounding)
    {
        From = from;
        To = to;
        Factor = factor;
        RoundingStep = roundingStep;
        Rounding = rounding;
    }

    /// <summary>The scheme converted from.</summary>
    public CreditScheme From { get; }

    /// <summary>The scheme converted to.</summary>
    public CreditScheme To { get; }

    /// <summary>The factor: points in <see cref="To"/> = points in <see cref="From"/> × factor. Greater than 0.</summary>
    public decimal Factor { get; }

    /// <summary>The step converted points are rounded to, or <see langword="null"/> when the product must be exact.</summary>
    public decimal? RoundingStep { get; }

    /// <summary>How converted points are rounded to <see cref="RoundingStep"/>; <see cref="MidpointRounding.AwayFromZero"/> (half up) by default.</summary>
    public MidpointRounding Rounding { get; }

    /// <summary>Returns a rate.</summary>
    /// <param name="from">The scheme converted from.</param>
    /// <param name="to">The scheme converted to, different from <paramref name="from"/>.</param>
    /// <param name="factor">The factor, greater than 0.</param>
    /// <param name="roundingStep">The rounding step, greater than 0 with at most two decimals; or <see langword="null"/> for exact conversion.</param>
    /// <param name="rounding">How to round to <paramref name="roundingStep"/>.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="from"/> or <paramref name="to"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is the same scheme as <paramref name="from"/>, or <paramref name="roundingStep"/> has more than two decimals.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> or <paramref name="roundingStep"/> is not positive, or <paramref name="rounding"/> is not defined.</exception>
    public static CreditConversionRate Create(
        CreditScheme from, CreditScheme to, decimal factor, decimal? roundingStep = null, MidpointRounding rounding = MidpointRounding.AwayFromZero)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (from.Equals(to))
        {
            throw new ArgumentException($"A conversion rate goes between two different schemes; both are '{from}'.", nameof(to));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(factor);
        if (roundingStep is { } step)
        {
            CreditPoints.CheckStep(step, nameof(roundingStep));
        }

        if (!Enum.IsDefined(rounding))
        {
            throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Not a defined rounding mode.");
        }

        return new CreditConversionRate(from, to, factor, roundingStep, rounding);
    }

    /// <summary>
    /// The opposite rate, from <see cref="To"/> to <see cref="From"/> with factor 1 / <see cref="Factor"/>, rounded to
    /// <paramref name="roundingStep"/>.
    /// </summary>
    /// <remarks>
    /// The inverse factor is rounded to 20 decimal places, so that inverting a rounded fraction gives back the simple
    /// factor it stands for: the inverse of 1/3 (0.3333…, 28 digits) is 3, not 3.0000…0003.
    /// </remarks>
    /// <param name="roundingStep">
    /// The rounding step of the opposite rate, or <see langword="null"/> for exact conversion. An inverse factor such as
    /// 1/3 has no exact decimal, so it usually needs a step.
    /// </param>
    /// <returns>The opposite rate, with the same <see cref="Rounding"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="roundingStep"/> has more than two decimals.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="roundingStep"/> is not positive.</exception>
    public CreditConversionRate Inverse(decimal? roundingStep) =>
        Create(To, From, decimal.Round(1m / Factor, InverseFactorDecimals), roundingStep, Rounding);

    /// <summary>Converts points from <see cref="From"/> to <see cref="To"/>.</summary>
    /// <param name="points">The points in <see cref="From"/>.</param>
    /// <returns>The points in <see cref="To"/>.</returns>
    /// <exception cref="InvalidOperationException">This rate has no rounding step and the product has more than two decimals.</exception>
    /// <exception cref="OverflowException">The product is above <see cref="CreditPoints.MaxValue"/>.</exception>
    public CreditPoints Apply(CreditPoints points)
    {
        if (RoundingStep is { } step)
        {
            return points.MultiplyAndRound(Factor, step, Rounding);
        }

        var product = points.Value * Factor;
        if (product > CreditPoints.MaxValue)
        {
            return points * Factor; // throws the OverflowException with its message
        }

        return CreditPoints.TryFrom(product, out var converted)
            ? converted
            : throw new InvalidOperationException(
                $"Converting {points} {From} to {To} gives {product.ToString(CultureInfo.InvariantCulture)}, which has more than {CreditPoints.MaxDecimalPlaces} decimals; declare a rounding step for this rate.");
    }

    /// <summary>A readable description, such as <c>ects -> ecvet x 1, rounded to 0.5 (AwayFromZero)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{From} -> {To} x {Factor}");
        return RoundingStep is { } step ? string.Create(CultureInfo.InvariantCulture, $"{text}, rounded to {step} ({Rounding})") : text;
    }
}
