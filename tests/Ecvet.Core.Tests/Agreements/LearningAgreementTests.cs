using Ecvet.Agreements;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;

namespace Ecvet.Tests.Agreements;

public sealed class LearningAgreementTests
{
    private static readonly SignatoryRole[] Trio = [SignatoryRole.Learner, SignatoryRole.Home, SignatoryRole.Host];

    [Fact]
    public void MissingSignatories_Draft_ListsWhoMustStillSignInOrder()
    {
        var draft = Content();
        var agreement = LearningAgreement.Create(AgreementId, draft);
        agreement.MissingSignatories().Should().Equal(Trio);

        agreement = agreement.Sign(Sign(SignatoryRole.Home, draft.Hash, TestValues.At(1)));

        agreement.MissingSignatories().Should().Equal(SignatoryRole.Learner, SignatoryRole.Host);
    }

    [Fact]
    public void MissingSignatories_MinorUnderAnotherAgeOfMajority_FollowsThePolicy()
    {
        var agreement = LearningAgreement.Create(AgreementId, Content(birthDate: new LocalDate(2009, 1, 1)));

        agreement.MissingSignatories().Should().Contain(SignatoryRole.Guardian);
        agreement.MissingSignatories(SignatoryPolicy.Default.WithAdultAge(16)).Should().NotContain(SignatoryRole.Guardian);
    }

    [Fact]
    public void MissingSignatories_InForceWithAPendingProposal_IsEmptyAndTheProposalHasItsOwn()
    {
        var draft = Content();
        var agreement = SignAll(LearningAgreement.Create(AgreementId, draft), draft.Hash, TestValues.At(1), Trio);
        agreement = agreement.ProposeChange(draft.WithExpected([Expect(U4)]),
            [ComponentChange.Delete(U3, ChangeReason.NotAvailable), ComponentChange.Insert(U4, ChangeReason.SubstitutingDeleted)],
            SignatoryRole.Host, TestValues.At(20));

        agreement.MissingSignatories().Should().BeEmpty();
        agreement.PendingProposals[0].MissingSignatories().Should().Equal(Trio);
    }

    [Fact]
    public void Lifecycle_WholeMobility_WalksDraftToClosed()
    {
        // Draft.
        var draft = Content();
        var agreement = LearningAgreement.Create(AgreementId, draft);
        agreement.GetStatus().Should().Be(LearningAgreementStatus.Draft);
        agreement.GetVersionInForce().Should().BeNull();

        // Signatures arrive one by one.
        agreement = agreement.Sign(Sign(SignatoryRole.Learner, draft.Hash, TestValues.At(1)));
        agreement.GetStatus().Should().Be(LearningAgreementStatus.AwaitingSignatures);
        agreement.LatestVersion.MissingSignatories().Should().Equal(SignatoryRole.Home, SignatoryRole.Host);
        agreement = SignAll(agreement, draft.Hash, TestValues.At(2), SignatoryRole.Home, SignatoryRole.Host);

        // Agreed: version 1 in force.
        agreement.GetStatus().Should().Be(LearningAgreementStatus.Agreed);
        agreement.GetVersionInForce()!.Number.Should().Be(1);

        // During the mobility the host proposes to replace unit 3 by unit 4.
        var changed = draft.WithExpected([Expect(U4)]);
        agreement = agreement.ProposeChange(changed,
            [ComponentChange.Delete(U3, ChangeReason.NotAvailable), ComponentChange.Insert(U4, ChangeReason.SubstitutingDeleted)],
            SignatoryRole.Host, TestValues.At(20), "The pastry course is not run this term.");
        agreement.GetStatus().Should().Be(LearningAgreementStatus.ChangeProposed);
        agreement.GetVersionInForce()!.Content.Should().Be(draft, "a pending proposal never changes what is in force");

        // Everyone signs the new hash; approval makes version 2 in force.
        agreement = SignAll(agreement, changed.Hash, TestValues.At(21), Trio);
        agreement.GetVersionInForce()!.Number.Should().Be(1, "signatures alone do not approve");
        agreement = agreement.ApproveChange(changed.Hash);
        agreement.GetStatus().Should().Be(LearningAgreementStatus.Agreed);
        var v2 = agreement.GetVersionInForce()!;
        v2.Number.Should().Be(2);
        v2.Content.Should().Be(changed);
        v2.Origin!.Changes.Should().HaveCount(2);
        agreement.Proposals.Should().BeEmpty();

        // Another proposal (extending with unit 5) is rejected: version 2 stays in force.
        var extended = changed.WithExpected([Expect(U4), Expect(U5, 5)]);
        agreement = agreement.ProposeChange(extended, [ComponentChange.Insert(U5, ChangeReason.ExtendingMobility)],
            SignatoryRole.Learner, TestValues.At(25));
        agreement = agreement.Sign(Sign(SignatoryRole.Learner, extended.Hash, TestValues.At(25, 10)));
        agreement = agreement.RejectChange(extended.Hash, SignatoryRole.Home, "Unit 5 is not in the MoU.", TestValues.At(26));
        agreement.GetStatus().Should().Be(LearningAgreementStatus.ChangeRejected);
        agreement.GetVersionInForce().Should().Be(v2);
        agreement.Proposals.Single().Rejection!.Comment.Should().Be("Unit 5 is not in the MoU.");

        // The mobility ends; the agreement is closed and stays on record.
        agreement = agreement.Close(Instant.FromUtc(2026, 6, 1, 12, 0), "Mobility completed; transcript issued.");
        agreement.GetStatus().Should().Be(LearningAgreementStatus.Closed);
        agreement.Versions.Should().HaveCount(2);
        agreement.GetVersionInForce().Should().Be(v2);
    }

    [Fact]
    public void ApproveChange_BaseNoLongerInForce_ThrowsEditConflict()
    {
        var content = Content();
        var agreement = SignAll(LearningAgreement.Create(AgreementId, content), content.Hash, TestValues.At(1), Trio);
        var first = content.WithExpected([Expect(U4)]);
        var second = content.WithExpected([Expect(U3), Expect(U5, 5)]);
        agreement = agreement
            .ProposeChange(first, [ComponentChange.Delete(U3, ChangeReason.TimetableConflict), ComponentChange.Insert(U4, ChangeReason.SubstitutingDeleted)], SignatoryRole.Host, TestValues.At(10))
            .ProposeChange(second, [ComponentChange.Insert(U5, ChangeReason.ExtendingMobility)], SignatoryRole.Home, TestValues.At(10, 11));
        agreement = SignAll(agreement, first.Hash, TestValues.At(11), Trio);
        agreement = SignAll(agreement, second.Hash, TestValues.At(12), Trio);
        agreement = agreement.ApproveChange(first.Hash);

        var act = () => agreement.ApproveChange(second.Hash);

        act.Should().Throw<EditConflictException>().WithMessage("*based on version 1*version in force is version 2*");
        agreement.GetVersionInForce()!.Content.Should().Be(first);
        agreement.GetStatus().Should().Be(LearningAgreementStatus.ChangeProposed);
    }

    [Fact]
    public void ApproveChange_MissingSignature_Throws()
    {
        var content = Content();
        var agreement = SignAll(LearningAgreement.Create(AgreementId, content), content.Hash, TestValues.At(1), Trio);
        var changed = content.WithExpected([Expect(U4)]);
        agreement = agreement.ProposeChange(changed, [ComponentChange.Insert(U4, ChangeReason.SubstitutingDeleted)], SignatoryRole.Host, TestValues.At(10));
        agreement = SignAll(agreement, changed.Hash, TestValues.At(11), SignatoryRole.Learner, SignatoryRole.Host);

        var act = () => agreement.ApproveChange(changed.Hash);

        act.Should().Throw<InvalidOperationException>().WithMessage("*missing signatures of Home*");
    }

    [Fact]
    public void Sign_SignatureOnOldHash_DoesNotCountAfterRevision()
    {
        var content = Content();
        var agreement = SignAll(LearningAgreement.Create(AgreementId, content), content.Hash, TestValues.At(1), SignatoryRole.Learner, SignatoryRole.Home);
        var revised = content.WithExpected([Expect(U3, 12)]);

        agreement = agreement.ReviseDraft(revised);

        agreement.GetStatus().Should().Be(LearningAgreementStatus.Draft, "no signature is on the new hash");
        agreement.LatestVersion.Number.Should().Be(2);
        agreement.Versions[0].IsSignedBy(SignatoryRole.Learner).Should().BeTrue("the old version keeps its signatures on record");
        var stale = () => agreement.Sign(Sign(SignatoryRole.Host, content.Hash, TestValues.At(3)));
        stale.Should().Throw<ArgumentException>().WithParameterName("signature");
    }

    [Fact]
    public void Restore_SignaturesOnAnotherHash_AreRefusedAtTheFirstOfThem()
    {
        var content = Content();
        var other = content.WithExpected([Expect(U4)]);
        var version = LearningAgreementVersion.Restore(1, content,
            [Sign(SignatoryRole.Learner, content.Hash, TestValues.At(1)), Sign(SignatoryRole.Home, other.Hash, TestValues.At(1)), Sign(SignatoryRole.Host, other.Hash, TestValues.At(1))]);

        var act = () => LearningAgreement.Restore(AgreementId, [version]);

        version.MissingSignatories().Should().Equal(SignatoryRole.Home, SignatoryRole.Host);
        act.Should().Throw<InvalidEntryException>().Where(e => e.ParamName == "versions" && e.Location == "[0].signatures[1]")
            .WithMessage("*signature Home on version 1*neither the draft*");
    }

    [Fact]
    public void GetStatus_MinorLearner_NeedsGuardian()
    {
        var content = Content(birthDate: new LocalDate(2009, 3, 3)); // 16 on 2026-03-02
        var agreement = SignAll(LearningAgreement.Create(AgreementId, content), content.Hash, TestValues.At(1), Trio);

        agreement.GetStatus().Should().Be(LearningAgreementStatus.AwaitingSignatures);
        agreement.LatestVersion.MissingSignatories().Should().Equal(SignatoryRole.Guardian);
        agreement.Sign(Sign(SignatoryRole.Guardian, content.Hash, TestValues.At(2))).GetStatus().Should().Be(LearningAgreementStatus.Agreed);
    }

    [Fact]
    public void GetStatus_GuardianAgePolicy_IsAParameter()
    {
        var content = Content(birthDate: new LocalDate(2009, 3, 2)); // exactly 17 on the first day
        var agreement = SignAll(LearningAgreement.Create(AgreementId, content), content.Hash, TestValues.At(1), Trio);

        agreement.GetStatus().Should().Be(LearningAgreementStatus.AwaitingSignatures);
        agreement.GetStatus(SignatoryPolicy.Default.WithAdultAge(17)).Should().Be(LearningAgreementStatus.Agreed);
    }

    [Fact]
    public void GetStatus_Intermediary_MustSign()
    {
        var content = Content(intermediary: Intermediary);
        var agreement = SignAll(LearningAgreement.Create(AgreementId, content), content.Hash, TestValues.At(1), Trio);

        agreement.GetStatus().Should().Be(LearningAgreementStatus.AwaitingSignatures);
        agreement.Sign(Sign(SignatoryRole.Intermediary, content.Hash, TestValues.At(2))).GetStatus().Should().Be(LearningAgreementStatus.Agreed);
    }

    [Fact]
    public void Cancel_Agreed_Throws()
    {
        var content = Content();
        var agreement = SignAll(LearningAgreement.Create(AgreementId, content), content.Hash, TestValues.At(1), Trio);

        var act = () => agreement.Cancel(TestValues.At(5), "Learner withdrew");

        act.Should().Throw<InvalidOperationException>().WithMessage("*cannot be cancelled, only closed*");
    }

    [Fact]
    public void Cancel_Draft_IsCancelledAndFrozen()
    {
        var agreement = LearningAgreement.Create(AgreementId, Content()).Cancel(TestValues.At(5), "Learner withdrew");

        agreement.GetStatus().Should().Be(LearningAgreementStatus.Cancelled);
        var act = () => agreement.ReviseDraft(Content().WithExpected([Expect(U4)]));
        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Close_Draft_Throws()
    {
        var act = () => LearningAgreement.Create(AgreementId, Content()).Close(TestValues.At(5));

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void ProposeChange_BeforeAgreement_Throws()
    {
        var content = Content();
        var act = () => LearningAgreement.Create(AgreementId, content)
            .ProposeChange(content.WithExpected([Expect(U4)]), [ComponentChange.Insert(U4, ChangeReason.SubstitutingDeleted)], SignatoryRole.Host, TestValues.At(3));

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void ReviseDraft_AfterAgreement_Throws()
    {
        var content = Content();
        var agreement = SignAll(LearningAgreement.Create(AgreementId, content), content.Hash, TestValues.At(1), Trio);

        var act = () => agreement.ReviseDraft(content.WithExpected([Expect(U4)]));

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void ReviseDraft_SameContent_ThrowsNamingContent()
    {
        var act = () => LearningAgreement.Create(AgreementId, Content()).ReviseDraft(Content());

        act.Should().Throw<ArgumentException>().WithParameterName("content");
    }

    [Fact]
    public void ProposeChange_DeletingUnitNotInForce_ThrowsNamingChanges()
    {
        var content = Content();
        var agreement = SignAll(LearningAgreement.Create(AgreementId, content), content.Hash, TestValues.At(1), Trio);

        var act = () => agreement.ProposeChange(content.WithExpected([Expect(U3), Expect(U4)]), [ComponentChange.Delete(U5, ChangeReason.NotAvailable)], SignatoryRole.Host, TestValues.At(3));

        act.Should().Throw<ArgumentException>().WithParameterName("changes");
    }

    [Fact]
    public void ProposeChange_InsertingUnitNotProposed_ThrowsNamingChanges()
    {
        var content = Content();
        var agreement = SignAll(LearningAgreement.Create(AgreementId, content), content.Hash, TestValues.At(1), Trio);

        var act = () => agreement.ProposeChange(content.WithExpected([Expect(U4)]), [ComponentChange.Insert(U5, ChangeReason.ExtendingMobility)], SignatoryRole.Host, TestValues.At(3));

        act.Should().Throw<ArgumentException>().WithParameterName("changes");
    }

    [Fact]
    public void ProposeChange_NoChangeInContent_ThrowsNamingProposedContent()
    {
        var content = Content();
        var agreement = SignAll(LearningAgreement.Create(AgreementId, content), content.Hash, TestValues.At(1), Trio);

        var act = () => agreement.ProposeChange(content, [], SignatoryRole.Host, TestValues.At(3));

        act.Should().Throw<ArgumentException>().WithParameterName("proposedContent");
    }

    [Fact]
    public void Sign_RejectedProposal_ThrowsNamingSignature()
    {
        var content = Content();
        var changed = content.WithExpected([Expect(U4)]);
        var agreement = SignAll(LearningAgreement.Create(AgreementId, content), content.Hash, TestValues.At(1), Trio)
            .ProposeChange(changed, [ComponentChange.Insert(U4, ChangeReason.SubstitutingDeleted)], SignatoryRole.Host, TestValues.At(3))
            .RejectChange(changed.Hash, SignatoryRole.Home, "No", TestValues.At(4));

        var act = () => agreement.Sign(Sign(SignatoryRole.Learner, changed.Hash, TestValues.At(5)));

        act.Should().Throw<ArgumentException>().WithParameterName("signature");
    }

    [Fact]
    public void Sign_SameRoleTwice_ThrowsNamingSignature()
    {
        var content = Content();
        var agreement = LearningAgreement.Create(AgreementId, content).Sign(Sign(SignatoryRole.Learner, content.Hash, TestValues.At(1)));

        var act = () => agreement.Sign(Sign(SignatoryRole.Learner, content.Hash, TestValues.At(2)));

        act.Should().Throw<ArgumentException>().WithParameterName("signature");
    }

    [Fact]
    public void RejectChange_UnknownProposal_ThrowsNamingProposalId()
    {
        var act = () => LearningAgreement.Create(AgreementId, Content()).RejectChange(TestValues.HashA, SignatoryRole.Home, "No", TestValues.At(1));

        act.Should().Throw<ArgumentException>().WithParameterName("proposalId");
    }

    [Fact]
    public void Restore_VersionsOutOfOrder_ThrowsNamingVersions()
    {
        var act = () => LearningAgreement.Restore(AgreementId, [LearningAgreementVersion.Restore(2, Content())]);

        act.Should().Throw<ArgumentException>().WithParameterName("versions");
    }

    [Fact]
    public void Restore_NoVersion_ThrowsNamingVersions()
    {
        var act = () => LearningAgreement.Restore(AgreementId, []);

        act.Should().Throw<ArgumentException>().WithParameterName("versions");
    }

    [Fact]
    public void Restore_ProposalOnUnknownBase_ThrowsNamingProposals()
    {
        var content = Content();
        var proposal = ChangeProposal.Restore(1, TestValues.HashA, content.WithExpected([Expect(U4)]), [], SignatoryRole.Host, TestValues.At(2));

        var act = () => LearningAgreement.Restore(AgreementId, [LearningAgreementVersion.Restore(1, content)], [proposal]);

        act.Should().Throw<ArgumentException>().WithParameterName("proposals");
    }

    [Fact]
    public void Transitions_ReturnNewInstances_LeavingTheOriginalUnchanged()
    {
        var content = Content();
        var original = LearningAgreement.Create(AgreementId, content);

        var signed = original.Sign(Sign(SignatoryRole.Learner, content.Hash, TestValues.At(1)));

        signed.Should().NotBeSameAs(original);
        original.GetStatus().Should().Be(LearningAgreementStatus.Draft);
        original.LatestVersion.Signatures.Should().BeEmpty();
    }

    [Fact]
    public void Equals_ComparesHistoryByValue()
    {
        var content = Content();
        var a = LearningAgreement.Create(AgreementId, content).Sign(Sign(SignatoryRole.Learner, content.Hash, TestValues.At(1)));
        var b = LearningAgreement.Create(AgreementId, Content()).Sign(Sign(SignatoryRole.Learner, content.Hash, TestValues.At(1)));
        var c = LearningAgreement.Create(AgreementId, content);

        Support.EqualityContract.Check(a, b, c);
    }
}
