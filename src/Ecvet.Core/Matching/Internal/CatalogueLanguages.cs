namespace Ecvet.Matching.Internal;

/// <summary>
/// The languages of a catalogue's entries and of its analyser, compared by primary language subtag (<c>de-AT</c> reads
/// as <c>de</c>): which entries a query can be compared with by text.
/// </summary>
internal sealed class CatalogueLanguages
{
    private readonly string[] _languages;
    private readonly bool[] _hasEntries;
    private readonly int[] _entryLanguage;

    public CatalogueLanguages(CatalogueEntry[] entries, LanguageTag analyserLanguage)
    {
        var languages = new List<string>();
        _entryLanguage = new int[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            _entryLanguage[i] = Intern(languages, entries[i].LanguageTag.Language);
        }

        Analyser = QueryLanguage.Of(Intern(languages, analyserLanguage.Language));
        _languages = [.. languages];
        Single = _entryLanguage.All(l => l == _entryLanguage[0]);
        _hasEntries = new bool[_languages.Length];
        foreach (var l in _entryLanguage)
        {
            _hasEntries[l] = true;
        }
    }

    /// <summary>The analyser's language (its stemmer and stop words apply to text in it).</summary>
    public QueryLanguage Analyser { get; }

    /// <summary>Whether every entry is written in one language (then no query needs filtering by language).</summary>
    public bool Single { get; }

    /// <summary>Whether text in this language is analysed with the stemmer: the analyser's language, or unknown.</summary>
    public bool Stems(QueryLanguage language) => !language.IsKnown || language == Analyser;

    /// <summary>Whether a query in this language is compared with only the entries written in it.</summary>
    public bool Filters(QueryLanguage language) => language.IsKnown && !Single;

    /// <summary>Whether an entry is written in this language (true for every entry when it is unknown).</summary>
    public bool Comparable(QueryLanguage language, int entry) => !language.IsKnown
        ? !language.IsForeign
        : _entryLanguage[entry] == language.Id;

    /// <summary>Whether the entry is written in the (known) language.</summary>
    public bool IsIn(int entry, QueryLanguage language) => _entryLanguage[entry] == language.Id;

    /// <summary>The language of a query text, guessed from its function words.</summary>
    public QueryLanguage OfText(ReadOnlySpan<char> text)
    {
        var guess = LanguageGuesser.Guess(text);
        return guess is null ? QueryLanguage.Unknown : Find(guess);
    }

    /// <summary>The declared language of a query outcome.</summary>
    public QueryLanguage Of(CatalogueEntry query) => Find(query.LanguageTag.Language);

    /// <summary>A primary language subtag such as <c>de</c>: known when some entries are written in it.</summary>
    public QueryLanguage Find(string language)
    {
        for (var i = 0; i < _languages.Length; i++)
        {
            if (string.Equals(_languages[i], language, StringComparison.Ordinal))
            {
                return _hasEntries[i] ? QueryLanguage.Of(i) : QueryLanguage.Foreign;
            }
        }

        return QueryLanguage.Foreign;
    }

    private static int Intern(List<string> languages, string language)
    {
        var i = languages.IndexOf(language);
        if (i >= 0)
        {
            return i;
        }

        languages.Add(language);
        return languages.Count - 1;
    }
}
