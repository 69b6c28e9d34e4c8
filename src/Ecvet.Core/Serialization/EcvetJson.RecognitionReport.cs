using System.Text.Json.Serialization.Metadata;
using Ecvet.Recognition;
using Ecvet.Serialization.Internal;
using Ecvet.Serialization.Internal.Wire;

namespace Ecvet.Serialization;

/// <summary>The recognition documents: the recognition report.</summary>
public static partial class EcvetJson
{
    internal static DocumentFormat<RecognitionReportDocumentWire, RecognitionReport> RecognitionReportFormat { get; } =
        new(EcvetJsonContext.Default.RecognitionReportDocumentWire, RecognitionReportWireMapper.Map, RecognitionReportWireMapper.Parts);

    /// <summary>
    /// The contract of the recognition report document, to use with <see cref="System.Text.Json.JsonSerializer"/>. It
    /// reads strictly and throws <see cref="System.Text.Json.JsonException"/> with the first problem; prefer
    /// <see cref="ParseRecognitionReport(string, EcvetJsonReaderOptions?)"/>, which returns every problem.
    /// </summary>
    public static JsonTypeInfo<RecognitionReport> RecognitionReport { get; } = JsonMetadataServices.CreateValueInfo<RecognitionReport>(Options,
        new DocumentConverter<RecognitionReportDocumentWire, RecognitionReport>(EcvetJsonContext.Default.RecognitionReportDocumentWire,
            RecognitionReportWireMapper.Map, RecognitionReportWireMapper.ToWire));

    /// <summary>Reads a recognition report from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <returns>The report, or every problem found with its JSON path and code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    public static JsonReadResult<RecognitionReport> ParseRecognitionReport(string json, EcvetJsonReaderOptions? options = null) =>
        RecognitionReportFormat.Read(json, options);

    /// <summary>Reads a recognition report from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <returns>The report, or every problem found with its JSON path and code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    public static JsonReadResult<RecognitionReport> ParseRecognitionReport(ReadOnlySpan<byte> utf8Json, EcvetJsonReaderOptions? options = null) =>
        RecognitionReportFormat.Read(utf8Json, options);

    /// <summary>Writes a recognition report as JSON text in canonical form.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent (two spaces, <c>\n</c> line ends).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Serialize(RecognitionReport report, bool indented = false) =>
        System.Text.Encoding.UTF8.GetString(SerializeToUtf8Bytes(report, indented));

    /// <summary>Writes a recognition report as UTF-8 JSON in canonical form.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent (two spaces, <c>\n</c> line ends).</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(RecognitionReport report, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        return WriteCanonical(RecognitionReportWireMapper.ToWire(report), EcvetJsonContext.Default.RecognitionReportDocumentWire, indented);
    }

    /// <summary>The JSON Schema (draft 2020-12) of the recognition report document.</summary>
    /// <returns>The schema as indented JSON text.</returns>
    public static string GetRecognitionReportSchema() =>
        SchemaGenerator.Generate(EcvetJsonContext.Default.RecognitionReportDocumentWire, "https://ecvet-core.github.io/schemas/recognition-report.schema.json", "ECVET recognition report");
}
