using Ecvet.Recognition;

namespace Ecvet.Tests.Recognition;

/// <summary>The rules of <see cref="PredicateCondition"/>: the name syntax, ordinal equality and its text.</summary>
public sealed class PredicateConditionRuleTests
{
    [Theory]
    [InlineData("a", true)]
    [InlineData("Z", true)]
    [InlineData("national.cap-2_b", true)]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz0123456789ab", true)]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz0123456789abc", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("1cap", false)]
    [InlineData("_cap", false)]
    [InlineData(".cap", false)]
    [InlineData("national cap", false)]
    [InlineData("capé", false)]
    [InlineData("éa", false)]
    [InlineData("cap:1", false)]
    public void IsValidName_LettersDigitsDotsDashesUnderscoresStartingWithALetter(string? name, bool expected)
    {
        PredicateCondition.IsValidName(name).Should().Be(expected);
    }

    [Fact]
    public void Predicate_NullName_NamesIt()
    {
        var act = () => Condition.Predicate(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("name");
    }

    [Fact]
    public void Predicate_NotAName_SaysWhatOneIs()
    {
        var act = () => Condition.Predicate("1cap");

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("name")
            .WithMessage("'1cap' is not a predicate name: 1–64 ASCII letters, digits, '.', '-' or '_', starting with a letter.*");
    }

    [Fact]
    public void Name_IsWhatItWasGiven()
    {
        Condition.Predicate("nationalCap").Name.Should().Be("nationalCap");
    }

    [Fact]
    public void Equals_SameName_IsEqualWithTheSameHash()
    {
        Condition.Predicate("nationalCap").Equals(Condition.Predicate("nationalCap")).Should().BeTrue();
        Condition.Predicate("nationalCap").GetHashCode().Should().Be(Condition.Predicate("nationalCap").GetHashCode());
    }

    [Fact]
    public void Equals_NameInOtherCaseOrOtherCondition_IsNotEqual()
    {
        Condition.Predicate("nationalCap").Equals(Condition.Predicate("nationalcap")).Should().BeFalse();
        Condition.Predicate("mouListsUnit").Equals(Condition.Check(CheckKind.MouListsUnit)).Should().BeFalse();
        Condition.Predicate("nationalCap").Equals((Condition?)null).Should().BeFalse();
    }

    [Fact]
    public void ToString_IsPrefixedPredicate()
    {
        Condition.Predicate("nationalCap").ToString().Should().Be("predicate:nationalCap");
    }
}
