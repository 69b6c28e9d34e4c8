using System.Text.Json.Serialization.Metadata;
using Ecvet.Recognition;
using Ecvet.Serialization.Internal;
using Ecvet.Serialization.Internal.Wire;

namespace Ecvet.Serialization;

/// <summary>The recognition documents: the credit ledger.</summary>
public static partial class EcvetJson
{
    internal static DocumentFormat<CreditLedgerDocumentWire, CreditLedger> CreditLedgerFormat { get; } =
        new(EcvetJsonContext.Default.CreditLedgerDocumentWire, CreditLedgerWireMapper.Map, CreditLedgerWireMapper.Parts);

    /// <summary>
    /// The contract of the credit ledger document, to use with <see cref="System.Text.Json.JsonSerializer"/>. It
    /// reads strictly and throws <see cref="System.Text.Json.JsonException"/> with the first problem; prefer
    /// <see cref="ParseCreditLedger(string, EcvetJsonReaderOptions?)"/>, which returns every problem.
    /// </summary>
    public static JsonTypeInfo<CreditLedger> CreditLedger { get; } = JsonMetadataServices.CreateValueInfo<CreditLedger>(Options,
        new DocumentConverter<CreditLedgerDocumentWire, CreditLedger>(EcvetJsonContext.Default.CreditLedgerDocumentWire,
            CreditLedgerWireMapper.Map, CreditLedgerWireMapper.ToWire));

    /// <summary>Reads a credit ledger from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <returns>The ledger, or every problem found with its JSON path and code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    public static JsonReadResult<CreditLedger> ParseCreditLedger(string json, EcvetJsonReaderOptions? options = null) =>
        CreditLedgerFormat.Read(json, options);

    /// <summary>Reads a credit ledger from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <returns>The ledger, or every problem found with its JSON path and code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    public static JsonReadResult<CreditLedger> ParseCreditLedger(ReadOnlySpan<byte> utf8Json, EcvetJsonReaderOptions? options = null) =>
        CreditLedgerFormat.Read(utf8Json, options);

    /// <summary>Writes a credit ledger as JSON text in canonical form.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="indented">Whether to indent (two spaces, <c>\n</c> line ends).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public static string Serialize(CreditLedger ledger, bool indented = false) =>
        System.Text.Encoding.UTF8.GetString(SerializeToUtf8Bytes(ledger, indented));

    /// <summary>Writes a credit ledger as UTF-8 JSON in canonical form.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="indented">Whether to indent (two spaces, <c>\n</c> line ends).</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(CreditLedger ledger, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return WriteCanonical(CreditLedgerWireMapper.ToWire(ledger), EcvetJsonContext.Default.CreditLedgerDocumentWire, indented);
    }

    /// <summary>The JSON Schema (draft 2020-12) of the credit ledger document.</summary>
    /// <returns>The schema as indented JSON text.</returns>
    public static string GetCreditLedgerSchema() =>
        SchemaGenerator.Generate(EcvetJsonContext.Default.CreditLedgerDocumentWire, "https://ecvet-core.github.io/schemas/credit-ledger.schema.json", "ECVET credit ledger");
}
