using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Serialization;
using Ecvet.Tests.Agreements;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;

namespace Ecvet.Tests.Assessment;

public sealed class PersonalTranscriptTests
{
    private static readonly TranscriptId Id = TranscriptId.Parse("tor-2026-0042");

    // Issued after the last assessment (2026-05-20).
    private static readonly Instant Issued = Instant.FromUtc(2026, 5, 29, 9, 0);

    internal static LearningAgreement Agreed()
    {
        var content = Content();
        return SignAll(LearningAgreement.Create(AgreementId, content), content.Hash, TestValues.At(1), SignatoryRole.Learner, SignatoryRole.Home, SignatoryRole.Host);
    }

    internal static TranscriptEntry Passed(UnitId unit, string grade = "8") => TranscriptEntry.Create(TestValues.En("Cold kitchen"),
        AssessmentResult.ForUnit(unit, AssessmentStatus.Passed, Host, AssessmentResultTests.Assessor, new LocalDate(2026, 5, 20),
            AssessmentMethod.PracticalDemonstration, AssessmentResultTests.Scheme, grade),
        Credit.Ecvet(CreditPoints.From(10)));

    [Fact]
    public void Issue_AgreedAgreement_TakesLearnerHostAndPeriodFromVersionInForce()
    {
        var transcript = PersonalTranscript.Issue(Id, Agreed(), [Passed(U3)], Instant.FromUtc(2026, 5, 29, 14, 0));

        transcript.IssuedBy.Should().Be(Host);
        transcript.Agreement.Should().Be(AgreementId);
        transcript.Period.Should().Be(Spring);
        transcript.Learner.Should().Be(Learner());
        transcript.Signatures.Should().BeEmpty();
    }

    [Fact]
    public void Issue_DraftAgreement_ThrowsInvalidOperationAsCloseDoes()
    {
        var draft = LearningAgreement.Create(AgreementId, Content());

        var issue = () => PersonalTranscript.Issue(Id, draft, [Passed(U3)], Issued);
        var close = () => draft.Close(Issued);

        // One state, one exception type: "no version in force" is InvalidOperationException wherever it is met.
        issue.Should().ThrowExactly<InvalidOperationException>().WithMessage($"*{AgreementId}*no version in force*");
        close.Should().ThrowExactly<InvalidOperationException>();
    }

    [Fact]
    public void Sign_OnItsHash_CountsAndKeepsTheHash()
    {
        var transcript = PersonalTranscript.Issue(Id, Agreed(), [Passed(U3)], Issued);

        var signed = transcript.Sign(Sign(SignatoryRole.Host, transcript.Hash, Issued.Plus(Duration.FromHours(6))));

        signed.IsSignedBy(SignatoryRole.Host).Should().BeTrue();
        signed.Hash.Should().Be(transcript.Hash, "signatures are not part of the content");
    }

    [Fact]
    public void Sign_OnAnotherHash_ThrowsNamingSignature()
    {
        var transcript = PersonalTranscript.Issue(Id, Agreed(), [Passed(U3)], Issued);

        var act = () => transcript.Sign(Sign(SignatoryRole.Host, TestValues.HashA, Issued.Plus(Duration.FromHours(6))));

        act.Should().Throw<ArgumentException>().WithParameterName("signature");
    }

    [Fact]
    public void Hash_ChangesWithAnyEntry()
    {
        var a = PersonalTranscript.Issue(Id, Agreed(), [Passed(U3, "8")], Issued);
        var b = PersonalTranscript.Issue(Id, Agreed(), [Passed(U3, "9")], Issued);

        a.Hash.Should().NotBe(b.Hash);
    }

    [Fact]
    public void Create_TwoDifferentSchemesWithOneId_ThrowsNamingEntries()
    {
        // The document lists each grading scheme once and entries refer to it by id: a second scheme with the same id
        // would be written as the first one and read back as a different transcript.
        var other = GradingScheme.Numeric(AssessmentResultTests.Scheme.Id, TestValues.En("Spanish VET 1–10"), 1, 10, 5);
        var second = TranscriptEntry.Create(TestValues.En("Hot kitchen"), AssessmentResult.ForUnit(U4, AssessmentStatus.Passed, Host,
            AssessmentResultTests.Assessor, new LocalDate(2026, 5, 21), AssessmentMethod.Oral, other, "7"));

        var act = () => PersonalTranscript.Issue(Id, Agreed(), [Passed(U3), second], Issued);

        act.Should().Throw<ArgumentException>().WithParameterName("entries").WithMessage("*'es-fp-0-10'*");
    }

    [Fact]
    public void Create_OneSchemeInSeveralEntries_ReadsBackEqual()
    {
        var transcript = PersonalTranscript.Issue(Id, Agreed(), [Passed(U3), Passed(U4, "6")], Issued);

        EcvetJson.ParsePersonalTranscript(EcvetJson.SerializeToUtf8Bytes(transcript)).Value.Should().Be(transcript);
    }

    [Fact]
    public void Restore_SchemeListedTwice_ThrowsDuplicateAtTheSecond()
    {
        var t = PersonalTranscript.Issue(Id, Agreed(), [Passed(U3), Passed(U4, "6")], Issued);
        var other = GradingScheme.PassFail("pass-fail", TestValues.En("Pass or fail"));

        var act = () => PersonalTranscript.Restore(t.Id, t.Agreement, t.Learner, t.IssuedBy, t.Period, t.IssuedAt, t.Entries, t.Signatures,
            [AssessmentResultTests.Scheme, other, AssessmentResultTests.Scheme]);

        act.Should().Throw<DuplicateValueException>().WithParameterName("gradingSchemes").WithMessage("*'es-fp-0-10'*")
            .Which.Index.Should().Be(2);
    }

    [Fact]
    public void Restore_EntryInUnlistedScheme_ThrowsAtTheEntry()
    {
        var t = PersonalTranscript.Issue(Id, Agreed(), [Passed(U3)], Issued);
        var other = GradingScheme.PassFail("pass-fail", TestValues.En("Pass or fail"));

        var act = () => PersonalTranscript.Restore(t.Id, t.Agreement, t.Learner, t.IssuedBy, t.Period, t.IssuedAt, t.Entries, t.Signatures, [other]);

        act.Should().Throw<InvalidEntryException>().WithParameterName("entries").WithMessage("*'es-fp-0-10'*")
            .Which.Location.Should().Be("[0].gradingScheme");
    }

    [Fact]
    public void Restore_ListedSchemesOfTheEntries_EqualsTheIssuedTranscript()
    {
        var t = PersonalTranscript.Issue(Id, Agreed(), [Passed(U3), Passed(U4, "6")], Issued);

        PersonalTranscript.Restore(t.Id, t.Agreement, t.Learner, t.IssuedBy, t.Period, t.IssuedAt, t.Entries, t.Signatures, [AssessmentResultTests.Scheme])
            .Should().Be(t);
    }

    [Fact]
    public void Create_ResultAssessedByAnotherInstitution_ThrowsNamingEntries()
    {
        var foreign = TranscriptEntry.Create(TestValues.En("x"), AssessmentResult.ForUnit(U3, AssessmentStatus.Passed, Home,
            AssessmentResultTests.Assessor, new LocalDate(2026, 5, 20), AssessmentMethod.Oral, AssessmentResultTests.Scheme, "7"));

        var act = () => PersonalTranscript.Issue(Id, Agreed(), [foreign], Issued);

        act.Should().Throw<ArgumentException>().WithParameterName("entries");
    }

    [Fact]
    public void Create_SameUnitTwice_ThrowsNamingEntries()
    {
        var act = () => PersonalTranscript.Issue(Id, Agreed(), [Passed(U3), Passed(U3, "9")], Issued);

        act.Should().Throw<ArgumentException>().WithParameterName("entries");
    }

    [Fact]
    public void Create_SameIdInHomeAndHostCatalogue_KeepsBoth()
    {
        var host = TranscriptEntry.Create(TestValues.En("Cocina"), AssessmentResult.ForUnit(U3, AssessmentStatus.Passed, Host, AssessmentResultTests.Assessor,
            new LocalDate(2026, 5, 20), AssessmentMethod.PracticalDemonstration, AssessmentResultTests.Scheme, "7", catalogue: TargetCatalogue.Host));

        var transcript = PersonalTranscript.Issue(Id, Agreed(), [Passed(U3), host], Issued);

        transcript.Entries.Select(e => e.Result.Catalogue).Should().Equal(TargetCatalogue.Home, TargetCatalogue.Host);
    }

    [Fact]
    public void Create_SameHostUnitTwice_ThrowsNamingEntries()
    {
        TranscriptEntry HostEntry(string grade) => TranscriptEntry.Create(TestValues.En("Cocina"), AssessmentResult.ForUnit(U3, AssessmentStatus.Passed, Host,
            AssessmentResultTests.Assessor, new LocalDate(2026, 5, 20), AssessmentMethod.PracticalDemonstration, AssessmentResultTests.Scheme, grade, catalogue: TargetCatalogue.Host));

        var act = () => PersonalTranscript.Issue(Id, Agreed(), [HostEntry("7"), HostEntry("8")], Issued);

        act.Should().Throw<DuplicateValueException>().WithParameterName("entries").WithMessage("*host unit*");
    }

    [Fact]
    public void Create_NoEntry_ThrowsNamingEntries()
    {
        var act = () => PersonalTranscript.Issue(Id, Agreed(), [], Issued);

        act.Should().Throw<ArgumentException>().WithParameterName("entries");
    }

    [Fact]
    public void TranscriptEntry_CreditForFailedResult_ThrowsNamingCreditRecorded()
    {
        var failed = AssessmentResult.ForUnit(U3, AssessmentStatus.Failed, Host, AssessmentResultTests.Assessor, new LocalDate(2026, 5, 20),
            AssessmentMethod.Oral, AssessmentResultTests.Scheme, "3");

        var act = () => TranscriptEntry.Create(TestValues.En("x"), failed, Credit.Ecvet(CreditPoints.From(5)));

        act.Should().Throw<ArgumentException>().WithParameterName("creditRecorded");
    }
}
