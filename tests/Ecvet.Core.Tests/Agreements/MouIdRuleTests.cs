using Ecvet.Agreements;

namespace Ecvet.Tests.Agreements;

/// <summary>The parse error of <see cref="MouId"/> names the kind of identifier.</summary>
public sealed class MouIdRuleTests
{
    [Fact]
    public void Parse_Invalid_SaysItIsNotAMemorandumIdentifier()
    {
        var act = () => MouId.Parse(" padded ");

        act.Should().Throw<FormatException>().WithMessage("' padded ' is not a valid memorandum of understanding identifier: an identifier is 1 to 256 characters, with no white space at either end, no control characters and no lone surrogate.");
    }
}
