using System.Text;
using System.Text.Json.Serialization.Metadata;
using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Serialization.Internal;
using Ecvet.Serialization.Internal.Wire;

namespace Ecvet.Serialization;

/// <summary>The mobility documents: learning agreement, memorandum of understanding and personal transcript.</summary>
public static partial class EcvetJson
{
    internal static DocumentFormat<LearningAgreementDocumentWire, LearningAgreement> LearningAgreementFormat { get; } =
        new(EcvetJsonContext.Default.LearningAgreementDocumentWire, AgreementWireReader.Agreement, AgreementWireReader.AgreementParts);

    /// <summary>
    /// The contract of the learning agreement document, to use with <see cref="System.Text.Json.JsonSerializer"/> (for example inside a
    /// larger document). It reads strictly and throws <see cref="System.Text.Json.JsonException"/> with the first problem;
    /// prefer <see cref="ParseLearningAgreement(string, EcvetJsonReaderOptions?)"/>, which returns every problem.
    /// </summary>
    public static JsonTypeInfo<LearningAgreement> LearningAgreement { get; } = JsonMetadataServices.CreateValueInfo<LearningAgreement>(Options,
        new DocumentConverter<LearningAgreementDocumentWire, LearningAgreement>(EcvetJsonContext.Default.LearningAgreementDocumentWire, AgreementWireReader.Agreement, AgreementWireWriter.ToWire));

    /// <summary>Reads a learning agreement (its whole history; every stored hash is checked against its content) from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <returns>The learning agreement, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    public static JsonReadResult<LearningAgreement> ParseLearningAgreement(string json, EcvetJsonReaderOptions? options = null) =>
        LearningAgreementFormat.Read(json, options);

    /// <summary>Reads a learning agreement from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 encoded JSON, without a byte order mark.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <returns>The learning agreement, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    public static JsonReadResult<LearningAgreement> ParseLearningAgreement(ReadOnlySpan<byte> utf8Json, EcvetJsonReaderOptions? options = null) =>
        LearningAgreementFormat.Read(utf8Json, options);

    /// <summary>Reads a learning agreement from a stream of UTF-8 bytes, reading at most the input limit.</summary>
    /// <param name="utf8Json">The stream; read to its end (or just past the limit), not closed.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <returns>The learning agreement, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    /// <exception cref="IOException">Reading the stream failed (as thrown by the stream).</exception>
    public static JsonReadResult<LearningAgreement> ParseLearningAgreement(Stream utf8Json, EcvetJsonReaderOptions? options = null) =>
        LearningAgreementFormat.Read(utf8Json, options);

    /// <summary>Reads a learning agreement from a stream of UTF-8 bytes asynchronously, reading at most the input limit.</summary>
    /// <param name="utf8Json">The stream; read to its end (or just past the limit), not closed.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The learning agreement, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    /// <exception cref="IOException">Reading the stream failed (as thrown by the stream).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<JsonReadResult<LearningAgreement>> ParseLearningAgreementAsync(Stream utf8Json, EcvetJsonReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        LearningAgreementFormat.ReadAsync(utf8Json, options, cancellationToken);

    /// <summary>Writes a learning agreement as JSON text in canonical form.</summary>
    /// <param name="agreement">The learning agreement.</param>
    /// <param name="indented">Whether to indent (two spaces, <c>\n</c> line ends), as the files in <c>examples/mobility/</c> are.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is null.</exception>
    public static string Serialize(LearningAgreement agreement, bool indented = false) =>
        Encoding.UTF8.GetString(SerializeToUtf8Bytes(agreement, indented));

    /// <summary>Writes a learning agreement as UTF-8 JSON in canonical form.</summary>
    /// <param name="agreement">The learning agreement.</param>
    /// <param name="indented">Whether to indent (two spaces, <c>\n</c> line ends).</param>
    /// <returns>The UTF-8 bytes, without a byte order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(LearningAgreement agreement, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return WriteCanonical(AgreementWireWriter.ToWire(agreement), EcvetJsonContext.Default.LearningAgreementDocumentWire, indented);
    }

    /// <summary>The JSON Schema (draft 2020-12) of the learning agreement document, generated from the contract.</summary>
    /// <returns>The schema, indented, ending with a line feed; the same text as <c>schemas/learning-agreement.schema.json</c>.</returns>
    public static string GetLearningAgreementSchema() =>
        SchemaGenerator.Generate(EcvetJsonContext.Default.LearningAgreementDocumentWire, "https://ecvet-core.github.io/schemas/learning-agreement.schema.json", "ECVET learning agreement");

    internal static DocumentFormat<MouDocumentWire, MemorandumOfUnderstanding> MouFormat { get; } =
        new(EcvetJsonContext.Default.MouDocumentWire, AgreementWireReader.Mou, AgreementWireReader.MouParts);

    /// <summary>
    /// The contract of the memorandum of understanding document, to use with <see cref="System.Text.Json.JsonSerializer"/> (for example inside a
    /// larger document). It reads strictly and throws <see cref="System.Text.Json.JsonException"/> with the first problem;
    /// prefer <see cref="ParseMemorandumOfUnderstanding(string, EcvetJsonReaderOptions?)"/>, which returns every problem.
    /// </summary>
    public static JsonTypeInfo<MemorandumOfUnderstanding> MemorandumOfUnderstanding { get; } = JsonMetadataServices.CreateValueInfo<MemorandumOfUnderstanding>(Options,
        new DocumentConverter<MouDocumentWire, MemorandumOfUnderstanding>(EcvetJsonContext.Default.MouDocumentWire, AgreementWireReader.Mou, AgreementWireWriter.ToWire));

    /// <summary>Reads a memorandum of understanding (its stored hash is checked against its content) from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <returns>The memorandum of understanding, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    public static JsonReadResult<MemorandumOfUnderstanding> ParseMemorandumOfUnderstanding(string json, EcvetJsonReaderOptions? options = null) =>
        MouFormat.Read(json, options);

    /// <summary>Reads a memorandum of understanding from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 encoded JSON, without a byte order mark.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <returns>The memorandum of understanding, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    public static JsonReadResult<MemorandumOfUnderstanding> ParseMemorandumOfUnderstanding(ReadOnlySpan<byte> utf8Json, EcvetJsonReaderOptions? options = null) =>
        MouFormat.Read(utf8Json, options);

    /// <summary>Reads a memorandum of understanding from a stream of UTF-8 bytes, reading at most the input limit.</summary>
    /// <param name="utf8Json">The stream; read to its end (or just past the limit), not closed.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <returns>The memorandum of understanding, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    /// <exception cref="IOException">Reading the stream failed (as thrown by the stream).</exception>
    public static JsonReadResult<MemorandumOfUnderstanding> ParseMemorandumOfUnderstanding(Stream utf8Json, EcvetJsonReaderOptions? options = null) =>
        MouFormat.Read(utf8Json, options);

    /// <summary>Reads a memorandum of understanding from a stream of UTF-8 bytes asynchronously, reading at most the input limit.</summary>
    /// <param name="utf8Json">The stream; read to its end (or just past the limit), not closed.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The memorandum of understanding, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    /// <exception cref="IOException">Reading the stream failed (as thrown by the stream).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<JsonReadResult<MemorandumOfUnderstanding>> ParseMemorandumOfUnderstandingAsync(Stream utf8Json, EcvetJsonReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        MouFormat.ReadAsync(utf8Json, options, cancellationToken);

    /// <summary>Writes a memorandum of understanding as JSON text in canonical form.</summary>
    /// <param name="memorandum">The memorandum of understanding.</param>
    /// <param name="indented">Whether to indent (two spaces, <c>\n</c> line ends), as the files in <c>examples/mobility/</c> are.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="memorandum"/> is null.</exception>
    public static string Serialize(MemorandumOfUnderstanding memorandum, bool indented = false) =>
        Encoding.UTF8.GetString(SerializeToUtf8Bytes(memorandum, indented));

    /// <summary>Writes a memorandum of understanding as UTF-8 JSON in canonical form.</summary>
    /// <param name="memorandum">The memorandum of understanding.</param>
    /// <param name="indented">Whether to indent (two spaces, <c>\n</c> line ends).</param>
    /// <returns>The UTF-8 bytes, without a byte order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="memorandum"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(MemorandumOfUnderstanding memorandum, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(memorandum);
        return WriteCanonical(AgreementWireWriter.ToWire(memorandum), EcvetJsonContext.Default.MouDocumentWire, indented);
    }

    /// <summary>The JSON Schema (draft 2020-12) of the memorandum of understanding document, generated from the contract.</summary>
    /// <returns>The schema, indented, ending with a line feed; the same text as <c>schemas/memorandum-of-understanding.schema.json</c>.</returns>
    public static string GetMemorandumOfUnderstandingSchema() =>
        SchemaGenerator.Generate(EcvetJsonContext.Default.MouDocumentWire, "https://ecvet-core.github.io/schemas/memorandum-of-understanding.schema.json", "ECVET memorandum of understanding");

    internal static DocumentFormat<TranscriptDocumentWire, PersonalTranscript> TranscriptFormat { get; } =
        new(EcvetJsonContext.Default.TranscriptDocumentWire, AgreementWireReader.Transcript, AgreementWireReader.TranscriptParts);

    /// <summary>
    /// The contract of the personal transcript document, to use with <see cref="System.Text.Json.JsonSerializer"/> (for example inside a
    /// larger document). It reads strictly and throws <see cref="System.Text.Json.JsonException"/> with the first problem;
    /// prefer <see cref="ParsePersonalTranscript(string, EcvetJsonReaderOptions?)"/>, which returns every problem.
    /// </summary>
    public static JsonTypeInfo<PersonalTranscript> PersonalTranscript { get; } = JsonMetadataServices.CreateValueInfo<PersonalTranscript>(Options,
        new DocumentConverter<TranscriptDocumentWire, PersonalTranscript>(EcvetJsonContext.Default.TranscriptDocumentWire, AgreementWireReader.Transcript, AgreementWireWriter.ToWire));

    /// <summary>Reads a personal transcript (its stored hash is checked against its content) from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <returns>The personal transcript, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    public static JsonReadResult<PersonalTranscript> ParsePersonalTranscript(string json, EcvetJsonReaderOptions? options = null) =>
        TranscriptFormat.Read(json, options);

    /// <summary>Reads a personal transcript from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 encoded JSON, without a byte order mark.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <returns>The personal transcript, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    public static JsonReadResult<PersonalTranscript> ParsePersonalTranscript(ReadOnlySpan<byte> utf8Json, EcvetJsonReaderOptions? options = null) =>
        TranscriptFormat.Read(utf8Json, options);

    /// <summary>Reads a personal transcript from a stream of UTF-8 bytes, reading at most the input limit.</summary>
    /// <param name="utf8Json">The stream; read to its end (or just past the limit), not closed.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <returns>The personal transcript, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    /// <exception cref="IOException">Reading the stream failed (as thrown by the stream).</exception>
    public static JsonReadResult<PersonalTranscript> ParsePersonalTranscript(Stream utf8Json, EcvetJsonReaderOptions? options = null) =>
        TranscriptFormat.Read(utf8Json, options);

    /// <summary>Reads a personal transcript from a stream of UTF-8 bytes asynchronously, reading at most the input limit.</summary>
    /// <param name="utf8Json">The stream; read to its end (or just past the limit), not closed.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The personal transcript, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    /// <exception cref="IOException">Reading the stream failed (as thrown by the stream).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<JsonReadResult<PersonalTranscript>> ParsePersonalTranscriptAsync(Stream utf8Json, EcvetJsonReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        TranscriptFormat.ReadAsync(utf8Json, options, cancellationToken);

    /// <summary>Writes a personal transcript as JSON text in canonical form.</summary>
    /// <param name="transcript">The personal transcript.</param>
    /// <param name="indented">Whether to indent (two spaces, <c>\n</c> line ends), as the files in <c>examples/mobility/</c> are.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transcript"/> is null.</exception>
    public static string Serialize(PersonalTranscript transcript, bool indented = false) =>
        Encoding.UTF8.GetString(SerializeToUtf8Bytes(transcript, indented));

    /// <summary>Writes a personal transcript as UTF-8 JSON in canonical form.</summary>
    /// <param name="transcript">The personal transcript.</param>
    /// <param name="indented">Whether to indent (two spaces, <c>\n</c> line ends).</param>
    /// <returns>The UTF-8 bytes, without a byte order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transcript"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(PersonalTranscript transcript, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        return WriteCanonical(AgreementWireWriter.ToWire(transcript), EcvetJsonContext.Default.TranscriptDocumentWire, indented);
    }

    /// <summary>The JSON Schema (draft 2020-12) of the personal transcript document, generated from the contract.</summary>
    /// <returns>The schema, indented, ending with a line feed; the same text as <c>schemas/personal-transcript.schema.json</c>.</returns>
    public static string GetPersonalTranscriptSchema() =>
        SchemaGenerator.Generate(EcvetJsonContext.Default.TranscriptDocumentWire, "https://ecvet-core.github.io/schemas/personal-transcript.schema.json", "ECVET personal transcript");
}
