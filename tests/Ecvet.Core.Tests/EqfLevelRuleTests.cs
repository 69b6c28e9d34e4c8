using Ecvet.Tests.Support;

namespace Ecvet.Tests;

public sealed class EqfLevelRuleTests
{
    [Fact]
    public void Parse_Null_ThrowsNamingText()
    {
        var act = () => EqfLevel.Parse(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("9")]
    [InlineData("10")]
    [InlineData("")]
    public void Parse_NotALevel_SaysWhatALevelIs(string text)
    {
        var act = () => EqfLevel.Parse(text);
        act.Should().Throw<FormatException>().WithMessage($"'{text}' is not an EQF level; expected a whole number from 1 to 8.");
    }

    [Fact]
    public void Parse_EachDigitOneToEight_GivesThatLevel() =>
        Enumerable.Range(1, 8).Select(n => EqfLevel.Parse(n.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Should().Equal(EqfLevel.All);

    [Theory]
    [InlineData("1", 1)]
    [InlineData("2", 2)]
    [InlineData("7", 7)]
    [InlineData("8", 8)]
    public void TryParse_BoundsAndInside_GiveTheLevel(string text, int expected)
    {
        EqfLevel.TryParse(text, out var level).Should().BeTrue();
        level!.Value.Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("9")]
    [InlineData("/")]
    [InlineData(":")]
    [InlineData("11")]
    [InlineData("4 ")]
    [InlineData("a")]
    public void TryParse_NotALevel_IsFalseWithNoLevel(string? text)
    {
        EqfLevel.TryParse(text, out var level).Should().BeFalse();
        level.Should().BeNull();
    }

    [Fact]
    public void Ordering_FollowsContract()
    {
        OrderingContract.Check(EqfLevel.Level3, EqfLevel.From(3), EqfLevel.Level4);
        OrderingContract.Check(EqfLevel.Level1, EqfLevel.Parse("1"), EqfLevel.Level8);
    }

    [Fact]
    public void CompareTo_Null_IsPositive()
    {
        EqfLevel.Level1.CompareTo(null).Should().Be(1);
        EqfLevel.Level8.CompareTo(EqfLevel.Level1).Should().BePositive();
        EqfLevel.Level1.CompareTo(EqfLevel.Level8).Should().BeNegative();
    }

    [Fact]
    public void CompareTo_AnotherType_SaysWhichTypeIsExpected()
    {
        var act = () => ((IComparable)EqfLevel.Level4).CompareTo("4");
        act.Should().Throw<ArgumentException>().WithMessage("Object must be of type EqfLevel.*").And.ParamName.Should().Be("obj");
    }

    [Fact]
    public void Operators_NullSortsFirst()
    {
        EqfLevel none = null!;
        EqfLevel alsoNone = null!;
        (none < EqfLevel.Level1).Should().BeTrue();
        (EqfLevel.Level1 < none).Should().BeFalse();
        (none < alsoNone).Should().BeFalse();
        (none <= EqfLevel.Level1).Should().BeTrue();
        (EqfLevel.Level1 <= none).Should().BeFalse();
        (none <= alsoNone).Should().BeTrue();
        (EqfLevel.Level1 > none).Should().BeTrue();
        (none > EqfLevel.Level1).Should().BeFalse();
        (none > alsoNone).Should().BeFalse();
        (EqfLevel.Level1 >= none).Should().BeTrue();
        (none >= EqfLevel.Level1).Should().BeFalse();
        (none >= alsoNone).Should().BeTrue();
    }

    [Fact]
    public void Operators_CompareLevelNumbers()
    {
        (EqfLevel.Level2 < EqfLevel.Level5).Should().BeTrue();
        (EqfLevel.Level5 < EqfLevel.Level2).Should().BeFalse();
        (EqfLevel.Level5 < EqfLevel.Level5).Should().BeFalse();
        (EqfLevel.Level5 <= EqfLevel.Level5).Should().BeTrue();
        (EqfLevel.Level6 <= EqfLevel.Level5).Should().BeFalse();
        (EqfLevel.Level6 > EqfLevel.Level5).Should().BeTrue();
        (EqfLevel.Level5 > EqfLevel.Level5).Should().BeFalse();
        (EqfLevel.Level5 >= EqfLevel.Level5).Should().BeTrue();
        (EqfLevel.Level4 >= EqfLevel.Level5).Should().BeFalse();
    }
}
