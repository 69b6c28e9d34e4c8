using System.Globalization;
using System.Text;

namespace Ecvet.Matching.Internal;

/// <summary>Receives the terms of an analysed text, one at a time, without allocation.</summary>
internal interface ITermSink
{
    /// <summary>Receives a term and the folded word it came from (the same span when nothing was stemmed).</summary>
    void Term(ReadOnlySpan<char> term, ReadOnlySpan<char> word);
}

/// <summary>
/// The analyser: splits text into tokens (runs of letters and digits, scalar values outside the BMP included), folds
/// case and diacritics, drops stop words and combining marks, and stems. It works on spans with stack buffers and never
/// allocates. Tokens longer than <see cref="MaxTokenLength"/> characters are cut to that length.
/// </summary>
internal sealed class TextAnalyzer
{
    public const int MaxTokenLength = 64;

    private readonly IStemmer? _stemmer;
    private readonly TermTable _stopWords;

    public TextAnalyzer(IStemmer? stemmer, TermTable stopWords)
    {
        _stemmer = stemmer;
        _stopWords = stopWords;
    }

    public static TermTable CreateStopWordTable(IEnumerable<string> words)
    {
        var table = new TermTable(64);
        Span<char> buffer = stackalloc char[MaxTokenLength];
        foreach (var word in words)
        {
            var length = FoldWord(word, buffer);
            if (length > 0)
            {
                table.Add(buffer[..length]);
            }
        }

        return table;
    }

    /// <summary>Writes the first token of <paramref name="word"/>, folded, to <paramref name="buffer"/> (at least
    /// <see cref="MaxTokenLength"/> long) and returns its length (0 when there is none).</summary>
    public static int FoldWord(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var sink = new CollectFirst(new char[MaxTokenLength]);
        Tokenize(word, ref sink);
        sink.Buffer.AsSpan(0, sink.Length).CopyTo(buffer);
        return sink.Length;
    }

    /// <summary>Analyses <paramref name="text"/>; <paramref name="stem"/> says whether the stemmer applies (it does only to
    /// text in the analyser's language).</summary>
    public void Analyze<TSink>(ReadOnlySpan<char> text, bool stem, ref TSink sink)
        where TSink : struct, ITermSink
    {
        var filter = new Filter<TSink>(this, stem ? _stemmer : null, ref sink);
        Tokenize(text, ref filter);
        sink = filter.Inner;
    }

    /// <summary>Analyses one token as <see cref="Analyze"/> does each of its tokens: drops it when it is a stop word,
    /// otherwise stems it (when <paramref name="stem"/>) and passes it on.</summary>
    public void AnalyzeToken<TSink>(ReadOnlySpan<char> token, bool stem, ref TSink sink)
        where TSink : struct, ITermSink
    {
        var filter = new Filter<TSink>(this, stem ? _stemmer : null, ref sink);
        filter.Term(token, token);
        sink = filter.Inner;
    }

    /// <summary>Splits and folds <paramref name="text"/> into tokens; no stop words, no stemming.</summary>
    public static void Tokenize<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, ITermSink
    {
        Span<char> token = stackalloc char[MaxTokenLength];
        var length = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c < 0x80)
            {
                i++;
                if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
                {
                    Append(token, ref length, c);
                }
                else if (char.IsAsciiLetterUpper(c))
                {
                    Append(token, ref length, (char)(c + 32));
                }
                else
                {
                    Flush(token, ref length, ref sink);
                }

                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var rune = new Rune(c, text[i + 1]);
                i += 2;
                if (Rune.IsLetterOrDigit(rune))
                {
                    var lower = Rune.ToLowerInvariant(rune);
                    if (length + 2 <= MaxTokenLength)
                    {
                        length += lower.EncodeToUtf16(token[length..]);
                    }
                }
                else if (!CharFolding.IsMark(Rune.GetUnicodeCategory(rune)))
                {
                    Flush(token, ref length, ref sink);
                }

                continue;
            }

            i++;
            if (char.IsSurrogate(c))
            {
                // A lone surrogate is not text: it separates tokens.
                Flush(token, ref length, ref sink);
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (CharFolding.IsMark(category))
            {
                // Combining marks (decomposed diacritics) stay inside the word and are dropped.
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                Append(token, ref length, CharFolding.Fold(c));
            }
            else
            {
                Flush(token, ref length, ref sink);
            }
        }

        Flush(token, ref length, ref sink);
    }

    private static void Append(Span<char> token, ref int length, char c)
    {
        if (length < MaxTokenLength)
        {
            token[length++] = c;
        }
    }

    private static void Flush<TSink>(Span<char> token, ref int length, ref TSink sink)
        where TSink : struct, ITermSink
    {
        if (length > 0)
        {
            sink.Term(token[..length], token[..length]);
            length = 0;
        }
    }

    private struct Filter<TSink> : ITermSink
        where TSink : struct, ITermSink
    {
        private readonly TextAnalyzer _owner;
        private readonly IStemmer? _stemmer;
        public TSink Inner;

        public Filter(TextAnalyzer owner, IStemmer? stemmer, ref TSink inner)
        {
            _owner = owner;
            _stemmer = stemmer;
            Inner = inner;
        }

        public void Term(ReadOnlySpan<char> term, ReadOnlySpan<char> word)
        {
            if (_owner._stopWords.Find(term) >= 0)
            {
                return;
            }

            if (_stemmer is null)
            {
                Inner.Term(term, word);
                return;
            }

            Span<char> stem = stackalloc char[MaxTokenLength];
            var length = _stemmer.Stem(term, stem);
            Inner.Term(length > 0 ? stem[..length] : term, word);
        }
    }

    private struct CollectFirst : ITermSink
    {
        private readonly char[] _buffer;

        public CollectFirst(char[] buffer) => _buffer = buffer;

        public readonly char[] Buffer => _buffer;

        public int Length { get; private set; }

        public void Term(ReadOnlySpan<char> term, ReadOnlySpan<char> word)
        {
            if (Length == 0)
            {
                term.CopyTo(_buffer);
                Length = term.Length;
            }
        }
    }
}
