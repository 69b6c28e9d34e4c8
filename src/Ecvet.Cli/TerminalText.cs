using System.Text;

namespace Ecvet.Cli;

/// <summary>
/// Makes text from input files and the command line safe to echo on a terminal: escape sequences (CSI, OSC and other
/// <c>ESC</c> sequences) are removed, other control characters (C0 but tab, DEL, C1) and bidirectional overrides become
/// <c>?</c>, so that a file cannot recolour, retitle or rewrite the user's terminal, or make a line read differently
/// from what it holds.
/// </summary>
internal static class TerminalText
{
    private const char Escape = '\u001B';
    private const char Bell = '\u0007';

    /// <summary>The text with terminal control removed; the same instance when there was none.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAnyInRange('\u0000', '\u001F');
        if (first < 0 && !text.AsSpan().ContainsAny(Unsafe))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == Escape)
            {
                i = EndOfEscape(text, i);
            }
            else if (c == '\t' || !IsUnsafe(c))
            {
                clean.Append(c);
            }
            else
            {
                clean.Append('?');
            }
        }

        return clean.ToString();
    }

    // Control characters outside C0 (DEL, C1) and the bidirectional embeddings, overrides and isolates.
    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
        + "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    private static bool IsUnsafe(char c) => c < ' ' || Unsafe.Contains(c);

    /// <summary>The index of the last character of the escape sequence starting at <paramref name="start"/>.</summary>
    private static int EndOfEscape(string text, int start)
    {
        if (start + 1 >= text.Length)
        {
            return start;
        }

        var i = start + 1;
        switch (text[i])
        {
            case '[':
                // CSI: parameter and intermediate bytes, then one final byte from '@' to '~'.
                for (i++; i < text.Length; i++)
                {
                    if (text[i] is >= '@' and <= '~')
                    {
                        return i;
                    }

                    if (text[i] is < ' ' or > '?')
                    {
                        return i - 1;
                    }
                }

                return text.Length - 1;
            case ']' or 'P' or 'X' or '^' or '_':
                // OSC, DCS and friends: a string up to BEL or ESC '\' (string terminator).
                for (i++; i < text.Length; i++)
                {
                    if (text[i] == Bell)
                    {
                        return i;
                    }

                    if (text[i] == Escape)
                    {
                        return i + 1 < text.Length && text[i + 1] == '\\' ? i + 1 : i;
                    }
                }

                return text.Length - 1;
            default:
                // A two-character sequence such as ESC 'c' (reset), or ESC followed by text: drop the ESC and that one.
                return text[i] is >= ' ' and <= '~' ? i : start;
        }
    }
}
