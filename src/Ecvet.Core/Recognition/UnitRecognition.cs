using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;
using NodaTime;

namespace Ecvet.Recognition;

/// <summary>
/// A home unit recognised in full by one mobility, held in a <see cref="CreditLedger"/>: the recognition (agreement and
/// day), the host and the outcomes that counted with their evidence.
/// </summary>
/// <remarks>Equality compares every property, collections in order. This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record UnitRecognition
{
    internal UnitRecognition(UnitId unit, InstitutionId host, string agreement, LocalDate recognisedOn, ImmutableArray<CoveredOutcome> covered)
    {
        Unit = unit ?? throw new ArgumentNullException(nameof(unit));
        Host = host ?? throw new ArgumentNullException(nameof(host));
        Agreement = Preconditions.CheckText(agreement, nameof(agreement));
        RecognisedOn = Dates.Check(recognisedOn, nameof(recognisedOn));
        covered = covered.OrEmpty();
        Preconditions.CheckNoNulls(covered, nameof(covered));
        Preconditions.CheckNotEmpty(covered, nameof(covered), "covered outcome");
        Preconditions.CheckDistinct(covered, c => c.Outcome, nameof(covered), "covered outcome");
        CoveredOutcomes = covered;
    }

    /// <summary>The home unit.</summary>
    public UnitId Unit { get; }

    /// <summary>The host institution that assessed the evidence.</summary>
    public InstitutionId Host { get; }

    /// <summary>The learning agreement of the mobility that recognised the unit.</summary>
    public string Agreement { get; }

    /// <summary>The day of the recognition (the report's evaluation day).</summary>
    public LocalDate RecognisedOn { get; }

    /// <summary>The outcomes that counted, with their evidence; at least one, each once.</summary>
    public ImmutableArray<CoveredOutcome> CoveredOutcomes { get; }

    /// <summary>The day of the earliest assessment the recognition rests on: its credit expires first.</summary>
    public LocalDate EarliestAssessment => CoveredOutcomes.Min(c => c.Evidence.AssessedOn);

    /// <inheritdoc />
    public bool Equals(UnitRecognition? other) => other is not null && Unit == other.Unit && Host == other.Host
        && Agreement == other.Agreement && RecognisedOn == other.RecognisedOn && Equality.SequenceEqual(CoveredOutcomes, other.CoveredOutcomes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Agreement, RecognisedOn, Equality.SequenceHash(CoveredOutcomes));

    /// <summary>The unit and the recognition.</summary>
    /// <returns>Text such as <c>fi-cook-u3 recognised in full under la-2026-0042 on 2026-06-15</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Unit} recognised in full under {Agreement} on {RecognisedOn:uuuu-MM-dd}");
}
