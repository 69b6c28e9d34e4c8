namespace Ecvet.Matching.Internal;

/// <summary>The language of a query as the index sees it: unknown (compared with every entry), foreign (written in a
/// language no entry is written in: not comparable by text) or the language of some entries.</summary>
internal readonly record struct QueryLanguage
{
    private const int UnknownId = -1;
    private const int ForeignId = -2;

    private readonly int _id;

    private QueryLanguage(int id) => _id = id;

    /// <summary>The query's language is not known (a text too short to guess): it is compared with every entry.</summary>
    public static QueryLanguage Unknown => new(UnknownId);

    /// <summary>The query is written in a language no entry is written in.</summary>
    public static QueryLanguage Foreign => new(ForeignId);

    /// <summary>Whether the language is known and some entries are written in it.</summary>
    public bool IsKnown => _id >= 0;

    /// <summary>Whether no entry is written in the query's language.</summary>
    public bool IsForeign => _id == ForeignId;

    /// <summary>The index of the language in <see cref="CatalogueLanguages"/>; valid when <see cref="IsKnown"/>.</summary>
    public int Id => _id;

    /// <summary>The language with the given index in <see cref="CatalogueLanguages"/>.</summary>
    public static QueryLanguage Of(int id) => new(id);
}
