using System.Text.Json.Serialization;
using NodaTime;

namespace Ecvet.Serialization.Internal.Wire;

// Wire records of the mobility documents: learning agreement, memorandum of understanding, personal transcript.
// Property order here is the order written. Non-nullable members are required; nullable ones are always written, except
// where [JsonIgnore] says otherwise (a member added later whose absence keeps older documents' hashes).

/// <summary><c>{ "schemaVersion": "1.0", "id": …, "versions": [ … ], "proposals": [ … ], "end": null }</c>.</summary>
internal sealed record LearningAgreementDocumentWire
{
    public required string SchemaVersion { get; init; }

    public required string Id { get; init; }

    public required List<AgreementVersionWire> Versions { get; init; }

    public required List<ChangeProposalWire> Proposals { get; init; }

    public AgreementEndWire? End { get; init; }
}

/// <summary>One version: number, the hash of its content (checked on reading), the content, signatures, origin.</summary>
internal sealed record AgreementVersionWire
{
    public required int Number { get; init; }

    public required string Hash { get; init; }

    public required AgreementContentWire Content { get; init; }

    public required List<SignatureWire> Signatures { get; init; }

    public ChangeProposalWire? Origin { get; init; }
}

/// <summary>The content of a version; its canonical JSON is what the content hash is taken over.</summary>
internal sealed record AgreementContentWire
{
    public required LearnerWire Learner { get; init; }

    public required string Home { get; init; }

    public required string Host { get; init; }

    public string? Intermediary { get; init; }

    public string? Mou { get; init; }

    public Dictionary<string, string>? NoMouJustification { get; init; }

    public required MobilityPeriodWire Period { get; init; }

    public required QualificationReferenceWire Qualification { get; init; }

    public required List<string> UnitsAlreadyAchieved { get; init; }

    public required List<ExpectedLearningWire> Expected { get; init; }
}

/// <summary>Either both dates or both months.</summary>
internal sealed record MobilityPeriodWire
{
    public LocalDate? StartDate { get; init; }

    public LocalDate? EndDate { get; init; }

    public YearMonth? StartMonth { get; init; }

    public YearMonth? EndMonth { get; init; }
}

internal sealed record QualificationReferenceWire
{
    public required string Id { get; init; }

    public required Dictionary<string, string> Title { get; init; }

    public required int EqfLevel { get; init; }

    public NqfLevelWire? NqfLevel { get; init; }
}

internal sealed record ExpectedLearningWire
{
    public required string Unit { get; init; }

    public required List<string> Outcomes { get; init; }

    public required decimal ExpectedPoints { get; init; }

    public required decimal HomeAllocation { get; init; }

    public Dictionary<string, string>? Activities { get; init; }

    public required AssessmentArrangementWire Assessment { get; init; }

    public Dictionary<string, string>? RecognitionConditions { get; init; }
}

internal sealed record AssessmentArrangementWire
{
    public required List<AssessmentMethod> Methods { get; init; }

    public Dictionary<string, string>? Description { get; init; }
}

internal sealed record SignatureWire
{
    public required Agreements.SignatoryRole Role { get; init; }

    public required string SignerName { get; init; }

    public string? SignerPosition { get; init; }

    public string? SignerEmail { get; init; }

    public required Instant SignedAt { get; init; }

    public string? Place { get; init; }

    public string? Application { get; init; }

    public required string SignedContent { get; init; }

    public string? OnBehalfOf { get; init; }
}

internal sealed record ChangeProposalWire
{
    public required string Id { get; init; }

    public required int BaseVersion { get; init; }

    public required string BaseHash { get; init; }

    public required AgreementContentWire ProposedContent { get; init; }

    public required List<ComponentChangeWire> Changes { get; init; }

    public required Agreements.SignatoryRole ProposedBy { get; init; }

    public required Instant ProposedAt { get; init; }

    public string? Comment { get; init; }

    public required List<SignatureWire> Signatures { get; init; }

    public ProposalRejectionWire? Rejection { get; init; }
}

internal sealed record ComponentChangeWire
{
    public required Agreements.ComponentChangeKind Kind { get; init; }

    public required string Unit { get; init; }

    public required Agreements.ChangeReason Reason { get; init; }

    public string? ReasonText { get; init; }
}

internal sealed record ProposalRejectionWire
{
    public required Agreements.SignatoryRole RejectedBy { get; init; }

    public required string Comment { get; init; }

    public required Instant RejectedAt { get; init; }
}

internal sealed record AgreementEndWire
{
    public required Agreements.AgreementEndKind Kind { get; init; }

    public required Instant At { get; init; }

    public string? Reason { get; init; }
}

/// <summary><c>{ "schemaVersion": "1.0", "id": …, … , "signatures": [ … ] }</c>: a memorandum of understanding.</summary>
internal sealed record MouDocumentWire
{
    public required string SchemaVersion { get; init; }

    public required string Id { get; init; }

    public string? FileCode { get; init; }

    public required List<OrganisationWire> SigningOrganisations { get; init; }

    public required List<OrganisationWire> CoveredOrganisations { get; init; }

    public required List<MouQualificationWire> Qualifications { get; init; }

    public required MouProceduresWire Procedures { get; init; }

    public required LocalDate ValidFrom { get; init; }

    public LocalDate? ValidUntil { get; init; }

    public Period? MinimumMobilityDuration { get; init; }

    public Period? MaximumMobilityDuration { get; init; }

    public Dictionary<string, string>? ReviewArrangements { get; init; }

    public required List<EquivalenceRuleWire> PreAgreedEquivalences { get; init; }

    public required string Hash { get; init; }

    public required List<SignatureWire> Signatures { get; init; }
}

internal sealed record MouQualificationWire
{
    public required string Partner { get; init; }

    public required QualificationReferenceWire Qualification { get; init; }

    public required List<MouUnitWire> Units { get; init; }
}

internal sealed record MouUnitWire
{
    public required string Unit { get; init; }

    public Dictionary<string, string>? Title { get; init; }

    public decimal? Points { get; init; }
}

internal sealed record MouProceduresWire
{
    public required Dictionary<string, string> Assessment { get; init; }

    public required Dictionary<string, string> Documentation { get; init; }

    public required Dictionary<string, string> Validation { get; init; }

    public required Dictionary<string, string> Recognition { get; init; }
}

internal sealed record EquivalenceRuleWire
{
    public required List<string> HostUnits { get; init; }

    public required string HomeUnit { get; init; }

    public required List<string> HomeOutcomes { get; init; }

    public string? MinimumGrade { get; init; }

    // Added after 1.0 and left out when null, so that the content hashes of existing MoUs stay as they were signed.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MinimumGradeScheme { get; init; }

    public Dictionary<string, string>? Note { get; init; }
}

/// <summary><c>{ "schemaVersion": "1.0", "id": …, "agreement": …, … }</c>: the host's personal transcript.</summary>
internal sealed record TranscriptDocumentWire
{
    public required string SchemaVersion { get; init; }

    public required string Id { get; init; }

    public required string Agreement { get; init; }

    public required LearnerWire Learner { get; init; }

    public required string IssuedBy { get; init; }

    public required MobilityPeriodWire Period { get; init; }

    public required Instant IssuedAt { get; init; }

    public required List<GradingSchemeWire> GradingSchemes { get; init; }

    public required List<TranscriptEntryWire> Entries { get; init; }

    public required string Hash { get; init; }

    public required List<SignatureWire> Signatures { get; init; }
}

internal sealed record GradingSchemeWire
{
    public required string Id { get; init; }

    public required Dictionary<string, string> Title { get; init; }

    public required Assessment.GradingKind Kind { get; init; }

    public decimal? Minimum { get; init; }

    public decimal? Maximum { get; init; }

    public decimal? PassMark { get; init; }

    public required bool HigherIsBetter { get; init; }

    public required List<string> Labels { get; init; }

    public string? LowestPassingLabel { get; init; }
}

internal sealed record TranscriptEntryWire
{
    public required Dictionary<string, string> Title { get; init; }

    public string? Outcome { get; init; }

    public string? Unit { get; init; }

    /// <summary>
    /// <c>"host"</c> for one of the host's own targets; absent (or <c>"home"</c>) for a home target. Written only for a
    /// host target, so documents from before the member existed read, and hash, as they did.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Assessment.TargetCatalogue? Catalogue { get; init; }

    public required Assessment.AssessmentStatus Status { get; init; }

    public required string AssessingInstitution { get; init; }

    public required PersonNameWire Assessor { get; init; }

    public required LocalDate AssessedOn { get; init; }

    public required AssessmentMethod Method { get; init; }

    public required string GradingScheme { get; init; }

    public string? Grade { get; init; }

    public required List<string> Evidence { get; init; }

    public CreditWire? CreditRecorded { get; init; }
}
