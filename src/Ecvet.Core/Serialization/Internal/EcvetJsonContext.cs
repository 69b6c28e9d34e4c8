using System.Text.Json.Serialization;
using Ecvet.Serialization.Internal.Wire;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// The source-generated contract of every wire record. Each strict option is set one by one (the
/// <c>JsonSerializerDefaults.Strict</c> preset throws in this attribute on .NET 10); a test asserts every value.
/// </summary>
/// <remarks>
/// The converter list is the one registry of enumerations: an enumeration is written by name only when its
/// <see cref="StrictEnumConverter{T}"/> is listed here, and the schema generator, the diagnostics and
/// <see cref="EcvetJsonConverter"/> (users' own DTOs) read the names from these converters (<see cref="WireEnums"/>).
/// Add a new public enumeration here and nowhere else (besides its <c>[JsonConverter]</c> attribute).
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = false,
    AllowDuplicateProperties = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    IgnoreReadOnlyProperties = false,
    IgnoreReadOnlyFields = false,
    IncludeFields = false,
    PreferredObjectCreationHandling = JsonObjectCreationHandling.Replace,
    WriteIndented = false,
    MaxDepth = EcvetJson.MaxDepth,
    Converters = [
        typeof(PlainDecimalConverter),
        typeof(StrictEnumConverter<LearningOutcomeType>),
        typeof(StrictEnumConverter<AssessmentMethod>),
        typeof(StrictEnumConverter<CompetenceRole>),
        typeof(StrictEnumConverter<EscoSkillType>),
        typeof(StrictEnumConverter<EscoReuseLevel>),
        typeof(StrictEnumConverter<IdentifierScheme>),
        typeof(StrictEnumConverter<Agreements.AgreementEndKind>),
        typeof(StrictEnumConverter<Agreements.ChangeReason>),
        typeof(StrictEnumConverter<Agreements.ComponentChangeKind>),
        typeof(StrictEnumConverter<Agreements.SignatoryRole>),
        typeof(StrictEnumConverter<Assessment.AssessmentStatus>),
        typeof(StrictEnumConverter<Assessment.GradingKind>),
        typeof(StrictEnumConverter<Assessment.TargetCatalogue>),
        typeof(StrictEnumConverter<Recognition.RuleScope>),
        typeof(StrictEnumConverter<Recognition.RuleSeverity>),
        typeof(StrictEnumConverter<Recognition.PartialPointsPolicy>),
        typeof(StrictEnumConverter<Recognition.RecognitionOutcome>),
        typeof(StrictEnumConverter<Recognition.EvidenceKind>),
        typeof(StrictEnumConverter<Recognition.Truth>),
        typeof(StrictEnumConverter<Recognition.ConfirmationVerdict>),

        // Public enumerations no document holds: listed here too, so that users' DTOs write them by name like the rest.
        typeof(StrictEnumConverter<LearnerIdScheme>),
        typeof(StrictEnumConverter<Agreements.LearningAgreementStatus>),
        typeof(StrictEnumConverter<Matching.MatchedField>),
        typeof(StrictEnumConverter<Matching.TermWeighting>),
        typeof(StrictEnumConverter<Recognition.CheckKind>),
        typeof(StrictEnumConverter<Recognition.ConsistencyCode>),
        typeof(StrictEnumConverter<Recognition.ConsistencySeverity>),
        typeof(StrictEnumConverter<EcvetDocumentKind>),
        typeof(StrictEnumConverter<JsonProblemCode>),
        typeof(IsoLocalDateConverter),
        typeof(RoundtripPeriodConverter),
        typeof(IsoInstantConverter),
        typeof(IsoYearMonthConverter),
    ])]
[JsonSerializable(typeof(QualificationDocumentWire))]
[JsonSerializable(typeof(LearningAgreementDocumentWire))]
[JsonSerializable(typeof(AgreementContentWire))]
[JsonSerializable(typeof(MouDocumentWire))]
[JsonSerializable(typeof(TranscriptDocumentWire))]
[JsonSerializable(typeof(RuleSetDocumentWire))]
[JsonSerializable(typeof(MatchConfirmationSetDocumentWire))]
[JsonSerializable(typeof(RecognitionReportDocumentWire))]
[JsonSerializable(typeof(CreditLedgerDocumentWire))]
internal sealed partial class EcvetJsonContext : JsonSerializerContext;
