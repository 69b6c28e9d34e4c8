using System.Diagnostics.CodeAnalysis;

namespace Ecvet;

/// <summary>Syntax checks shared by the identifier types (no allocation, ordinal, culture-free).</summary>
internal static class IdentifierSyntax
{
    /// <summary>The longest free-text token accepted, in UTF-16 code units.</summary>
    internal const int MaxTokenLength = 256;

    /// <summary>
    /// The text with ASCII capitals lower-cased and everything else as it is: for codes a standard calls
    /// case-insensitive, so that lower-casing never turns an invalid character into a valid one.
    /// </summary>
    internal static string AsciiLower(string text)
    {
        foreach (var c in text)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                return string.Create(text.Length, text, static (span, source) =>
                {
                    for (var i = 0; i < source.Length; i++)
                    {
                        span[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] | 0x20) : source[i];
                    }
                });
            }
        }

        return text;
    }

    /// <summary>
    /// Splits <c>token:value</c> at the first colon and finds the token among <paramref name="tokens"/>, whose
    /// position plus one is the scheme's enum value.
    /// </summary>
    /// <returns><see langword="true"/> when there is a colon and the token is known.</returns>
    internal static bool TrySplitScheme([NotNullWhen(true)] string? text, string[] tokens, out int scheme, [NotNullWhen(true)] out string? value)
    {
        scheme = 0;
        value = null;
        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon < 0)
        {
            return false;
        }

        var token = text.AsSpan(0, colon);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (token.SequenceEqual(tokens[i]))
            {
                scheme = i + 1;
                value = text![(colon + 1)..];
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Non-empty, at most <paramref name="maxLength"/> characters, no white space at either end, no control characters,
    /// no lone surrogate.
    /// </summary>
    internal static bool IsToken(string? value, int maxLength = MaxTokenLength)
    {
        if (string.IsNullOrEmpty(value) || value.Length > maxLength || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return false;
        }

        return !value.AsSpan().ContainsAny(Utility.Preconditions.Controls) && LoneSurrogateAt(value) < 0;
    }

    /// <summary>
    /// The index of the first surrogate that is not half of a pair, or -1. Such text is not Unicode: UTF-8 (and so
    /// every JSON document) cannot carry it, and writers silently replace it with U+FFFD.
    /// </summary>
    internal static int LoneSurrogateAt(ReadOnlySpan<char> value)
    {
        for (var i = value.IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0 && i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A lower-case DNS name of at least two labels, such as <c>uio.no</c>: labels of <c>a-z</c>, <c>0-9</c> and inner
    /// hyphens, 1 to 63 characters each, at most 253 in all, the last label starting with a letter.
    /// </summary>
    internal static bool IsLowercaseDomain(ReadOnlySpan<char> value)
    {
        if (value.Length is 0 or > 253)
        {
            return false;
        }

        var labels = 0;
        var lastLabelStart = 0;
        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            if (i < value.Length && value[i] != '.')
            {
                var c = value[i];
                if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
                {
                    return false;
                }

                continue;
            }

            var label = value[start..i];
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            labels++;
            lastLabelStart = start;
            start = i + 1;
        }

        return labels >= 2 && char.IsAsciiLetterLower(value[lastLabelStart]);
    }

    /// <summary>Whether <paramref name="text"/> is <paramref name="prefix"/> followed by a lower-case UUID (an ESCO concept URI).</summary>
    internal static bool IsPrefixedLowercaseUuid([NotNullWhen(true)] string? text, string prefix) =>
        text is not null
        && text.StartsWith(prefix, StringComparison.Ordinal)
        && IsLowercaseUuid(text.AsSpan(prefix.Length));

    /// <summary>A lower-case RFC 4122 UUID (version 1 to 5, variant 10xx), such as <c>ccd0a1d9-afda-43d9-b901-96344886e14d</c>.</summary>
    internal static bool IsLowercaseUuid(ReadOnlySpan<char> value)
    {
        if (value.Length != 36)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var ok = i is 8 or 13 or 18 or 23 ? c == '-' : char.IsAsciiDigit(c) || c is >= 'a' and <= 'f';
            if (!ok)
            {
                return false;
            }
        }

        return value[14] is >= '1' and <= '5' && value[19] is '8' or '9' or 'a' or 'b';
    }

    /// <summary>Whether every character is an ASCII digit and there is at least one.</summary>
    internal static bool IsDigits(ReadOnlySpan<char> value) => !value.IsEmpty && !value.ContainsAnyExceptInRange('0', '9');
}
