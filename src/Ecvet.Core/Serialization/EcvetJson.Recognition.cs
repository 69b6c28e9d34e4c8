using System.Text.Json.Serialization.Metadata;
using Ecvet.Recognition;
using Ecvet.Serialization.Internal;
using Ecvet.Serialization.Internal.Wire;

namespace Ecvet.Serialization;

/// <summary>The recognition documents: rule sets and match confirmation sets.</summary>
public static partial class EcvetJson
{
    internal static DocumentFormat<RuleSetDocumentWire, RuleSet> RuleSetFormat { get; } =
        new(EcvetJsonContext.Default.RuleSetDocumentWire, RuleSetWireMapper.Map, RuleSetWireMapper.Parts);

    /// <summary>
    /// The contract of the rule set document, to use with <see cref="System.Text.Json.JsonSerializer"/>. It reads strictly and
    /// throws <see cref="System.Text.Json.JsonException"/> with the first problem; prefer
    /// <see cref="ParseRuleSet(string, EcvetJsonReaderOptions?)"/>, which returns every problem.
    /// </summary>
    public static JsonTypeInfo<RuleSet> RuleSet { get; } = JsonMetadataServices.CreateValueInfo<RuleSet>(Options,
        new DocumentConverter<RuleSetDocumentWire, RuleSet>(EcvetJsonContext.Default.RuleSetDocumentWire, RuleSetWireMapper.Map, RuleSetWireMapper.ToWire));

    /// <summary>Reads a recognition rule set from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <returns>The rule set, or every problem found with its JSON path and code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    public static JsonReadResult<RuleSet> ParseRuleSet(string json, EcvetJsonReaderOptions? options = null) =>
        RuleSetFormat.Read(json, options);

    /// <summary>Reads a recognition rule set from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <returns>The rule set, or every problem found with its JSON path and code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    public static JsonReadResult<RuleSet> ParseRuleSet(ReadOnlySpan<byte> utf8Json, EcvetJsonReaderOptions? options = null) =>
        RuleSetFormat.Read(utf8Json, options);

    /// <summary>Writes a rule set as JSON text in canonical form.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="indented">Whether to indent (two spaces, <c>\n</c> line ends).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public static string Serialize(RuleSet ruleSet, bool indented = false) =>
        System.Text.Encoding.UTF8.GetString(SerializeToUtf8Bytes(ruleSet, indented));

    /// <summary>Writes a rule set as UTF-8 JSON in canonical form.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="indented">Whether to indent (two spaces, <c>\n</c> line ends).</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(RuleSet ruleSet, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return WriteCanonical(RuleSetWireMapper.ToWire(ruleSet), EcvetJsonContext.Default.RuleSetDocumentWire, indented);
    }

    /// <summary>The JSON Schema (draft 2020-12) of the rule set document.</summary>
    /// <returns>The schema as indented JSON text.</returns>
    public static string GetRuleSetSchema() =>
        SchemaGenerator.Generate(EcvetJsonContext.Default.RuleSetDocumentWire, "https://ecvet-core.github.io/schemas/rule-set.schema.json", "ECVET recognition rule set");

    internal static DocumentFormat<MatchConfirmationSetDocumentWire, MatchConfirmationSet> MatchConfirmationSetFormat { get; } =
        new(EcvetJsonContext.Default.MatchConfirmationSetDocumentWire, MatchConfirmationSetWireMapper.Map, MatchConfirmationSetWireMapper.Parts);

    /// <summary>
    /// The contract of the match confirmation set document, to use with <see cref="System.Text.Json.JsonSerializer"/>. It
    /// reads strictly and throws <see cref="System.Text.Json.JsonException"/> with the first problem; prefer
    /// <see cref="ParseMatchConfirmationSet(string, EcvetJsonReaderOptions?)"/>, which returns every problem.
    /// </summary>
    public static JsonTypeInfo<MatchConfirmationSet> MatchConfirmationSet { get; } = JsonMetadataServices.CreateValueInfo<MatchConfirmationSet>(Options,
        new DocumentConverter<MatchConfirmationSetDocumentWire, MatchConfirmationSet>(EcvetJsonContext.Default.MatchConfirmationSetDocumentWire,
            MatchConfirmationSetWireMapper.Map, MatchConfirmationSetWireMapper.ToWire));

    /// <summary>Reads a set of match confirmations (people's verdicts on review-band matches) from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <returns>The set, or every problem found with its JSON path and code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    public static JsonReadResult<MatchConfirmationSet> ParseMatchConfirmationSet(string json, EcvetJsonReaderOptions? options = null) =>
        MatchConfirmationSetFormat.Read(json, options);

    /// <summary>Reads a set of match confirmations from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <returns>The set, or every problem found with its JSON path and code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    public static JsonReadResult<MatchConfirmationSet> ParseMatchConfirmationSet(ReadOnlySpan<byte> utf8Json, EcvetJsonReaderOptions? options = null) =>
        MatchConfirmationSetFormat.Read(utf8Json, options);

    /// <summary>Writes a set of match confirmations as JSON text in canonical form.</summary>
    /// <param name="confirmations">The set.</param>
    /// <param name="indented">Whether to indent (two spaces, <c>\n</c> line ends).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="confirmations"/> is null.</exception>
    public static string Serialize(MatchConfirmationSet confirmations, bool indented = false) =>
        System.Text.Encoding.UTF8.GetString(SerializeToUtf8Bytes(confirmations, indented));

    /// <summary>Writes a set of match confirmations as UTF-8 JSON in canonical form.</summary>
    /// <param name="confirmations">The set.</param>
    /// <param name="indented">Whether to indent (two spaces, <c>\n</c> line ends).</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="confirmations"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(MatchConfirmationSet confirmations, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(confirmations);
        return WriteCanonical(MatchConfirmationSetWireMapper.ToWire(confirmations), EcvetJsonContext.Default.MatchConfirmationSetDocumentWire, indented);
    }

    /// <summary>The JSON Schema (draft 2020-12) of the match confirmation set document.</summary>
    /// <returns>The schema as indented JSON text.</returns>
    public static string GetMatchConfirmationSetSchema() =>
        SchemaGenerator.Generate(EcvetJsonContext.Default.MatchConfirmationSetDocumentWire, "https://ecvet-core.github.io/schemas/match-confirmations.schema.json", "ECVET match confirmations");
}
