using Ecvet.Agreements;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;

namespace Ecvet.Tests.Agreements;

/// <summary>
/// Each rule of <see cref="LearningAgreement"/> on its own: which argument a refusal names and what it says, the
/// edges of the dates a transition accepts, and which proposal a transition acts on.
/// </summary>
public sealed class LearningAgreementRuleTests
{
    private static readonly SignatoryRole[] Trio = [SignatoryRole.Learner, SignatoryRole.Home, SignatoryRole.Host];

    private static readonly LearningAgreementContent First = Content();

    private static readonly LearningAgreementContent Changed = First.WithExpected([Expect(U4)]);

    private static readonly LearningAgreementContent Third = First.WithExpected([Expect(U5)]);

    private static readonly ComponentChange[] Swap = [ComponentChange.Delete(U3, ChangeReason.NotAvailable), ComponentChange.Insert(U4, ChangeReason.SubstitutingDeleted)];

    private static readonly ComponentChange[] SwapFor5 = [ComponentChange.Delete(U3, ChangeReason.NotAvailable), ComponentChange.Insert(U5, ChangeReason.SubstitutingDeleted)];

    // 17 on the first day of the mobility: a minor under the default policy, an adult under a policy of 17.
    private static readonly LocalDate SeventeenOnArrival = new(2009, 1, 10);

    private static readonly SignatoryPolicy AdultAt17 = SignatoryPolicy.Default.WithAdultAge(17);

    /// <summary>Version 1 signed on day 1 at 09:00, 10:00 and 11:00: in force from 11:00.</summary>
    private static LearningAgreement Agreed() => SignAll(LearningAgreement.Create(AgreementId, First), First.Hash, TestValues.At(1), Trio);

    /// <summary><see cref="Agreed"/> with a change to unit 4 proposed by the host on day 5, unsigned.</summary>
    private static LearningAgreement Proposed() => Agreed().ProposeChange(Changed, Swap, SignatoryRole.Host, TestValues.At(5));

    /// <summary><see cref="Proposed"/> signed by all on day 6 (09:00–11:00) and approved: version 2 in force.</summary>
    private static LearningAgreement Changed2() => SignAll(Proposed(), Changed.Hash, TestValues.At(6), Trio).ApproveChange(Changed.Hash);

    [Fact]
    public void Create_NullId_NamesId()
    {
        var act = () => LearningAgreement.Create(null!, First);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void Restore_NullVersions_NamesVersions()
    {
        var act = () => LearningAgreement.Restore(AgreementId, null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("versions");
    }

    [Fact]
    public void Restore_NullVersion_SaysTheCollectionHoldsNull()
    {
        var act = () => LearningAgreement.Restore(AgreementId, [null!]);

        act.Should().Throw<ArgumentException>().WithParameterName("versions").WithMessage("The collection must not contain null.*");
    }

    [Fact]
    public void Restore_NoVersion_SaysOneIsRequired()
    {
        var act = () => LearningAgreement.Restore(AgreementId, []);

        act.Should().Throw<ArgumentException>().WithParameterName("versions").WithMessage("At least one version is required.*");
    }

    [Fact]
    public void Restore_VersionNumberedOutOfOrder_SaysWhichNumberAtWhichPosition()
    {
        var v1 = LearningAgreementVersion.Restore(1, First);

        var act = () => LearningAgreement.Restore(AgreementId, [v1, v1]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("versions")
            .WithMessage("Versions must be numbered 1, 2, 3… in order; found 1 at position 2.*");
    }

    [Fact]
    public void Restore_DraftAfterAnApprovedChange_SaysItMustComeFromAProposal()
    {
        var agreement = Changed2();
        var v3 = LearningAgreementVersion.Restore(3, Third);

        var act = () => LearningAgreement.Restore(AgreementId, [.. agreement.Versions, v3]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("versions")
            .WithMessage("Version 3 follows an approved change and must itself come from an approved change proposal.*");
    }

    [Fact]
    public void ApproveChange_SecondApprovedChange_MakesVersion3InForce()
    {
        var third = Changed2().ProposeChange(Third, [ComponentChange.Delete(U4, ChangeReason.NotAvailable), ComponentChange.Insert(U5, ChangeReason.SubstitutingDeleted)],
            SignatoryRole.Home, TestValues.At(7));

        var approved = SignAll(third, Third.Hash, TestValues.At(8), Trio).ApproveChange(Third.Hash);

        approved.GetVersionInForce()!.Number.Should().Be(3);
        LearningAgreement.Restore(approved.Id, approved.Versions, approved.Proposals, approved.End).Should().Be(approved);
    }

    [Fact]
    public void Restore_ProposalListedTwice_SaysItIsDuplicate()
    {
        var proposed = Proposed();

        var act = () => LearningAgreement.Restore(AgreementId, proposed.Versions, [proposed.Proposals[0], proposed.Proposals[0]]);

        act.Should().Throw<DuplicateValueException>().WithParameterName("proposals").WithMessage("Duplicate proposal '*'.*");
    }

    [Fact]
    public void Restore_ProposalOnAHashItsBaseVersionDoesNotHave_SaysWhichProposal()
    {
        var forged = ChangeProposal.Restore(1, TestValues.HashA, Changed, Swap, SignatoryRole.Host, TestValues.At(5));

        var act = () => LearningAgreement.Restore(AgreementId, Agreed().Versions, [forged]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("proposals")
            .WithMessage($"The proposal {forged.Id} is based on version 1 with a hash that no version of this agreement has.*");
    }

    [Fact]
    public void GetStatus_RejectionOnlyOnAnEarlierVersion_IsAgreed()
    {
        var rejected = Agreed().ProposeChange(Third, SwapFor5, SignatoryRole.Host, TestValues.At(5))
            .RejectChange(Third.Hash, SignatoryRole.Home, "Not offered", TestValues.At(5, 10));
        rejected.GetStatus().Should().Be(LearningAgreementStatus.ChangeRejected);

        var approved = SignAll(rejected.ProposeChange(Changed, Swap, SignatoryRole.Host, TestValues.At(6)), Changed.Hash, TestValues.At(7), Trio)
            .ApproveChange(Changed.Hash);

        approved.GetStatus().Should().Be(LearningAgreementStatus.Agreed, "the rejection was of a change to version 1, not to version 2 now in force");
    }

    [Fact]
    public void ReviseDraft_NullContent_NamesContent()
    {
        var act = () => LearningAgreement.Create(AgreementId, First).ReviseDraft(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("content");
    }

    [Fact]
    public void ReviseDraft_VersionInForce_SaysToProposeAChange()
    {
        var act = () => Agreed().ReviseDraft(Changed);

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage("A version is in force; change it with ProposeChange and ApproveChange.");
    }

    [Fact]
    public void ReviseDraft_SameContent_SaysNothingChanges()
    {
        var act = () => LearningAgreement.Create(AgreementId, First).ReviseDraft(First);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("content").WithMessage("The revised content is the same as the latest draft.*");
    }

    [Fact]
    public void Sign_Null_NamesSignature()
    {
        var act = () => LearningAgreement.Create(AgreementId, First).Sign(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("signature");
    }

    [Fact]
    public void Sign_VersionTheRoleAlreadySigned_SaysWhichVersionAndRole()
    {
        var signed = LearningAgreement.Create(AgreementId, First).Sign(Sign(SignatoryRole.Learner, First.Hash, TestValues.At(1)));

        var act = () => signed.Sign(Sign(SignatoryRole.Learner, First.Hash, TestValues.At(2)));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("signature").WithMessage("Version 1 is already signed by the Learner.*");
    }

    [Fact]
    public void Sign_CancelledAgreement_SaysItCanNoLongerChange()
    {
        var cancelled = LearningAgreement.Create(AgreementId, First).Cancel(TestValues.At(2), "Changed plans");

        var act = () => cancelled.Sign(Sign(SignatoryRole.Learner, First.Hash, TestValues.At(3)));

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage("The agreement is cancelled; it can no longer change.");
    }

    [Fact]
    public void Sign_RejectedProposal_SaysItTakesNoMoreSignatures()
    {
        var rejected = Proposed().RejectChange(Changed.Hash, SignatoryRole.Home, "No", TestValues.At(6));

        var act = () => rejected.Sign(Sign(SignatoryRole.Host, Changed.Hash, TestValues.At(7)));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("signature")
            .WithMessage("The proposal this signature signs was rejected; it takes no more signatures.*");
    }

    [Fact]
    public void Sign_ProposalTheRoleAlreadySigned_SaysWhichRole()
    {
        var signed = Proposed().Sign(Sign(SignatoryRole.Host, Changed.Hash, TestValues.At(6)));

        var act = () => signed.Sign(Sign(SignatoryRole.Host, Changed.Hash, TestValues.At(7)));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("signature").WithMessage("The proposal is already signed by the Host.*");
    }

    [Fact]
    public void Sign_ProposalBeforeItWasMade_SaysBothDates()
    {
        var act = () => Proposed().Sign(Sign(SignatoryRole.Host, Changed.Hash, TestValues.At(4)));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("signature")
            .WithMessage("The signature is dated 2026-03-04T09:00:00Z, before the proposal was made (2026-03-05T09:00:00Z).*");
    }

    [Fact]
    public void ProposeChange_NullContentOrChanges_NamesIt()
    {
        var noContent = () => Agreed().ProposeChange(null!, Swap, SignatoryRole.Host, TestValues.At(5));
        var noChanges = () => Agreed().ProposeChange(Changed, null!, SignatoryRole.Host, TestValues.At(5));

        noContent.Should().ThrowExactly<ArgumentNullException>().WithParameterName("content");
        noChanges.Should().ThrowExactly<ArgumentNullException>().WithParameterName("changes");
    }

    [Fact]
    public void ProposeChange_ClosedAgreement_SaysItCanNoLongerChange()
    {
        var act = () => Agreed().Close(TestValues.At(2)).ProposeChange(Changed, Swap, SignatoryRole.Host, TestValues.At(5));

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage("The agreement is closed; it can no longer change.");
    }

    [Fact]
    public void ProposeChange_Draft_SaysToReviseTheDraft()
    {
        var act = () => LearningAgreement.Create(AgreementId, First).ProposeChange(Changed, Swap, SignatoryRole.Host, TestValues.At(5));

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage("No version is in force yet; revise the draft with ReviseDraft instead.");
    }

    [Fact]
    public void ProposeChange_BeforeTheLastRequiredSignature_SaysWhenTheVersionCameIntoForce()
    {
        var act = () => Agreed().ProposeChange(Changed, Swap, SignatoryRole.Host, TestValues.At(1, 10));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("proposedAt")
            .WithMessage("The change is proposed at 2026-03-01T10:00:00Z, before version 1 came into force (2026-03-01T11:00:00Z).*");
    }

    [Fact]
    public void ProposeChange_SignaturesDatedOutOfListOrder_CountsFromTheLatestRequiredSignature()
    {
        // Listed learner (11:00), home (09:00), host (10:00): in force from 11:00 whatever the order they are listed in.
        var agreed = LearningAgreement.Create(AgreementId, First)
            .Sign(Sign(SignatoryRole.Learner, First.Hash, TestValues.At(1, 11)))
            .Sign(Sign(SignatoryRole.Home, First.Hash, TestValues.At(1, 9)))
            .Sign(Sign(SignatoryRole.Host, First.Hash, TestValues.At(1, 10)));

        var act = () => agreed.ProposeChange(Changed, Swap, SignatoryRole.Host, TestValues.At(1, 10).Plus(Duration.FromMinutes(30)));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("proposedAt")
            .WithMessage("The change is proposed at 2026-03-01T10:30:00Z, before version 1 came into force (2026-03-01T11:00:00Z).*");
        agreed.ProposeChange(Changed, Swap, SignatoryRole.Host, TestValues.At(1, 11)).PendingProposals.Should().ContainSingle();
    }

    [Fact]
    public void ProposeChange_DeletingAUnitTheVersionDoesNotExpect_SaysWhichUnitAndVersion()
    {
        var act = () => Agreed().ProposeChange(Changed, [ComponentChange.Delete(U5, ChangeReason.NotAvailable), ComponentChange.Insert(U4, ChangeReason.Other, "More")],
            SignatoryRole.Host, TestValues.At(5));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("changes")
            .WithMessage("Unit fi-cook-u5 is deleted but is not in the expected learning of version 1.*");
    }

    [Fact]
    public void ProposeChange_ContentOfARejectedProposal_SaysItWasAlreadyProposed()
    {
        var rejected = Proposed().RejectChange(Changed.Hash, SignatoryRole.Home, "No", TestValues.At(6));

        var act = () => rejected.ProposeChange(Changed, Swap, SignatoryRole.Host, TestValues.At(7));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("content").WithMessage("This content has already been proposed.*");
    }

    [Fact]
    public void ApproveChange_NullId_NamesProposalId()
    {
        var act = () => Proposed().ApproveChange(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("proposalId");
    }

    [Fact]
    public void ApproveChange_UnknownId_SaysNoPendingProposalHasIt()
    {
        var act = () => Proposed().ApproveChange(TestValues.HashA);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("proposalId")
            .WithMessage($"No pending change proposal has the identifier {TestValues.HashA}.*");
    }

    [Fact]
    public void ApproveChange_RejectedProposalListedBeforeAPendingOne_IsNotPending()
    {
        var agreement = Proposed().RejectChange(Changed.Hash, SignatoryRole.Home, "No", TestValues.At(6))
            .ProposeChange(Third, SwapFor5, SignatoryRole.Host, TestValues.At(7));

        var act = () => agreement.ApproveChange(Changed.Hash);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("proposalId")
            .WithMessage($"No pending change proposal has the identifier {Changed.Hash}.*");
    }

    [Fact]
    public void ApproveChange_SecondOfTwoPendingProposals_ApprovesThatOne()
    {
        var two = Proposed().ProposeChange(Third, SwapFor5, SignatoryRole.Home, TestValues.At(5, 10));

        var approved = SignAll(two, Third.Hash, TestValues.At(6), Trio).ApproveChange(Third.Hash);

        approved.GetVersionInForce()!.Content.Should().Be(Third);
        approved.Proposals.Should().ContainSingle().Which.Id.Should().Be(Changed.Hash);
    }

    [Fact]
    public void ApproveChange_ProposalOnAVersionNoLongerInForce_SaysWhichVersionIsInForce()
    {
        var two = SignAll(Proposed().ProposeChange(Third, SwapFor5, SignatoryRole.Home, TestValues.At(5, 10)), Third.Hash, TestValues.At(6), Trio);
        var approvedThird = SignAll(two, Changed.Hash, TestValues.At(7), Trio).ApproveChange(Third.Hash);

        var act = () => approvedThird.ApproveChange(Changed.Hash);

        act.Should().ThrowExactly<EditConflictException>()
            .WithMessage("The proposal is based on version 1, but the version in force is version 2; reject it and propose again on the current version.");
    }

    [Fact]
    public void ApproveChange_NoVersionInForceUnderThePolicy_SaysNone()
    {
        // In force only under a policy of 17: under the default the guardian's signature is missing.
        var minor = Content(birthDate: SeventeenOnArrival);
        var proposed = SignAll(LearningAgreement.Create(AgreementId, minor), minor.Hash, TestValues.At(1), Trio)
            .ProposeChange(minor.WithExpected([Expect(U4)]), Swap, SignatoryRole.Host, TestValues.At(5), policy: AdultAt17);

        var act = () => proposed.ApproveChange(minor.WithExpected([Expect(U4)]).Hash);

        act.Should().ThrowExactly<EditConflictException>()
            .WithMessage("The proposal is based on version 1, but the version in force is none; reject it and propose again on the current version.");
    }

    [Fact]
    public void ApproveChange_BaseHasTheHashOfTheVersionInForceButAnotherNumber_IsAConflict()
    {
        // Version 1 is in force under a policy of 17 and a change is proposed on it; under the default policy (no
        // guardian signed) the draft is revised twice, back to version 1's content, and signed again as version 3.
        var minor = Content(birthDate: SeventeenOnArrival);
        var proposedContent = minor.WithExpected([Expect(U4)]);
        var proposed = SignAll(LearningAgreement.Create(AgreementId, minor), minor.Hash, TestValues.At(1), Trio)
            .ProposeChange(proposedContent, Swap, SignatoryRole.Host, TestValues.At(5), policy: AdultAt17);
        proposed = SignAll(proposed, proposedContent.Hash, TestValues.At(6), Trio);
        var v3 = SignAll(proposed.ReviseDraft(minor.WithExpected([Expect(U5)])).ReviseDraft(minor), minor.Hash, TestValues.At(7), Trio);
        v3.GetVersionInForce(AdultAt17)!.Number.Should().Be(3);

        var act = () => v3.ApproveChange(proposedContent.Hash, AdultAt17);

        act.Should().ThrowExactly<EditConflictException>()
            .WithMessage("The proposal is based on version 1, but the version in force is version 3; reject it and propose again on the current version.");
    }

    [Fact]
    public void ApproveChange_MissingSignatures_SaysWhose()
    {
        var act = () => Proposed().Sign(Sign(SignatoryRole.Home, Changed.Hash, TestValues.At(6))).ApproveChange(Changed.Hash);

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage("The proposal cannot be approved: missing signatures of Learner, Host.");
    }

    [Fact]
    public void ApproveChange_ClosedAgreement_SaysItCanNoLongerChange()
    {
        var closed = SignAll(Proposed(), Changed.Hash, TestValues.At(6), Trio).Close(TestValues.At(10));

        var act = () => closed.ApproveChange(Changed.Hash);

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage("The agreement is closed; it can no longer change.");
    }

    [Fact]
    public void RejectChange_ClosedAgreement_SaysItCanNoLongerChange()
    {
        var closed = Proposed().Close(TestValues.At(10));

        var act = () => closed.RejectChange(Changed.Hash, SignatoryRole.Home, "No", TestValues.At(11));

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage("The agreement is closed; it can no longer change.");
    }

    [Fact]
    public void RejectChange_BeforeTheProposalsLastSignature_SaysItsDate()
    {
        var signed = SignAll(Proposed(), Changed.Hash, TestValues.At(6), Trio);

        var act = () => signed.RejectChange(Changed.Hash, SignatoryRole.Home, "No", TestValues.At(6, 10));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("rejectedAt")
            .WithMessage("The rejection is dated 2026-03-06T10:00:00Z, before the proposal's last event (2026-03-06T11:00:00Z).*");
    }

    [Fact]
    public void RejectChange_AtTheProposalsLastSignature_IsAccepted()
    {
        var signed = SignAll(Proposed(), Changed.Hash, TestValues.At(6), Trio);

        signed.RejectChange(Changed.Hash, SignatoryRole.Home, "No", TestValues.At(6, 11)).Proposals[0].IsRejected.Should().BeTrue();
    }

    [Fact]
    public void Close_ClosedAgreement_SaysItCanNoLongerChange()
    {
        var act = () => Agreed().Close(TestValues.At(2)).Close(TestValues.At(3));

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage("The agreement is closed; it can no longer change.");
    }

    [Fact]
    public void Close_Draft_SaysToCancelInstead()
    {
        var act = () => LearningAgreement.Create(AgreementId, First).Close(TestValues.At(2));

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage("Only an agreement with a version in force can be closed; cancel a draft instead.");
    }

    [Fact]
    public void Close_BeforeAPendingProposal_SaysTheLastEvent()
    {
        var act = () => Proposed().Close(TestValues.At(3));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("closedAt")
            .WithMessage("The end is dated 2026-03-03T09:00:00Z, before the last event of the history (2026-03-05T09:00:00Z).*");
    }

    [Fact]
    public void Close_AtTheLastEvent_IsAccepted()
    {
        Proposed().Close(TestValues.At(5)).GetStatus().Should().Be(LearningAgreementStatus.Closed);
    }

    [Fact]
    public void Cancel_NullReason_NamesReasonBeforeAnyOtherRule()
    {
        // An agreed agreement cannot be cancelled either; the missing argument is reported first.
        var act = () => Agreed().Cancel(TestValues.At(2), null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("reason");
    }

    [Fact]
    public void Cancel_CancelledAgreement_SaysItCanNoLongerChange()
    {
        var act = () => LearningAgreement.Create(AgreementId, First).Cancel(TestValues.At(2), "Changed plans").Cancel(TestValues.At(3), "Again");

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage("The agreement is cancelled; it can no longer change.");
    }

    [Fact]
    public void ToString_GivesIdVersionCountAndStatus()
    {
        LearningAgreement.Create(AgreementId, First).ToString().Should().Be("la-2026-0042 v1 (Draft)");
        Changed2().ToString().Should().Be("la-2026-0042 v2 (Agreed)");
    }
}
