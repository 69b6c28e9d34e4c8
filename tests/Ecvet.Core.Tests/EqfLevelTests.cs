namespace Ecvet.Tests;

public sealed class EqfLevelTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void From_OutsideOneToEight_ThrowsNamingTheValueAndTheRange(int level)
    {
        var act = () => EqfLevel.From(level);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value")
            .WithMessage($"{level} is not an EQF level; expected a whole number from 1 to 8.*");
    }

    [Fact]
    public void From_EachLevel_GivesThatLevel() =>
        Enumerable.Range(EqfLevel.MinValue, EqfLevel.MaxValue).Select(n => EqfLevel.From(n).Value).Should().Equal(1, 2, 3, 4, 5, 6, 7, 8);
}
