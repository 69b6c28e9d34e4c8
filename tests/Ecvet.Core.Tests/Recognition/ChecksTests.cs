using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Recognition;
using Ecvet.Tests.Agreements;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;
using static Ecvet.Tests.Recognition.RecognitionFixture;

namespace Ecvet.Tests.Recognition;

/// <summary>
/// Each built-in check asked on its own, through a rule set of one rule: its value, code, finding in words and evidence
/// paths at each of its branches and boundaries. A line reads "Truth code | message | paths"; a rule that does not hold
/// puts its own message ("Rule.") before the finding.
/// </summary>
public sealed class ChecksTests
{
    private const string Content0 = "agreement:$.versions[0].content";
    private const string Unit0 = Content0 + ".expected[0]";
    private static readonly UnitId U9 = UnitId.Parse("fi-cook-u9");

    private static string[] Lines(MobilityRecord record, CheckKind kind, RuleScope scope = RuleScope.Mobility, RecognitionPolicy? policy = null, LocalDate? today = null)
    {
        var rule = RecognitionRule.Create("T-1", scope, RuleSeverity.Blocking, Condition.Check(kind), "Rule.");
        var rules = RuleSet.Create("checks", "1", policy ?? RuleSet.Default.Policy, [rule]);
        var report = RecognitionEngine.Create(rules).Evaluate(record, today ?? Today);
        return [.. report.Trace.Select(r => $"{r.Truth} {r.Code} | {r.Message} | {string.Join(", ", r.Evidence)}")];
    }

    private static string Line(MobilityRecord record, CheckKind kind, RuleScope scope = RuleScope.Mobility, RecognitionPolicy? policy = null, LocalDate? today = null) =>
        Lines(record, kind, scope, policy, today).Should().ContainSingle().Subject;

    /// <summary>The line for one outcome of U3 (1 to 4) of an outcome rule.</summary>
    private static string OutcomeLine(MobilityRecord record, CheckKind kind, int outcome) =>
        Lines(record, kind, RuleScope.Outcome)[outcome - 1];

    private static string ScenarioLine(string name, CheckKind kind, RuleScope scope = RuleScope.Mobility)
    {
        var scenario = RecognitionScenario.Load(name);
        return Line(scenario.Record, kind, scope, scenario.RuleSet.Policy, scenario.EvaluatedOn);
    }

    private static MobilityRecord With(LearningAgreementContent content, PersonalTranscript? transcript = null, MemorandumOfUnderstanding? mou = null) =>
        new(Qualification(), Agreement(content), transcript ?? WorkedExample().Transcript, mou ?? Mou());

    private static MobilityRecord WithTranscript(params AssessmentResult[] results) => WorkedExample().WithTranscript(Transcript(results));

    private static LearningAgreementContent ContentWith(InstitutionId? host = null, MobilityPeriod? period = null, params ExpectedLearning[] expected) =>
        LearningAgreementContent.Create(Learner(), Home, host ?? Host, Fixtures.Mou, period ?? Spring, QualificationRef, expected.Length == 0 ? [ExpectU3()] : expected);

    private static LearningAgreementContent WithoutMou() =>
        LearningAgreementContent.CreateWithoutMou(Learner(), Home, Host, TestValues.En("No partnership exists yet."), Spring, QualificationRef, [ExpectU3()]);

    private static QualificationReference HostQualification(EqfLevel level) =>
        QualificationReference.Create(QualificationId.Parse("es-ts-cocina-gastronomia"), TestValues.En("Technician in cooking"), level);

    private static MouUnit HostUnit() => MouUnit.Create(RecognitionFixture.HostUnit, TestValues.En("Cocina"));

    private static MouQualification HomeListing(params UnitId[] units) =>
        MouQualification.Create(Home, QualificationRef, units.Select(u => MouUnit.Create(u, TestValues.En("A unit"))));

    /// <summary>The fixture MoU with other qualifications, validity or durations, signed by both partners.</summary>
    private static MemorandumOfUnderstanding MouOf(IEnumerable<MouQualification>? qualifications = null, LocalDate? validFrom = null, LocalDate? validUntil = null,
        bool openEnded = false, Period? minimum = null, Period? maximum = null)
    {
        var template = MobilityExamples.Mou();
        var mou = MemorandumOfUnderstanding.Create(template.Id, template.SigningOrganisations, qualifications ?? template.Qualifications, template.Procedures,
            validFrom ?? template.ValidFrom, openEnded ? null : validUntil ?? template.ValidUntil,
            minimumMobilityDuration: minimum ?? template.MinimumMobilityDuration, maximumMobilityDuration: maximum ?? template.MaximumMobilityDuration);
        return mou.Sign(Signature.Create(SignatoryRole.Partner, "Pekka Mäkinen", mou.Hash, Instant.FromUtc(2025, 6, 12, 10, 30), onBehalfOf: Home))
            .Sign(Signature.Create(SignatoryRole.Partner, "Lucía Ferrer", mou.Hash, Instant.FromUtc(2025, 6, 18, 8, 15), onBehalfOf: Host));
    }

    private static LearningAgreement SignedAt(Instant from, LearningAgreementContent? content = null)
    {
        content ??= RecognitionFixture.Content();
        return SignAll(LearningAgreement.Create(AgreementId, content), content.Hash, from, SignatoryRole.Learner, SignatoryRole.Home, SignatoryRole.Host);
    }

    private static LearningAgreement Proposing(LearningAgreementContent proposed, bool reject = false)
    {
        var agreement = Agreement().ProposeChange(proposed, [], SignatoryRole.Host, Instant.FromUtc(2026, 3, 9, 11, 0));
        return reject ? agreement.RejectChange(proposed.Hash, SignatoryRole.Home, "Not now.", Instant.FromUtc(2026, 3, 10, 8, 0)) : agreement;
    }

    // NoMouPathAllowed

    [Fact]
    public void NoMouPathAllowed_AgreementWithAMou_IsFalseAtItsMou()
    {
        Line(WorkedExample(), CheckKind.NoMouPathAllowed).Should().Be(
            $"False noMouPathAllowed.false | Rule. The agreement belongs to MoU mou-cook-fi-es-2025. | {Content0}.mou");
    }

    [Fact]
    public void NoMouPathAllowed_NoMouAndThePolicyAllowsIt_IsTrue()
    {
        Line(With(WithoutMou()), CheckKind.NoMouPathAllowed, policy: RecognitionPolicy.Default.With(allowNoMouPath: true)).Should().Be(
            $"True noMouPathAllowed.true | The agreement is on the no-MoU path, which the policy allows. | {Content0}.noMouJustification");
    }

    [Fact]
    public void NoMouPathAllowed_NoMouAndThePolicyDoesNotAllowIt_IsFalse()
    {
        Line(With(WithoutMou()), CheckKind.NoMouPathAllowed).Should().Be(
            $"False noMouPathAllowed.false | Rule. The agreement is on the no-MoU path, which the policy does not allow. | {Content0}.noMouJustification");
    }

    // The MoU checks

    [Theory]
    [InlineData(CheckKind.MouLinksInstitutions, "mouLinksInstitutions")]
    [InlineData(CheckKind.MouValidForPeriod, "mouValidForPeriod")]
    [InlineData(CheckKind.MouCoversQualification, "mouCoversQualification")]
    [InlineData(CheckKind.MouSigned, "mouSigned")]
    [InlineData(CheckKind.PeriodWithinMouDuration, "periodWithinMouDuration")]
    [InlineData(CheckKind.AgreementReferencesMou, "agreementReferencesMou")]
    public void MouCheck_AgreementNamesNoMou_IsFalseAtItsMou(CheckKind kind, string name)
    {
        Line(With(WithoutMou()), kind).Should().Be($"False {name}.false | Rule. The agreement names no MoU. | {Content0}.mou");
    }

    [Theory]
    [InlineData(CheckKind.MouLinksInstitutions, "mouLinksInstitutions")]
    [InlineData(CheckKind.MouSigned, "mouSigned")]
    [InlineData(CheckKind.AgreementReferencesMou, "agreementReferencesMou")]
    public void MouCheck_MouNotGiven_IsNotEvaluable(CheckKind kind, string name)
    {
        Line(WorkedExample().WithMou(null), kind).Should().Be(
            $"NotEvaluable {name}.notEvaluable | Rule. MoU mou-cook-fi-es-2025 was not given with the mobility. | {Content0}.mou");
    }

    [Fact]
    public void MouListsUnit_MouNotGiven_IsNotEvaluableForTheUnit()
    {
        Line(WorkedExample().WithMou(null), CheckKind.MouListsUnit, RuleScope.Unit).Should().Be(
            $"NotEvaluable mouListsUnit.notEvaluable | Rule. MoU mou-cook-fi-es-2025 was not given with the mobility. | {Content0}.mou");
    }

    [Fact]
    public void MouLinksInstitutions_BothPartners_IsTrue()
    {
        Line(WorkedExample(), CheckKind.MouLinksInstitutions).Should().Be(
            "True mouLinksInstitutions.true | MoU mou-cook-fi-es-2025 links schac:stadinao.fi and schac:cipfp-valencia.es. | mou:$.signingOrganisations");
    }

    [Fact]
    public void MouLinksInstitutions_HostNotAPartner_IsFalseNamingBoth()
    {
        Line(With(ContentWith(host: Intermediary)), CheckKind.MouLinksInstitutions).Should().Be(
            "False mouLinksInstitutions.false | Rule. MoU mou-cook-fi-es-2025 does not name both schac:stadinao.fi and schac:mobility-partners.eu among its organisations."
            + $" | mou:$.signingOrganisations, mou:$.coveredOrganisations, {Content0}.host");
    }

    [Fact]
    public void MouValidForPeriod_UntilTheLastDay_IsTrue()
    {
        Line(WorkedExample().WithMou(Mou(new LocalDate(2026, 5, 29))), CheckKind.MouValidForPeriod).Should().Be(
            "True mouValidForPeriod.true | MoU mou-cook-fi-es-2025 is valid for the mobility 2026-03-02/2026-05-29. | mou:$.validFrom, mou:$.validUntil");
    }

    [Fact]
    public void MouValidForPeriod_EndsADayEarly_IsFalseWithItsDates()
    {
        Line(WorkedExample().WithMou(Mou(new LocalDate(2026, 5, 28))), CheckKind.MouValidForPeriod).Should().Be(
            "False mouValidForPeriod.false | Rule. MoU mou-cook-fi-es-2025 is valid from 2025-09-01 to 2026-05-28, not on every day of the mobility 2026-03-02/2026-05-29."
            + $" | mou:$.validFrom, mou:$.validUntil, {Content0}.period");
    }

    [Fact]
    public void MouValidForPeriod_OpenEndedFromAfterTheStart_IsFalseWithoutAnEnd()
    {
        Line(WorkedExample().WithMou(MouOf(validFrom: new LocalDate(2026, 3, 3), openEnded: true)), CheckKind.MouValidForPeriod).Should().Be(
            "False mouValidForPeriod.false | Rule. MoU mou-cook-fi-es-2025 is valid from 2026-03-03, not on every day of the mobility 2026-03-02/2026-05-29."
            + $" | mou:$.validFrom, mou:$.validUntil, {Content0}.period");
    }

    [Fact]
    public void MouCoversQualification_SameLevel_IsTrueCitingBothListings()
    {
        Line(WorkedExample(), CheckKind.MouCoversQualification).Should().Be(
            "True mouCoversQualification.true | MoU mou-cook-fi-es-2025 lists fi-vq-food-cook (EQF 4) and the host's es-ts-cocina-gastronomia (EQF 4)."
            + " | mou:$.qualifications[0], mou:$.qualifications[1]");
    }

    [Fact]
    public void MouCoversQualification_HomeQualificationListedOnlyForAnotherPartnerOrUnderAnotherId_IsFalse()
    {
        var other = QualificationReference.Create(QualificationId.Parse("fi-vq-other"), TestValues.En("Other"), EqfLevel.Level4);
        var mou = MouOf([MouQualification.Create(Host, QualificationRef, [HostUnit()]), MouQualification.Create(Home, other, [HostUnit()])]);

        Line(WorkedExample().WithMou(mou), CheckKind.MouCoversQualification).Should().Be(
            "False mouCoversQualification.false | Rule. MoU mou-cook-fi-es-2025 does not list qualification fi-vq-food-cook of schac:stadinao.fi."
            + $" | mou:$.qualifications, {Content0}.qualification");
    }

    [Theory]
    [InlineData(5, 0, false)]
    [InlineData(5, 1, true)]
    [InlineData(3, 1, true)]
    [InlineData(3, 0, false)]
    [InlineData(6, 1, false)]
    public void MouCoversQualification_HostLevelAgainstTheGap_HoldsWithinTheGap(int hostLevel, int gap, bool holds)
    {
        var mou = MouOf([HomeListing(U3), MouQualification.Create(Host, HostQualification(EqfLevel.From(hostLevel)), [HostUnit()])]);

        var line = Line(WorkedExample().WithMou(mou), CheckKind.MouCoversQualification, policy: RecognitionPolicy.Default.With(maxEqfLevelGap: gap));

        line.Should().Be(holds
            ? $"True mouCoversQualification.true | MoU mou-cook-fi-es-2025 lists fi-vq-food-cook (EQF 4) and the host's es-ts-cocina-gastronomia (EQF {hostLevel})."
              + " | mou:$.qualifications[0], mou:$.qualifications[1]"
            : $"False mouCoversQualification.false | Rule. MoU mou-cook-fi-es-2025 lists no qualification of schac:cipfp-valencia.es within {gap} EQF level(s) of level 4."
              + " | mou:$.qualifications");
    }

    [Fact]
    public void MouListsUnit_ForAMobilityRule_NeedsAUnit()
    {
        Line(WorkedExample(), CheckKind.MouListsUnit).Should().Be(
            "NotEvaluable mouListsUnit.notEvaluable | Rule. This check applies to a unit; use it in a unit or outcome rule. | ");
    }

    [Fact]
    public void MouListsUnit_Listed_IsTrue()
    {
        Line(WorkedExample(), CheckKind.MouListsUnit, RuleScope.Unit).Should().Be(
            "True mouListsUnit.true | MoU mou-cook-fi-es-2025 lists unit fi-cook-u3 for mobility. | mou:$.qualifications[0].units");
    }

    [Fact]
    public void MouListsUnit_OtherUnitsListed_IsFalse()
    {
        var mou = MouOf([HomeListing(U4, U5), MouQualification.Create(Host, HostQualification(EqfLevel.Level4), [HostUnit()])]);

        Line(WorkedExample().WithMou(mou), CheckKind.MouListsUnit, RuleScope.Unit).Should().Be(
            "False mouListsUnit.false | Rule. MoU mou-cook-fi-es-2025 does not list unit fi-cook-u3 for mobility."
            + $" | mou:$.qualifications[0].units, {Unit0}.unit");
    }

    [Fact]
    public void MouListsUnit_QualificationListedOnlyForAnotherPartnerOrUnderAnotherId_IsFalse()
    {
        var other = QualificationReference.Create(QualificationId.Parse("fi-vq-other"), TestValues.En("Other"), EqfLevel.Level4);
        var mou = MouOf([MouQualification.Create(Host, QualificationRef, [HostUnit()]), MouQualification.Create(Home, other, [HostUnit()])]);

        Line(WorkedExample().WithMou(mou), CheckKind.MouListsUnit, RuleScope.Unit).Should().Be(
            "False mouListsUnit.false | Rule. MoU mou-cook-fi-es-2025 does not list qualification fi-vq-food-cook. | mou:$.qualifications");
    }

    [Fact]
    public void MouSigned_Signed_IsTrue()
    {
        Line(WorkedExample(), CheckKind.MouSigned).Should().Be(
            "True mouSigned.true | MoU mou-cook-fi-es-2025 is signed by all its signing organisations. | mou:$.signatures");
    }

    [Fact]
    public void MouSigned_Unsigned_IsFalse()
    {
        Line(WorkedExample().WithMou(Mou(signed: false)), CheckKind.MouSigned).Should().Be(
            "False mouSigned.false | Rule. MoU mou-cook-fi-es-2025 is not signed on its content by every signing organisation. | mou:$.signatures");
    }

    [Fact]
    public void PeriodWithinMouDuration_WithinBothLimits_IsTrue()
    {
        Line(WorkedExample(), CheckKind.PeriodWithinMouDuration).Should().Be(
            $"True periodWithinMouDuration.true | The mobility 2026-03-02/2026-05-29 lasts as long as the MoU allows. | {Content0}.period");
    }

    [Theory]
    [InlineData(15, true)]
    [InlineData(14, false)]
    public void PeriodWithinMouDuration_AtTheMinimum_HoldsFromTheMinimum(int lastDay, bool holds)
    {
        var period = MobilityPeriod.Create(new LocalDate(2026, 3, 2), new LocalDate(2026, 3, lastDay));

        Line(With(ContentWith(period: period)), CheckKind.PeriodWithinMouDuration).Should().Be(holds
            ? $"True periodWithinMouDuration.true | The mobility 2026-03-02/2026-03-{lastDay} lasts as long as the MoU allows. | {Content0}.period"
            : $"False periodWithinMouDuration.false | Rule. The mobility 2026-03-02/2026-03-{lastDay} is shorter than the MoU's minimum of P2W."
              + $" | {Content0}.period, mou:$.minimumMobilityDuration");
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void PeriodWithinMouDuration_AtTheMaximum_HoldsUpToTheMaximum(int lastDay, bool holds)
    {
        var period = MobilityPeriod.Create(new LocalDate(2026, 3, 2), new LocalDate(2026, 9, lastDay));

        Line(With(ContentWith(period: period)), CheckKind.PeriodWithinMouDuration).Should().Be(holds
            ? $"True periodWithinMouDuration.true | The mobility 2026-03-02/2026-09-0{lastDay} lasts as long as the MoU allows. | {Content0}.period"
            : $"False periodWithinMouDuration.false | Rule. The mobility 2026-03-02/2026-09-0{lastDay} is longer than the MoU's maximum of P6M."
              + $" | {Content0}.period, mou:$.maximumMobilityDuration");
    }

    [Fact]
    public void PeriodWithinMouDuration_NoLimits_IsTrue()
    {
        var template = MobilityExamples.Mou();
        var mou = MemorandumOfUnderstanding.Create(template.Id, template.SigningOrganisations, template.Qualifications, template.Procedures, template.ValidFrom, template.ValidUntil);
        var period = MobilityPeriod.Create(new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 2));

        Line(With(ContentWith(period: period), mou: mou), CheckKind.PeriodWithinMouDuration).Should().Be(
            $"True periodWithinMouDuration.true | The mobility 2026-03-02/2026-03-02 lasts as long as the MoU allows. | {Content0}.period");
    }

    // The agreement checks

    [Fact]
    public void AgreementReferencesMou_TheGivenMou_IsTrue()
    {
        Line(WorkedExample(), CheckKind.AgreementReferencesMou).Should().Be(
            $"True agreementReferencesMou.true | The agreement names MoU mou-cook-fi-es-2025. | {Content0}.mou, mou:$.id");
    }

    [Fact]
    public void AgreementReferencesMou_AnotherMouGiven_IsFalseWithTheFinding()
    {
        var scenario = RecognitionScenario.Load("blocking-la-001-agreement-names-another-mou");
        var finding = MobilityConsistency.Check(scenario.Record).Single(f => f.Code == ConsistencyCode.MouNotTheAgreements);

        ScenarioLine("blocking-la-001-agreement-names-another-mou", CheckKind.AgreementReferencesMou).Should().Be(
            $"False agreementReferencesMou.false | Rule. {finding.Message} | {Content0}.mou, {finding.Path}");
    }

    [Fact]
    public void AgreementSigned_ByEveryRole_IsTrueListingTheRoles()
    {
        Line(WorkedExample(), CheckKind.AgreementSigned).Should().Be(
            "True agreementSigned.true | Version 1 is signed on its content by learner, home, host. | agreement:$.versions[0].signatures");
    }

    [Fact]
    public void AgreementSigned_TwoSignaturesMissing_IsFalseListingThem()
    {
        Line(WorkedExample().WithAgreement(Agreement(null, SignatoryRole.Learner)), CheckKind.AgreementSigned).Should().Be(
            "False agreementSigned.false | Rule. Version 1, the newest, lacks the signature of the home, host on its content. | agreement:$.versions[0].signatures");
    }

    [Fact]
    public void AgreementSigned_NewestOfTwoVersions_CitesTheNewest()
    {
        var record = new MobilityRecord(Qualification(), MobilityExamples.Agreement(), null, Mou());

        Line(record, CheckKind.AgreementSigned).Should().Be(
            "True agreementSigned.true | Version 2 is signed on its content by learner, home, host. | agreement:$.versions[1].signatures");
    }

    [Fact]
    public void AgreementSignedBeforeStart_LastSignatureOnTheFirstDay_IsTrueWithTheDayOfTheLast()
    {
        // Signed at 22:30, 23:30 and 00:30 UTC: the last signature falls on the first day of the mobility.
        Line(WorkedExample().WithAgreement(SignedAt(Instant.FromUtc(2026, 3, 1, 22, 30))), CheckKind.AgreementSignedBeforeStart).Should().Be(
            "True agreementSignedBeforeStart.true | Version 1 was fully signed on 2026-03-02, by 2026-03-02. | agreement:$.versions[0].signatures");
    }

    [Fact]
    public void AgreementSignedBeforeStart_LastSignatureTheDayAfter_IsFalse()
    {
        Line(WorkedExample().WithAgreement(SignedAt(Instant.FromUtc(2026, 3, 2, 22, 30))), CheckKind.AgreementSignedBeforeStart).Should().Be(
            "False agreementSignedBeforeStart.false | Rule. Version 1 was fully signed on 2026-03-03, after 2026-03-02. | agreement:$.versions[0].signatures");
    }

    [Fact]
    public void AgreementSignedBeforeStart_LastSignatureWithinTheGraceDays_IsTrue()
    {
        Line(WorkedExample().WithAgreement(SignedAt(Instant.FromUtc(2026, 3, 2, 22, 30))), CheckKind.AgreementSignedBeforeStart,
            policy: RecognitionPolicy.Default.With(signatureGraceDays: 1)).Should().Be(
            "True agreementSignedBeforeStart.true | Version 1 was fully signed on 2026-03-03, by 2026-03-03. | agreement:$.versions[0].signatures");
    }

    [Fact]
    public void AgreementSignedBeforeStart_LaterSignatureInARoleNotRequired_DoesNotCount()
    {
        // An adult learner's agreement needs no guardian: a guardian's signature after the start changes nothing.
        var agreement = Agreement();
        agreement = agreement.Sign(Sign(SignatoryRole.Guardian, agreement.LatestVersion.Hash, Instant.FromUtc(2026, 3, 10, 9, 0)));

        Line(WorkedExample().WithAgreement(agreement), CheckKind.AgreementSignedBeforeStart).Should().Be(
            "True agreementSignedBeforeStart.true | Version 1 was fully signed on 2026-02-02, by 2026-03-02. | agreement:$.versions[0].signatures");
    }

    [Fact]
    public void AgreementSignedBeforeStart_NoVersionFullySigned_IsFalse()
    {
        Line(WorkedExample().WithAgreement(Agreement(null, SignatoryRole.Learner, SignatoryRole.Home)), CheckKind.AgreementSignedBeforeStart).Should().Be(
            "False agreementSignedBeforeStart.false | Rule. No version of the agreement is fully signed. | agreement:$.versions");
    }

    [Fact]
    public void AgreementSignedBeforeStart_TwoSignedVersions_AsksTheFirstFullySigned()
    {
        // Version 1 was signed on 2 February, version 2 (an approved change) on 10 March, after the start.
        var record = new MobilityRecord(Qualification(), MobilityExamples.Agreement(), null, Mou());

        Line(record, CheckKind.AgreementSignedBeforeStart).Should().Be(
            "True agreementSignedBeforeStart.true | Version 1 was fully signed on 2026-02-02, by 2026-03-02. | agreement:$.versions[0].signatures");
    }

    [Fact]
    public void NoPendingChangeProposal_NoProposal_IsTrueWithoutEvidence()
    {
        Line(WorkedExample(), CheckKind.NoPendingChangeProposal).Should().Be("True noPendingChangeProposal.true | No change proposal is pending. | ");
        Line(WorkedExample(), CheckKind.NoPendingChangeProposal, RuleScope.Unit).Should().Be(
            "True noPendingChangeProposal.true | No pending change proposal changes this unit. | ");
    }

    [Fact]
    public void NoPendingChangeProposal_PendingForTheMobility_IsNotEvaluable()
    {
        var record = WorkedExample().WithAgreement(Proposing(RecognitionFixture.Content(null, ExpectU3(), ExpectU4())));

        Line(record, CheckKind.NoPendingChangeProposal).Should().Be(
            "NotEvaluable noPendingChangeProposal.notEvaluable | Rule. A change proposal is pending; approve or reject it first. | agreement:$.proposals[0]");
    }

    [Fact]
    public void NoPendingChangeProposal_PendingThatLeavesTheUnit_IsTrueForTheUnit()
    {
        var record = WorkedExample().WithAgreement(Proposing(RecognitionFixture.Content(null, ExpectU3(), ExpectU4())));

        Line(record, CheckKind.NoPendingChangeProposal, RuleScope.Unit).Should().Be(
            "True noPendingChangeProposal.true | No pending change proposal changes this unit. | ");
    }

    [Fact]
    public void NoPendingChangeProposal_Rejected_IsIgnored()
    {
        var record = WorkedExample().WithAgreement(Proposing(RecognitionFixture.Content(null, ExpectU3(40)), reject: true));

        Line(record, CheckKind.NoPendingChangeProposal).Should().Be("True noPendingChangeProposal.true | No change proposal is pending. | ");
        Line(record, CheckKind.NoPendingChangeProposal, RuleScope.Unit).Should().Be(
            "True noPendingChangeProposal.true | No pending change proposal changes this unit. | ");
    }

    [Fact]
    public void NoPendingChangeProposal_PendingAfterARejected_CitesThePending()
    {
        var changed = RecognitionFixture.Content(null, ExpectU3(40));
        var agreement = Proposing(RecognitionFixture.Content(null, ExpectU3(30)), reject: true)
            .ProposeChange(changed, [], SignatoryRole.Host, Instant.FromUtc(2026, 3, 11, 11, 0));

        Line(WorkedExample().WithAgreement(agreement), CheckKind.NoPendingChangeProposal, RuleScope.Unit).Should().Be(
            "NotEvaluable noPendingChangeProposal.notEvaluable | Rule. A pending change proposal changes unit fi-cook-u3; approve or reject it first. | agreement:$.proposals[1]");
    }

    [Fact]
    public void NoPendingChangeProposal_ChangingThePeriod_IsNotEvaluableForEveryUnit()
    {
        var record = WorkedExample().WithAgreement(Proposing(RecognitionFixture.Content().WithPeriod(MobilityPeriod.Create(new LocalDate(2026, 3, 2), new LocalDate(2026, 6, 12)))));

        Line(record, CheckKind.NoPendingChangeProposal, RuleScope.Unit).Should().Be(
            "NotEvaluable noPendingChangeProposal.notEvaluable | Rule. A pending change proposal changes the agreement beyond its units; approve or reject it first. | agreement:$.proposals[0]");
    }

    [Fact]
    public void NoPendingChangeProposal_RemovingTheUnit_SaysItRemovesIt()
    {
        var record = WorkedExample().WithAgreement(Proposing(RecognitionFixture.Content(null, ExpectU4())));

        Line(record, CheckKind.NoPendingChangeProposal, RuleScope.Unit).Should().Be(
            "NotEvaluable noPendingChangeProposal.notEvaluable | Rule. A pending change proposal removes unit fi-cook-u3; approve or reject it first. | agreement:$.proposals[0]");
    }

    [Fact]
    public void AgreementNamesQualification_TheGivenOne_IsTrue()
    {
        Line(WorkedExample(), CheckKind.AgreementNamesQualification).Should().Be(
            $"True agreementNamesQualification.true | The agreement names qualification fi-vq-food-cook, the one given. | {Content0}.qualification.id, qualification:$.qualification.id");
    }

    [Fact]
    public void AgreementNamesQualification_AnotherOne_IsFalseWithTheFinding()
    {
        var scenario = RecognitionScenario.Load("blocking-la-007-agreement-names-another-qualification");
        var finding = MobilityConsistency.Check(scenario.Record).Single(f => f.Code == ConsistencyCode.QualificationNotTheAgreements);

        ScenarioLine("blocking-la-007-agreement-names-another-qualification", CheckKind.AgreementNamesQualification).Should().Be(
            $"False agreementNamesQualification.false | Rule. {finding.Message} | {Content0}.qualification.id, {finding.Path}");
    }

    // The unit checks

    [Theory]
    [InlineData(CheckKind.ExpectedPointsWithinAllocation, "expectedPointsWithinAllocation")]
    [InlineData(CheckKind.AssessmentWithinPeriod, "assessmentWithinPeriod")]
    [InlineData(CheckKind.AssessmentMethodAgreed, "assessmentMethodAgreed")]
    [InlineData(CheckKind.NoMatchAwaitingConfirmation, "noMatchAwaitingConfirmation")]
    [InlineData(CheckKind.CriticalOutcomesCovered, "criticalOutcomesCovered")]
    [InlineData(CheckKind.CreditValid, "creditValid")]
    [InlineData(CheckKind.NoDoubleCounting, "noDoubleCounting")]
    [InlineData(CheckKind.RecognisedAutomatically, "recognisedAutomatically")]
    [InlineData(CheckKind.UnitAllocated, "unitAllocated")]
    public void UnitCheck_ForAMobilityRule_NeedsAUnit(CheckKind kind, string name)
    {
        Line(WorkedExample(), kind).Should().Be(
            $"NotEvaluable {name}.notEvaluable | Rule. This check applies to a unit; use it in a unit or outcome rule. | ");
    }

    [Theory]
    [InlineData(CheckKind.AssessmentRecorded, "assessmentRecorded")]
    [InlineData(CheckKind.AssessmentPassed, "assessmentPassed")]
    [InlineData(CheckKind.OutcomeCovered, "outcomeCovered")]
    public void OutcomeCheck_ForAUnitRule_NeedsAnOutcome(CheckKind kind, string name)
    {
        Line(WorkedExample(), kind, RuleScope.Unit).Should().Be(
            $"NotEvaluable {name}.notEvaluable | Rule. This check applies to an outcome; use it in an outcome rule. | ");
    }

    [Theory]
    [InlineData(CheckKind.AssessmentRecorded, "assessmentRecorded")]
    [InlineData(CheckKind.AssessmentPassed, "assessmentPassed")]
    [InlineData(CheckKind.OutcomeCovered, "outcomeCovered")]
    public void OutcomeCheck_NoTranscript_IsNotEvaluable(CheckKind kind, string name)
    {
        OutcomeLine(WorkedExample().WithTranscript(null), kind, 1).Should().Be($"NotEvaluable {name}.notEvaluable | Rule. There is no transcript yet. | ");
    }

    [Theory]
    [InlineData(CheckKind.TranscriptSigned, "transcriptSigned", RuleScope.Mobility)]
    [InlineData(CheckKind.HostCreditInEcvet, "hostCreditInEcvet", RuleScope.Mobility)]
    [InlineData(CheckKind.AssessmentWithinPeriod, "assessmentWithinPeriod", RuleScope.Unit)]
    [InlineData(CheckKind.AssessmentMethodAgreed, "assessmentMethodAgreed", RuleScope.Unit)]
    [InlineData(CheckKind.CriticalOutcomesCovered, "criticalOutcomesCovered", RuleScope.Unit)]
    public void TranscriptCheck_NoTranscript_IsNotEvaluable(CheckKind kind, string name, RuleScope scope)
    {
        Line(WorkedExample().WithTranscript(null), kind, scope).Should().Be($"NotEvaluable {name}.notEvaluable | Rule. There is no transcript yet. | ");
    }

    [Fact]
    public void ExpectedPointsWithinAllocation_AtTheAllocation_IsTrue()
    {
        Line(WorkedExample(), CheckKind.ExpectedPointsWithinAllocation, RuleScope.Unit).Should().Be(
            $"True expectedPointsWithinAllocation.true | 50 expected points are within the allocation of 50. | {Unit0}.expectedPoints");
    }

    [Fact]
    public void ExpectedPointsWithinAllocation_UnitNotAllocated_IsFalse()
    {
        var record = With(ContentWith(expected: ExpectedLearning.Create(U9, null, CreditPoints.From(10), CreditPoints.From(10), Arrangement, TestValues.En("Work"))));

        Line(record, CheckKind.ExpectedPointsWithinAllocation, RuleScope.Unit).Should().Be(
            $"False expectedPointsWithinAllocation.false | Rule. The home qualification allocates no points to unit fi-cook-u9. | {Unit0}.unit");
    }

    [Fact]
    public void ExpectedPointsWithinAllocation_AboveTheAllocation_IsFalseWithTheFinding()
    {
        var scenario = RecognitionScenario.Load("blocking-la-005-expected-points-above-allocation");
        var finding = MobilityConsistency.Check(scenario.Record).Single(f => f.Code == ConsistencyCode.ExpectedPointsAboveAllocation);

        ScenarioLine("blocking-la-005-expected-points-above-allocation", CheckKind.ExpectedPointsWithinAllocation, RuleScope.Unit).Should().Be(
            $"False expectedPointsWithinAllocation.false | Rule. {finding.Message} | {finding.Path}");
    }

    [Fact]
    public void UnitAllocated_NotInTheCatalogue_IsFalse()
    {
        var record = With(ContentWith(expected: ExpectedLearning.Create(U9, null, CreditPoints.From(10), CreditPoints.From(10), Arrangement, TestValues.En("Work"))));

        Line(record, CheckKind.UnitAllocated, RuleScope.Unit).Should().Be(
            $"False unitAllocated.false | Rule. The home qualification's catalogue has no unit fi-cook-u9. | {Unit0}.unit");
        Line(record, CheckKind.CriticalOutcomesCovered, RuleScope.Unit).Should().Be(
            $"NotEvaluable criticalOutcomesCovered.notEvaluable | Rule. The home catalogue has no unit fi-cook-u9. | {Unit0}.unit");
    }

    [Fact]
    public void UnitAllocated_InTheCatalogueWithoutPoints_IsFalse()
    {
        var record = PartlyAllocated(ExpectedLearning.Create(U5, null, CreditPoints.From(10), CreditPoints.From(10), Arrangement, TestValues.En("Pastry")));

        Line(record, CheckKind.UnitAllocated, RuleScope.Unit).Should().Be(
            $"False unitAllocated.false | Rule. The home qualification allocates no points to unit fi-cook-u5. | {Unit0}.unit");
    }

    [Fact]
    public void UnitAllocated_TargetsAnOutcomeTheUnitLacks_IsFalseNamingIt()
    {
        var record = With(ContentWith(expected: ExpectU3(outcomes: [Lo(3, 1), Lo(3, 9)])));

        Line(record, CheckKind.UnitAllocated, RuleScope.Unit).Should().Be(
            $"False unitAllocated.false | Rule. Unit fi-cook-u3 has no outcome fi-cook-u3-lo9, which the agreement targets. | {Unit0}.outcomes");
    }

    [Fact]
    public void UnitAllocated_Allocated_IsTrueWithItsPoints()
    {
        Line(WorkedExample(), CheckKind.UnitAllocated, RuleScope.Unit).Should().Be(
            $"True unitAllocated.true | Unit fi-cook-u3 carries 50 points in the home qualification. | {Unit0}.unit");
    }

    [Fact]
    public void QualificationFullyAllocated_Complete_IsTrue()
    {
        Line(WorkedExample(), CheckKind.QualificationFullyAllocated).Should().Be(
            "True qualificationFullyAllocated.true | The units' points add up to the qualification's total. | qualification:$.qualification.units");
    }

    [Fact]
    public void QualificationFullyAllocated_TenPointsUnallocated_IsFalseSayingHowMany()
    {
        Line(PartlyAllocated(ExpectU3()), CheckKind.QualificationFullyAllocated).Should().Be(
            "False qualificationFullyAllocated.false | Rule. 10 of the qualification's points are not allocated to units. | qualification:$.qualification.units");
    }

    /// <summary>The fixture qualification without U5's 10 points allocated.</summary>
    private static MobilityRecord PartlyAllocated(ExpectedLearning expected)
    {
        var full = Qualification();
        var q = full.Qualification;
        var qualification = Ecvet.Qualification.Create(q.Id, q.Title, q.AwardingBody, q.TotalPoints, q.Allocations.Where(a => a.UnitId != U5), q.EqfLevel, referenceFullTimeYears: 3);
        return new MobilityRecord(Ecvet.Serialization.QualificationDocument.Create(qualification, full.Units), Agreement(ContentWith(expected: expected)), WorkedExample().Transcript, Mou());
    }

    [Fact]
    public void RecognisedAutomatically_WithoutConditions_IsTrue()
    {
        Line(WorkedExample(), CheckKind.RecognisedAutomatically, RuleScope.Unit).Should().Be(
            $"True recognisedAutomatically.true | Unit fi-cook-u3 is recognised automatically. | {Unit0}");
    }

    [Fact]
    public void RecognisedAutomatically_WithConditions_IsFalse()
    {
        var record = With(ContentWith(expected: ExpectU3(conditions: TestValues.En("After an interview at home."))));

        Line(record, CheckKind.RecognisedAutomatically, RuleScope.Unit).Should().Be(
            $"False recognisedAutomatically.false | Rule. The agreement sets recognition conditions for unit fi-cook-u3; a person must confirm them. | {Unit0}.recognitionConditions");
    }

    [Fact]
    public void NoDoubleCounting_Once_IsTrue()
    {
        Line(WorkedExample(), CheckKind.NoDoubleCounting, RuleScope.Unit).Should().Be(
            $"True noDoubleCounting.true | No host evidence is counted twice. | {Unit0}");
    }

    [Fact]
    public void NoDoubleCounting_HostUnitCountedTwice_IsFalseForTheSecondUnit()
    {
        var scenario = RecognitionScenario.Load("blocking-val-006-host-unit-counted-twice");

        Lines(scenario.Record, CheckKind.NoDoubleCounting, RuleScope.Unit, scenario.RuleSet.Policy, scenario.EvaluatedOn).Should().Equal(
            $"True noDoubleCounting.true | No host evidence is counted twice. | {Unit0}",
            $"False noDoubleCounting.false | Rule. The host evidence unit:es-cocina is already used for unit fi-cook-u3. | {Content0}.expected[1]");
    }

    [Fact]
    public void NoMatchAwaitingConfirmation_ReviewBandMatch_IsFalseAtTheOutcome()
    {
        ScenarioLine("deferred-review-band-match-unconfirmed", CheckKind.NoMatchAwaitingConfirmation, RuleScope.Unit).Should().Be(
            "False noMatchAwaitingConfirmation.false | Rule. The match es-cocina-lo5 → fi-cook-u3-lo4 (0.65) is in the review band and awaits confirmation. | qualification:$.units[2].learningOutcomes[3]");
    }

    [Fact]
    public void NoMatchAwaitingConfirmation_None_IsTrue()
    {
        Line(WorkedExample(), CheckKind.NoMatchAwaitingConfirmation, RuleScope.Unit).Should().Be(
            $"True noMatchAwaitingConfirmation.true | No match awaits confirmation. | {Unit0}");
    }

    [Fact]
    public void AssessmentWithinPeriod_Within_IsTrue()
    {
        Line(WorkedExample(), CheckKind.AssessmentWithinPeriod, RuleScope.Unit).Should().Be(
            $"True assessmentWithinPeriod.true | The assessments lie within the mobility period. | {Unit0}");
    }

    [Fact]
    public void AssessmentWithinPeriod_OneOutside_IsFalseWithTheFinding()
    {
        var late = AssessmentResult.ForOutcome(Lo(3, 2), AssessmentStatus.Passed, Host, Assessor, new LocalDate(2026, 6, 13), AssessmentMethod.PracticalDemonstration, Scheme, "8");
        var transcript = PersonalTranscript.Restore(TranscriptId.Parse("tor-2026-0042"), AgreementId, Learner(), Host, Spring, Instant.FromUtc(2026, 6, 14, 9, 0),
            new[] { Outcome(Lo(3, 1)), late, Outcome(Lo(3, 3)), Outcome(Lo(3, 4)) }.Select(r => TranscriptEntry.Create(TestValues.En(r.ToString()), r)));
        var record = WorkedExample().WithTranscript(transcript);
        var finding = MobilityConsistency.Check(record).Single(f => f.Code == ConsistencyCode.AssessmentOutsideMobility);

        finding.Path.Should().Be("transcript:$.entries[1].assessedOn");
        Line(record, CheckKind.AssessmentWithinPeriod, RuleScope.Unit).Should().Be(
            $"False assessmentWithinPeriod.false | Rule. {finding.Message} | {finding.Path}");
    }

    [Fact]
    public void AssessmentMethodAgreed_Agreed_IsTrue()
    {
        Line(WorkedExample(), CheckKind.AssessmentMethodAgreed, RuleScope.Unit).Should().Be(
            $"True assessmentMethodAgreed.true | The assessments used agreed methods. | {Unit0}.assessment.methods");
    }

    [Fact]
    public void AssessmentMethodAgreed_AnotherMethod_IsFalseNamingIt()
    {
        var record = WithTranscript(Outcome(Lo(3, 1)), Outcome(Lo(3, 2), method: AssessmentMethod.Interview), Outcome(Lo(3, 3)), Outcome(Lo(3, 4)));

        Line(record, CheckKind.AssessmentMethodAgreed, RuleScope.Unit).Should().Be(
            "False assessmentMethodAgreed.false | Rule. An assessment used Interview, which the agreement does not name for unit fi-cook-u3."
            + $" | transcript:$.entries[1].method, {Unit0}.assessment.methods");
    }

    [Fact]
    public void CriticalOutcomesCovered_NotTargeted_IsFalse()
    {
        var record = With(ContentWith(expected: ExpectU3(outcomes: [Lo(3, 2), Lo(3, 3), Lo(3, 4)])));

        Line(record, CheckKind.CriticalOutcomesCovered, RuleScope.Unit).Should().Be(
            $"False criticalOutcomesCovered.false | Rule. The critical outcome fi-cook-u3-lo1 is not targeted by the agreement. | {Unit0}.outcomes");
    }

    [Fact]
    public void CriticalOutcomesCovered_CriticalFailed_IsFalseAtTheOutcome()
    {
        var record = WithTranscript(Outcome(Lo(3, 1), "3"), Outcome(Lo(3, 2)), Outcome(Lo(3, 3)), Outcome(Lo(3, 4)));

        Line(record, CheckKind.CriticalOutcomesCovered, RuleScope.Unit).Should().Be(
            "False criticalOutcomesCovered.false | Rule. The critical outcome fi-cook-u3-lo1 is not covered. | qualification:$.units[2].learningOutcomes[0]");
    }

    [Fact]
    public void CriticalOutcomesCovered_CriticalInProgress_IsNotEvaluable()
    {
        var record = WithTranscript(Outcome(Lo(3, 1), null), Outcome(Lo(3, 2)), Outcome(Lo(3, 3)), Outcome(Lo(3, 4)));

        Line(record, CheckKind.CriticalOutcomesCovered, RuleScope.Unit).Should().Be(
            "NotEvaluable criticalOutcomesCovered.notEvaluable | Rule. The evidence for the critical outcome fi-cook-u3-lo1 is not complete yet. | qualification:$.units[2].learningOutcomes[0]");
    }

    [Fact]
    public void CriticalOutcomesCovered_CriticalAwaitingConfirmation_IsNotEvaluable()
    {
        // The only evidence for the critical outcome is a host outcome in the review band.
        var record = new MobilityRecord(Qualification(), Agreement(), Transcript(HostOutcome(2), HostOutcome(3), HostOutcome(4)), Mou(),
            HostUnits("Keeps a record of the temperatures of cooked, cooled and reheated dishes."));

        Line(record, CheckKind.CriticalOutcomesCovered, RuleScope.Unit, RecognitionPolicy.Default.With(allowTypeMismatch: true)).Should().Be(
            "NotEvaluable criticalOutcomesCovered.notEvaluable | Rule. The evidence for the critical outcome fi-cook-u3-lo1 is not complete yet. | qualification:$.units[2].learningOutcomes[0]");
    }

    [Fact]
    public void CriticalOutcomesCovered_OnlyANonCriticalOutcomeFailed_IsTrue()
    {
        Line(WorkedExample(), CheckKind.CriticalOutcomesCovered, RuleScope.Unit).Should().Be(
            $"True criticalOutcomesCovered.true | Every critical outcome is covered. | {Unit0}");
    }

    [Fact]
    public void CreditValid_NoValidityPeriod_DoesNotExpire()
    {
        Line(WorkedExample(), CheckKind.CreditValid, RuleScope.Unit).Should().Be($"True creditValid.true | The unit's credit does not expire. | {Unit0}");
    }

    [Theory]
    [InlineData(26, true)]
    [InlineData(25, false)]
    public void CreditValid_ValidityEndingAroundToday_HoldsThroughItsLastDay(int days, bool holds)
    {
        var record = WorkedExample();
        record = new MobilityRecord(Qualification(Period.FromDays(days)), record.Agreement, record.Transcript, record.Mou);

        Line(record, CheckKind.CreditValid, RuleScope.Unit).Should().Be(holds
            ? $"True creditValid.true | The evidence is valid on 2026-06-15. | {Unit0}"
            : $"False creditValid.false | Rule. The evidence for fi-cook-u3-lo1, assessed on 2026-05-20, expired after P{days}D. | transcript:$.entries[0]");
    }

    // The transcript and outcome checks

    [Fact]
    public void TranscriptSigned_ByTheHost_IsTrue()
    {
        Line(WorkedExample(), CheckKind.TranscriptSigned).Should().Be("True transcriptSigned.true | Transcript tor-2026-0042 is signed by the host. | transcript:$.signatures");
    }

    [Fact]
    public void TranscriptSigned_Unsigned_IsFalse()
    {
        var record = WorkedExample().WithTranscript(Transcript(false, Outcome(Lo(3, 1))));

        Line(record, CheckKind.TranscriptSigned).Should().Be(
            "False transcriptSigned.false | Rule. Transcript tor-2026-0042 is not signed by the host on its content. | transcript:$.signatures");
    }

    [Fact]
    public void TranscriptSigned_ForAnotherAgreement_IsFalseWithTheFinding()
    {
        var transcript = PersonalTranscript.Restore(TranscriptId.Parse("tor-2026-0042"), LearningAgreementId.Parse("la-2026-9999"), Learner(), Host, Spring,
            Instant.FromUtc(2026, 5, 29, 14, 0), [TranscriptEntry.Create(TestValues.En("Lo1"), Outcome(Lo(3, 1)))]);

        Line(WorkedExample().WithTranscript(transcript), CheckKind.TranscriptSigned).Should().Be(
            "False transcriptSigned.false | Rule. Transcript tor-2026-0042 is for agreement la-2026-9999, not la-2026-0042. | transcript:$.agreement");
    }

    [Fact]
    public void TranscriptSigned_IssuedByAnother_IsFalseWithTheFinding()
    {
        var byHome = AssessmentResult.ForOutcome(Lo(3, 1), AssessmentStatus.Passed, Home, Assessor, new LocalDate(2026, 5, 20), AssessmentMethod.PracticalDemonstration, Scheme, "8");
        var transcript = PersonalTranscript.Restore(TranscriptId.Parse("tor-2026-0042"), AgreementId, Learner(), Home, Spring,
            Instant.FromUtc(2026, 5, 29, 14, 0), [TranscriptEntry.Create(TestValues.En("Lo1"), byHome)]);

        Line(WorkedExample().WithTranscript(transcript), CheckKind.TranscriptSigned).Should().Be(
            "False transcriptSigned.false | Rule. Transcript tor-2026-0042 is issued by schac:stadinao.fi, not by the host schac:cipfp-valencia.es. | transcript:$.issuedBy");
    }

    [Fact]
    public void TranscriptSigned_ForAnotherAgreementAndIssuer_SaysTheAgreementFirst()
    {
        var byHome = AssessmentResult.ForOutcome(Lo(3, 1), AssessmentStatus.Passed, Home, Assessor, new LocalDate(2026, 5, 20), AssessmentMethod.PracticalDemonstration, Scheme, "8");
        var transcript = PersonalTranscript.Restore(TranscriptId.Parse("tor-2026-0042"), LearningAgreementId.Parse("la-2026-9999"), Learner(), Home, Spring,
            Instant.FromUtc(2026, 5, 29, 14, 0), [TranscriptEntry.Create(TestValues.En("Lo1"), byHome)]);

        Line(WorkedExample().WithTranscript(transcript), CheckKind.TranscriptSigned).Should().Be(
            "False transcriptSigned.false | Rule. Transcript tor-2026-0042 is for agreement la-2026-9999, not la-2026-0042. | transcript:$.agreement");
    }

    [Fact]
    public void HostCreditInEcvet_Ecvet_IsTrue()
    {
        Line(WorkedExample(), CheckKind.HostCreditInEcvet).Should().Be("True hostCreditInEcvet.true | The host records credit in ECVET points, if at all. | transcript:$.entries");
    }

    [Fact]
    public void HostCreditInEcvet_AnotherScheme_IsFalseAtTheEntry()
    {
        ScenarioLine("advisory-credit-recorded-in-ects", CheckKind.HostCreditInEcvet).Should().MatchRegex(
            @"^False hostCreditInEcvet\.false \| Rule\. The host records credit in ects; converting it needs an explicit conversion table\. \| transcript:\$\.entries\[\d+\]\.creditRecorded$");
    }

    [Fact]
    public void AssessmentRecordedAndPassed_Passed_AreTrueAtTheResult()
    {
        OutcomeLine(WorkedExample(), CheckKind.AssessmentRecorded, 2).Should().Be(
            "True assessmentRecorded.true | Outcome fi-cook-u3-lo2 has an assessment result. | transcript:$.entries[1]");
        OutcomeLine(WorkedExample(), CheckKind.AssessmentPassed, 2).Should().Be(
            "True assessmentPassed.true | A passed result evidences outcome fi-cook-u3-lo2. | transcript:$.entries[1]");
        OutcomeLine(WorkedExample(), CheckKind.OutcomeCovered, 2).Should().Be(
            "True outcomeCovered.true | Outcome fi-cook-u3-lo2 is covered: assessed by the host as fi-cook-u3-lo2. | transcript:$.entries[1]");
    }

    [Fact]
    public void AssessmentPassed_Failed_IsFalseAtTheResult()
    {
        OutcomeLine(WorkedExample(), CheckKind.AssessmentPassed, 4).Should().Be(
            "False assessmentPassed.false | Rule. The assessment for outcome fi-cook-u3-lo4 is not passed. | transcript:$.entries[3]");
        OutcomeLine(WorkedExample(), CheckKind.AssessmentRecorded, 4).Should().Be(
            "True assessmentRecorded.true | Outcome fi-cook-u3-lo4 has an assessment result. | transcript:$.entries[3]");
        OutcomeLine(WorkedExample(), CheckKind.OutcomeCovered, 4).Should().Be(
            "False outcomeCovered.false | Rule. No evidence that counts covers outcome fi-cook-u3-lo4. | qualification:$.units[2].learningOutcomes[3]");
    }

    [Fact]
    public void AssessmentRecordedAndPassed_NoResult_AreFalseAtTheOutcome()
    {
        var record = WithTranscript(Outcome(Lo(3, 1)), Outcome(Lo(3, 2)), Outcome(Lo(3, 3)));

        OutcomeLine(record, CheckKind.AssessmentRecorded, 4).Should().Be(
            "False assessmentRecorded.false | Rule. No assessment result evidences outcome fi-cook-u3-lo4. | qualification:$.units[2].learningOutcomes[3]");
        OutcomeLine(record, CheckKind.AssessmentPassed, 4).Should().Be(
            "False assessmentPassed.false | Rule. Outcome fi-cook-u3-lo4 was not assessed. | qualification:$.units[2].learningOutcomes[3]");
    }

    [Fact]
    public void AssessmentPassedAndOutcomeCovered_InProgress_AreNotEvaluable()
    {
        var record = WithTranscript(Outcome(Lo(3, 1)), Outcome(Lo(3, 2)), Outcome(Lo(3, 3)), Outcome(Lo(3, 4), null));

        OutcomeLine(record, CheckKind.AssessmentPassed, 4).Should().Be(
            "NotEvaluable assessmentPassed.notEvaluable | Rule. The assessment for outcome fi-cook-u3-lo4 is still in progress. | transcript:$.entries[3]");
        OutcomeLine(record, CheckKind.OutcomeCovered, 4).Should().Be(
            "NotEvaluable outcomeCovered.notEvaluable | Rule. The assessment for outcome fi-cook-u3-lo4 is still in progress. | transcript:$.entries[3]");
    }

    [Fact]
    public void AssessmentPassed_OutcomeAndItsUnitInProgress_IsStillNotEvaluable()
    {
        // The outcome's own result and its unit's are both in progress: the second must not cancel the first ("any in
        // progress" is an or, not a toggle).
        var record = WithTranscript(Outcome(Lo(3, 1)), Outcome(Lo(3, 2)), Outcome(Lo(3, 3)), Outcome(Lo(3, 4), null), UnitResult(U3, null));

        OutcomeLine(record, CheckKind.AssessmentPassed, 4).Should().Be(
            "NotEvaluable assessmentPassed.notEvaluable | Rule. The assessment for outcome fi-cook-u3-lo4 is still in progress. | transcript:$.entries[3], transcript:$.entries[4]");
    }

    [Fact]
    public void MobilityChecks_AnEarlierVersionInForce_CiteTheVersionInForceNotTheLatest()
    {
        var record = WorkedExample().WithAgreement(MobilityConsistencyRuleTests.InForceBeforeTheLatest());

        Line(record, CheckKind.NoMouPathAllowed).Should().Be(
            $"False noMouPathAllowed.false | Rule. The agreement belongs to MoU mou-cook-fi-es-2025. | {Content0}.mou");
    }

    [Fact]
    public void OutcomeCovered_AwaitingConfirmation_IsNotEvaluableAtTheOutcome()
    {
        var scenario = RecognitionScenario.Load("deferred-review-band-match-unconfirmed");

        Lines(scenario.Record, CheckKind.OutcomeCovered, RuleScope.Outcome, scenario.RuleSet.Policy, scenario.EvaluatedOn)[3].Should().Be(
            "NotEvaluable outcomeCovered.notEvaluable | Rule. The match es-cocina-lo5 → fi-cook-u3-lo4 (0.65) awaits a person's confirmation. | qualification:$.units[2].learningOutcomes[3]");
    }
}
