using Ecvet.Agreements;
using NodaTime;

namespace Ecvet.Recognition;

/// <summary>What a <see cref="RecognitionPredicate"/> may read: the mobility, the policy, the day, and the unit and outcome in scope.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PredicateContext
{
    internal PredicateContext(MobilityRecord record, RecognitionPolicy policy, LocalDate today, LearningAgreementContent agreement,
        ExpectedLearning? unit, LearningOutcome? outcome)
    {
        Record = record;
        Policy = policy;
        Today = today;
        Agreement = agreement;
        Unit = unit;
        Outcome = outcome;
    }

    /// <summary>The mobility's documents.</summary>
    public MobilityRecord Record { get; }

    /// <summary>The rule set's policy.</summary>
    public RecognitionPolicy Policy { get; }

    /// <summary>The day of the evaluation.</summary>
    public LocalDate Today { get; }

    /// <summary>The content of the agreement version read (in force, else the newest).</summary>
    public LearningAgreementContent Agreement { get; }

    /// <summary>The targeted unit in scope, for unit and outcome rules.</summary>
    public ExpectedLearning? Unit { get; }

    /// <summary>The targeted home outcome in scope, for outcome rules.</summary>
    public LearningOutcome? Outcome { get; }
}
