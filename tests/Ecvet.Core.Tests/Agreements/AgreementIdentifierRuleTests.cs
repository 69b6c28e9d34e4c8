using Ecvet.Agreements;

namespace Ecvet.Tests.Agreements;

/// <summary>The parse errors of the namespace's identifiers (<see cref="MouId"/>, <see cref="LearningAgreementId"/>) name the kind of identifier.</summary>
public sealed class AgreementIdentifierRuleTests
{
    private const string Rule = "an identifier is 1 to 256 characters, with no white space at either end, no control characters and no lone surrogate.";

    [Fact]
    public void MouId_Invalid_SaysItIsNotAMemorandumIdentifier()
    {
        var act = () => MouId.Parse(" padded ");

        act.Should().Throw<FormatException>().WithMessage($"' padded ' is not a valid memorandum of understanding identifier: {Rule}");
    }

    [Fact]
    public void LearningAgreementId_Invalid_SaysItIsNotAnAgreementIdentifier()
    {
        var act = () => LearningAgreementId.Parse(" padded ");

        act.Should().Throw<FormatException>().WithMessage($"' padded ' is not a valid learning agreement identifier: {Rule}");
    }
}
