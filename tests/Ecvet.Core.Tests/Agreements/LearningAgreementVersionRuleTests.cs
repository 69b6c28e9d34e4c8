using Ecvet.Agreements;
using static Ecvet.Tests.Agreements.Fixtures;

namespace Ecvet.Tests.Agreements;

/// <summary>
/// Each rule of <see cref="LearningAgreementVersion"/> on its own: which argument a refusal names and what it says;
/// which property equality looks at; how a version describes itself.
/// </summary>
public sealed class LearningAgreementVersionRuleTests
{
    private static readonly LearningAgreementContent First = Content();

    private static readonly LearningAgreementContent Changed = First.WithExpected([Expect(U4)]);

    private static readonly ChangeProposal OnVersion1 = ChangeProposal.Restore(1, First.Hash, Changed,
        [ComponentChange.Delete(U3, ChangeReason.NotAvailable), ComponentChange.Insert(U4, ChangeReason.SubstitutingDeleted)], SignatoryRole.Host, TestValues.At(5));

    [Fact]
    public void Restore_NullContent_NamesContent()
    {
        var act = () => LearningAgreementVersion.Restore(1, null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("content");
    }

    [Fact]
    public void Restore_OriginProposingOtherContent_SaysBothHashes()
    {
        var act = () => LearningAgreementVersion.Restore(2, First, origin: OnVersion1);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("origin")
            .WithMessage($"The originating proposal {Changed.Hash} does not propose this content ({First.Hash}).*");
    }

    [Fact]
    public void Restore_OriginOnAnotherThanThePreviousVersion_SaysBothVersions()
    {
        var act = () => LearningAgreementVersion.Restore(3, Changed, origin: OnVersion1);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("origin")
            .WithMessage("The originating proposal is based on version 1, not on version 2.*");
    }

    [Fact]
    public void Equals_NullOrAnotherNumber_IsFalse()
    {
        var v1 = LearningAgreementVersion.Restore(1, First);

        v1.Equals(null).Should().BeFalse();
        v1.Should().NotBe(LearningAgreementVersion.Restore(2, First), "the number differs");
        v1.Should().Be(LearningAgreementVersion.Restore(1, First));
    }

    [Fact]
    public void ToString_GivesTheNumberAndTheStartOfTheHash()
    {
        LearningAgreementVersion.Restore(2, Changed, origin: OnVersion1).ToString().Should().Be($"v2 {Changed.Hash.Value[..8]}…");
    }
}
