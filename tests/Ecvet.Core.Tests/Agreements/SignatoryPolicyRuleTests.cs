using Ecvet.Agreements;

namespace Ecvet.Tests.Agreements;

/// <summary>The rules of <see cref="SignatoryPolicy"/> on their own.</summary>
public sealed class SignatoryPolicyRuleTests
{
    [Fact]
    public void WithAdultAge_SameAge_ReturnsThisPolicy()
    {
        SignatoryPolicy.Default.WithAdultAge(SignatoryPolicy.DefaultAdultAge).Should().BeSameAs(SignatoryPolicy.Default);
    }
}
