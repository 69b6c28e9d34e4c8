using Ecvet.Agreements;

namespace Ecvet.Tests.Agreements;

/// <summary>Each rule of <see cref="Signature"/> on its own: which argument a refusal names and what it says.</summary>
public sealed class SignatureRuleTests
{
    [Fact]
    public void Create_UndefinedRole_SaysItIsUnknown()
    {
        var act = () => Signature.Create((SignatoryRole)99, "Ana Ruiz", TestValues.HashA, TestValues.At(1));

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("role").WithMessage("Unknown signatory role.*");
    }

    [Fact]
    public void Create_EmptyEmail_SaysTheTextIsEmpty()
    {
        var act = () => Signature.Create(SignatoryRole.Home, "Ana Ruiz", TestValues.HashA, TestValues.At(1), signerEmail: string.Empty);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("signerEmail").WithMessage("Text must not be empty.*");
    }

    [Fact]
    public void Create_EmailWithoutAt_SaysItIsNotAnAddress()
    {
        var act = () => Signature.Create(SignatoryRole.Home, "Ana Ruiz", TestValues.HashA, TestValues.At(1), signerEmail: "ana.example.org");

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("signerEmail").WithMessage("'ana.example.org' is not an e-mail address.*");
    }
}
