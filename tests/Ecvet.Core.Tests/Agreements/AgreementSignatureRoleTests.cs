using Ecvet.Agreements;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;

namespace Ecvet.Tests.Agreements;

/// <summary>A learning agreement takes signatures in the roles of a mobility, never the Partner role of a memorandum.</summary>
public sealed class AgreementSignatureRoleTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 2, 2, 9, 0);

    [Fact]
    public void Sign_PartnerSignature_ThrowsNamingTheRole()
    {
        var agreement = LearningAgreement.Create(AgreementId, Content());

        var act = () => agreement.Sign(Sign(SignatoryRole.Partner, agreement.LatestVersion.Hash, At));

        act.Should().Throw<ArgumentException>().WithParameterName("signature")
            .WithMessage("A Partner signature belongs to a memorandum of understanding, not to a learning agreement.*");
    }

    [Theory]
    [InlineData(SignatoryRole.Learner)]
    [InlineData(SignatoryRole.Guardian)]
    [InlineData(SignatoryRole.Home)]
    [InlineData(SignatoryRole.Host)]
    [InlineData(SignatoryRole.Intermediary)]
    public void Sign_RoleOfAMobility_IsRecorded(SignatoryRole role)
    {
        var agreement = LearningAgreement.Create(AgreementId, Content());

        agreement.Sign(Sign(role, agreement.LatestVersion.Hash, At)).LatestVersion.IsSignedBy(role).Should().BeTrue();
    }

    [Fact]
    public void VersionCreate_PartnerSignature_ThrowsNamingItsPosition()
    {
        var content = Content();

        var act = () => LearningAgreementVersion.Restore(1, content, [Sign(SignatoryRole.Learner, content.Hash, At), Sign(SignatoryRole.Partner, content.Hash, At)]);

        act.Should().Throw<ArgumentException>().WithParameterName("signatures")
            .WithMessage("signatures[1] is a Partner signature, a role that signs memoranda of understanding, not learning agreements.*");
    }

    [Fact]
    public void ProposalCreate_PartnerSignature_Throws()
    {
        var base_ = Content();
        var proposed = Content(null, null, Expect(U3), Expect(U4));

        var act = () => ChangeProposal.Restore(1, base_.Hash, proposed, [], SignatoryRole.Home, At, signatures: [Sign(SignatoryRole.Partner, proposed.Hash, At)]);

        act.Should().Throw<ArgumentException>().WithParameterName("signatures");
    }
}
