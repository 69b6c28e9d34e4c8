namespace Ecvet.Cli.Output;

/// <summary>The output formats of <c>ecvet match</c>.</summary>
internal static class OutputFormat
{
    public const string Text = "text";
    public const string Tsv = "tsv";
    public const string Json = "json";

    public static IReadOnlyList<string> All { get; } = [Text, Tsv, Json];
}
