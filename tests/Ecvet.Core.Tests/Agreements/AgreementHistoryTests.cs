using Ecvet.Agreements;
using Ecvet.Assessment;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;

namespace Ecvet.Tests.Agreements;

/// <summary>
/// <see cref="LearningAgreement.Restore"/> accepts exactly the histories the transitions produce, and the transitions
/// refuse events dated before what they follow; memoranda and transcripts refuse signatures that do not bind to them.
/// </summary>
public sealed class AgreementHistoryTests
{
    private static readonly SignatoryRole[] Trio = [SignatoryRole.Learner, SignatoryRole.Home, SignatoryRole.Host];

    private static readonly LearningAgreementContent First = Content();

    private static readonly LearningAgreementContent Changed = First.WithExpected([Expect(U4)]);

    private static readonly ComponentChange[] Swap = [ComponentChange.Delete(U3, ChangeReason.NotAvailable), ComponentChange.Insert(U4, ChangeReason.SubstitutingDeleted)];

    /// <summary>Version 1 signed on day 1 (09:00–11:00), a change proposed on day 5 and signed on day 6, approved.</summary>
    private static LearningAgreement Changed2()
    {
        var agreed = SignAll(LearningAgreement.Create(AgreementId, First), First.Hash, TestValues.At(1), Trio);
        var proposed = agreed.ProposeChange(Changed, Swap, SignatoryRole.Host, TestValues.At(5));
        return SignAll(proposed, Changed.Hash, TestValues.At(6), Trio).ApproveChange(Changed.Hash);
    }

    private static Action Restore(LearningAgreement a, IEnumerable<LearningAgreementVersion>? versions = null, IEnumerable<ChangeProposal>? proposals = null, AgreementEnd? end = null) =>
        () => LearningAgreement.Restore(a.Id, versions ?? a.Versions, proposals ?? a.Proposals, end ?? a.End);

    private static void ShouldRefuse(Action restore, string paramName, string location) =>
        restore.Should().Throw<InvalidEntryException>().Where(e => e.ParamName == paramName && e.Location == location);

    [Fact]
    public void Restore_HistoryTheTransitionsMade_RestoresEqual()
    {
        var agreement = Changed2()
            .ProposeChange(First.WithExpected([Expect(U5)]), [ComponentChange.Delete(U4, ChangeReason.NotAvailable), ComponentChange.Insert(U5, ChangeReason.SubstitutingDeleted)], SignatoryRole.Home, TestValues.At(7))
            .RejectChange(First.WithExpected([Expect(U5)]).Hash, SignatoryRole.Host, "Not offered", TestValues.At(8))
            .Close(TestValues.At(20));

        LearningAgreement.Restore(agreement.Id, agreement.Versions, agreement.Proposals, agreement.End).Should().Be(agreement);
    }

    [Fact]
    public void Restore_AgreedAgreementCancelled_IsRefusedAtTheEnd() =>
        ShouldRefuse(Restore(Changed2(), end: AgreementEnd.Restore(AgreementEndKind.Cancelled, TestValues.At(20), "Changed plans")), "end", string.Empty);

    [Fact]
    public void Restore_ClosedWithoutAnySignature_IsRefusedAtTheEnd() =>
        ShouldRefuse(Restore(LearningAgreement.Create(AgreementId, First), end: AgreementEnd.Restore(AgreementEndKind.Closed, TestValues.At(20))), "end", string.Empty);

    [Fact]
    public void Restore_ClosedBeforeTheLastSignature_IsRefusedAtTheEnd() =>
        ShouldRefuse(Restore(Changed2(), end: AgreementEnd.Restore(AgreementEndKind.Closed, TestValues.At(6))), "end", string.Empty);

    [Fact]
    public void Restore_VersionAfterOneInForceWithoutProposal_IsRefusedAtThatVersion()
    {
        var agreement = Changed2();
        var revised = LearningAgreementVersion.Restore(2, Changed, agreement.Versions[1].Signatures);

        ShouldRefuse(Restore(agreement, [agreement.Versions[0], revised]), "versions", "[1]");
    }

    [Fact]
    public void Restore_OriginOnAHashNoVersionHas_IsRefusedAtItsBaseHash()
    {
        var agreement = Changed2();
        var origin = agreement.Versions[1].Origin!;
        var forged = ChangeProposal.Restore(1, TestValues.HashA, Changed, Swap, SignatoryRole.Host, TestValues.At(5), signatures: origin.Signatures);

        ShouldRefuse(Restore(agreement, [agreement.Versions[0], LearningAgreementVersion.Restore(2, Changed, origin.Signatures, forged)]), "versions", "[1].origin.baseHash");
    }

    [Fact]
    public void Restore_OriginThatWasRejected_IsRefusedAtTheRejection()
    {
        var agreement = Changed2();
        var origin = agreement.Versions[1].Origin!;
        var rejected = ChangeProposal.Restore(1, origin.BaseHash, Changed, Swap, SignatoryRole.Host, TestValues.At(5), signatures: origin.Signatures,
            rejection: ProposalRejection.Restore(SignatoryRole.Home, "No", TestValues.At(7)));

        ShouldRefuse(Restore(agreement, [agreement.Versions[0], LearningAgreementVersion.Restore(2, Changed, origin.Signatures, rejected)]), "versions", "[1].origin.rejection");
    }

    [Fact]
    public void Restore_OriginWithoutSignatures_IsRefusedAtTheOrigin()
    {
        var agreement = Changed2();
        var unsigned = ChangeProposal.Restore(1, First.Hash, Changed, Swap, SignatoryRole.Host, TestValues.At(5));

        ShouldRefuse(Restore(agreement, [agreement.Versions[0], LearningAgreementVersion.Restore(2, Changed, [], unsigned)]), "versions", "[1].origin");
    }

    [Fact]
    public void Restore_VersionHoldingThePreviousVersionsSignatures_IsRefusedAtItsSignatures()
    {
        var agreement = Changed2();
        var v2 = LearningAgreementVersion.Restore(2, Changed, agreement.Versions[0].Signatures, agreement.Versions[1].Origin);

        ShouldRefuse(Restore(agreement, [agreement.Versions[0], v2]), "versions", "[1].signatures");
    }

    [Fact]
    public void Restore_RoleSigningTwice_IsRefusedAtTheSecondSignature()
    {
        var v1 = LearningAgreementVersion.Restore(1, First, [Sign(SignatoryRole.Learner, First.Hash, TestValues.At(1)), Sign(SignatoryRole.Learner, First.Hash, TestValues.At(2))]);

        ShouldRefuse(() => LearningAgreement.Restore(AgreementId, [v1]), "versions", "[0].signatures[1]");
    }

    [Fact]
    public void Restore_ProposalSignedBeforeItWasMade_IsRefusedAtThatSignature()
    {
        var agreed = SignAll(LearningAgreement.Create(AgreementId, First), First.Hash, TestValues.At(1), Trio);
        var early = ChangeProposal.Restore(1, First.Hash, Changed, Swap, SignatoryRole.Host, TestValues.At(5), signatures: [Sign(SignatoryRole.Host, Changed.Hash, TestValues.At(4))]);

        ShouldRefuse(Restore(agreed, proposals: [early]), "proposals", "[0].signatures[0]");
    }

    [Fact]
    public void Restore_ProposalsOutOfOrder_IsRefusedAtTheLaterListedOne()
    {
        var agreement = Changed2();
        var onTwo = ChangeProposal.Restore(2, Changed.Hash, First.WithExpected([Expect(U5)]), [ComponentChange.Insert(U5, ChangeReason.Other, "More")], SignatoryRole.Host, TestValues.At(8));
        var onOne = ChangeProposal.Restore(1, First.Hash, First.WithExpected([Expect(U3), Expect(U5)]), [ComponentChange.Insert(U5, ChangeReason.Other, "More")], SignatoryRole.Host, TestValues.At(5, 10));

        ShouldRefuse(Restore(agreement, proposals: [onTwo, onOne]), "proposals", "[1]");
    }

    [Fact]
    public void Restore_MinorWithoutGuardianUnderAnotherAgeOfMajority_IsAccepted()
    {
        // 17 on the first day: the default policy (18) wants a guardian, a policy of 17 does not; the document does not say which.
        var content = Content(birthDate: new LocalDate(2009, 1, 10));
        var policy = SignatoryPolicy.Default.WithAdultAge(17);
        var closed = SignAll(LearningAgreement.Create(AgreementId, content), content.Hash, TestValues.At(1), Trio).Close(TestValues.At(20), policy: policy);

        var restored = LearningAgreement.Restore(closed.Id, closed.Versions, closed.Proposals, closed.End);

        restored.Should().Be(closed);
        restored.GetVersionInForce().Should().BeNull("under the default policy the guardian's signature is missing");
    }

    [Fact]
    public void Close_BeforeTheLastSignature_ThrowsNamingClosedAt()
    {
        var act = () => Changed2().Close(TestValues.At(6, 10));

        act.Should().Throw<ArgumentException>().WithParameterName("closedAt");
    }

    [Fact]
    public void Cancel_BeforeTheLastSignature_ThrowsNamingCancelledAt()
    {
        var partly = LearningAgreement.Create(AgreementId, First).Sign(Sign(SignatoryRole.Learner, First.Hash, TestValues.At(3)));

        var act = () => partly.Cancel(TestValues.At(2), "Changed plans");

        act.Should().Throw<ArgumentException>().WithParameterName("cancelledAt");
    }

    [Fact]
    public void ProposeChange_BeforeTheVersionCameIntoForce_ThrowsNamingProposedAt()
    {
        var agreed = SignAll(LearningAgreement.Create(AgreementId, First), First.Hash, TestValues.At(1), Trio);

        var act = () => agreed.ProposeChange(Changed, Swap, SignatoryRole.Host, TestValues.At(1, 10));

        act.Should().Throw<ArgumentException>().WithParameterName("proposedAt");
    }

    [Fact]
    public void Sign_ProposalBeforeItWasMade_ThrowsNamingSignature()
    {
        var proposed = SignAll(LearningAgreement.Create(AgreementId, First), First.Hash, TestValues.At(1), Trio)
            .ProposeChange(Changed, Swap, SignatoryRole.Host, TestValues.At(5));

        var act = () => proposed.Sign(Sign(SignatoryRole.Host, Changed.Hash, TestValues.At(4)));

        act.Should().Throw<ArgumentException>().WithParameterName("signature");
    }

    [Fact]
    public void RejectChange_BeforeTheProposal_ThrowsNamingRejectedAt()
    {
        var proposed = SignAll(LearningAgreement.Create(AgreementId, First), First.Hash, TestValues.At(1), Trio)
            .ProposeChange(Changed, Swap, SignatoryRole.Host, TestValues.At(5));

        var act = () => proposed.RejectChange(Changed.Hash, SignatoryRole.Home, "No", TestValues.At(4));

        act.Should().Throw<ArgumentException>().WithParameterName("rejectedAt");
    }

    [Fact]
    public void Content_LearnerBornAfterTheMobilityStarts_ThrowsNamingLearner()
    {
        var act = () => Content(birthDate: Spring.EarliestStart.PlusDays(1));

        act.Should().Throw<ArgumentException>().WithParameterName("learner");
    }

    [Fact]
    public void MouCreate_EquivalenceForAUnitItDoesNotList_IsRefusedAtTheHomeUnit()
    {
        var mou = MobilityExamples.Mou();
        var foreign = EquivalenceRule.Create([MobilityExamples.HostPastry], UnitId.Parse("fi-cook-u99"), []);

        var act = () => MemorandumOfUnderstanding.Create(mou.Id, mou.SigningOrganisations, mou.Qualifications, mou.Procedures, mou.ValidFrom,
            mou.ValidUntil, preAgreedEquivalences: [foreign]);

        act.Should().Throw<InvalidEntryException>().Where(e => e.ParamName == "preAgreedEquivalences" && e.Location == "[0].homeUnit");
    }

    [Fact]
    public void MouCreate_SignatureOnAnotherHash_IsRefusedAtItsSignedContent()
    {
        var mou = MobilityExamples.SignedMou();
        var stale = Signature.Create(SignatoryRole.Partner, "Pekka Mäkinen", TestValues.HashA, TestValues.At(1), onBehalfOf: mou.SigningOrganisations[0].Id);

        var act = () => MemorandumOfUnderstanding.Create(mou.Id, mou.SigningOrganisations, mou.Qualifications, mou.Procedures, mou.ValidFrom,
            mou.ValidUntil, mou.CoveredOrganisations, mou.MinimumMobilityDuration, mou.MaximumMobilityDuration, mou.ReviewArrangements,
            mou.PreAgreedEquivalences, mou.FileCode, [stale]);

        act.Should().Throw<InvalidEntryException>().Where(e => e.ParamName == "signatures" && e.Location == "[0].signedContent");
    }

    [Fact]
    public void TranscriptCreate_SignedBeforeTheIssue_IsRefusedAtSignedAt()
    {
        var t = MobilityExamples.Transcript();
        var early = Signature.Create(SignatoryRole.Host, "Lucía Ferrer", t.Hash, t.IssuedAt.Minus(Duration.FromMinutes(1)));

        var act = () => PersonalTranscript.Restore(t.Id, t.Agreement, t.Learner, t.IssuedBy, t.Period, t.IssuedAt, t.Entries, [early]);

        act.Should().Throw<InvalidEntryException>().Where(e => e.ParamName == "signatures" && e.Location == "[0].signedAt");
    }

    [Fact]
    public void TranscriptCreate_AssessedAfterTheIssue_IsRefusedAtAssessedOn()
    {
        var t = MobilityExamples.Transcript();
        var lastDay = t.Entries.Max(e => e.Result.AssessedOn);

        var act = () => PersonalTranscript.Restore(t.Id, t.Agreement, t.Learner, t.IssuedBy, t.Period, lastDay.PlusDays(-2).AtMidnight().InUtc().ToInstant(), t.Entries);

        act.Should().Throw<InvalidEntryException>().Where(e => e.ParamName == "entries" && e.Location.EndsWith("].assessedOn", StringComparison.Ordinal));
    }

    [Fact]
    public void TranscriptSign_BeforeTheIssue_ThrowsNamingSignature()
    {
        var t = MobilityExamples.Transcript();
        var unsigned = PersonalTranscript.Restore(t.Id, t.Agreement, t.Learner, t.IssuedBy, t.Period, t.IssuedAt, t.Entries);

        var act = () => unsigned.Sign(Signature.Create(SignatoryRole.Host, "Lucía Ferrer", unsigned.Hash, t.IssuedAt.Minus(Duration.FromSeconds(1))));

        act.Should().Throw<ArgumentException>().WithParameterName("signature");
    }
}
