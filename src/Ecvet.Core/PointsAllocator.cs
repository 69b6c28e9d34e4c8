using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;

namespace Ecvet;

/// <summary>
/// Distributes a number of credit points over parts (units of a qualification) in proportion to their relative weights.
/// </summary>
/// <remarks>
/// This is the second phase of ECVET point allocation (Recommendation 2009, Annex II §4): points are first allocated to
/// the qualification as a whole, then to its units by relative weight. The arithmetic is exact (rational, not
/// floating-point) and deterministic. This type is stateless and thread-safe.
/// </remarks>
public static class PointsAllocator
{
    /// <summary>
    /// Distributes <paramref name="total"/> over parts in proportion to <paramref name="weights"/>, each part a whole
    /// multiple of <paramref name="step"/>, the parts summing exactly to <paramref name="total"/>.
    /// </summary>
    /// <remarks>
    /// Largest-remainder method (Hamilton): each part first gets its exact share rounded down to a multiple of the step;
    /// the steps left over go one each to the parts with the largest remainders, ties going to the earlier part.
    /// So every part is within one step of its exact share <c>total × weight / Σ weights</c>, and parts of equal
    /// weight differ by at most one step. Weights 15, 15, 20, 25, 10, 15 of 120 points give 18, 18, 24, 30, 12, 18.
    /// </remarks>
    /// <param name="total">The points to distribute; a whole multiple of <paramref name="step"/>.</param>
    /// <param name="weights">The relative weights, one per part, each greater than 0; at least one.</param>
    /// <param name="step">The granularity of the parts, greater than 0 with at most two decimals; 0.5 by default.</param>
    /// <returns>The points of each part, in the order of <paramref name="weights"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="weights"/> is empty; <paramref name="step"/> has more than two decimals; or
    /// <paramref name="total"/> is not a whole multiple of <paramref name="step"/>.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight or <paramref name="step"/> is 0 or negative.</exception>
    public static ImmutableArray<CreditPoints> Allocate(CreditPoints total, IReadOnlyList<decimal> weights, decimal step = 0.5m)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0)
        {
            throw new ArgumentException("At least one weight is needed.", nameof(weights));
        }

        for (var i = 0; i < weights.Count; i++)
        {
            if (weights[i] <= 0m)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(weights), weights[i], string.Create(CultureInfo.InvariantCulture, $"Every weight must be greater than 0; weight [{i}] is {weights[i]}."));
            }
        }

        CreditPoints.CheckStep(step, nameof(step));
        if (!total.IsMultipleOf(step))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The total {total} is not a whole multiple of the step {step}; round it first or choose another step."),
                nameof(total));
        }

        // Exact rationals: weights as integers over a common power of ten, so shares are num / den with no rounding.
        var scaled = ToCommonScale(weights);
        var sum = BigInteger.Zero;
        foreach (var w in scaled)
        {
            sum += w;
        }

        var steps = new BigInteger(total.Value / step);
        var units = new BigInteger[scaled.Length];
        var remainders = new BigInteger[scaled.Length];
        var given = BigInteger.Zero;
        for (var i = 0; i < scaled.Length; i++)
        {
            units[i] = BigInteger.DivRem(steps * scaled[i], sum, out remainders[i]);
            given += units[i];
        }

        var left = (int)(steps - given); // fewer than the number of parts
        if (left > 0)
        {
            var order = Enumerable.Range(0, scaled.Length).ToArray();
            Array.Sort(order, (a, b) =>
            {
                var byRemainder = remainders[b].CompareTo(remainders[a]);
                return byRemainder != 0 ? byRemainder : a.CompareTo(b);
            });
            for (var k = 0; k < left; k++)
            {
                units[order[k]] += 1;
            }
        }

        var parts = ImmutableArray.CreateBuilder<CreditPoints>(scaled.Length);
        foreach (var u in units)
        {
            parts.Add(CreditPoints.From((decimal)u * step));
        }

        return parts.MoveToImmutable();
    }

    private static BigInteger[] ToCommonScale(IReadOnlyList<decimal> weights)
    {
        var maxScale = 0;
        foreach (var w in weights)
        {
            maxScale = Math.Max(maxScale, w.Scale);
        }

        var result = new BigInteger[weights.Count];
        Span<int> bits = stackalloc int[4];
        for (var i = 0; i < weights.Count; i++)
        {
            decimal.GetBits(weights[i], bits);
            var mantissa = (new BigInteger(unchecked((uint)bits[2])) << 64) | (new BigInteger(unchecked((uint)bits[1])) << 32) | new BigInteger(unchecked((uint)bits[0]));
            result[i] = mantissa * BigInteger.Pow(10, maxScale - weights[i].Scale);
        }

        return result;
    }
}
