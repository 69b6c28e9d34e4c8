using Ecvet.Agreements;
using static Ecvet.Tests.Agreements.Fixtures;

namespace Ecvet.Tests.Agreements;

/// <summary>
/// Each rule of <see cref="ChangeProposal"/> on its own: which argument a refusal names and what it says; which
/// property equality looks at; how a proposal describes itself.
/// </summary>
public sealed class ChangeProposalRuleTests
{
    private static readonly LearningAgreementContent First = Content();

    private static readonly LearningAgreementContent Changed = First.WithExpected([Expect(U4)]);

    private static readonly ComponentChange[] Swap = [ComponentChange.Delete(U3, ChangeReason.NotAvailable), ComponentChange.Insert(U4, ChangeReason.SubstitutingDeleted)];

    private static ChangeProposal Proposal(int baseVersion = 1, ContentHash? baseHash = null, LearningAgreementContent? content = null,
        IEnumerable<ComponentChange>? changes = null, SignatoryRole proposedBy = SignatoryRole.Host, string? comment = null,
        IEnumerable<Signature>? signatures = null, ProposalRejection? rejection = null) =>
        ChangeProposal.Restore(baseVersion, baseHash ?? First.Hash, content ?? Changed, changes ?? Swap, proposedBy, TestValues.At(5), comment, signatures, rejection);

    [Fact]
    public void Restore_NullBaseHashContentOrChanges_NamesIt()
    {
        var noHash = () => ChangeProposal.Restore(1, null!, Changed, Swap, SignatoryRole.Host, TestValues.At(5));
        var noContent = () => ChangeProposal.Restore(1, First.Hash, null!, Swap, SignatoryRole.Host, TestValues.At(5));
        var noChanges = () => ChangeProposal.Restore(1, First.Hash, Changed, null!, SignatoryRole.Host, TestValues.At(5));

        noHash.Should().ThrowExactly<ArgumentNullException>().WithParameterName("baseHash");
        noContent.Should().ThrowExactly<ArgumentNullException>().WithParameterName("proposedContent");
        noChanges.Should().ThrowExactly<ArgumentNullException>().WithParameterName("changes");
    }

    [Fact]
    public void Restore_ContentOfTheBaseVersion_SaysThereIsNothingToChange()
    {
        var act = () => Proposal(content: First);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("proposedContent")
            .WithMessage("The proposed content is the same as the base version's; there is nothing to change.*");
    }

    [Fact]
    public void Restore_SameChangeTwice_SaysWhichChangeOfUnit()
    {
        var act = () => Proposal(changes: [.. Swap, Swap[1]]);

        act.Should().Throw<DuplicateValueException>().WithParameterName("changes").WithMessage("Duplicate change of unit '(Inserted, fi-cook-u4)'.*");
    }

    [Fact]
    public void Restore_InsertedUnitNotInTheProposedContent_SaysWhichUnit()
    {
        var act = () => Proposal(changes: [.. Swap, ComponentChange.Insert(U5, ChangeReason.Other, "More")]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("changes")
            .WithMessage("Unit fi-cook-u5 is inserted but is not in the proposed expected learning.*");
    }

    [Fact]
    public void Restore_UndefinedProposer_NamesProposedBy()
    {
        var act = () => Proposal(proposedBy: (SignatoryRole)99);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("proposedBy").WithMessage("Unknown signatory role.*");
    }

    [Fact]
    public void Equals_Null_IsFalse()
    {
        Proposal().Equals(null).Should().BeFalse();
    }

    [Fact]
    public void Equals_ProposalsDifferingInOneProperty_AreNotEqual()
    {
        var proposal = Proposal();

        proposal.Should().Be(Proposal());
        proposal.Should().NotBe(Proposal(baseVersion: 2), "the base version differs");
        proposal.Should().NotBe(Proposal(baseHash: TestValues.HashA), "the base hash differs");
        proposal.Should().NotBe(Proposal(content: First.WithExpected([Expect(U4, points: 12)])), "the proposed content differs");
        proposal.Should().NotBe(Proposal(changes: [.. Swap, ComponentChange.Delete(U4, ChangeReason.Other, "Less")]), "the changes differ");
        proposal.Should().NotBe(Proposal(proposedBy: SignatoryRole.Home), "the proposer differs");
        proposal.Should().NotBe(Proposal(comment: "Pastry is not run this term."), "the comment differs");
        proposal.Should().NotBe(Proposal(signatures: [Sign(SignatoryRole.Host, Changed.Hash, TestValues.At(6))]), "the signatures differ");
        proposal.Should().NotBe(Proposal(rejection: ProposalRejection.Restore(SignatoryRole.Home, "No", TestValues.At(6))), "the rejection differs");
    }

    [Fact]
    public void ToString_GivesTheIdBaseVersionChangesAndWhetherRejected()
    {
        var prefix = Changed.Hash.Value[..8];

        Proposal().ToString().Should().Be($"proposal {prefix}… on v1: Deleted fi-cook-u3 (NotAvailable); Inserted fi-cook-u4 (SubstitutingDeleted)");
        Proposal(rejection: ProposalRejection.Restore(SignatoryRole.Home, "No", TestValues.At(6))).ToString()
            .Should().Be($"proposal {prefix}… on v1: Deleted fi-cook-u3 (NotAvailable); Inserted fi-cook-u4 (SubstitutingDeleted) (rejected)");
    }
}
