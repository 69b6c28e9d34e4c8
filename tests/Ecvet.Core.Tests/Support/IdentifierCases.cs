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
        new string('a', 256),
    ];

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
