using System.Globalization;

namespace Ecvet.Recognition;

/// <summary>A host outcome paired with a home outcome by an <see cref="IOutcomeMatcher"/>, with its similarity.</summary>
/// <remarks>Equality compares every property. This type is immutable and thread-safe.</remarks>
public sealed record OutcomePairing
{
    private OutcomePairing(int hostIndex, int homeIndex, double similarity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hostIndex);
        ArgumentOutOfRangeException.ThrowIfNegative(homeIndex);
        if (!(similarity >= 0 && similarity <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(similarity), similarity, "A similarity lies between 0 and 1.");
        }

        HostIndex = hostIndex;
        HomeIndex = homeIndex;
        Similarity = similarity;
    }

    /// <summary>The position of the host outcome in the list given to the matcher.</summary>
    public int HostIndex { get; }

    /// <summary>The position of the home outcome in the list given to the matcher.</summary>
    public int HomeIndex { get; }

    /// <summary>The similarity, in [0, 1].</summary>
    public double Similarity { get; }

    /// <summary>Creates a pairing.</summary>
    /// <param name="hostIndex">The host outcome's position, not negative.</param>
    /// <param name="homeIndex">The home outcome's position, not negative.</param>
    /// <param name="similarity">The similarity, in [0, 1].</param>
    /// <returns>The pairing.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A position is negative or the similarity is out of range.</exception>
    public static OutcomePairing Create(int hostIndex, int homeIndex, double similarity) => new(hostIndex, homeIndex, similarity);

    /// <summary>The pair and the similarity.</summary>
    /// <returns>Text such as <c>host 0 → home 2: 0.91</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"host {HostIndex} → home {HomeIndex}: {Similarity:0.00}");
}
