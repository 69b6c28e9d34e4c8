using Ecvet.Agreements;
using Ecvet.Tests.Support;

namespace Ecvet.Tests.Agreements;

public sealed class SignatureTests
{
    [Fact]
    public void Create_AllFields_KeepsThem()
    {
        var signature = Signature.Create(SignatoryRole.Host, "Ana Ruiz", TestValues.HashA, TestValues.At(2),
            "Mobility coordinator", "ana.ruiz@host.example", "Valencia", "EWP node 2.1");

        signature.Role.Should().Be(SignatoryRole.Host);
        signature.SignerName.Should().Be("Ana Ruiz");
        signature.SignerPosition.Should().Be("Mobility coordinator");
        signature.SignerEmail.Should().Be("ana.ruiz@host.example");
        signature.Place.Should().Be("Valencia");
        signature.Application.Should().Be("EWP node 2.1");
        signature.SignedAt.Should().Be(TestValues.At(2));
        signature.SignedContent.Should().Be(TestValues.HashA);
        signature.ToString().Should().StartWith("Host: Ana Ruiz at 2026-03-02T09:00:00Z on ");
    }

    [Fact]
    public void Covers_OnlyTheSignedHash()
    {
        var signature = Signature.Create(SignatoryRole.Learner, "Mika", TestValues.HashA, TestValues.At(1));

        signature.Covers(TestValues.HashA).Should().BeTrue();
        signature.Covers(TestValues.HashB).Should().BeFalse();
    }

    [Fact]
    public void Create_UndefinedRole_ThrowsNamingRole()
    {
        var act = () => Signature.Create((SignatoryRole)0, "Mika", TestValues.HashA, TestValues.At(1));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("role");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" Mika")]
    [InlineData("Mi\u0000ka")]
    public void Create_BadName_ThrowsNamingSignerName(string name)
    {
        var act = () => Signature.Create(SignatoryRole.Learner, name, TestValues.HashA, TestValues.At(1));

        act.Should().Throw<ArgumentException>().WithParameterName("signerName");
    }

    [Fact]
    public void Create_NullHash_ThrowsNamingSignedContent()
    {
        var act = () => Signature.Create(SignatoryRole.Learner, "Mika", null!, TestValues.At(1));

        act.Should().Throw<ArgumentNullException>().WithParameterName("signedContent");
    }

    [Theory]
    [InlineData("no-at-sign")]
    [InlineData("@host.example")]
    [InlineData("ana@")]
    [InlineData("ana@@host.example")]
    [InlineData("ana ruiz@host.example")]
    public void Create_BadEmail_ThrowsNamingSignerEmail(string email)
    {
        var act = () => Signature.Create(SignatoryRole.Home, "Ana", TestValues.HashA, TestValues.At(1), signerEmail: email);

        act.Should().Throw<ArgumentException>().WithParameterName("signerEmail");
    }

    [Fact]
    public void Create_BadPosition_ThrowsNamingSignerPosition()
    {
        var act = () => Signature.Create(SignatoryRole.Home, "Ana", TestValues.HashA, TestValues.At(1), signerPosition: "");

        act.Should().Throw<ArgumentException>().WithParameterName("signerPosition");
    }

    [Fact]
    public void Equals_ComparesEveryProperty() =>
        EqualityContract.Check(
            Signature.Create(SignatoryRole.Home, "Ana", TestValues.HashA, TestValues.At(1)),
            Signature.Create(SignatoryRole.Home, "Ana", TestValues.HashA, TestValues.At(1)),
            Signature.Create(SignatoryRole.Home, "Ana", TestValues.HashB, TestValues.At(1)));

    [Fact]
    public void Create_InstantBeforeYearOne_ThrowsNamingSignedAt()
    {
        var yearZero = NodaTime.Instant.FromUtc(0, 6, 1, 12, 0);
        var act = () => Signature.Create(SignatoryRole.Learner, "Mika", TestValues.HashA, yearZero);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("signedAt").WithMessage("*1 to 9999*");
    }

    [Fact]
    public void Create_LastInstantOfYear9999_IsAccepted() =>
        Signature.Create(SignatoryRole.Learner, "Mika", TestValues.HashA, NodaTime.Instant.MaxValue).SignedAt.Should().Be(NodaTime.Instant.MaxValue);
}
