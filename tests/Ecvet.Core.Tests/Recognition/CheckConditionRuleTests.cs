using Ecvet.Recognition;

namespace Ecvet.Tests.Recognition;

/// <summary>The rules of <see cref="CheckCondition"/>: a defined check, equality by kind and its JSON name as text.</summary>
public sealed class CheckConditionRuleTests
{
    [Fact]
    public void Check_UndefinedKind_NamesIt()
    {
        var act = () => Condition.Check((CheckKind)(-1));

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("kind").WithMessage("Unknown check.*");
    }

    [Fact]
    public void Kind_IsTheCheck()
    {
        Condition.Check(CheckKind.MouListsUnit).Kind.Should().Be(CheckKind.MouListsUnit);
        Condition.Check(CheckKind.NoMouPathAllowed).Kind.Should().Be(CheckKind.NoMouPathAllowed);
    }

    [Fact]
    public void Equals_SameKind_IsEqualWithTheSameHash()
    {
        Condition.Check(CheckKind.MouListsUnit).Equals(Condition.Check(CheckKind.MouListsUnit)).Should().BeTrue();
        Condition.Check(CheckKind.MouListsUnit).GetHashCode().Should().Be(Condition.Check(CheckKind.MouListsUnit).GetHashCode());
    }

    [Fact]
    public void Equals_OtherKindOrCondition_IsNotEqual()
    {
        Condition.Check(CheckKind.MouListsUnit).Equals(Condition.Check(CheckKind.MouCoversQualification)).Should().BeFalse();
        Condition.Check(CheckKind.MouListsUnit).Equals(Condition.Predicate("mouListsUnit")).Should().BeFalse();
        Condition.Check(CheckKind.MouListsUnit).Equals((Condition?)null).Should().BeFalse();
    }

    [Fact]
    public void ToString_IsTheCheckName()
    {
        Condition.Check(CheckKind.MouCoversQualification).ToString().Should().Be("mouCoversQualification");
    }
}
