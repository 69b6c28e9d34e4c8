using Ecvet.Agreements;
using Ecvet.Recognition;
using static Ecvet.Tests.Agreements.Fixtures;
using static Ecvet.Tests.Recognition.RecognitionFixture;
using static Ecvet.Tests.Recognition.RecognitionValues;

namespace Ecvet.Tests.Recognition;

/// <summary>The rules of <see cref="MatchConfirmationSet"/>: what it refuses, equality and text.</summary>
public sealed class MatchConfirmationSetRuleTests
{
    private static MatchConfirmation Verdict(int host, int home, bool confirmed = true) => confirmed
        ? MatchConfirmation.Confirm(HostLo(host), Lo(3, home), "Mari Korhonen", DecidedAt)
        : MatchConfirmation.Refuse(HostLo(host), Lo(3, home), "Mari Korhonen", DecidedAt);

    [Fact]
    public void Create_NullAgreementOrConfirmations_NamesIt()
    {
        var agreement = () => MatchConfirmationSet.Create(null!, []);
        var confirmations = () => MatchConfirmationSet.Create(AgreementId, null!);

        agreement.Should().ThrowExactly<ArgumentNullException>().WithParameterName("agreement");
        confirmations.Should().ThrowExactly<ArgumentNullException>().WithParameterName("confirmations");
    }

    [Fact]
    public void Create_ANullConfirmation_NamesThem()
    {
        var act = () => MatchConfirmationSet.Create(AgreementId, [Verdict(1, 1), null!]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("confirmations").WithMessage("The collection must not contain null.*");
    }

    [Fact]
    public void Create_APairDecidedTwice_SaysWhichPair()
    {
        var act = () => MatchConfirmationSet.Create(AgreementId, [Verdict(1, 1), Verdict(1, 2), Verdict(1, 1, confirmed: false)]);

        act.Should().ThrowExactly<DuplicateValueException>().WithParameterName("confirmations")
            .WithMessage("Duplicate confirmation of the pair '(es-cocina-lo1, fi-cook-u3-lo1)'.*").Which.Index.Should().Be(2);
    }

    [Fact]
    public void Create_KeepsTheAgreementAndTheVerdictsInOrder()
    {
        var set = MatchConfirmationSet.Create(AgreementId, [Verdict(2, 1), Verdict(1, 2)]);

        set.Agreement.Should().Be(AgreementId);
        set.Confirmations.Should().Equal(Verdict(2, 1), Verdict(1, 2));
        MatchConfirmationSet.Create(AgreementId, []).Confirmations.Should().BeEmpty();
    }

    [Fact]
    public void Equals_SameContent_IsEqualWithTheSameHash()
    {
        var left = MatchConfirmationSet.Create(AgreementId, [Verdict(1, 1)]);
        object right = MatchConfirmationSet.Create(AgreementId, [Verdict(1, 1)]);

        left.Equals(right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
        left.Equals((MatchConfirmationSet?)null).Should().BeFalse();
        MatchConfirmationSet.Create(AgreementId, []).Equals("la-2026-0042").Should().BeFalse();
    }

    [Fact]
    public void Equals_OtherAgreementOrVerdicts_IsNotEqual()
    {
        var set = MatchConfirmationSet.Create(AgreementId, [Verdict(1, 1)]);

        set.Should().NotBe(MatchConfirmationSet.Create(LearningAgreementId.Parse("la-2026-0043"), [Verdict(1, 1)]));
        set.Should().NotBe(MatchConfirmationSet.Create(AgreementId, [Verdict(1, 1, confirmed: false)]));
        set.Should().NotBe(MatchConfirmationSet.Create(AgreementId, []));
    }

    [Fact]
    public void ToString_IsTheAgreementAndTheCount()
    {
        MatchConfirmationSet.Create(AgreementId, [Verdict(1, 1), Verdict(2, 2)]).ToString().Should().Be("la-2026-0042: 2 confirmation(s)");
    }
}
