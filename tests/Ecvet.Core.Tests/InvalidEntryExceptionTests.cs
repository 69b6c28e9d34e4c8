namespace Ecvet.Tests;

public sealed class InvalidEntryExceptionTests
{
    [Fact]
    public void Constructor_Default_HasAGeneralMessageAndNoLocation()
    {
        var exception = new InvalidEntryException();
        exception.Message.Should().Be("An entry of the argument is not valid.");
        exception.Location.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_MessageOnly_HasNoLocation() =>
        new InvalidEntryException("Bad entry.").Location.Should().Be(string.Empty);

    [Fact]
    public void Constructor_WithLocation_KeepsParameterAndLocation()
    {
        var inner = new FormatException("inner");
        var exception = new InvalidEntryException("Bad entry.", "units", "units[2].id", inner);
        exception.ParamName.Should().Be("units");
        exception.Location.Should().Be("units[2].id");
        exception.InnerException.Should().BeSameAs(inner);
        new InvalidEntryException("Bad entry.", "units", "units[0]").Location.Should().Be("units[0]");
    }

    [Fact]
    public void Constructor_NullLocation_Throws()
    {
        var act = () => new InvalidEntryException("Bad entry.", "units", null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("location");
        var withInner = () => new InvalidEntryException("Bad entry.", "units", null!, new FormatException());
        withInner.Should().Throw<ArgumentNullException>().WithParameterName("location");
    }
}
