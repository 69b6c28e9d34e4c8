using Ecvet.Recognition;

namespace Ecvet.Tests.Recognition;

/// <summary>The rules of <see cref="NotCondition"/>: its part, equality and text.</summary>
public sealed class NotConditionRuleTests
{
    private static readonly CheckCondition Valid = Condition.Check(CheckKind.MouValidForPeriod);

    [Fact]
    public void Not_Null_NamesThePart()
    {
        var act = () => Condition.Not(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("part");
    }

    [Fact]
    public void Part_IsTheNegatedCondition()
    {
        Condition.Not(Valid).Part.Should().BeSameAs(Valid);
    }

    [Fact]
    public void Equals_SamePart_IsEqualWithTheSameHash()
    {
        Condition.Not(Valid).Equals(Condition.Not(Condition.Check(CheckKind.MouValidForPeriod))).Should().BeTrue();
        Condition.Not(Valid).GetHashCode().Should().Be(Condition.Not(Condition.Check(CheckKind.MouValidForPeriod)).GetHashCode());
    }

    [Fact]
    public void Equals_OtherPartOrKind_IsNotEqual()
    {
        Condition.Not(Valid).Equals(Condition.Not(Condition.Check(CheckKind.MouLinksInstitutions))).Should().BeFalse();
        Condition.Not(Valid).Equals(Valid).Should().BeFalse();
        Condition.Not(Valid).Equals(Condition.AllOf(Valid)).Should().BeFalse();
        Condition.Not(Valid).Equals((Condition?)null).Should().BeFalse();
    }

    [Fact]
    public void ToString_WrapsThePart()
    {
        Condition.Not(Condition.Not(Valid)).ToString().Should().Be("not(not(mouValidForPeriod))");
    }
}
