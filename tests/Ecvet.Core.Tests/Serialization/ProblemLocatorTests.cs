using System.Text;
using Ecvet.Serialization.Internal;

namespace Ecvet.Tests.Serialization;

/// <summary>The look-ups that keep locating problems linear: enclosing paths, and positions from a line index.</summary>
public sealed class ProblemLocatorTests
{
    [Fact]
    public void AncestorsAndSelf_PathWithQuotedNamesHoldingDotsAndBrackets_CutsOnlyAtSegments() =>
        ProblemLocator.AncestorsAndSelf("$.a['x.y[0]'][2].b['it\\'s']")
            .Should().Equal("$.a['x.y[0]'][2].b['it\\'s']", "$.a['x.y[0]'][2].b", "$.a['x.y[0]'][2]", "$.a['x.y[0]']", "$.a", "$");

    [Fact]
    public void AncestorsAndSelf_Root_IsItself() =>
        ProblemLocator.AncestorsAndSelf("$").Should().Equal("$");

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("\n")]
    [InlineData("a\nbc\n\nd\r\nef\n")]
    public void Position_EveryOffset_AgreesWithCountingFromTheStart(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lazy = new LineIndex(bytes.AsMemory());
        var eager = new LineIndex(bytes.AsSpan());
        for (var offset = 0; offset <= bytes.Length + 1; offset++)
        {
            var span = bytes.AsSpan(0, Math.Min(offset, bytes.Length));
            var expected = (1L + span.Count((byte)'\n'), (long)(span.Length - span.LastIndexOf((byte)'\n')));

            lazy.Position(offset).Should().Be(expected, $"offset {offset}");
            eager.Position(offset).Should().Be(expected, $"offset {offset}");
        }
    }
}
