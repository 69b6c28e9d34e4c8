using Ecvet.Agreements;

namespace Ecvet.Tests.Agreements;

/// <summary>The rules and text of <see cref="ProposalRejection"/>.</summary>
public sealed class ProposalRejectionRuleTests
{
    [Fact]
    public void Restore_UnknownRole_SaysSo()
    {
        var act = () => ProposalRejection.Restore((SignatoryRole)42, "No.", TestValues.At(1));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Unknown signatory role.*").WithParameterName("rejectedBy");
    }

    [Fact]
    public void ToString_IsRoleTimeAndComment() =>
        ProposalRejection.Restore(SignatoryRole.Home, "The final demonstration is on 8 June.", TestValues.At(5)).ToString()
            .Should().Be("Home at 2026-03-05T09:00:00Z: The final demonstration is on 8 June.");
}
