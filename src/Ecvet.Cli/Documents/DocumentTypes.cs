using Ecvet.Serialization;

namespace Ecvet.Cli.Documents;

/// <summary>
/// Every document type the tool knows: what <c>ecvet validate --type</c> and <c>ecvet schema</c> accept. A new
/// document (a rule set, a recognition report) joins with one line here.
/// </summary>
internal static class DocumentTypes
{
    public static IReadOnlyList<DocumentType> All { get; } =
    [
        new("qualification-document", "qualification document", EcvetDocumentKind.QualificationDocument, json => EcvetJson.ParseQualificationDocument(json).Problems, EcvetJson.GetQualificationDocumentSchema),
        new("learning-agreement", "learning agreement", EcvetDocumentKind.LearningAgreement, json => EcvetJson.ParseLearningAgreement(json).Problems, EcvetJson.GetLearningAgreementSchema),
        new("memorandum-of-understanding", "memorandum of understanding", EcvetDocumentKind.MemorandumOfUnderstanding, json => EcvetJson.ParseMemorandumOfUnderstanding(json).Problems, EcvetJson.GetMemorandumOfUnderstandingSchema),
        new("personal-transcript", "personal transcript", EcvetDocumentKind.PersonalTranscript, json => EcvetJson.ParsePersonalTranscript(json).Problems, EcvetJson.GetPersonalTranscriptSchema),
        new("rule-set", "recognition rule set", EcvetDocumentKind.RuleSet, json => EcvetJson.ParseRuleSet(json).Problems, EcvetJson.GetRuleSetSchema),
        new("match-confirmations", "set of match confirmations", EcvetDocumentKind.MatchConfirmationSet, json => EcvetJson.ParseMatchConfirmationSet(json).Problems, EcvetJson.GetMatchConfirmationSetSchema),
        new("recognition-report", "recognition report", EcvetDocumentKind.RecognitionReport, json => EcvetJson.ParseRecognitionReport(json).Problems, EcvetJson.GetRecognitionReportSchema),
        new("credit-ledger", "credit ledger", EcvetDocumentKind.CreditLedger, json => EcvetJson.ParseCreditLedger(json).Problems, EcvetJson.GetCreditLedgerSchema),
    ];

    /// <summary>The names, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(type => type.Name)];

    /// <summary>The type named <paramref name="name"/> (one of <see cref="Names"/>).</summary>
    public static DocumentType Named(string name) => All.Single(type => type.Name == name);

    /// <summary>The type of documents of <paramref name="kind"/>, when the tool knows it.</summary>
    public static DocumentType? Of(EcvetDocumentKind? kind) => kind is null ? null : All.FirstOrDefault(type => type.Kind == kind);
}
