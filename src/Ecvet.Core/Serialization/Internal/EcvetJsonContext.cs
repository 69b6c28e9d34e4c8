using System.Text.Json.Serialization;
using Ecvet.Serialization.Internal.Wire;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// The source-generated contract of every wire record. Each strict option is set one by one (the
/// <c>JsonSerializerDefaults.Strict</c> preset throws in this attribute on .NET 10); a test asserts every value.
/// </summary>
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
internal sealed partial class EcvetJsonContext : JsonSerializerContext;
