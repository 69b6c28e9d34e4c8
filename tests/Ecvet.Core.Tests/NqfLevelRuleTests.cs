namespace Ecvet.Tests;

public sealed class NqfLevelRuleTests
{
    [Fact]
    public void Create_FrameworkWithSpace_SaysWhatAFrameworkNameIs()
    {
        var act = () => NqfLevel.Create("F I", "4");
        act.Should().Throw<ArgumentException>()
            .WithMessage("'F I' is not a framework name; expected non-empty text of at most 256 characters without white space, such as 'FI' or a URI.*")
            .And.ParamName.Should().Be("framework");
    }

    [Fact]
    public void Create_InvalidLevel_SaysWhatALevelIs()
    {
        var act = () => NqfLevel.Create("FI", " 4");
        act.Should().Throw<ArgumentException>()
            .WithMessage("' 4' is not a level; expected non-empty text of at most 64 characters without control characters or white space at either end.*")
            .And.ParamName.Should().Be("level");
    }
}
