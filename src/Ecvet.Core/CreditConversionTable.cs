using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Ecvet;

/// <summary>
/// The conversion rates between credit schemes that the competent institutions have declared.
/// </summary>
/// <remarks>
/// <para>
/// Only declared rates convert: there is no implicit 1:1 between schemes, even those with the same points per
/// full-time year, and no implicit inverse; declare the opposite direction with <see cref="WithInverse"/> or
/// <see cref="WithRate"/>. Converting within one scheme returns the credit unchanged.
/// </para>
/// <para>
/// A table holds at most one rate per (from, to) pair. It is immutable: <see cref="WithRate"/> and
/// <see cref="WithInverse"/> return new tables. Equality compares the set of rates, whatever their order.
/// This type is immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class CreditConversionTable : IEquatable<CreditConversionTable>
{
    private readonly ImmutableDictionary<(string From, string To), CreditConversionRate> byPair;

    private CreditConversionTable(ImmutableArray<CreditConversionRate> rates, ImmutableDictionary<(string From, string To), CreditConversionRate> byPair)
    {
        Rates = rates;
        this.byPair = byPair;
    }

    /// <summary>A table with no rates: it converts only within a scheme.</summary>
    public static CreditConversionTable Empty { get; } = new([], ImmutableDictionary<(string, string), CreditConversionRate>.Empty);

    /// <summary>The rates, in the order they were declared.</summary>
    public ImmutableArray<CreditConversionRate> Rates { get; }

    /// <summary>Returns a table of the given rates.</summary>
    /// <param name="rates">The rates; at most one per (from, to) pair.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rates"/> contains null or two rates for the same pair.</exception>
    public static CreditConversionTable Create(IEnumerable<CreditConversionRate> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var list = ImmutableArray.CreateBuilder<CreditConversionRate>();
        var byPair = ImmutableDictionary.CreateBuilder<(string, string), CreditConversionRate>();
        foreach (var rate in rates)
        {
            if (rate is null)
            {
                throw new ArgumentException("The rates must not contain null.", nameof(rates));
            }

            if (!byPair.TryAdd(Key(rate.From, rate.To), rate))
            {
                throw new ArgumentException($"Two rates are declared from '{rate.From}' to '{rate.To}'; declare at most one per pair.", nameof(rates));
            }

            list.Add(rate);
        }

        return new CreditConversionTable(list.ToImmutable(), byPair.ToImmutable());
    }

    /// <summary>Returns a table of the given rates.</summary>
    /// <param name="rates">The rates; at most one per (from, to) pair.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rates"/> contains null or two rates for the same pair.</exception>
    public static CreditConversionTable Create(params ReadOnlySpan<CreditConversionRate> rates) => Create((IEnumerable<CreditConversionRate>)rates.ToArray());

    /// <summary>Returns a table with <paramref name="rate"/> added, replacing any rate for the same pair.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>The new table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rate"/> is null.</exception>
    public CreditConversionTable WithRate(CreditConversionRate rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        var key = Key(rate.From, rate.To);
        var rates = byPair.TryGetValue(key, out var existing) ? Rates.Replace(existing, rate) : Rates.Add(rate);
        return new CreditConversionTable(rates, byPair.SetItem(key, rate));
    }

    /// <summary>
    /// Returns a table that also converts from <paramref name="to"/> back to <paramref name="from"/>, with the inverse of
    /// the declared rate (see <see cref="CreditConversionRate.Inverse"/>), replacing any rate for that direction.
    /// </summary>
    /// <param name="from">The scheme the declared rate converts from.</param>
    /// <param name="to">The scheme the declared rate converts to.</param>
    /// <param name="roundingStep">The rounding step of the inverse rate, or <see langword="null"/> for exact conversion.</param>
    /// <returns>The new table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="from"/> or <paramref name="to"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No rate is declared from <paramref name="from"/> to <paramref name="to"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="roundingStep"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="roundingStep"/> has more than two decimals.</exception>
    public CreditConversionTable WithInverse(CreditScheme from, CreditScheme to, decimal? roundingStep)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (!TryGetRate(from, to, out var rate))
        {
            throw new InvalidOperationException($"No rate is declared from '{from}' to '{to}', so it has no inverse; declare it first with {nameof(WithRate)}.");
        }

        return WithRate(rate.Inverse(roundingStep));
    }

    /// <summary>Finds the rate declared from one scheme to another.</summary>
    /// <param name="from">The scheme to convert from.</param>
    /// <param name="to">The scheme to convert to.</param>
    /// <param name="rate">The rate, when declared.</param>
    /// <returns><see langword="true"/> when a rate is declared for the pair.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="from"/> or <paramref name="to"/> is null.</exception>
    public bool TryGetRate(CreditScheme from, CreditScheme to, [NotNullWhen(true)] out CreditConversionRate? rate)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        return byPair.TryGetValue(Key(from, to), out rate);
    }

    /// <summary>Converts a credit to another scheme with the declared rate.</summary>
    /// <param name="credit">The credit to convert.</param>
    /// <param name="target">The scheme to convert to.</param>
    /// <returns><paramref name="credit"/> itself when it is already in <paramref name="target"/>; otherwise the converted credit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="credit"/> or <paramref name="target"/> is null.</exception>
    /// <exception cref="InvalidOperationException">
    /// No rate is declared from the credit's scheme to <paramref name="target"/>, or the rate has no rounding step and
    /// the converted points would have more than two decimals.
    /// </exception>
    /// <exception cref="OverflowException">The converted points are above <see cref="CreditPoints.MaxValue"/>.</exception>
    public Credit Convert(Credit credit, CreditScheme target)
    {
        ArgumentNullException.ThrowIfNull(credit);
        ArgumentNullException.ThrowIfNull(target);
        if (credit.Scheme.Equals(target))
        {
            return credit;
        }

        if (!TryGetRate(credit.Scheme, target, out var rate))
        {
            var reverse = TryGetRate(target, credit.Scheme, out _)
                ? $" A rate from '{target}' to '{credit.Scheme}' is declared; rates are not inverted implicitly: use {nameof(WithInverse)}."
                : string.Empty;
            throw new InvalidOperationException($"No conversion from '{credit.Scheme}' to '{target}' is declared in this table.{reverse}");
        }

        return Credit.Create(target, rate.Apply(credit.Points));
    }

    /// <summary>Tries to convert a credit to another scheme (see <see cref="Convert"/>).</summary>
    /// <param name="credit">The credit to convert.</param>
    /// <param name="target">The scheme to convert to.</param>
    /// <param name="converted">The converted credit, when conversion succeeded.</param>
    /// <returns>
    /// <see langword="true"/> when the credit is already in <paramref name="target"/>, or a rate is declared and the
    /// converted points are valid.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="credit"/> or <paramref name="target"/> is null.</exception>
    public bool TryConvert(Credit credit, CreditScheme target, [NotNullWhen(true)] out Credit? converted)
    {
        ArgumentNullException.ThrowIfNull(credit);
        ArgumentNullException.ThrowIfNull(target);
        converted = null;
        if (credit.Scheme.Equals(target))
        {
            converted = credit;
            return true;
        }

        if (!TryGetRate(credit.Scheme, target, out var rate))
        {
            return false;
        }

        try
        {
            converted = Credit.Create(target, rate.Apply(credit.Points));
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or OverflowException)
        {
            return false;
        }
    }

    /// <summary>See the type documentation: equal when both hold the same rates.</summary>
    /// <param name="other">The table to compare with.</param>
    /// <returns>Whether the tables hold the same rates.</returns>
    public bool Equals(CreditConversionTable? other)
    {
        if (other is null || other.byPair.Count != byPair.Count)
        {
            return false;
        }

        foreach (var (key, rate) in byPair)
        {
            if (!other.byPair.TryGetValue(key, out var otherRate) || !rate.Equals(otherRate))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CreditConversionTable other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var rate in Rates)
        {
            hash = unchecked(hash + rate.GetHashCode());
        }

        return HashCode.Combine(Rates.Length, hash);
    }

    /// <summary>The rates, separated by <c>"; "</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => Rates.IsEmpty ? "(no rates)" : string.Join("; ", Rates);

    private static (string From, string To) Key(CreditScheme from, CreditScheme to) => (from.Code, to.Code);
}
