namespace Ecvet.Tests;

public sealed class DuplicateValueExceptionTests
{
    [Fact]
    public void Constructor_WithIndex_KeepsParameterAndIndex()
    {
        var exception = new DuplicateValueException("Duplicate unit 'u1'.", "units", 3);

        exception.ParamName.Should().Be("units");
        exception.Index.Should().Be(3);
    }

    [Fact]
    public void Constructor_WithoutIndex_IndexIsUnknown() =>
        new DuplicateValueException("Duplicate.").Index.Should().Be(-1);

    [Fact]
    public void Constructor_NegativeIndex_Throws()
    {
        var act = () => new DuplicateValueException("Duplicate.", "units", -1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index");
    }

    [Fact]
    public void Constructor_Default_HasAGeneralMessage() =>
        new DuplicateValueException().Message.Should().Be("The collection holds the same value twice.");
}
