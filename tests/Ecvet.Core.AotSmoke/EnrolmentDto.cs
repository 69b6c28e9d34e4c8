using Ecvet.Agreements;

namespace Ecvet.AotSmoke;

/// <summary>A DTO as an application writes it: public types of Ecvet.Core as members, nothing of its JSON API.</summary>
public sealed record EnrolmentDto(
    LearningAgreementId Agreement,
    UnitId Unit,
    CreditPoints Points,
    EqfLevel Level,
    LearningOutcomeType Type,
    LocalizedText Title,
    LearningOutcome Outcome);
