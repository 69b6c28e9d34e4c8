using System.Globalization;
using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Recognition;

/// <summary>A match in the review band that needs a person's confirmation before it counts.</summary>
/// <remarks>Equality compares every property. This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record PendingMatch
{
    internal PendingMatch(LearningOutcomeId homeOutcome, LearningOutcomeId hostOutcome, double similarity)
    {
        HomeOutcome = homeOutcome ?? throw new ArgumentNullException(nameof(homeOutcome));
        HostOutcome = hostOutcome ?? throw new ArgumentNullException(nameof(hostOutcome));
        if (!(similarity >= 0 && similarity <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(similarity), similarity, "A similarity lies between 0 and 1.");
        }

        Similarity = similarity;
    }

    /// <summary>The home outcome.</summary>
    public LearningOutcomeId HomeOutcome { get; }

    /// <summary>The host's outcome.</summary>
    public LearningOutcomeId HostOutcome { get; }

    /// <summary>The similarity, between the review and the equivalence threshold.</summary>
    public double Similarity { get; }

    /// <summary>The pair and the similarity.</summary>
    /// <returns>Text such as <c>es-lo-3 → fi-u3-lo2 (0.62)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{HostOutcome} → {HomeOutcome} ({Similarity:0.00})");
}
