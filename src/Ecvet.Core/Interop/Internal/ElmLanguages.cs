using System.Collections.Frozen;

namespace Ecvet.Interop.Internal;

/// <summary>
/// Languages as concepts of the EU Publications Office language authority table, which Europass credentials use: its
/// URIs end in the ISO 639-2 (terminology) code, such as <c>…/language/FIN</c>.
/// </summary>
/// <remarks>
/// The table holds the 24 official EU languages and the other languages of Erasmus+ programme countries and regions
/// (Icelandic, Norwegian, Turkish, Macedonian, Serbian, Catalan, Basque, Galician, Luxembourgish): the languages a
/// European VET credential is written in. A language outside it is refused where it is given
/// (<see cref="ElmCredentialOptions.Language"/>), rather than written under a guessed code.
/// </remarks>
internal static class ElmLanguages
{
    internal const string Scheme = "http://publications.europa.eu/resource/authority/language";

    private static readonly FrozenDictionary<string, (string Code, string Name)> ByLanguage = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["bg"] = ("BUL", "Bulgarian"), ["cs"] = ("CES", "Czech"), ["da"] = ("DAN", "Danish"), ["de"] = ("DEU", "German"),
        ["el"] = ("ELL", "Greek"), ["en"] = ("ENG", "English"), ["es"] = ("SPA", "Spanish"), ["et"] = ("EST", "Estonian"),
        ["fi"] = ("FIN", "Finnish"), ["fr"] = ("FRA", "French"), ["ga"] = ("GLE", "Irish"), ["hr"] = ("HRV", "Croatian"),
        ["hu"] = ("HUN", "Hungarian"), ["it"] = ("ITA", "Italian"), ["lt"] = ("LIT", "Lithuanian"), ["lv"] = ("LAV", "Latvian"),
        ["mt"] = ("MLT", "Maltese"), ["nl"] = ("NLD", "Dutch"), ["pl"] = ("POL", "Polish"), ["pt"] = ("POR", "Portuguese"),
        ["ro"] = ("RON", "Romanian"), ["sk"] = ("SLK", "Slovak"), ["sl"] = ("SLV", "Slovenian"), ["sv"] = ("SWE", "Swedish"),
        ["is"] = ("ISL", "Icelandic"), ["no"] = ("NOR", "Norwegian"), ["tr"] = ("TUR", "Turkish"), ["mk"] = ("MKD", "Macedonian"),
        ["sr"] = ("SRP", "Serbian"), ["ca"] = ("CAT", "Catalan"), ["eu"] = ("EUS", "Basque"), ["gl"] = ("GLG", "Galician"),
        ["lb"] = ("LTZ", "Luxembourgish"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    internal static bool IsKnown(LanguageTag language) => ByLanguage.ContainsKey(language.Language);

    /// <summary>The concept's URI and English label; the language must be known (<see cref="IsKnown"/>).</summary>
    internal static (string Uri, string Name) Concept(LanguageTag language)
    {
        var (code, name) = ByLanguage[language.Language];
        return ($"{Scheme}/{code}", name);
    }
}
