namespace Ecvet.Cli.Tests;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("plain text, é and 日本", "plain text, é and 日本")]
    [InlineData("tab\tkept", "tab\tkept")]
    [InlineData("\u001b[31mred\u001b[0m", "red")]
    [InlineData("\u001b[38;5;196mcolour", "colour")]
    [InlineData("\u001b]0;title\u0007after", "after")]
    [InlineData("\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\", "link")]
    [InlineData("\u001bcreset", "reset")]
    [InlineData("end\u001b", "end")]
    [InlineData("bell\u0007 back\b cr\r nl\n", "bell? back? cr? nl?")]
    [InlineData("c1\u009b31m del\u007f", "c1?31m del?")]
    [InlineData("bidi \u202eevil\u202c \u2066x\u2069", "bidi ?evil? ?x?")]
    public void Clean_Text_RemovesTerminalControl(string text, string expected) =>
        TerminalText.Clean(text).Should().Be(expected);

    [Fact]
    public void Clean_TextWithoutControl_IsTheSameInstance()
    {
        const string Text = "Prepare cold starters";

        TerminalText.Clean(Text).Should().BeSameAs(Text);
    }
}
