using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Tests.Agreements;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;

namespace Ecvet.Tests.Assessment;

/// <summary>
/// Each rule of <see cref="PersonalTranscript"/> and <see cref="TranscriptEntry"/> on its own: which argument a refusal
/// names, where (for a stored transcript), and what it says; the edges of the dates a signature may carry.
/// </summary>
public sealed class PersonalTranscriptRuleTests
{
    private static readonly TranscriptId Id = TranscriptId.Parse("tor-2026-0042");

    // Issued after the assessments (2026-05-20).
    private static readonly Instant Issued = Instant.FromUtc(2026, 5, 29, 9, 0);

    private static readonly InstitutionId Elsewhere = InstitutionId.Parse("schac:ies-sevilla.es");

    private static TranscriptEntry Passed(UnitId unit, InstitutionId? by = null) => TranscriptEntry.Create(TestValues.En("Cold kitchen"),
        AssessmentResult.ForUnit(unit, AssessmentStatus.Passed, by ?? Host, AssessmentResultTests.Assessor, new LocalDate(2026, 5, 20),
            AssessmentMethod.PracticalDemonstration, AssessmentResultTests.Scheme, "8"));

    private static PersonalTranscript Restore(Instant? issuedAt = null, IEnumerable<TranscriptEntry>? entries = null,
        IEnumerable<Signature>? signatures = null) =>
        PersonalTranscript.Restore(Id, AgreementId, Learner(), Host, Spring, issuedAt ?? Issued, entries ?? [Passed(U3)], signatures);

    [Fact]
    public void Restore_NullLearner_NamesLearner()
    {
        var act = () => PersonalTranscript.Restore(Id, AgreementId, null!, Host, Spring, Issued, [Passed(U3)]);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("learner");
    }

    [Fact]
    public void Restore_NullIdAgreementOrIssuer_NamesIt()
    {
        var noId = () => PersonalTranscript.Restore(null!, AgreementId, Learner(), Host, Spring, Issued, [Passed(U3)]);
        var noAgreement = () => PersonalTranscript.Restore(Id, null!, Learner(), Host, Spring, Issued, [Passed(U3)]);
        var noIssuer = () => PersonalTranscript.Restore(Id, AgreementId, Learner(), null!, Spring, Issued, [Passed(U3)]);

        noId.Should().ThrowExactly<ArgumentNullException>().WithParameterName("id");
        noAgreement.Should().ThrowExactly<ArgumentNullException>().WithParameterName("agreement");
        noIssuer.Should().ThrowExactly<ArgumentNullException>().WithParameterName("issuedBy");
    }

    [Fact]
    public void Restore_SchemeListedTwice_SaysWhichScheme()
    {
        var act = () => PersonalTranscript.Restore(Id, AgreementId, Learner(), Host, Spring, Issued, [Passed(U3)], null,
            [AssessmentResultTests.Scheme, AssessmentResultTests.Scheme]);

        act.Should().Throw<DuplicateValueException>().WithParameterName("gradingSchemes").WithMessage("Duplicate grading scheme 'es-fp-0-10'.*");
    }

    [Fact]
    public void TranscriptId_NotAnIdentifier_SaysWhatItShouldBe()
    {
        var act = () => TranscriptId.Parse(" tor");

        act.Should().Throw<FormatException>().WithMessage("*personal transcript identifier*");
    }

    [Fact]
    public void Restore_NullPeriod_NamesPeriod()
    {
        var act = () => PersonalTranscript.Restore(Id, AgreementId, Learner(), Host, null!, Issued, [Passed(U3)]);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("period");
    }

    [Fact]
    public void Restore_NullEntries_NamesEntries()
    {
        var act = () => PersonalTranscript.Restore(Id, AgreementId, Learner(), Host, Spring, Issued, null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("entries");
    }

    [Fact]
    public void Issue_NullAgreementOrEntries_NamesThem()
    {
        var noAgreement = () => PersonalTranscript.Issue(Id, null!, [Passed(U3)], Issued);
        var noEntries = () => PersonalTranscript.Issue(Id, PersonalTranscriptTests.Agreed(), null!, Issued);

        noAgreement.Should().ThrowExactly<ArgumentNullException>().WithParameterName("agreement");
        noEntries.Should().ThrowExactly<ArgumentNullException>().WithParameterName("entries");
    }

    [Fact]
    public void Restore_NoEntry_SaysOneIsRequired()
    {
        var act = () => Restore(entries: []);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("entries").WithMessage("At least one transcript entry is required.*");
    }

    [Fact]
    public void Restore_SameTargetTwice_NamesTheTarget()
    {
        var act = () => Restore(entries: [Passed(U3), Passed(U3)]);

        act.Should().Throw<DuplicateValueException>().WithParameterName("entries").WithMessage("Duplicate assessed target 'unit fi-cook-u3'.*");
    }

    [Fact]
    public void Restore_ResultOfAnotherInstitution_NamesBoth()
    {
        var act = () => Restore(entries: [Passed(U3, Elsewhere)]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("entries")
            .WithMessage($"The result 'unit fi-cook-u3: Passed (8 in es-fp-0-10)' was assessed by {Elsewhere}, not by the issuing host {Host}.*");
    }

    [Fact]
    public void Restore_AssessedAfterTheIssue_SaysWhenAndWhere()
    {
        var act = () => Restore(issuedAt: Instant.FromUtc(2026, 5, 18, 9, 0));

        act.Should().ThrowExactly<InvalidEntryException>().WithParameterName("entries")
            .WithMessage("The result 'unit fi-cook-u3: Passed (8 in es-fp-0-10)' is assessed on 2026-05-20, after the transcript was issued (2026-05-18T09:00:00Z).*")
            .Which.Location.Should().Be("[0].assessedOn");
    }

    [Fact]
    public void Restore_SignatureOnAnotherHash_IsAnErrorAtItsContent()
    {
        var act = () => Restore(signatures: [Sign(SignatoryRole.Host, TestValues.HashA, Issued)]);

        act.Should().ThrowExactly<InvalidEntryException>().WithParameterName("signatures")
            .WithMessage($"The signature of Lucía Ferrer is for content {TestValues.HashA}, not for this transcript (*).*")
            .Which.Location.Should().Be("[0].signedContent");
    }

    [Fact]
    public void Restore_SignatureBeforeTheIssue_IsAnErrorAtItsDate()
    {
        var hash = Restore().Hash;

        var act = () => Restore(signatures: [Sign(SignatoryRole.Host, hash, Issued.Minus(Duration.FromSeconds(1)))]);

        act.Should().ThrowExactly<InvalidEntryException>().WithParameterName("signatures")
            .WithMessage("The signature of Lucía Ferrer is dated 2026-05-29T08:59:59Z, before the transcript was issued (2026-05-29T09:00:00Z).*")
            .Which.Location.Should().Be("[0].signedAt");
    }

    [Fact]
    public void Restore_SignatureAtTheIssue_IsKept()
    {
        var hash = Restore().Hash;

        Restore(signatures: [Sign(SignatoryRole.Host, hash, Issued)]).IsSignedBy(SignatoryRole.Host).Should().BeTrue();
    }

    [Fact]
    public void Restore_RoleSigningTwice_IsAnErrorAtTheSecond()
    {
        var hash = Restore().Hash;

        var act = () => Restore(signatures: [Sign(SignatoryRole.Host, hash, Issued), Sign(SignatoryRole.Learner, hash, Issued), Sign(SignatoryRole.Host, hash, Issued)]);

        act.Should().ThrowExactly<InvalidEntryException>().WithParameterName("signatures")
            .WithMessage("The signature of Lucía Ferrer repeats the role Host, which signed already.*")
            .Which.Location.Should().Be("[2].role");
    }

    [Fact]
    public void Sign_Null_IsArgumentNull()
    {
        var act = () => Restore().Sign(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("signature");
    }

    [Fact]
    public void Sign_OnAnotherHash_SaysWhichContent()
    {
        var act = () => Restore().Sign(Sign(SignatoryRole.Host, TestValues.HashA, Issued));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("signature")
            .WithMessage($"The signature is for content {TestValues.HashA}, not for this transcript (*).*");
    }

    [Fact]
    public void Sign_TheSameRoleAgain_SaysItSignedAlready()
    {
        var transcript = Restore();
        var signed = transcript.Sign(Sign(SignatoryRole.Host, transcript.Hash, Issued));

        var act = () => signed.Sign(Sign(SignatoryRole.Host, transcript.Hash, Issued.Plus(Duration.FromHours(1))));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("signature").WithMessage("The transcript is already signed by the Host.*");
    }

    [Fact]
    public void Sign_BeforeTheIssue_SaysWhen()
    {
        var transcript = Restore();

        var act = () => transcript.Sign(Sign(SignatoryRole.Host, transcript.Hash, Issued.Minus(Duration.FromSeconds(1))));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("signature")
            .WithMessage("The signature is dated 2026-05-29T08:59:59Z, before the transcript was issued (2026-05-29T09:00:00Z).*");
    }

    [Fact]
    public void Sign_AtTheIssue_Counts()
    {
        var transcript = Restore();

        transcript.Sign(Sign(SignatoryRole.Host, transcript.Hash, Issued)).IsSignedBy(SignatoryRole.Host).Should().BeTrue();
    }

    [Fact]
    public void ToString_NamesIdIssuerAndEntries() =>
        Restore(entries: [Passed(U3), Passed(UnitId.Parse("fi-cook-u2"))]).ToString()
            .Should().Be($"tor-2026-0042 by {Host}: 2 entries");

    [Fact]
    public void TranscriptEntry_NullTitleOrResult_NamesIt()
    {
        var result = Passed(U3).Result;

        var noTitle = () => TranscriptEntry.Create(null!, result);
        var noResult = () => TranscriptEntry.Create(TestValues.En("Cold kitchen"), null!);

        noTitle.Should().ThrowExactly<ArgumentNullException>().WithParameterName("title");
        noResult.Should().ThrowExactly<ArgumentNullException>().WithParameterName("result");
    }

    [Fact]
    public void TranscriptEntry_CreditOnAFailedResult_SaysTheStatus()
    {
        var failed = AssessmentResult.ForUnit(U3, AssessmentStatus.Failed, Host, AssessmentResultTests.Assessor, new LocalDate(2026, 5, 20),
            AssessmentMethod.PracticalDemonstration, AssessmentResultTests.Scheme, "3");

        var act = () => TranscriptEntry.Create(TestValues.En("Cold kitchen"), failed, Credit.Ecvet(CreditPoints.From(5)));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("creditRecorded")
            .WithMessage("Credit is recorded only for a passed result; this one is Failed.*");
    }

    [Fact]
    public void TranscriptEntry_ToString_AddsTheCreditWhenRecorded()
    {
        var result = Passed(U3).Result;
        var credit = Credit.Ecvet(CreditPoints.From(10));

        TranscriptEntry.Create(TestValues.En("Cold kitchen"), result).ToString().Should().Be(result.ToString());
        TranscriptEntry.Create(TestValues.En("Cold kitchen"), result, credit).ToString().Should().Be($"{result}, {credit}");
    }
}
