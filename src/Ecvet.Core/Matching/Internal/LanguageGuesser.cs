namespace Ecvet.Matching.Internal;

/// <summary>
/// A small, allocation-free guess of the language of a short text from its function words (articles, prepositions,
/// conjunctions, pronouns): enough to tell "this outcome is written in German" from "this is English", which is all the
/// matcher needs to avoid scoring text in two languages against each other. It never guesses from one word alone.
/// </summary>
internal static class LanguageGuesser
{
    // Each list holds frequent words that are rare as English words. Diacritics are folded as by the analyser.
    private static readonly (string Language, string Words)[] Lists =
    [
        ("en", "a an the and of to in for with on onto by from at as is are be its their or this that which when who into within after before all not can"),
        ("de", "der die das und mit von zu den dem des ein eine einen einem einer im nach fur auf bei sich ist sind oder wird werden durch gemass zum zur uber aus vor"),
        ("fr", "le la les et des du de un une aux au avec pour dans par sur en est sont selon lors ou qui que leur ses son sa l d"),
        ("es", "el la los las y de del con para por en un una al segun sus su lo que se antes es son o"),
        ("it", "il lo la gli le e di del della dei delle con per in un una al alla secondo i suoi sua che si da nel nella"),
        ("nl", "de het en van met voor een op in te bij volgens zijn is aan door uit naar die dat"),
        ("pt", "o a os as e de do da dos das com para por em um uma ao segundo seus sua que se no na"),
        ("pl", "i w z na do sie oraz dla przez od po jest sa zgodnie ze"),
        ("fi", "ja sekä on ovat tai kanssa mukaan jonka joka sen hän"),
        ("sv", "och att med för av en ett som på är till enligt den det"),
        ("cs", "a v s na do se podle pro je jsou ze k"),
    ];

    private static readonly TermTable Words = new(512);
    private static readonly int[] Masks = Build();

    public static int LanguageCount => Lists.Length;

    public static string LanguageAt(int index) => Lists[index].Language;

    /// <summary>Returns the language code of <paramref name="text"/>, or <see langword="null"/> when it cannot tell
    /// (too few function words, or a tie).</summary>
    public static string? Guess(ReadOnlySpan<char> text)
    {
        var counter = default(Counter);
        TextAnalyzer.Tokenize(text, ref counter);
        var best = -1;
        var bestHits = 0;
        for (var i = 0; i < Lists.Length; i++)
        {
            if (counter.Hits[i] > bestHits)
            {
                best = i;
                bestHits = counter.Hits[i];
            }
        }

        // One function word proves nothing ("a", "in" and "de" are words in many languages); a tie with English is no
        // evidence of another language. Ties between two other languages keep the first: either way it is not English.
        return best < 0 || bestHits < 2 || (best != 0 && counter.Hits[0] == bestHits) ? null : Lists[best].Language;
    }

    private static int[] Build()
    {
        var masks = new List<int>();
        Span<char> buffer = stackalloc char[TextAnalyzer.MaxTokenLength];
        for (var i = 0; i < Lists.Length; i++)
        {
            foreach (var word in Lists[i].Words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var id = Words.Add(buffer[..TextAnalyzer.FoldWord(word, buffer)]);
                if (id == masks.Count)
                {
                    masks.Add(0);
                }

                masks[id] |= 1 << i;
            }
        }

        return [.. masks];
    }

    [System.Runtime.CompilerServices.InlineArray(16)]
    private struct Counts
    {
        private int _element;
    }

    private struct Counter : ITermSink
    {
        public Counts Hits;

        public void Term(ReadOnlySpan<char> term, ReadOnlySpan<char> word)
        {
            var id = Words.Find(term);
            if (id < 0)
            {
                return;
            }

            var mask = Masks[id];
            for (var i = 0; mask != 0; i++, mask >>= 1)
            {
                if ((mask & 1) != 0)
                {
                    Hits[i]++;
                }
            }
        }
    }
}
