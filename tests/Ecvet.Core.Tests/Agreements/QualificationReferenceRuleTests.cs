using Ecvet.Agreements;
using static Ecvet.Tests.Agreements.Fixtures;

namespace Ecvet.Tests.Agreements;

/// <summary>The text of <see cref="QualificationReference"/>.</summary>
public sealed class QualificationReferenceRuleTests
{
    [Fact]
    public void ToString_IsIdentifierAndEqfLevel() => QualificationRef.ToString().Should().Be("fi-vq-food-cook (EQF 4)");
}
