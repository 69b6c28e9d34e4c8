using System.Text.Json.Serialization;
using Ecvet.Cli.Documents;

namespace Ecvet.Cli.Output;

/// <summary>Source-generated JSON for the tool's output (no reflection).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(MatchReport))]
[JsonSerializable(typeof(TagReport))]
[JsonSerializable(typeof(ValidationReport))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
