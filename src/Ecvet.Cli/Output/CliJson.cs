using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecvet.Cli.Output;

/// <summary>The one set of JSON options behind every JSON output of the tool.</summary>
internal static class CliJson
{
    // Outcome texts are in many languages: keep letters such as é readable instead of \u00e9. Control characters are
    // still escaped by this encoder, so nothing in the output can drive a terminal.
    public static CliJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
