namespace Ecvet.Cli.Output;

/// <summary>The output formats: <c>ecvet match</c> writes all three, <c>ecvet validate</c> text and JSON.</summary>
internal static class OutputFormat
{
    public const string Text = "text";
    public const string Tsv = "tsv";
    public const string Json = "json";

    public static IReadOnlyList<string> All { get; } = [Text, Tsv, Json];
}
