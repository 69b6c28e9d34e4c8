using System.Text.Json.Serialization;

namespace Ecvet.Serialization;

/// <summary>
/// The kinds of root document that <see cref="EcvetJson"/> reads, as told apart by
/// <see cref="EcvetJson.DetectDocumentKind(ReadOnlySpan{byte})"/>.
/// </summary>
/// <remarks>
/// The numeric values are stable; new kinds may be added in later versions. 0 is not a
/// kind.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum EcvetDocumentKind
{
    /// <summary>A qualification with its units and their allocation of points: <see cref="Serialization.QualificationDocument"/>.</summary>
    QualificationDocument = 1,

    /// <summary>A learning agreement with its whole history: <see cref="Agreements.LearningAgreement"/>.</summary>
    LearningAgreement = 2,

    /// <summary>A memorandum of understanding between competent institutions: <see cref="Agreements.MemorandumOfUnderstanding"/>.</summary>
    MemorandumOfUnderstanding = 3,

    /// <summary>The host's personal transcript of a learner's assessed outcomes: <see cref="Assessment.PersonalTranscript"/>.</summary>
    PersonalTranscript = 4,

    /// <summary>A recognition rule set (policy and rules): <see cref="Recognition.RuleSet"/>.</summary>
    RuleSet = 5,

    /// <summary>People's verdicts on the review-band matches of one mobility: <see cref="Recognition.MatchConfirmationSet"/>.</summary>
    MatchConfirmationSet = 6,

    /// <summary>What the recognition engine decided for one mobility, with its trace: <see cref="Recognition.RecognitionReport"/>.</summary>
    RecognitionReport = 7,

    /// <summary>A learner's credit toward a qualification across mobilities: <see cref="Recognition.CreditLedger"/>.</summary>
    CreditLedger = 8,
}
