using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Recognition;

/// <summary>
/// The domain checks a rule condition can name. Each reads the mobility's documents and the policy and answers true, false
/// or not evaluable; in JSON a check is written by its name in camelCase (<c>{"kind": "mouValidForPeriod"}</c>).
/// </summary>
/// <remarks>
/// Checks of the agreement and the MoU may be used at any scope; checks of a unit at the unit and outcome scopes; checks
/// of an outcome only at the outcome scope (elsewhere they are not evaluable).
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum CheckKind
{
    /// <summary>The agreement is on the no-MoU path and the policy allows that path.</summary>
    NoMouPathAllowed = 0,

    /// <summary>The MoU names both the home and the host institution as signing or covered organisations (MOU-001).</summary>
    MouLinksInstitutions = 1,

    /// <summary>The MoU is valid on every day of the mobility period (MOU-002).</summary>
    MouValidForPeriod = 2,

    /// <summary>The MoU lists the home qualification and a host qualification within the EQF level tolerance (MOU-003).</summary>
    MouCoversQualification = 3,

    /// <summary>The MoU lists the unit among its units for mobility, or lists no units for the home qualification (MOU-004).</summary>
    MouListsUnit = 4,

    /// <summary>Every signing organisation signed the MoU's content (MOU-005).</summary>
    MouSigned = 5,

    /// <summary>The agreement names the MoU given with the mobility (LA-001).</summary>
    AgreementReferencesMou = 6,

    /// <summary>The newest version of the agreement is signed on its content hash by every required signatory, a guardian for a minor included (LA-002).</summary>
    AgreementSigned = 7,

    /// <summary>The first agreed version was fully signed by the start of the mobility plus the grace days (LA-003).</summary>
    AgreementSignedBeforeStart = 8,

    /// <summary>
    /// No pending change proposal changes the unit (LA-004): not evaluable while one adds, removes or changes the unit's
    /// expected learning, since what is agreed for it may change. In a rule of agreement scope, any pending proposal.
    /// </summary>
    NoPendingChangeProposal = 9,

    /// <summary>The points the agreement expects for the unit do not exceed the home qualification's allocation (LA-005).</summary>
    ExpectedPointsWithinAllocation = 10,

    /// <summary>The mobility lasts at least the MoU's minimum and at most its maximum duration, when stated (LA-006).</summary>
    PeriodWithinMouDuration = 11,

    /// <summary>A signed host transcript for this agreement is present (ASM-005).</summary>
    TranscriptSigned = 12,

    /// <summary>An assessment result is recorded for the outcome, by any evidence path (ASM-001).</summary>
    AssessmentRecorded = 13,

    /// <summary>An assessment result for the outcome is passed; not evaluable while it is in progress (ASM-002).</summary>
    AssessmentPassed = 14,

    /// <summary>Every assessment used for the unit lies in the mobility period, give or take the grace days (ASM-003).</summary>
    AssessmentWithinPeriod = 15,

    /// <summary>Every assessment used for the unit used a method the agreement named for it (ASM-004).</summary>
    AssessmentMethodAgreed = 16,

    /// <summary>The outcome is covered by evidence that counts; not evaluable while a match awaits confirmation (VAL-001).</summary>
    OutcomeCovered = 17,

    /// <summary>No match for the unit's outcomes awaits a person's confirmation (VAL-002).</summary>
    NoMatchAwaitingConfirmation = 18,

    /// <summary>Every critical outcome of the unit is covered (VAL-003).</summary>
    CriticalOutcomesCovered = 19,

    /// <summary>The evidence used for the unit is still valid today under the unit's validity period (VAL-005).</summary>
    CreditValid = 20,

    /// <summary>No host evidence used for the unit is also used for another home unit (VAL-006).</summary>
    NoDoubleCounting = 21,

    /// <summary>The agreement marks the unit for automatic recognition, with no extra recognition conditions (REC-007).</summary>
    RecognisedAutomatically = 22,

    /// <summary>The unit belongs to the home qualification, which allocates points to it (REC-005).</summary>
    UnitAllocated = 23,

    /// <summary>The home qualification's unit allocations add up to its total points (ACC-001).</summary>
    QualificationFullyAllocated = 24,

    /// <summary>All credit the host records is in ECVET points, so no conversion between schemes is needed (CNV-001).</summary>
    HostCreditInEcvet = 25,

    /// <summary>
    /// The agreement names the home qualification given with the mobility (LA-007): evidence is weighed against that
    /// qualification's units and points, so an agreement for another qualification is recognised against nothing.
    /// </summary>
    AgreementNamesQualification = 26,
}
