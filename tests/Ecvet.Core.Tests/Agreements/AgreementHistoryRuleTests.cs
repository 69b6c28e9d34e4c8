using Ecvet.Agreements;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;

namespace Ecvet.Tests.Agreements;

/// <summary>
/// Each refusal of a stored history by <see cref="LearningAgreement.Restore"/> on its own: the argument and place it
/// names, what it says (the transition's own words, without their parameter), its cause, and which signatory policy's
/// refusal is reported when none accepts the history.
/// </summary>
public sealed class AgreementHistoryRuleTests
{
    private static readonly SignatoryRole[] Trio = [SignatoryRole.Learner, SignatoryRole.Home, SignatoryRole.Host];

    private static readonly LearningAgreementContent First = Content();

    private static readonly LearningAgreementContent Changed = First.WithExpected([Expect(U4)]);

    private static readonly ComponentChange[] Swap = [ComponentChange.Delete(U3, ChangeReason.NotAvailable), ComponentChange.Insert(U4, ChangeReason.SubstitutingDeleted)];

    private static readonly ComponentChange[] SwapBack = [ComponentChange.Delete(U4, ChangeReason.NotAvailable), ComponentChange.Insert(U3, ChangeReason.SubstitutingDeleted)];

    // 17 on the first day of the mobility: a minor under the default policy, an adult under a policy of 17.
    private static readonly LocalDate SeventeenOnArrival = new(2009, 1, 10);

    private static readonly SignatoryPolicy AdultAt17 = SignatoryPolicy.Default.WithAdultAge(17);

    /// <summary>Version 1 signed on day 1 (09:00–11:00).</summary>
    private static LearningAgreement Agreed() => SignAll(LearningAgreement.Create(AgreementId, First), First.Hash, TestValues.At(1), Trio);

    /// <summary><see cref="Agreed"/>, then a change proposed on day 5, signed on day 6 and approved.</summary>
    private static LearningAgreement Changed2() =>
        SignAll(Agreed().ProposeChange(Changed, Swap, SignatoryRole.Host, TestValues.At(5)), Changed.Hash, TestValues.At(6), Trio).ApproveChange(Changed.Hash);

    private static Action Restore(LearningAgreement a, IEnumerable<LearningAgreementVersion>? versions = null, IEnumerable<ChangeProposal>? proposals = null, AgreementEnd? end = null) =>
        () => LearningAgreement.Restore(a.Id, versions ?? a.Versions, proposals ?? a.Proposals, end ?? a.End);

    private static InvalidEntryException Refusal(Action restore, string paramName, string location, string message) =>
        restore.Should().ThrowExactly<InvalidEntryException>().WithMessage(message)
            .Where(e => e.ParamName == paramName && e.Location == location).Which;

    [Fact]
    public void Restore_DraftRevisedAfterAVersionInForce_SaysWhichVersionAndWhy()
    {
        var agreement = Changed2();
        var revised = LearningAgreementVersion.Restore(2, Changed, agreement.Versions[1].Signatures);

        var refusal = Refusal(Restore(agreement, [agreement.Versions[0], revised]), "versions", "[1]",
            "Version 2 is a revised draft is not a step the agreement allows: A version is in force; change it with ProposeChange and ApproveChange. (Parameter 'versions')");

        refusal.InnerException.Should().BeOfType<InvalidOperationException>();
    }

    [Fact]
    public void Restore_VersionFromARejectedProposal_SaysWhichVersionWithoutACause()
    {
        var agreement = Changed2();
        var origin = agreement.Versions[1].Origin!;
        var rejected = ChangeProposal.Restore(1, origin.BaseHash, Changed, Swap, SignatoryRole.Host, TestValues.At(5), signatures: origin.Signatures,
            rejection: ProposalRejection.Restore(SignatoryRole.Home, "No", TestValues.At(7)));

        var refusal = Refusal(Restore(agreement, [agreement.Versions[0], LearningAgreementVersion.Restore(2, Changed, origin.Signatures, rejected)]), "versions", "[1].origin.rejection",
            "Version 2 comes from a change proposal that was rejected; only an approved proposal makes a version. (Parameter 'versions')");

        refusal.InnerException.Should().BeNull();
    }

    [Fact]
    public void Restore_VersionFromAnUnsignedProposal_SaysTheApprovalIsRefusedAndWhy()
    {
        var agreement = Changed2();
        var unsigned = ChangeProposal.Restore(1, First.Hash, Changed, Swap, SignatoryRole.Host, TestValues.At(5));

        Refusal(Restore(agreement, [agreement.Versions[0], LearningAgreementVersion.Restore(2, Changed, [], unsigned)]), "versions", "[1].origin",
            "The change that made version 2 is not a step the agreement allows: The proposal cannot be approved: missing signatures of Learner, Home, Host. (Parameter 'versions')");
    }

    [Fact]
    public void Restore_VersionWithOtherSignaturesThanItsProposal_SaysWhichVersion()
    {
        var agreement = Changed2();
        var v2 = LearningAgreementVersion.Restore(2, Changed, agreement.Versions[0].Signatures, agreement.Versions[1].Origin);

        Refusal(Restore(agreement, [agreement.Versions[0], v2]), "versions", "[1].signatures",
            "Version 2 must hold exactly the signatures of the approved proposal it comes from. (Parameter 'versions')");
    }

    [Fact]
    public void Restore_ProposalOnAnEarlierVersionListedLater_SaysBothVersions()
    {
        // Both made after version 2 came into force, so only their order in the list is wrong.
        var agreement = Changed2();
        var onTwo = ChangeProposal.Restore(2, Changed.Hash, First.WithExpected([Expect(U5)]), [ComponentChange.Delete(U4, ChangeReason.NotAvailable), ComponentChange.Insert(U5, ChangeReason.SubstitutingDeleted)],
            SignatoryRole.Host, TestValues.At(8));
        var onOne = ChangeProposal.Restore(1, First.Hash, First.WithExpected([Expect(U3), Expect(U5)]), [ComponentChange.Insert(U5, ChangeReason.Other, "More")], SignatoryRole.Host, TestValues.At(8, 10));

        Refusal(Restore(agreement, proposals: [onTwo, onOne]), "proposals", "[1]",
            "The proposal on version 1 is listed after a proposal on version 2; proposals are listed in the order they were made, each on the version in force then. (Parameter 'proposals')");
    }

    [Fact]
    public void Restore_ProposalMadeBeforeItsVersionCameIntoForce_SaysTheProposalIsRefusedAndWhy()
    {
        var early = ChangeProposal.Restore(1, First.Hash, Changed, Swap, SignatoryRole.Host, TestValues.At(1, 10));

        var refusal = Refusal(Restore(Agreed(), proposals: [early]), "proposals", "[0]",
            "The change proposal is not a step the agreement allows: The change is proposed at 2026-03-01T10:00:00Z, before version 1 came into force (2026-03-01T11:00:00Z). (Parameter 'proposals')");

        refusal.InnerException.Should().BeOfType<ArgumentException>().Which.ParamName.Should().Be("proposedAt");
    }

    [Fact]
    public void Restore_ProposalSignedBeforeItWasMade_SaysWhichRoleAndBothDates()
    {
        var early = ChangeProposal.Restore(1, First.Hash, Changed, Swap, SignatoryRole.Host, TestValues.At(5), signatures: [Sign(SignatoryRole.Host, Changed.Hash, TestValues.At(4))]);

        Refusal(Restore(Agreed(), proposals: [early]), "proposals", "[0].signatures[0]",
            "The signature Host on the proposal is not a step the agreement allows: The signature is dated 2026-03-04T09:00:00Z, before the proposal was made (2026-03-05T09:00:00Z). (Parameter 'proposals')");
    }

    [Fact]
    public void Restore_RejectionBeforeTheProposalsLastSignature_SaysTheRejectionIsRefusedAndWhy()
    {
        var rejected = ChangeProposal.Restore(1, First.Hash, Changed, Swap, SignatoryRole.Host, TestValues.At(5), signatures: [Sign(SignatoryRole.Host, Changed.Hash, TestValues.At(6))],
            rejection: ProposalRejection.Restore(SignatoryRole.Home, "No", TestValues.At(5, 10)));

        Refusal(Restore(Agreed(), proposals: [rejected]), "proposals", "[0].rejection",
            "The rejection is not a step the agreement allows: The rejection is dated 2026-03-05T10:00:00Z, before the proposal's last event (2026-03-06T09:00:00Z). (Parameter 'proposals')");
    }

    [Fact]
    public void Restore_AgreedAgreementCancelled_SaysTheEndIsRefusedAndWhy()
    {
        Refusal(Restore(Changed2(), end: AgreementEnd.Restore(AgreementEndKind.Cancelled, TestValues.At(20), "Changed plans")), "end", string.Empty,
            "The agreement cannot be cancelled here is not a step the agreement allows: An agreed agreement cannot be cancelled, only closed. (Parameter 'end')");
    }

    [Fact]
    public void Restore_RefusedUnderEveryPolicy_ReportsTheDefaultPolicysRefusal()
    {
        // Under the default policy version 1 lacks the guardian, so the proposal on it is refused; under a policy of 17
        // version 1 is in force, so the proposal passes and revising the draft afterwards is refused.
        var minor = Content(birthDate: SeventeenOnArrival);
        var agreed = SignAll(LearningAgreement.Create(AgreementId, minor), minor.Hash, TestValues.At(1), Trio);
        var proposal = ChangeProposal.Restore(1, minor.Hash, minor.WithExpected([Expect(U4)]), Swap, SignatoryRole.Host, TestValues.At(5));
        var revised = LearningAgreementVersion.Restore(2, minor.WithExpected([Expect(U5)]));

        Refusal(Restore(agreed, [agreed.Versions[0], revised], [proposal]), "proposals", "[0]",
            "The change proposal is not a step the agreement allows: No version is in force yet; revise the draft with ReviseDraft instead. (Parameter 'proposals')");
    }

    [Fact]
    public void Restore_ApprovedChangesThatMakeTheLearnerAMinor_AreTriedUnderALowerAgeOfMajority()
    {
        // The learner's date of birth is corrected by a change to one of 17 (no guardian signs, as under a policy of 17),
        // changed back, and the correction is proposed again. Only approved and proposed contents say the learner is a minor.
        var minorChanged = Content(birthDate: SeventeenOnArrival).WithExpected([Expect(U4)]);
        var v2 = SignAll(Agreed().ProposeChange(minorChanged, Swap, SignatoryRole.Host, TestValues.At(5), policy: AdultAt17), minorChanged.Hash, TestValues.At(6), Trio)
            .ApproveChange(minorChanged.Hash, AdultAt17);
        var v3 = SignAll(v2.ProposeChange(First, SwapBack, SignatoryRole.Home, TestValues.At(7), policy: AdultAt17), First.Hash, TestValues.At(8), Trio)
            .ApproveChange(First.Hash, AdultAt17);
        var proposedAgain = v3.ProposeChange(minorChanged, Swap, SignatoryRole.Host, TestValues.At(9), policy: AdultAt17);

        LearningAgreement.Restore(v2.Id, v2.Versions, v2.Proposals, v2.End).Should().Be(v2);
        LearningAgreement.Restore(proposedAgain.Id, proposedAgain.Versions, proposedAgain.Proposals, proposedAgain.End).Should().Be(proposedAgain);
    }
}
