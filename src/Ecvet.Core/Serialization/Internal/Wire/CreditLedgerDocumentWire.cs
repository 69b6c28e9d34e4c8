using NodaTime;

namespace Ecvet.Serialization.Internal.Wire;

// Wire records of the credit ledger. Property order here is the order written.

/// <summary>
/// <c>{ "schemaVersion": "1.0", "learner": "esi:…", "homeQualification": { qualification document }, "bankedOutcomes": [ … ],
/// "recognitions": [ … ] }</c>. The qualification travels with the ledger, so the ledger is read and judged on its own.
/// </summary>
internal sealed record CreditLedgerDocumentWire
{
    public required string SchemaVersion { get; init; }

    public required string Learner { get; init; }

    public required QualificationDocumentWire HomeQualification { get; init; }

    public required List<BankedOutcomeWire> BankedOutcomes { get; init; }

    public required List<UnitRecognitionWire> Recognitions { get; init; }
}

/// <summary><c>{ "unit", "outcome", "host", "agreement", "recognisedOn", "evidence": { … } }</c>.</summary>
internal sealed record BankedOutcomeWire
{
    public required string Unit { get; init; }

    public required string Outcome { get; init; }

    public required string Host { get; init; }

    public required string Agreement { get; init; }

    public required LocalDate RecognisedOn { get; init; }

    public required OutcomeEvidenceWire Evidence { get; init; }
}

/// <summary><c>{ "unit", "host", "agreement", "recognisedOn", "coveredOutcomes": [ … ] }</c>: a unit recognised in full.</summary>
internal sealed record UnitRecognitionWire
{
    public required string Unit { get; init; }

    public required string Host { get; init; }

    public required string Agreement { get; init; }

    public required LocalDate RecognisedOn { get; init; }

    public required List<CoveredOutcomeWire> CoveredOutcomes { get; init; }
}
