using System.Globalization;
using System.Text;

namespace Ecvet.Matching.Internal;

/// <summary>
/// Case and diacritic folding of single characters: lower-case invariant, then the base letter of a precomposed letter
/// with diacritics (é → e, Ł → l, ά → α). Combining marks themselves are dropped by the tokeniser, so decomposed and
/// precomposed input fold alike. The table covers U+0000–U+24FF and is computed once.
/// </summary>
internal static class CharFolding
{
    private const int TableSize = 0x2500;

    private static readonly char[] Table = BuildTable();

    public static char Fold(char c) => c < TableSize ? Table[c] : char.ToLowerInvariant(c);

    public static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        Span<char> one = stackalloc char[1];
        for (var i = 0; i < TableSize; i++)
        {
            var c = char.ToLowerInvariant((char)i);
            table[i] = c;
            if (i < 0x80 || char.IsSurrogate(c) || !char.IsLetter(c))
            {
                continue;
            }

            one[0] = c;
            var decomposed = new string(one).Normalize(NormalizationForm.FormD);
            if (decomposed.Length > 1 && char.IsLetter(decomposed[0]) && IsAllMarks(decomposed.AsSpan(1)))
            {
                table[i] = char.ToLowerInvariant(decomposed[0]);
            }
        }

        // Letters with a stroke or bar have no canonical decomposition.
        Set(table, "øØ", 'o');
        Set(table, "łŁ", 'l');
        Set(table, "đĐ", 'd');
        Set(table, "ħĦ", 'h');
        Set(table, "ıİ", 'i');
        Set(table, "ŧŦ", 't');
        Set(table, "ƀ", 'b');
        return table;
    }

    private static bool IsAllMarks(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsMark(CharUnicodeInfo.GetUnicodeCategory(c)))
            {
                return false;
            }
        }

        return true;
    }

    private static void Set(char[] table, string from, char to)
    {
        foreach (var c in from)
        {
            table[c] = to;
        }
    }
}
