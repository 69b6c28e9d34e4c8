using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Recognition;

/// <summary>
/// What a <see cref="ConsistencyFinding"/> found between the documents of one mobility. The names are stable: programs may
/// switch on them and they appear, camelCase, in texts. A member is never renumbered; new ones are added at the end.
/// </summary>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum ConsistencyCode
{
    /// <summary>The transcript names another learning agreement than the one given (<c>transcript:$.agreement</c>).</summary>
    TranscriptForAnotherAgreement = 1,

    /// <summary>The transcript's learner shares no identifier (or, without identifiers, no name) with the agreement's learner.</summary>
    TranscriptForAnotherLearner = 2,

    /// <summary>The transcript is issued by another institution than the agreement's host.</summary>
    TranscriptNotIssuedByHost = 3,

    /// <summary>A transcript entry assesses a home unit or outcome that the agreement version read does not name.</summary>
    EntryNotInAgreement = 4,

    /// <summary>A transcript entry records ECVET points for a home unit other than the points the agreement expects for it.</summary>
    CreditDiffersFromAgreement = 5,

    /// <summary>An assessment is dated outside the mobility period, give or take the policy's grace days.</summary>
    AssessmentOutsideMobility = 6,

    /// <summary>The MoU given is not the one the agreement names.</summary>
    MouNotTheAgreements = 7,

    /// <summary>The qualification given is not the one the agreement names.</summary>
    QualificationNotTheAgreements = 8,

    /// <summary>The agreement expects learning in a unit that the home qualification's catalogue does not hold.</summary>
    ExpectedUnitNotInQualification = 9,

    /// <summary>The agreement expects more points for a unit than the home qualification allocates to it.</summary>
    ExpectedPointsAboveAllocation = 10,
}
