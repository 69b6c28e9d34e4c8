using Ecvet.Agreements;
using static Ecvet.Tests.Agreements.Fixtures;

namespace Ecvet.Tests.Agreements;

/// <summary>The text of <see cref="MouUnit"/>.</summary>
public sealed class MouUnitRuleTests
{
    [Fact]
    public void ToString_WithoutPoints_IsTheUnit() => MouUnit.Create(U3).ToString().Should().Be("fi-cook-u3");

    [Fact]
    public void ToString_WithPoints_AddsThem() =>
        MouUnit.Create(U3, points: CreditPoints.From(12.5m)).ToString().Should().Be("fi-cook-u3 (12.5 points)");
}
