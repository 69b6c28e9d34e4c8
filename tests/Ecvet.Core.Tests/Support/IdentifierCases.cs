namespace Ecvet.Tests.Support;

/// <summary>Texts every strongly-typed identifier accepts or rejects.</summary>
public static class IdentifierCases
{
    public static TheoryData<string> Valid() =>
    [
        "x",
        "cook-u3",
        "Cook U3",
        "http://data.europa.eu/snb/qualification/abc",
        "ÄÖ-ü/1",
        "chef 🍳",
        new string('a', 256),
    ];

    /// <summary>Text with a lone surrogate, which no JSON document can carry (not theory data: xunit would replace the surrogate).</summary>
    public static IReadOnlyList<string> LoneSurrogates { get; } = ["co\uD800ok", "cook\uD83C", "\uDF73cook", "\uDF73\uD83C"];

    public static TheoryData<string> Invalid() =>
    [
        "",
        " ",
        " cook",
        "cook ",
        "cook\t",
        "\u00A0cook",
        "co\u0000ok",
        "co\nok",
        "co\u007Fok",
        "co\u0085ok",
        new string('a', 257),
    ];
}
