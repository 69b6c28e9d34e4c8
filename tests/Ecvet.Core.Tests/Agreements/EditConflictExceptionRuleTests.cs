using Ecvet.Agreements;

namespace Ecvet.Tests.Agreements;

/// <summary>The default message of <see cref="EditConflictException"/>.</summary>
public sealed class EditConflictExceptionRuleTests
{
    [Fact]
    public void DefaultMessage_SaysTheBaseVersionIsNoLongerInForce() =>
        new EditConflictException().Message.Should().Be("The change proposal is based on a version that is no longer in force.");
}
