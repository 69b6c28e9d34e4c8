namespace Ecvet.Matching.Internal;

/// <summary>
/// What two texts say differently: each text's content words (stop words dropped) whose term the other text lacks, in
/// their order, as the index's analyser sees them (folded, compared by stem). A look-alike shares the frame of a
/// sentence ("prepares … following recipes") and differs in its object or action, which is all that is left here; a
/// paraphrase in other words keeps nearly its whole sentence.
/// </summary>
internal static class DifferingWords
{
    /// <summary>The two texts' words the other lacks, each joined by spaces; both <see langword="null"/> unless the texts
    /// share a content word and each has one the other lacks (texts sharing nothing differ as wholes; a text whose
    /// every word the other has is narrower or broader, not different).</summary>
    /// <param name="analyzer">The index's analyser.</param>
    /// <param name="stem">Whether terms are stemmed (the query's language is the analyser's, or unknown).</param>
    /// <param name="first">One text.</param>
    /// <param name="second">The other.</param>
    public static (string First, string Second)? Of(TextAnalyzer analyzer, bool stem, string first, string second)
    {
        var a = Terms(analyzer, stem, first);
        var b = Terms(analyzer, stem, second);
        var inB = new HashSet<string>(b.Select(t => t.Term), StringComparer.Ordinal);
        var inA = new HashSet<string>(a.Select(t => t.Term), StringComparer.Ordinal);
        if (!inA.Overlaps(inB))
        {
            return null;
        }

        var restA = Rest(a, inB);
        var restB = Rest(b, inA);
        return restA.Length == 0 || restB.Length == 0 ? null : (restA, restB);
    }

    private static string Rest(List<(string Term, string Word)> terms, HashSet<string> other) =>
        string.Join(' ', terms.Where(t => !other.Contains(t.Term)).Select(t => t.Word).Distinct(StringComparer.Ordinal));

    private static List<(string Term, string Word)> Terms(TextAnalyzer analyzer, bool stem, string text)
    {
        var sink = new Collect { Terms = [] };
        analyzer.Analyze(text, stem, ref sink);
        return sink.Terms;
    }

    private struct Collect : ITermSink
    {
        public List<(string Term, string Word)> Terms;

        public readonly void Term(ReadOnlySpan<char> term, ReadOnlySpan<char> word) => Terms.Add((new string(term), new string(word)));
    }
}
