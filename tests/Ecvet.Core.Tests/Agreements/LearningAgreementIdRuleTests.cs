using Ecvet.Agreements;

namespace Ecvet.Tests.Agreements;

/// <summary>The parse error of <see cref="LearningAgreementId"/> names the kind of identifier.</summary>
public sealed class LearningAgreementIdRuleTests
{
    [Fact]
    public void Parse_Invalid_SaysItIsNotAnAgreementIdentifier()
    {
        var act = () => LearningAgreementId.Parse(" padded ");

        act.Should().Throw<FormatException>().WithMessage("' padded ' is not a valid learning agreement identifier: an identifier is 1 to 256 characters, with no white space at either end, no control characters and no lone surrogate.");
    }
}
