namespace Ecvet.Recognition.Internal;

/// <summary>The ECVET rule set of the package (research catalogue §5.2), built once.</summary>
internal static class DefaultRuleSet
{
    public static RuleSet Instance { get; } = Build();

    private static RuleSet Build()
    {
        var noMou = Condition.Check(CheckKind.NoMouPathAllowed);
        Condition OrNoMou(CheckKind kind) => Condition.AnyOf(noMou, Condition.Check(kind));
        Condition Is(CheckKind kind) => Condition.Check(kind);
        const RuleSeverity B = RuleSeverity.Blocking;
        const RuleSeverity A = RuleSeverity.Advisory;
        RecognitionRule R(string id, RuleScope scope, RuleSeverity severity, Condition condition, string message) =>
            RecognitionRule.Create(id, scope, severity, condition, message);

        return RuleSet.Create("ecvet-default", "1.0.0", RecognitionPolicy.Default,
        [
            R("MOU-001", RuleScope.Agreement, B, OrNoMou(CheckKind.MouLinksInstitutions), "An MoU links the home and the host institution."),
            R("MOU-002", RuleScope.Agreement, B, OrNoMou(CheckKind.MouValidForPeriod), "The MoU is valid on every day of the mobility."),
            R("MOU-003", RuleScope.Qualification, B, OrNoMou(CheckKind.MouCoversQualification), "The MoU covers the home qualification and a comparable host qualification within the EQF tolerance."),
            R("MOU-005", RuleScope.Agreement, B, OrNoMou(CheckKind.MouSigned), "The MoU is signed by all its signing organisations."),
            R("LA-001", RuleScope.Agreement, B, OrNoMou(CheckKind.AgreementReferencesMou), "The learning agreement names the MoU given with it."),
            R("LA-002", RuleScope.Agreement, B, Is(CheckKind.AgreementSigned), "The newest version of the learning agreement is signed on its content by the learner, home and host (and a guardian for a minor, an intermediary when present)."),
            R("LA-003", RuleScope.Agreement, A, Is(CheckKind.AgreementSignedBeforeStart), "The first agreed version was fully signed by the start of the mobility."),
            R("LA-004", RuleScope.Agreement, B, Is(CheckKind.NoPendingChangeProposal), "No change proposal is pending."),
            R("LA-006", RuleScope.Agreement, A, OrNoMou(CheckKind.PeriodWithinMouDuration), "The mobility lasts within the MoU's minimum and maximum duration."),
            R("ASM-005", RuleScope.Mobility, B, Is(CheckKind.TranscriptSigned), "The host's personal transcript for this agreement is issued and signed by the host."),
            R("CNV-001", RuleScope.Mobility, A, Is(CheckKind.HostCreditInEcvet), "Credit recorded in another scheme is converted only with an explicit conversion table."),
            R("ACC-001", RuleScope.Qualification, A, Is(CheckKind.QualificationFullyAllocated), "The qualification's points are allocated to its units."),
            R("REC-005", RuleScope.Unit, B, Is(CheckKind.UnitAllocated), "The unit belongs to the home qualification, which allocates its points."),
            R("LA-005", RuleScope.Unit, B, Is(CheckKind.ExpectedPointsWithinAllocation), "The points expected for the unit do not exceed its home allocation."),
            R("MOU-004", RuleScope.Unit, A, OrNoMou(CheckKind.MouListsUnit), "The MoU lists the unit for mobility."),
            R("ASM-003", RuleScope.Unit, A, Is(CheckKind.AssessmentWithinPeriod), "Assessments lie within the mobility period, give or take the grace days."),
            R("ASM-004", RuleScope.Unit, A, Is(CheckKind.AssessmentMethodAgreed), "Assessments use the methods agreed for the unit."),
            R("VAL-002", RuleScope.Unit, A, Is(CheckKind.NoMatchAwaitingConfirmation), "Matches in the review band are confirmed by a person before they count."),
            R("VAL-003", RuleScope.Unit, A, Is(CheckKind.CriticalOutcomesCovered), "Every critical outcome of the unit is covered (needed for full recognition)."),
            R("VAL-005", RuleScope.Unit, B, Is(CheckKind.CreditValid), "The credit is still valid."),
            R("VAL-006", RuleScope.Unit, B, Is(CheckKind.NoDoubleCounting), "The same host evidence is not counted for two home units."),
            R("REC-007", RuleScope.Unit, A, Is(CheckKind.RecognisedAutomatically), "The unit is recognised automatically, without extra recognition conditions."),
            R("ASM-001", RuleScope.Outcome, B, Is(CheckKind.AssessmentRecorded), "The host recorded an assessment result for the outcome."),
            R("ASM-002", RuleScope.Outcome, B, Is(CheckKind.AssessmentPassed), "The assessment is passed."),
            R("VAL-001", RuleScope.Outcome, B, Is(CheckKind.OutcomeCovered), "Evidence that counts covers the outcome: the host's assessment of it, an MoU equivalence, or a matched host outcome at the equivalence threshold."),
        ]);
    }
}
