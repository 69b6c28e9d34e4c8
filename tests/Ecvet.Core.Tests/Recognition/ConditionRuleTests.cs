using Ecvet.Recognition;

namespace Ecvet.Tests.Recognition;

/// <summary>
/// The rules of the condition tree built by <see cref="Condition"/>'s factories: parts required, depth and node limits at
/// their boundary, structural equality and the text of <see cref="AllOfCondition"/> and <see cref="AnyOfCondition"/>.
/// </summary>
public sealed class ConditionRuleTests
{
    private static readonly CheckCondition Valid = Condition.Check(CheckKind.MouValidForPeriod);
    private static readonly CheckCondition Links = Condition.Check(CheckKind.MouLinksInstitutions);

    private static Condition Nested(int depth)
    {
        Condition condition = Valid;
        for (var i = 1; i < depth; i++)
        {
            condition = Condition.Not(condition);
        }

        return condition;
    }

    [Fact]
    public void AllOfAndAnyOf_NullParts_NameThem()
    {
        var all = () => Condition.AllOf(null!);
        var any = () => Condition.AnyOf(null!);

        all.Should().ThrowExactly<ArgumentNullException>().WithParameterName("parts");
        any.Should().ThrowExactly<ArgumentNullException>().WithParameterName("parts");
    }

    [Fact]
    public void AllOfAndAnyOf_NoPart_AskForOne()
    {
        var all = () => Condition.AllOf([]);
        var any = () => Condition.AnyOf([]);

        all.Should().ThrowExactly<ArgumentException>().WithParameterName("parts").WithMessage("A combination needs at least one part.*");
        any.Should().ThrowExactly<ArgumentException>().WithParameterName("parts").WithMessage("A combination needs at least one part.*");
    }

    [Fact]
    public void AllOfAndAnyOf_ANullPart_IsRefused()
    {
        var all = () => Condition.AllOf(Valid, null!);
        var any = () => Condition.AnyOf(null!, Valid);

        all.Should().ThrowExactly<ArgumentException>().WithParameterName("parts").WithMessage("The parts must not contain null.*");
        any.Should().ThrowExactly<ArgumentException>().WithParameterName("parts").WithMessage("The parts must not contain null.*");
    }

    [Fact]
    public void DepthAndNodeCount_CountEveryLevelAndEveryNode()
    {
        Valid.Depth.Should().Be(1);
        Valid.NodeCount.Should().Be(1);
        Condition.Predicate("cap").Depth.Should().Be(1);
        Condition.Predicate("cap").NodeCount.Should().Be(1);

        var tree = Condition.AnyOf(Valid, Condition.AllOf(Links, Condition.Not(Valid)), Links);

        tree.Depth.Should().Be(4);
        tree.NodeCount.Should().Be(7);
        Condition.Not(tree).Depth.Should().Be(5);
        Condition.Not(tree).NodeCount.Should().Be(8);
    }

    [Fact]
    public void Not_TwelveLevels_IsTheDeepest()
    {
        Nested(Condition.MaxDepth).Depth.Should().Be(12);

        var act = () => Condition.Not(Nested(Condition.MaxDepth));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("part")
            .WithMessage("The condition is nested 13 levels deep; at most 12 are allowed.*");
    }

    [Fact]
    public void AllOf_TwelveLevels_IsTheDeepest()
    {
        Condition.AllOf(Valid, Nested(Condition.MaxDepth - 1)).Depth.Should().Be(12);

        var act = () => Condition.AllOf(Valid, Nested(Condition.MaxDepth));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("parts")
            .WithMessage("The condition is nested 13 levels deep; at most 12 are allowed.*");
    }

    [Fact]
    public void AnyOf_ThousandNodes_IsTheMost()
    {
        Condition.AnyOf(Enumerable.Repeat<Condition>(Valid, Condition.MaxNodes - 1)).NodeCount.Should().Be(1000);

        var act = () => Condition.AnyOf(Enumerable.Repeat<Condition>(Valid, Condition.MaxNodes));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("parts")
            .WithMessage("The condition has 1001 nodes; at most 1000 are allowed.*");
    }

    [Fact]
    public void Not_OverAThousandNodes_IsRefused()
    {
        var act = () => Condition.Not(Condition.AllOf(Enumerable.Repeat<Condition>(Valid, Condition.MaxNodes - 1)));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("part")
            .WithMessage("The condition has 1001 nodes; at most 1000 are allowed.*");
    }

    [Fact]
    public void Parts_AreThePartsInOrder()
    {
        Condition.AllOf(Links, Valid).Parts.Should().Equal(Links, Valid);
        Condition.AnyOf([Valid]).Parts.Should().Equal(Valid);
    }

    [Fact]
    public void Equals_SamePartsInOtherArrays_IsEqualWithTheSameHash()
    {
        Condition left = Condition.AllOf(Valid, Condition.Not(Links));
        object right = Condition.AllOf(Condition.Check(CheckKind.MouValidForPeriod), Condition.Not(Condition.Check(CheckKind.MouLinksInstitutions)));

        left.Equals(right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
        Condition.AnyOf(Valid).GetHashCode().Should().Be(Condition.AnyOf(Valid).GetHashCode());
    }

    [Fact]
    public void Equals_OtherKindOrPartsOrOrder_IsNotEqual()
    {
        Condition all = Condition.AllOf(Valid, Links);

        all.Equals(Condition.AnyOf(Valid, Links)).Should().BeFalse();
        Condition.AnyOf(Valid, Links).Equals(all).Should().BeFalse();
        all.Equals(Condition.AllOf(Links, Valid)).Should().BeFalse();
        all.Equals(Condition.AllOf(Valid)).Should().BeFalse();
        all.Equals(Valid).Should().BeFalse();
        Condition.AllOf(Valid, Links).Equals((Condition?)null).Should().BeFalse();
        Condition.AllOf(Valid, Links).Equals((object?)null).Should().BeFalse();
        all.Equals("allOf(mouValidForPeriod, mouLinksInstitutions)").Should().BeFalse();
    }

    [Fact]
    public void ToString_NamesTheCombinationAndItsParts()
    {
        Condition.AllOf(Valid, Condition.Not(Condition.Predicate("nationalCap"))).ToString()
            .Should().Be("allOf(mouValidForPeriod, not(predicate:nationalCap))");
        Condition.AnyOf(Links).ToString().Should().Be("anyOf(mouLinksInstitutions)");
    }
}
