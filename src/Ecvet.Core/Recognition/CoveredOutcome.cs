using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Recognition;

/// <summary>A home learning outcome that counts toward its unit, with the evidence used.</summary>
/// <remarks>Equality compares every property. This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record CoveredOutcome
{
    internal CoveredOutcome(LearningOutcomeId outcome, OutcomeEvidence evidence)
    {
        Outcome = outcome ?? throw new ArgumentNullException(nameof(outcome));
        Evidence = evidence ?? throw new ArgumentNullException(nameof(evidence));
    }

    /// <summary>The home outcome.</summary>
    public LearningOutcomeId Outcome { get; }

    /// <summary>The evidence.</summary>
    public OutcomeEvidence Evidence { get; }

    /// <summary>The outcome and its evidence.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Outcome}: {Evidence}";
}
