using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Recognition;
using Ecvet.Serialization.Internal.Wire;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// The converter of every public type with a JSON shape, behind <see cref="EcvetJsonConverter"/>. Nothing here decides
/// a shape or a rule: text values go through their <c>Parse</c>, numbers through their <c>From</c>, enumerations through
/// the one registry (<see cref="WireEnums"/>), and everything else through the document mappers, reading and writing the
/// wire record the type has inside its document.
/// </summary>
/// <remarks>
/// An explicit table, not a generic type made at run time, so trimming and Native AOT keep every converter.
/// </remarks>
internal static class PublicTypeConverters
{
    private static readonly FrozenDictionary<Type, JsonConverter> Converters = Build();

    public static bool Contains(Type type) => Converters.ContainsKey(type);

    public static JsonConverter? Get(Type type) => Converters.GetValueOrDefault(type);

    /// <summary>Every type the table knows (for tests and documentation).</summary>
    public static IEnumerable<Type> Types => Converters.Keys;

    private static FrozenDictionary<Type, JsonConverter> Build()
    {
        var context = EcvetJsonContext.Default;
        var table = new Dictionary<Type, JsonConverter>(WireEnums.Standalone)
        {
            [typeof(Matching.MatchEvidence)] = new FlagsEnumConverter<Matching.MatchEvidence>(),
        };

        // Identifiers and codes: strings, as documents hold them.
        Text(table, UnitId.Parse, v => v.Value);
        Text(table, QualificationId.Parse, v => v.Value);
        Text(table, LearningOutcomeId.Parse, v => v.Value);
        Text(table, LearningAgreementId.Parse, v => v.Value);
        Text(table, MouId.Parse, v => v.Value);
        Text(table, TranscriptId.Parse, v => v.Value);
        Text(table, ContentHash.Parse, v => v.Value);
        Text(table, CountryCode.Parse, v => v.Value);
        Text(table, CreditScheme.Parse, v => v.Code);
        Text(table, LanguageTag.Parse, v => v.Value);
        Text(table, IscedFCode.Parse, v => v.Value);
        Text(table, EscoOccupationRef.Parse, v => v.ToString());
        Text(table, InstitutionId.Parse, v => v.ToString());
        Text(table, LearnerId.Parse, v => v.ToString());

        // Numbers.
        table[typeof(CreditPoints)] = new NumberValueConverter<CreditPoints>(CreditPoints.From, p => p.Value);
        table[typeof(EqfLevel)] = new NumberValueConverter<EqfLevel>(WholeNumber(EqfLevel.From), l => l.Value);

        // A language map.
        Wire(table, context.DictionaryStringString, (w, s) => WireReader.Text(s, w, null), QualificationDocumentMapper.Text);

        // The qualification document's parts.
        Wire(table, context.CreditWire, AgreementWireReader.CreditRecorded, AgreementWireWriter.ToWire);
        Wire(table, context.EscoSkillWire, QualificationDocumentMapper.MapSkill, QualificationDocumentMapper.ToWire);
        Wire(table, context.NqfLevelWire, QualificationDocumentMapper.MapNqfLevel, QualificationDocumentMapper.ToWire);
        Wire(table, context.LearningOutcomeWire, QualificationDocumentMapper.MapOutcome, QualificationDocumentMapper.ToWire);
        Wire(table, context.UnitWire, QualificationDocumentMapper.MapUnit, QualificationDocumentMapper.ToWire);
        Wire(table, context.UnitAllocationWire, QualificationDocumentMapper.MapAllocation, QualificationDocumentMapper.ToWire);
        Wire(table, context.QualificationWire, QualificationDocumentMapper.MapQualification, QualificationDocumentMapper.ToWire);
        Wire(table, context.ListUnitWire, QualificationDocumentMapper.MapCatalogue, QualificationDocumentMapper.ToWire, JsonTokenType.StartArray);

        // People and organisations.
        Wire(table, context.PersonNameWire, (w, s) => PeopleWire.FromWire(s, w, null), PeopleWire.ToWire);
        Wire(table, context.LearnerWire, PeopleWire.FromWire, PeopleWire.ToWire);
        Wire(table, context.ContactPointWire, (w, s) => PeopleWire.FromWire(s, w, null), PeopleWire.ToWire);
        Wire(table, context.OrganisationWire, PeopleWire.FromWire, PeopleWire.ToWire);

        // The mobility documents' parts.
        Wire(table, context.MobilityPeriodWire, AgreementWireReader.Period, AgreementWireWriter.ToWire);
        Wire(table, context.QualificationReferenceWire, AgreementWireReader.Qualification, AgreementWireWriter.ToWire);
        Wire(table, context.AssessmentArrangementWire, AgreementWireReader.Arrangement, AgreementWireWriter.ToWire);
        Wire(table, context.ExpectedLearningWire, AgreementWireReader.Expected, AgreementWireWriter.ToWire);
        Wire(table, context.AgreementContentWire, AgreementWireReader.Content, AgreementWireWriter.ToWire);
        Wire(table, context.SignatureWire, AgreementWireReader.Signature, AgreementWireWriter.ToWire);
        Wire(table, context.ComponentChangeWire, AgreementWireReader.Change, AgreementWireWriter.ToWire);
        Wire(table, context.ProposalRejectionWire, AgreementWireReader.Rejection, AgreementWireWriter.ToWire);
        Wire(table, context.ChangeProposalWire, AgreementWireReader.Proposal, AgreementWireWriter.ToWire);
        Wire(table, context.AgreementVersionWire, AgreementWireReader.Version, AgreementWireWriter.ToWire);
        Wire(table, context.AgreementEndWire, AgreementWireReader.End, AgreementWireWriter.ToWire);
        Wire(table, context.MouUnitWire, AgreementWireReader.UnitInScope, AgreementWireWriter.ToWire);
        Wire(table, context.MouQualificationWire, AgreementWireReader.MouQualification, AgreementWireWriter.ToWire);
        Wire(table, context.MouProceduresWire, AgreementWireReader.Procedures, AgreementWireWriter.ToWire);
        Wire(table, context.EquivalenceRuleWire, AgreementWireReader.Equivalence, AgreementWireWriter.ToWire);
        Wire(table, context.GradingSchemeWire, AgreementWireReader.Scheme, AgreementWireWriter.ToWire);

        // The recognition documents' parts.
        Wire(table, context.RecognitionPolicyWire, RuleSetWireMapper.Policy, RuleSetWireMapper.ToWire);
        Wire(table, context.RecognitionRuleWire, RuleSetWireMapper.Rule, RuleSetWireMapper.ToWire);
        Wire(table, context.ConditionWire, RuleSetWireMapper.Condition, RuleSetWireMapper.ToWire);
        Wire<ConditionWire, CompositeCondition>(table, context.ConditionWire, RuleSetWireMapper.Condition<CompositeCondition>, RuleSetWireMapper.ToWire);
        Wire<ConditionWire, AllOfCondition>(table, context.ConditionWire, RuleSetWireMapper.Condition<AllOfCondition>, RuleSetWireMapper.ToWire);
        Wire<ConditionWire, AnyOfCondition>(table, context.ConditionWire, RuleSetWireMapper.Condition<AnyOfCondition>, RuleSetWireMapper.ToWire);
        Wire<ConditionWire, NotCondition>(table, context.ConditionWire, RuleSetWireMapper.Condition<NotCondition>, RuleSetWireMapper.ToWire);
        Wire<ConditionWire, PredicateCondition>(table, context.ConditionWire, RuleSetWireMapper.Condition<PredicateCondition>, RuleSetWireMapper.ToWire);
        Wire<ConditionWire, CheckCondition>(table, context.ConditionWire, RuleSetWireMapper.Condition<CheckCondition>, RuleSetWireMapper.ToWire);
        Wire(table, context.MatchConfirmationWire, MatchConfirmationSetWireMapper.Confirmation, MatchConfirmationSetWireMapper.ToWire);
        Wire(table, context.PendingMatchWire, RecognitionReportWireMapper.Pending, RecognitionReportWireMapper.ToWire);
        Wire(table, context.OutcomeEvidenceWire, RecognitionReportWireMapper.Evidence, RecognitionReportWireMapper.ToWire);
        Wire(table, context.CoveredOutcomeWire, RecognitionReportWireMapper.Covered, RecognitionReportWireMapper.ToWire);
        Wire(table, context.UnitDecisionWire, RecognitionReportWireMapper.Decision, RecognitionReportWireMapper.ToWire);
        Wire(table, context.RuleResultWire, RecognitionReportWireMapper.Result, RecognitionReportWireMapper.ToWire);
        Wire(table, context.BankedOutcomeWire, CreditLedgerWireMapper.Banked, CreditLedgerWireMapper.ToWire);
        Wire(table, context.UnitRecognitionWire, CreditLedgerWireMapper.Recognition, CreditLedgerWireMapper.ToWire);

        // The root documents: the converters behind EcvetJson's own contracts.
        Root(table, EcvetJson.QualificationDocument);
        Root(table, EcvetJson.LearningAgreement);
        Root(table, EcvetJson.MemorandumOfUnderstanding);
        Root(table, EcvetJson.PersonalTranscript);
        Root(table, EcvetJson.RuleSet);
        Root(table, EcvetJson.MatchConfirmationSet);
        Root(table, EcvetJson.RecognitionReport);
        Root(table, EcvetJson.CreditLedger);
        return table.ToFrozenDictionary();
    }

    private static void Text<T>(Dictionary<Type, JsonConverter> table, Func<string, T> parse, Func<T, string> format)
        where T : class =>
        table.Add(typeof(T), new TextValueConverter<T>(parse, format));

    private static void Wire<TWire, T>(Dictionary<Type, JsonConverter> table, JsonTypeInfo<TWire> wire, Func<TWire, ProblemSink, T?> map, Func<T, TWire> toWire, JsonTokenType start = JsonTokenType.StartObject)
        where TWire : class
        where T : class =>
        table.Add(typeof(T), new DocumentConverter<TWire, T>(wire, map, toWire, start));

    private static void Wire<TWire, T>(Dictionary<Type, JsonConverter> table, JsonTypeInfo<TWire> wire, Func<ProblemSink, TWire, T?> map, Func<T, TWire> toWire)
        where TWire : class
        where T : class =>
        Wire(table, wire, (w, s) => map(s, w), toWire);

    private static void Root<T>(Dictionary<Type, JsonConverter> table, JsonTypeInfo<T> contract) => table.Add(typeof(T), contract.Converter);

    /// <summary>A level is a whole number; anything else is refused before the domain sees it, as documents (<c>int</c>) do.</summary>
    private static Func<decimal, T> WholeNumber<T>(Func<int, T> from) => value =>
        value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue
            ? from((int)value)
            : throw new ArgumentException($"{value.ToString(System.Globalization.CultureInfo.InvariantCulture)} is not a whole number.", nameof(value));
}
