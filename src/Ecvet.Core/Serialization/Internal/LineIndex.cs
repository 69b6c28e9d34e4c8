namespace Ecvet.Serialization.Internal;

/// <summary>
/// Turns byte offsets of one input into 1-based line and byte-in-line positions: the line feeds are found in one pass,
/// on first use, and each position is then a binary search. Counting from the start for every problem made rejecting
/// an input with many problems quadratic in its size.
/// </summary>
internal sealed class LineIndex
{
    private readonly ReadOnlyMemory<byte> input;
    private readonly int length;
    private int[]? lineFeeds;

    /// <summary>An index over input that stays alive; the line feeds are found on the first position asked for.</summary>
    public LineIndex(ReadOnlyMemory<byte> input)
    {
        this.input = input;
        length = input.Length;
    }

    /// <summary>An index over input that may not outlive the call: the line feeds are found now.</summary>
    public LineIndex(ReadOnlySpan<byte> input)
    {
        length = input.Length;
        lineFeeds = FindLineFeeds(input);
    }

    /// <summary>The 1-based line and byte-in-line of a byte offset (lines end at LF; CR LF counts once).</summary>
    public (long Line, long ByteInLine) Position(long offset)
    {
        var at = (int)Math.Clamp(offset, 0, length);
        var feeds = lineFeeds ??= FindLineFeeds(input.Span);

        // The number of line feeds before the offset is the 0-based line; the last of them starts the line.
        var index = Array.BinarySearch(feeds, at);
        var before = index >= 0 ? index : ~index;
        var lineStart = before == 0 ? 0 : feeds[before - 1] + 1;
        return (before + 1L, at - lineStart + 1L);
    }

    private static int[] FindLineFeeds(ReadOnlySpan<byte> utf8)
    {
        var feeds = new List<int>();
        var start = 0;
        int next;
        while ((next = utf8[start..].IndexOf((byte)'\n')) >= 0)
        {
            feeds.Add(start + next);
            start += next + 1;
        }

        return [.. feeds];
    }
}
