using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Recognition;
using Ecvet.Tests.Agreements;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;
using static Ecvet.Tests.Recognition.RecognitionFixture;

namespace Ecvet.Tests.Recognition;

public sealed class MobilityConsistencyTests
{
    private static PersonalTranscript TranscriptOf(LearningAgreementId? agreement = null, Ecvet.Learner? learner = null, InstitutionId? issuedBy = null,
        params AssessmentResult[] results) =>
        PersonalTranscript.Restore(TranscriptId.Parse("tor-2026-0042"), agreement ?? AgreementId, learner ?? Learner(), issuedBy ?? Host, Spring,
            Instant.FromUtc(2026, 5, 29, 14, 0), (results.Length == 0 ? [Outcome(Lo(3, 1))] : results)
                .Select(r => TranscriptEntry.Create(TestValues.En(r.ToString()), r, r.Unit is null ? null : Credit.Ecvet(CreditPoints.From(5)))));

    private static AssessmentResult OutcomeOn(LocalDate day, InstitutionId? assessedBy = null, int unit = 3) =>
        AssessmentResult.ForOutcome(Lo(unit, 1), AssessmentStatus.Passed, assessedBy ?? Host, Assessor, day, AssessmentMethod.PracticalDemonstration, Scheme, "8");

    private static ConsistencyFinding Single(MobilityRecord record, RecognitionPolicy? policy = null)
    {
        var findings = MobilityConsistency.Check(record, policy);
        findings.Should().ContainSingle();
        return findings[0];
    }

    [Fact]
    public void Check_WorkedExample_FindsNothing()
    {
        MobilityConsistency.Check(WorkedExample()).Should().BeEmpty();
    }

    [Fact]
    public void Check_Null_Throws()
    {
        var act = () => MobilityConsistency.Check(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("record");
    }

    [Fact]
    public void Check_TranscriptForAnotherAgreement_FindsAnErrorAtItsAgreement()
    {
        var finding = Single(WorkedExample().WithTranscript(TranscriptOf(agreement: LearningAgreementId.Parse("la-2026-9999"))));

        finding.Code.Should().Be(ConsistencyCode.TranscriptForAnotherAgreement);
        finding.Severity.Should().Be(ConsistencySeverity.Error);
        finding.Path.Should().Be("transcript:$.agreement");
        finding.Message.Should().Be("Transcript tor-2026-0042 is for agreement la-2026-9999, not la-2026-0042.");
    }

    [Fact]
    public void Check_TranscriptForAnotherLearner_FindsAnErrorAtItsLearner()
    {
        var other = Ecvet.Learner.Create([LearnerId.Esi("urn:schac:personalUniqueCode:int:esi:stadinao.fi:2019-09999")], PersonName.Create("Eero", "Virtanen"),
            AdultBirthDate, CountryCode.Parse("FI"), "eero@edu.example.fi");

        var finding = Single(WorkedExample().WithTranscript(TranscriptOf(learner: other)));

        finding.Code.Should().Be(ConsistencyCode.TranscriptForAnotherLearner);
        finding.Severity.Should().Be(ConsistencySeverity.Error);
        finding.Path.Should().Be("transcript:$.learner");
        finding.Message.Should().Contain("2019-09999").And.Contain("2019-04417");
    }

    [Fact]
    public void Check_TranscriptOfTheSameLearnerWithAnotherEmail_FindsNothing()
    {
        MobilityConsistency.Check(WorkedExample().WithTranscript(TranscriptOf(learner: Learner(email: "aino@elsewhere.example.fi")))).Should().BeEmpty();
    }

    [Fact]
    public void Check_TranscriptIssuedByTheHome_FindsAnErrorAtItsIssuer()
    {
        // A transcript lists only its issuer's assessments (the transcript checks that itself).
        var finding = Single(WorkedExample().WithTranscript(TranscriptOf(issuedBy: Home, results: [OutcomeOn(new LocalDate(2026, 5, 20), Home)])));

        finding.Code.Should().Be(ConsistencyCode.TranscriptNotIssuedByHost);
        finding.Severity.Should().Be(ConsistencySeverity.Error);
        finding.Path.Should().Be("transcript:$.issuedBy");
        finding.Message.Should().Be("Transcript tor-2026-0042 is issued by schac:stadinao.fi, not by the host schac:cipfp-valencia.es.");
    }

    [Fact]
    public void Check_EntryForAHomeOutcomeTheAgreementDoesNotName_FindsAWarningAtTheEntry()
    {
        var finding = Single(WorkedExample().WithTranscript(TranscriptOf(results: [Outcome(Lo(3, 1)), Outcome(Lo(4, 1))])));

        finding.Code.Should().Be(ConsistencyCode.EntryNotInAgreement);
        finding.Severity.Should().Be(ConsistencySeverity.Warning);
        finding.Path.Should().Be("transcript:$.entries[1]");
        finding.Message.Should().StartWith("The entry assesses outcome fi-cook-u4-lo1 of the home qualification, which the agreement does not name");
    }

    [Fact]
    public void Check_EntryForAHostOutcome_IsNotTheAgreementsToName()
    {
        MobilityConsistency.Check(WorkedExample().WithTranscript(TranscriptOf(results: [HostOutcome(1)]))).Should().BeEmpty();
    }

    [Fact]
    public void Check_EntryRecordingOtherPointsThanTheAgreementExpects_FindsAWarningAtItsCredit()
    {
        var finding = Single(WorkedExample().WithTranscript(TranscriptOf(results: [UnitResult(U3)])));

        finding.Code.Should().Be(ConsistencyCode.CreditDiffersFromAgreement);
        finding.Severity.Should().Be(ConsistencySeverity.Warning);
        finding.Path.Should().Be("transcript:$.entries[0].creditRecorded");
        finding.Message.Should().Be("The entry records 5 ecvet for unit fi-cook-u3, where the agreement expects 50 points.");
    }

    [Fact]
    public void Check_AssessmentBeforeTheMobility_FindsAnErrorAtItsDay()
    {
        var finding = Single(WorkedExample().WithTranscript(TranscriptOf(results: [OutcomeOn(new LocalDate(2025, 12, 1))])));

        finding.Code.Should().Be(ConsistencyCode.AssessmentOutsideMobility);
        finding.Severity.Should().Be(ConsistencySeverity.Error);
        finding.Path.Should().Be("transcript:$.entries[0].assessedOn");
        finding.Message.Should().StartWith("An assessment on 2025-12-01 lies outside the mobility");
    }

    [Fact]
    public void Check_AssessmentWithinTheGraceDays_FindsNothingUntilThePolicyHasNone()
    {
        var record = WorkedExample().WithTranscript(TranscriptOf(results: [OutcomeOn(Spring.LatestEnd.PlusDays(1))]));

        MobilityConsistency.Check(record).Should().BeEmpty();
        Single(record, RecognitionPolicy.Default.With(assessmentGraceDays: 0)).Code.Should().Be(ConsistencyCode.AssessmentOutsideMobility);
    }

    [Fact]
    public void Check_AnotherMou_FindsAnErrorAtItsIdentifier()
    {
        var template = Mou();
        var other = MemorandumOfUnderstanding.Create(MouId.Parse("mou-other-2025"), template.SigningOrganisations, template.Qualifications,
            template.Procedures, template.ValidFrom, template.ValidUntil);

        var finding = Single(WorkedExample().WithMou(other));

        finding.Code.Should().Be(ConsistencyCode.MouNotTheAgreements);
        finding.Severity.Should().Be(ConsistencySeverity.Error);
        finding.Path.Should().Be("mou:$.id");
        finding.Message.Should().Be("The agreement names MoU mou-cook-fi-es-2025, but MoU mou-other-2025 was given.");
    }

    [Fact]
    public void Check_AnotherQualification_FindsAnErrorAtItsIdentifier()
    {
        var reference = QualificationReference.Create(QualificationId.Parse("fi-vq-other"), TestValues.En("Another qualification"), EqfLevel.Level4);
        var content = LearningAgreementContent.Create(Learner(), Home, Host, Fixtures.Mou, Spring, reference, [ExpectU3()]);

        var finding = Single(WorkedExample().WithAgreement(Agreement(content)));

        finding.Code.Should().Be(ConsistencyCode.QualificationNotTheAgreements);
        finding.Path.Should().Be("qualification:$.qualification.id");
        finding.Message.Should().Be("The agreement names qualification fi-vq-other, but qualification fi-vq-food-cook was given.");
    }

    [Fact]
    public void Check_ExpectedUnitTheQualificationLacks_FindsAnErrorAtTheUnit()
    {
        var unknown = ExpectedLearning.Create(UnitId.Parse("fi-cook-u9"), null, CreditPoints.From(5), CreditPoints.From(5), Arrangement);

        var finding = Single(WorkedExample().WithAgreement(Agreement(Content(null, ExpectU3(), unknown))));

        finding.Code.Should().Be(ConsistencyCode.ExpectedUnitNotInQualification);
        finding.Path.Should().Be("agreement:$.versions[0].content.expected[1].unit");
        finding.Message.Should().Be("The agreement expects learning in unit fi-cook-u9, which qualification fi-vq-food-cook does not hold.");
    }

    [Fact]
    public void Check_ExpectedPointsAboveTheAllocation_FindsAnErrorAtThePoints()
    {
        var tooMany = ExpectedLearning.Create(U3, null, CreditPoints.From(60), CreditPoints.From(60), Arrangement);

        var finding = Single(WorkedExample().WithAgreement(Agreement(Content(null, tooMany))));

        finding.Code.Should().Be(ConsistencyCode.ExpectedPointsAboveAllocation);
        finding.Path.Should().Be("agreement:$.versions[0].content.expected[0].expectedPoints");
        finding.Message.Should().Be("The agreement expects 60 points for unit fi-cook-u3, above its allocation of 50.");
    }

    [Fact]
    public void Check_ManyContradictions_FindsEachInDocumentOrder()
    {
        var record = WorkedExample().WithTranscript(TranscriptOf(LearningAgreementId.Parse("la-2026-9999"), issuedBy: Home,
            results: [OutcomeOn(new LocalDate(2025, 12, 1), Home), OutcomeOn(new LocalDate(2026, 5, 20), Home, unit: 4)]));

        MobilityConsistency.Check(record).Select(f => f.Code).Should().Equal(
            ConsistencyCode.TranscriptForAnotherAgreement, ConsistencyCode.TranscriptNotIssuedByHost,
            ConsistencyCode.AssessmentOutsideMobility, ConsistencyCode.EntryNotInAgreement);
    }

    [Fact]
    public void Evaluate_AssessmentOutsideTheMobility_Asm003AnswersFromTheFinding()
    {
        var record = WorkedExample().WithTranscript(TranscriptOf(results: [OutcomeOn(new LocalDate(2025, 12, 1))]));
        var finding = Single(record);

        var result = Evaluate(record).ResultsOf("ASM-003").Should().ContainSingle().Subject;

        result.Truth.Should().Be(Truth.False);
        result.Evidence.Should().Equal(finding.Path);
    }

    [Fact]
    public void Evaluate_TranscriptForAnotherAgreement_Asm005AnswersFromTheFinding()
    {
        var record = WorkedExample().WithTranscript(TranscriptOf(agreement: LearningAgreementId.Parse("la-2026-9999")));
        var finding = Single(record);

        var result = Evaluate(record).ResultsOf("ASM-005").Should().ContainSingle().Subject;

        result.Truth.Should().Be(Truth.False);
        result.Evidence.Should().Equal(finding.Path);
    }

    [Fact]
    public void Evaluate_ExpectedPointsAboveTheAllocation_La005AnswersFromTheFinding()
    {
        var record = WorkedExample().WithAgreement(Agreement(Content(null, ExpectedLearning.Create(U3, null, CreditPoints.From(60), CreditPoints.From(60), Arrangement))));
        var finding = Single(record);

        var result = Evaluate(record).ResultsOf("LA-005").Should().ContainSingle().Subject;

        result.Truth.Should().Be(Truth.False);
        result.Evidence.Should().Equal(finding.Path);
    }
}
