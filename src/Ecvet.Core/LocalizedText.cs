using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;

namespace Ecvet;

/// <summary>
/// A text in one or more languages, such as the title of a unit or the statement of a learning outcome.
/// </summary>
/// <remarks>
/// <para>
/// There is at least one entry, and at most one per <see cref="LanguageTag"/>. Every text is non-empty, has no white space
/// at either end, is at most <see cref="MaxLength"/> characters long, and contains no control characters other than
/// line feed (<c>\n</c>) and tab; normalise
/// <c>\r\n</c> to <c>\n</c> before creating one. In JSON this is a language map such as
/// <c>{"en": "Cook", "fi": "Kokki"}</c>, as in the European Learning Model.
/// </para>
/// <para>
/// Entries are kept ordered by language tag (ordinal on <see cref="LanguageTag.Value"/>), whatever the order they were
/// given in, so <see cref="Entries"/>, <see cref="Languages"/> and <see cref="ToString"/> are deterministic. Two texts are equal
/// when they hold the same languages with ordinally equal texts; insertion order does not matter.
/// This type is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    /// <summary>The longest text in one language, in UTF-16 code units: 10,000 (a long statement is a few hundred).</summary>
    public const int MaxLength = 10_000;

    private readonly ImmutableArray<KeyValuePair<LanguageTag, string>> entries;
    private ImmutableArray<LanguageTag> languages;

    private LocalizedText(ImmutableArray<KeyValuePair<LanguageTag, string>> sortedEntries)
    {
        entries = sortedEntries;
    }

    /// <summary>
    /// Wraps entries in ordinal order of their tags when they are what <see cref="Create(IEnumerable{KeyValuePair{LanguageTag, string}})"/>
    /// accepts (at least one, each tag once, each text accepted by <see cref="IsValidText"/>); null otherwise. For
    /// readers that sort while they read and leave a text the rules refuse to a reader that reports why.
    /// </summary>
    internal static LocalizedText? TryFromSorted(ImmutableArray<KeyValuePair<LanguageTag, string>> sortedEntries)
    {
        if (sortedEntries.IsDefaultOrEmpty)
        {
            return null;
        }

        for (var i = 0; i < sortedEntries.Length; i++)
        {
            if (!IsValidText(sortedEntries[i].Value)
                || (i > 0 && string.CompareOrdinal(sortedEntries[i - 1].Key.Value, sortedEntries[i].Key.Value) >= 0))
            {
                return null;
            }
        }

        return new(sortedEntries);
    }

    /// <summary>Whether <paramref name="text"/> is valid as the text of one language (the rule <see cref="CheckText"/> enforces).</summary>
    internal static bool IsValidText(string text) => text.Length <= MaxLength && Preconditions.IsText(text);

    /// <summary>Checks the text of one language: text (<see cref="Preconditions.CheckText"/>) of at most <see cref="MaxLength"/> characters.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not valid.</exception>
    internal static string CheckText(string? text, string paramName)
    {
        ArgumentNullException.ThrowIfNull(text, paramName);
        if (text.Length > MaxLength)
        {
            throw new ArgumentException($"A text has at most {MaxLength} characters; this one has {text.Length}.", paramName);
        }

        return Preconditions.CheckText(text, paramName);
    }

    /// <summary>The language–text pairs, ordered by language tag.</summary>
    public ImmutableArray<KeyValuePair<LanguageTag, string>> Entries => entries;

    /// <summary>The languages present, ordered by tag.</summary>
    public ImmutableArray<LanguageTag> Languages
    {
        get
        {
            // Built on first use (most texts are only read): a race builds equal arrays, and either may be kept.
            if (languages.IsDefault)
            {
                var tags = new LanguageTag[entries.Length];
                for (var i = 0; i < tags.Length; i++)
                {
                    tags[i] = entries[i].Key;
                }

                languages = ImmutableCollectionsMarshal.AsImmutableArray(tags);
            }

            return languages;
        }
    }

    /// <summary>The number of languages, at least one.</summary>
    public int Count => entries.Length;

    /// <summary>Creates a text in one language.</summary>
    /// <param name="language">The language of <paramref name="text"/>.</param>
    /// <param name="text">The text.</param>
    /// <returns>The localized text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty, longer than <see cref="MaxLength"/>, has white space at an end or contains control characters.</exception>
    public static LocalizedText Create(LanguageTag language, string text)
    {
        ArgumentNullException.ThrowIfNull(language);
        CheckText(text, nameof(text));
        return new([new(language, text)]);
    }

    /// <summary>Creates a text in English.</summary>
    /// <param name="text">The English text.</param>
    /// <returns>The localized text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty, longer than <see cref="MaxLength"/>, has white space at an end or contains control characters.</exception>
    public static LocalizedText English(string text) => Create(LanguageTag.English, text);

    /// <summary>Creates a text from language–text pairs, in any order.</summary>
    /// <param name="entries">The pairs; at least one, each language once.</param>
    /// <returns>The localized text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="entries"/> is empty, holds a null language, a language twice, or an invalid text.
    /// </exception>
    public static LocalizedText Create(IEnumerable<KeyValuePair<LanguageTag, string>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = new List<KeyValuePair<LanguageTag, string>>();
        foreach (var entry in entries)
        {
            if (entry.Key is null)
            {
                throw new ArgumentException("A language must not be null.", nameof(entries));
            }

            CheckText(entry.Value, nameof(entries));
            list.Add(entry);
        }

        if (list.Count == 0)
        {
            throw new ArgumentException("At least one language is required.", nameof(entries));
        }

        list.Sort(static (a, b) => string.CompareOrdinal(a.Key.Value, b.Key.Value));
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i].Key == list[i - 1].Key)
            {
                throw new ArgumentException($"The language '{list[i].Key}' appears more than once.", nameof(entries));
            }
        }

        return new([.. list]);
    }

    /// <summary>Returns the text in the given language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">There is no text in <paramref name="language"/>.</exception>
    public string Get(LanguageTag language) =>
        TryGet(language, out var text)
            ? text
            : throw new KeyNotFoundException($"There is no text in '{language}'; the languages are {string.Join(", ", Languages)}.");

    /// <summary>Tries to return the text in exactly the given language.</summary>
    /// <param name="language">The language.</param>
    /// <param name="text">The text, when present.</param>
    /// <returns><see langword="true"/> when there is a text in <paramref name="language"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    public bool TryGet(LanguageTag language, [NotNullWhen(true)] out string? text)
    {
        ArgumentNullException.ThrowIfNull(language);
        var index = IndexOf(language.Value);
        text = index >= 0 ? entries[index].Value : null;
        return index >= 0;
    }

    /// <summary>Whether there is a text in exactly the given language.</summary>
    /// <param name="language">The language.</param>
    /// <returns><see langword="true"/> when present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    public bool Contains(LanguageTag language) => TryGet(language, out _);

    /// <summary>
    /// Returns the text that best suits a reader: never fails, since there is always at least one language.
    /// </summary>
    /// <remarks>
    /// The languages are tried in order: <paramref name="preferred"/>, then each of <paramref name="fallbacks"/>.
    /// First, for each of them, the exact tag and then its shorter forms (RFC 4647 lookup: <c>pt-BR</c>, then <c>pt</c>).
    /// Then, for each of them, any text with the same primary language (<c>pt</c> finds <c>pt-PT</c>), the first by tag
    /// order. Last, the first text by tag order.
    /// </remarks>
    /// <param name="preferred">The reader's preferred language.</param>
    /// <param name="fallbacks">Further acceptable languages, best first.</param>
    /// <returns>The best text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="preferred"/> or one of <paramref name="fallbacks"/> is null.</exception>
    public string GetBestMatch(LanguageTag preferred, params ReadOnlySpan<LanguageTag> fallbacks)
    {
        ArgumentNullException.ThrowIfNull(preferred);
        foreach (var fallback in fallbacks)
        {
            ArgumentNullException.ThrowIfNull(fallback, nameof(fallbacks));
        }

        if (FindByLookup(preferred) is { } found)
        {
            return found;
        }

        foreach (var fallback in fallbacks)
        {
            if (FindByLookup(fallback) is { } text)
            {
                return text;
            }
        }

        if (FindByLanguage(preferred.Language) is { } sameLanguage)
        {
            return sameLanguage;
        }

        foreach (var fallback in fallbacks)
        {
            if (FindByLanguage(fallback.Language) is { } text)
            {
                return text;
            }
        }

        return entries[0].Value;
    }

    /// <summary>Returns a copy with the text in <paramref name="language"/> added or replaced.</summary>
    /// <param name="language">The language.</param>
    /// <param name="text">The text.</param>
    /// <returns>The new localized text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty, longer than <see cref="MaxLength"/>, has white space at an end or contains control characters.</exception>
    public LocalizedText With(LanguageTag language, string text)
    {
        ArgumentNullException.ThrowIfNull(language);
        CheckText(text, nameof(text));
        var index = IndexOf(language.Value);
        if (index >= 0)
        {
            return new(entries.SetItem(index, new(language, text)));
        }

        return new(entries.Insert(~index, new(language, text)));
    }

    /// <summary>Whether both hold the same languages with ordinally equal texts. See the type documentation.</summary>
    /// <param name="other">The text to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(LocalizedText? other)
    {
        if (other is null || other.entries.Length != entries.Length)
        {
            return false;
        }

        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i].Key != other.entries[i].Key || !string.Equals(entries[i].Value, other.entries[i].Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LocalizedText other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var entry in entries)
        {
            hash.Add(entry.Key);
            hash.Add(entry.Value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>
    /// The texts, ordered by language, as <c>[en] Cook | [fi] Kokki</c>; a single text is shown with its tag too.
    /// </summary>
    /// <returns>A display string; it does not round-trip.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var entry in entries)
        {
            if (builder.Length > 0)
            {
                builder.Append(" | ");
            }

            builder.Append('[').Append(entry.Key.Value).Append("] ").Append(entry.Value);
        }

        return builder.ToString();
    }

    /// <summary>Whether two texts are equal. See the type documentation.</summary>
    public static bool operator ==(LocalizedText? left, LocalizedText? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two texts differ. See the type documentation.</summary>
    public static bool operator !=(LocalizedText? left, LocalizedText? right) => !(left == right);

    private int IndexOf(string tag)
    {
        int low = 0, high = entries.Length - 1;
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            var comparison = string.CompareOrdinal(entries[mid].Key.Value, tag);
            if (comparison == 0)
            {
                return mid;
            }

            if (comparison < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return ~low;
    }

    private string? FindByLookup(LanguageTag language)
    {
        foreach (var candidate in language.Truncations())
        {
            var index = IndexOf(candidate);
            if (index >= 0)
            {
                return entries[index].Value;
            }
        }

        return null;
    }

    private string? FindByLanguage(string primaryLanguage)
    {
        foreach (var entry in entries)
        {
            if (string.Equals(entry.Key.Language, primaryLanguage, StringComparison.Ordinal))
            {
                return entry.Value;
            }
        }

        return null;
    }
}
