using Ecvet.Serialization;

namespace Ecvet.Fuzz;

/// <summary>Every document reader of <see cref="EcvetJson"/>, one target each. Add a target here when a document type is added.</summary>
internal static class ReaderTargets
{
    /// <summary>The targets, by name.</summary>
    public static IReadOnlyList<ReaderTarget> All { get; } =
    [
        ReaderTarget.Create("qualification", EcvetDocumentKind.QualificationDocument, "examples/fi-cook.json",
            EcvetJson.ParseQualificationDocument, d => EcvetJson.SerializeToUtf8Bytes(d)),
        ReaderTarget.Create("memorandum", EcvetDocumentKind.MemorandumOfUnderstanding, "examples/mobility/memorandum-of-understanding.json",
            EcvetJson.ParseMemorandumOfUnderstanding, d => EcvetJson.SerializeToUtf8Bytes(d)),
        ReaderTarget.Create("learning-agreement", EcvetDocumentKind.LearningAgreement, "examples/mobility/learning-agreement.json",
            EcvetJson.ParseLearningAgreement, d => EcvetJson.SerializeToUtf8Bytes(d)),
        ReaderTarget.Create("transcript", EcvetDocumentKind.PersonalTranscript, "examples/mobility/personal-transcript.json",
            EcvetJson.ParsePersonalTranscript, d => EcvetJson.SerializeToUtf8Bytes(d)),
        ReaderTarget.Create("rule-set", EcvetDocumentKind.RuleSet, "examples/recognition/rule-set.json",
            EcvetJson.ParseRuleSet, d => EcvetJson.SerializeToUtf8Bytes(d)),
        ReaderTarget.Create("recognition-report", EcvetDocumentKind.RecognitionReport, "examples/recognition/recognition-report.json",
            EcvetJson.ParseRecognitionReport, d => EcvetJson.SerializeToUtf8Bytes(d)),
        ReaderTarget.Create("credit-ledger", EcvetDocumentKind.CreditLedger, "examples/recognition/credit-ledger.json",
            EcvetJson.ParseCreditLedger, d => EcvetJson.SerializeToUtf8Bytes(d)),
        ReaderTarget.Create("match-confirmations", EcvetDocumentKind.MatchConfirmationSet, "examples/mobility/match-confirmations.json",
            EcvetJson.ParseMatchConfirmationSet, d => EcvetJson.SerializeToUtf8Bytes(d)),
    ];

    /// <summary>The target with that name, or <see langword="null"/>.</summary>
    public static ReaderTarget? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}
