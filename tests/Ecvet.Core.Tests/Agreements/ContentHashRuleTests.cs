using Ecvet.Agreements;

namespace Ecvet.Tests.Agreements;

/// <summary>The parsing rule of <see cref="ContentHash"/>, with its exact message.</summary>
public sealed class ContentHashRuleTests
{
    [Fact]
    public void Parse_NotAHash_SaysWhatIsExpected()
    {
        var act = () => ContentHash.Parse("abc123");

        act.Should().Throw<FormatException>().WithMessage("'abc123' is not a content hash; expected 64 hexadecimal digits (SHA-256).");
    }
}
