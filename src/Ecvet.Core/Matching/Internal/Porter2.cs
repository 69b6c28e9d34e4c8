using System.Buffers;
using System.Runtime.CompilerServices;

namespace Ecvet.Matching.Internal;

/// <summary>
/// The English (Porter2) stemming algorithm of the Snowball project, written here from its published description
/// (https://snowballstem.org/algorithms/english/stemmer.html, the revision of October 2023: "don't undouble if preceded
/// by exactly a, e or o"). It works in place on a span of lower-case ASCII letters and apostrophes and never allocates.
/// </summary>
/// <remarks>
/// <para>
/// Internally a <c>y</c> that acts as a consonant (at the start of the word or after a vowel) is marked as an upper-case
/// <c>Y</c> for the duration of the algorithm and turned back into <c>y</c> at the end, exactly as the description does.
/// That is why words holding any character other than <c>a</c>–<c>z</c> and the apostrophe (an upper-case letter, a
/// digit, a hyphen, a letter outside ASCII) are returned unchanged: the algorithm is defined on English letters only,
/// and stemming half of a word such as <c>français</c> or <c>covid19</c> would only make a worse index term.
/// </para>
/// <para>
/// Regions are kept as indices: <c>p1</c> and <c>p2</c> are the start of R1 and R2; "a suffix is in R1" means the
/// suffix starts at or after <c>p1</c>. When a step finds its longest suffix but that suffix's condition fails, the step
/// does nothing (it does not fall back to a shorter suffix), as in the description.
/// </para>
/// </remarks>
internal static class Porter2
{
    private static readonly SearchValues<char> Letters = SearchValues.Create("'abcdefghijklmnopqrstuvwxyz");

    /// <summary>Stems <paramref name="word"/> in place and returns the stem's length (at most <c>word.Length</c>).</summary>
    public static int Stem(Span<char> word)
    {
        var n = word.Length;

        // "If the word has two letters or less, leave it as it is." (Measured before the initial apostrophe goes.)
        if (n <= 2 || !IsStemmable(word))
        {
            return n;
        }

        if (TryException1(word, ref n))
        {
            return n;
        }

        // Remove initial ', then mark consonant-y as Y.
        if (word[0] == '\'')
        {
            word[1..n].CopyTo(word);
            n--;
        }

        var yFound = MarkY(word[..n]);
        MarkRegions(word[..n], out var firstVowel, out var p1, out var p2);

        n = Step0(word, n);
        n = Step1a(word, n, firstVowel);

        if (!IsException2(word[..n]))
        {
            n = Step1b(word, n, firstVowel, p1);
            Step1c(word, n);
            n = Step2(word, n, p1);
            n = Step3(word, n, p1, p2);
            n = Step4(word, n, p2);
            n = Step5(word, n, p1, p2);
        }

        if (yFound)
        {
            word[..n].Replace('Y', 'y');
        }

        return n;
    }

    private static bool IsStemmable(ReadOnlySpan<char> word) => !word.ContainsAnyExcept(Letters);

    /// <summary>A vowel: a, e, i, o, u, y (a <c>Y</c> marked as a consonant is not one).</summary>
    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>A double: bb, dd, ff, gg, mm, nn, pp, rr, tt.</summary>
    private static bool IsDoubleLetter(char c) => c is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't';

    /// <summary>A valid li-ending: c, d, e, g, h, k, m, n, r, t.</summary>
    private static bool IsValidLiEnding(char c) => c is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't';

    /// <summary>Whether <c>word[..n]</c> ends with <paramref name="suffix"/>, compared from the last letter back.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EndsWith(Span<char> word, int n, string suffix)
    {
        var k = suffix.Length;
        if (n < k)
        {
            return false;
        }

        var tail = word.Slice(n - k, k);
        for (var i = k - 1; i >= 0; i--)
        {
            if (tail[i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <c>word[..end]</c> ends with a short syllable.</summary>
    /// <remarks>
    /// A short syllable is (a) a vowel followed by a non-vowel other than w, x or Y and preceded by a non-vowel, or
    /// (b) a vowel at the beginning of the word followed by a non-vowel.
    /// </remarks>
    private static bool EndsWithShortSyllable(Span<char> word, int end)
    {
        if (end == 2)
        {
            return IsVowel(word[0]) && !IsVowel(word[1]);
        }

        if (end < 3)
        {
            return false;
        }

        var last = word[end - 1];
        return !IsVowel(last) && last is not ('w' or 'x' or 'Y') && IsVowel(word[end - 2]) && !IsVowel(word[end - 3]);
    }

    /// <summary>The special words stemmed (or left) as a whole before the algorithm runs.</summary>
    private static bool TryException1(Span<char> word, ref int n)
    {
        ReadOnlySpan<char> w = word;
        switch (n)
        {
            case 3:
                return w.SequenceEqual("sky");
            case 4:
                switch (w[0])
                {
                    case 's' when w.SequenceEqual("skis"):
                        n = 3;
                        return true;
                    case 'i' when w.SequenceEqual("idly"):
                        n = 3;
                        return true;
                    case 'u' when w.SequenceEqual("ugly"):
                        word[3] = 'i';
                        return true;
                    case 'o' when w.SequenceEqual("only"):
                        word[3] = 'i';
                        return true;
                    case 'n':
                        return w.SequenceEqual("news");
                    case 'h':
                        return w.SequenceEqual("howe");
                    case 'b':
                        return w.SequenceEqual("bias");
                    default:
                        return false;
                }

            case 5:
                switch (w[0])
                {
                    case 's' when w.SequenceEqual("skies"):
                        word[2] = 'y';
                        n = 3;
                        return true;
                    case 'd' when w.SequenceEqual("dying"):
                    case 'l' when w.SequenceEqual("lying"):
                    case 't' when w.SequenceEqual("tying"):
                        word[1] = 'i';
                        word[2] = 'e';
                        n = 3;
                        return true;
                    case 'e' when w.SequenceEqual("early"):
                        word[4] = 'i';
                        return true;
                    case 'a':
                        return w.SequenceEqual("atlas") || w.SequenceEqual("andes");
                    default:
                        return false;
                }

            case 6:
                switch (w[0])
                {
                    case 'g' when w.SequenceEqual("gently"):
                    case 's' when w.SequenceEqual("singly"):
                        n = 5;
                        return true;
                    case 'c':
                        return w.SequenceEqual("cosmos");
                    default:
                        return false;
                }

            default:
                return false;
        }
    }

    /// <summary>The words left as they are after step 1a.</summary>
    private static bool IsException2(ReadOnlySpan<char> w) => w.Length switch
    {
        6 => w[0] switch
        {
            'i' => w.SequenceEqual("inning"),
            'o' => w.SequenceEqual("outing"),
            'e' => w.SequenceEqual("exceed"),
            _ => false,
        },
        7 => w[0] switch
        {
            'c' => w.SequenceEqual("canning"),
            'h' => w.SequenceEqual("herring"),
            'e' => w.SequenceEqual("earring"),
            'p' => w.SequenceEqual("proceed"),
            's' => w.SequenceEqual("succeed"),
            _ => false,
        },
        _ => false,
    };

    /// <summary>Sets initial y, and y after a vowel, to Y; returns whether any was set.</summary>
    private static bool MarkY(Span<char> word)
    {
        // Most words have no y at all: find the first one quickly.
        var first = word.IndexOf('y');
        if (first < 0)
        {
            return false;
        }

        var found = false;
        for (var i = first; i < word.Length; i++)
        {
            if (word[i] == 'y' && (i == 0 || IsVowel(word[i - 1])))
            {
                word[i] = 'Y';
                found = true;
            }
        }

        return found;
    }

    /// <summary>
    /// R1 starts after the first non-vowel following a vowel (or right after gener, commun, arsen); R2 likewise within
    /// R1. Either is the end of the word when there is no such non-vowel.
    /// </summary>
    private static void MarkRegions(ReadOnlySpan<char> w, out int firstVowel, out int p1, out int p2)
    {
        var n = w.Length;
        firstVowel = 0;
        while (firstVowel < n && !IsVowel(w[firstVowel]))
        {
            firstVowel++;
        }

        var prefix = w[0] switch
        {
            'g' when w.StartsWith("gener") => 5,
            'a' when w.StartsWith("arsen") => 5,
            'c' when w.StartsWith("commun") => 6,
            _ => 0,
        };

        if (prefix > 0)
        {
            p1 = prefix;
        }
        else
        {
            p1 = AfterVowelThenNonVowel(w, firstVowel);
            if (p1 == n)
            {
                p2 = n;
                return;
            }
        }

        p2 = AfterVowelThenNonVowel(w, p1);
    }

    private static int AfterVowelThenNonVowel(ReadOnlySpan<char> w, int from)
    {
        var i = from;
        while (i < w.Length && !IsVowel(w[i]))
        {
            i++;
        }

        while (i < w.Length && IsVowel(w[i]))
        {
            i++;
        }

        return i < w.Length ? i + 1 : w.Length;
    }

    /// <summary>Step 0: remove the longest of <c>'s'</c>, <c>'s</c>, <c>'</c>.</summary>
    private static int Step0(Span<char> w, int n)
    {
        if (w[n - 1] == '\'')
        {
            return n >= 3 && w[n - 2] == 's' && w[n - 3] == '\'' ? n - 3 : n - 1;
        }

        if (n >= 2 && w[n - 1] == 's' && w[n - 2] == '\'')
        {
            return n - 2;
        }

        return n;
    }

    /// <summary>Step 1a: sses → ss; ied, ies → i or ie; us, ss unchanged; s deleted after a vowel not just before it.</summary>
    private static int Step1a(Span<char> w, int n, int firstVowel)
    {
        if (n == 0)
        {
            return n;
        }

        var last = w[n - 1];
        if (last == 's')
        {
            if (EndsWith(w, n, "sses"))
            {
                return n - 2;
            }

            if (EndsWith(w, n, "ies"))
            {
                return n > 4 ? n - 2 : n - 1;
            }

            if (n >= 2 && w[n - 2] is 's' or 'u')
            {
                return n;
            }

            // Delete if the part before the s holds a vowel that is not immediately before the s.
            return firstVowel < n - 2 ? n - 1 : n;
        }

        if (last == 'd' && EndsWith(w, n, "ied"))
        {
            return n > 4 ? n - 2 : n - 1;
        }

        return n;
    }

    /// <summary>Step 1b: eed, eedly → ee in R1; ed, edly, ing, ingly deleted after a vowel, then tidied up.</summary>
    private static int Step1b(Span<char> w, int n, int firstVowel, int p1)
    {
        if (n < 3)
        {
            return n;
        }

        int suffix;
        switch (w[n - 1])
        {
            case 'd' when w[n - 2] == 'e':
                if (w[n - 3] == 'e')
                {
                    return n - 3 >= p1 ? n - 1 : n;
                }

                suffix = 2;
                break;
            case 'g' when w[n - 2] == 'n' && w[n - 3] == 'i':
                suffix = 3;
                break;
            case 'y' when w[n - 2] == 'l':
                if (EndsWith(w, n, "eedly"))
                {
                    return n - 5 >= p1 ? n - 3 : n;
                }

                if (EndsWith(w, n, "edly"))
                {
                    suffix = 4;
                }
                else if (EndsWith(w, n, "ingly"))
                {
                    suffix = 5;
                }
                else
                {
                    return n;
                }

                break;
            default:
                return n;
        }

        var stem = n - suffix;
        if (firstVowel >= stem)
        {
            return n;
        }

        n = stem;
        if (n >= 2)
        {
            var a = w[n - 2];
            var b = w[n - 1];
            if ((a == 'a' && b == 't') || (a == 'b' && b == 'l') || (a == 'i' && b == 'z'))
            {
                w[n] = 'e';
                return n + 1;
            }

            if (a == b && IsDoubleLetter(b))
            {
                // Undouble (hopp → hop), except after exactly a, e or o (add, egg, off stay).
                return n == 3 && w[0] is 'a' or 'e' or 'o' ? n : n - 1;
            }
        }

        if (n == p1 && EndsWithShortSyllable(w, n))
        {
            w[n] = 'e';
            return n + 1;
        }

        return n;
    }

    /// <summary>Step 1c: a final y or Y after a non-vowel that is not the first letter becomes i.</summary>
    private static void Step1c(Span<char> w, int n)
    {
        if (n >= 3 && w[n - 1] is 'y' or 'Y' && !IsVowel(w[n - 2]))
        {
            w[n - 1] = 'i';
        }
    }

    /// <summary>Replaces <c>w[start..n]</c> with <paramref name="replacement"/> and returns the new length.</summary>
    private static int Replace(Span<char> w, int start, ReadOnlySpan<char> replacement)
    {
        replacement.CopyTo(w[start..]);
        return start + replacement.Length;
    }

    /// <summary>Step 2: the longest suffix of the list, if in R1.</summary>
    private static int Step2(Span<char> w, int n, int p1)
    {
        // Every suffix is at least two letters long and must lie in R1.
        if (n < 3 || n - 2 < p1)
        {
            return n;
        }

        // Each branch finds the longest suffix ending with the last two letters; found or not, the step ends there.
        switch (w[n - 1])
        {
            case 'l':
                if (EndsWith(w, n, "ational"))
                {
                    return n - 7 >= p1 ? Replace(w, n - 7, "ate") : n;
                }

                if (EndsWith(w, n, "tional"))
                {
                    return n - 6 >= p1 ? n - 2 : n;
                }

                return n;

            case 'n':
                if (EndsWith(w, n, "ization"))
                {
                    return n - 7 >= p1 ? Replace(w, n - 7, "ize") : n;
                }

                if (EndsWith(w, n, "ation"))
                {
                    return n - 5 >= p1 ? Replace(w, n - 5, "ate") : n;
                }

                return n;

            case 'r':
                if (EndsWith(w, n, "izer"))
                {
                    return n - 4 >= p1 ? n - 1 : n;
                }

                if (EndsWith(w, n, "ator"))
                {
                    return n - 4 >= p1 ? Replace(w, n - 4, "ate") : n;
                }

                return n;

            case 'm':
                return EndsWith(w, n, "alism") && n - 5 >= p1 ? n - 3 : n;

            case 's':
                if (EndsWith(w, n, "fulness") || EndsWith(w, n, "ousness") || EndsWith(w, n, "iveness"))
                {
                    return n - 7 >= p1 ? n - 4 : n;
                }

                return n;

            case 'i':
                return Step2EndingI(w, n, p1);

            default:
                return n;
        }
    }

    private static int Step2EndingI(Span<char> w, int n, int p1)
    {
        switch (w[n - 2])
        {
            case 'c':
                // enci → ence, anci → ance
                if ((w[n - 3] == 'n') && n >= 4 && w[n - 4] is 'e' or 'a')
                {
                    if (n - 4 >= p1)
                    {
                        w[n - 1] = 'e';
                    }
                }

                return n;

            case 't':
                if (EndsWith(w, n, "biliti"))
                {
                    return n - 6 >= p1 ? Replace(w, n - 6, "ble") : n;
                }

                if (EndsWith(w, n, "aliti"))
                {
                    return n - 5 >= p1 ? n - 3 : n;
                }

                if (EndsWith(w, n, "iviti"))
                {
                    return n - 5 >= p1 ? Replace(w, n - 5, "ive") : n;
                }

                return n;

            case 'g':
                // ogi → og when preceded by l
                if (EndsWith(w, n, "ogi") && n - 3 >= p1 && n >= 4 && w[n - 4] == 'l')
                {
                    return n - 1;
                }

                return n;

            case 'l':
                return Step2EndingLi(w, n, p1);

            default:
                return n;
        }
    }

    private static int Step2EndingLi(Span<char> w, int n, int p1)
    {
        if (EndsWith(w, n, "lessli"))
        {
            return n - 6 >= p1 ? n - 2 : n;
        }

        if (EndsWith(w, n, "entli") || EndsWith(w, n, "ousli") || EndsWith(w, n, "fulli"))
        {
            return n - 5 >= p1 ? n - 2 : n;
        }

        if (EndsWith(w, n, "abli"))
        {
            if (n - 4 >= p1)
            {
                w[n - 1] = 'e';
            }

            return n;
        }

        if (EndsWith(w, n, "alli"))
        {
            return n - 4 >= p1 ? n - 2 : n;
        }

        if (EndsWith(w, n, "bli"))
        {
            if (n - 3 >= p1)
            {
                w[n - 1] = 'e';
            }

            return n;
        }

        // li: delete if preceded by a valid li-ending
        if (n - 2 >= p1 && n >= 3 && IsValidLiEnding(w[n - 3]))
        {
            return n - 2;
        }

        return n;
    }

    /// <summary>Step 3: the longest suffix of the list, if in R1 (ative: in R2).</summary>
    private static int Step3(Span<char> w, int n, int p1, int p2)
    {
        // Every suffix is at least three letters long and must lie in R1.
        if (n < 3 || n - 3 < p1)
        {
            return n;
        }

        switch (w[n - 1])
        {
            case 'l':
                if (EndsWith(w, n, "ational"))
                {
                    return n - 7 >= p1 ? Replace(w, n - 7, "ate") : n;
                }

                if (EndsWith(w, n, "tional"))
                {
                    return n - 6 >= p1 ? n - 2 : n;
                }

                if (EndsWith(w, n, "ical"))
                {
                    return n - 4 >= p1 ? n - 2 : n;
                }

                if (EndsWith(w, n, "ful"))
                {
                    return n - 3 >= p1 ? n - 3 : n;
                }

                return n;

            case 'e':
                if (EndsWith(w, n, "alize"))
                {
                    return n - 5 >= p1 ? n - 3 : n;
                }

                if (EndsWith(w, n, "icate"))
                {
                    return n - 5 >= p1 ? n - 3 : n;
                }

                if (EndsWith(w, n, "ative"))
                {
                    return n - 5 >= p1 && n - 5 >= p2 ? n - 5 : n;
                }

                return n;

            case 'i':
                return EndsWith(w, n, "iciti") && n - 5 >= p1 ? n - 3 : n;

            case 's':
                return EndsWith(w, n, "ness") && n - 4 >= p1 ? n - 4 : n;

            default:
                return n;
        }
    }

    /// <summary>Step 4: the longest suffix of the list deleted if in R2 (ion: only after s or t).</summary>
    private static int Step4(Span<char> w, int n, int p2)
    {
        // Every suffix is at least two letters long and must lie in R2.
        if (n < 3 || n - 2 < p2)
        {
            return n;
        }

        var length = Step4SuffixLength(w, n);
        if (length == 0 || n - length < p2)
        {
            return n;
        }

        if (length == 3 && w[n - 1] == 'n')
        {
            // ion
            return n >= 4 && w[n - 4] is 's' or 't' ? n - 3 : n;
        }

        return n - length;
    }

    /// <summary>The length of the longest step 4 suffix that <c>w[..n]</c> ends with, or 0.</summary>
    private static int Step4SuffixLength(Span<char> w, int n)
    {
        switch (w[n - 1])
        {
            case 'l':
                return w[n - 2] == 'a' ? 2 : 0;
            case 'r':
                return w[n - 2] == 'e' ? 2 : 0;
            case 'c':
                return w[n - 2] == 'i' ? 2 : 0;
            case 'e':
                return w[n - 2] switch
                {
                    'c' => EndsWith(w, n, "ance") || EndsWith(w, n, "ence") ? 4 : 0,
                    'l' => EndsWith(w, n, "able") || EndsWith(w, n, "ible") ? 4 : 0,
                    't' => w[n - 3] == 'a' ? 3 : 0,
                    'v' => w[n - 3] == 'i' ? 3 : 0,
                    'z' => w[n - 3] == 'i' ? 3 : 0,
                    _ => 0,
                };
            case 't':
                if (w[n - 2] != 'n')
                {
                    return 0;
                }

                if (EndsWith(w, n, "ement"))
                {
                    return 5;
                }

                if (EndsWith(w, n, "ment"))
                {
                    return 4;
                }

                return w[n - 3] is 'e' or 'a' ? 3 : 0;
            case 'm':
                return EndsWith(w, n, "ism") ? 3 : 0;
            case 'i':
                return EndsWith(w, n, "iti") ? 3 : 0;
            case 's':
                return EndsWith(w, n, "ous") ? 3 : 0;
            case 'n':
                return EndsWith(w, n, "ion") ? 3 : 0;
            default:
                return 0;
        }
    }

    /// <summary>Step 5: e deleted in R2, or in R1 when not after a short syllable; l deleted in R2 after l.</summary>
    private static int Step5(Span<char> w, int n, int p1, int p2)
    {
        if (n == 0)
        {
            return n;
        }

        var at = n - 1;
        switch (w[at])
        {
            case 'e':
                return at >= p2 || (at >= p1 && !EndsWithShortSyllable(w, at)) ? at : n;
            case 'l':
                return at >= p2 && at >= 1 && w[at - 1] == 'l' ? at : n;
            default:
                return n;
        }
    }
}
