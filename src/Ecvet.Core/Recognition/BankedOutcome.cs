using System.Globalization;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using NodaTime;

namespace Ecvet.Recognition;

/// <summary>
/// A home learning outcome held as credit in a <see cref="CreditLedger"/>: the unit it belongs to, the host evidence that
/// covers it, and the recognition (agreement and day) that banked it.
/// </summary>
/// <remarks>Equality compares every property. This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record BankedOutcome
{
    internal BankedOutcome(UnitId unit, LearningOutcomeId outcome, InstitutionId host, string agreement, LocalDate recognisedOn, OutcomeEvidence evidence)
    {
        Unit = unit ?? throw new ArgumentNullException(nameof(unit));
        Outcome = outcome ?? throw new ArgumentNullException(nameof(outcome));
        Host = host ?? throw new ArgumentNullException(nameof(host));
        Agreement = Utility.Preconditions.CheckText(agreement, nameof(agreement));
        RecognisedOn = Utility.Dates.Check(recognisedOn, nameof(recognisedOn));
        Evidence = evidence ?? throw new ArgumentNullException(nameof(evidence));
    }

    /// <summary>The home unit the outcome belongs to.</summary>
    public UnitId Unit { get; }

    /// <summary>The home outcome.</summary>
    public LearningOutcomeId Outcome { get; }

    /// <summary>The host institution that assessed the evidence.</summary>
    public InstitutionId Host { get; }

    /// <summary>The learning agreement of the mobility whose recognition banked the outcome.</summary>
    public string Agreement { get; }

    /// <summary>The day of that recognition (the report's evaluation day).</summary>
    public LocalDate RecognisedOn { get; }

    /// <summary>The host evidence that covers the outcome.</summary>
    public OutcomeEvidence Evidence { get; }

    /// <summary>The outcome, its unit and its evidence.</summary>
    /// <returns>Text such as <c>fi-cook-u3-lo1 (fi-cook-u3): assessed by the host as fi-cook-u3-lo1, 2026-05-20</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Outcome} ({Unit}): {Evidence}, {Evidence.AssessedOn:uuuu-MM-dd}");
}
