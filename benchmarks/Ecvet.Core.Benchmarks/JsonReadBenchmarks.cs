using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using Ecvet.Serialization;

namespace Ecvet.Benchmarks;

/// <summary>
/// Reading a qualification document from UTF-8 bytes: the strict, validating <see cref="EcvetJson"/> path beside
/// <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> of the same bytes (the floor: parsing
/// only) and reflection-based <see cref="JsonSerializer"/> into plain mutable classes (what a user would write by hand,
/// with no validation). Goal: within 3× of the floor and faster than reflection. The other rows break the strict path
/// down: its reference path (source-generated wire records, then mapping; what runs when the fast path declines), the
/// two halves of that, and reflection into the same wire records with the same strict options.
/// </summary>
[MemoryDiagnoser]
public class JsonReadBenchmarks
{
    private static readonly JsonSerializerOptions ReflectionOptions = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        Converters = { new JsonStringEnumConverter() },
    };

    // The strict options and converters of the library's contract, with reflection in place of the generated code.
    private static readonly JsonSerializerOptions ReflectionWireOptions = new(EcvetJson.Options)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private byte[] document = [];

    private Ecvet.Serialization.Internal.Wire.QualificationDocumentWire? wire;

    /// <summary>The example read, from the repository's <c>examples/</c> folder.</summary>
    [Params("fi-cook.json", "fi-electrician.json")]
    public string Example { get; set; } = "fi-cook.json";

    [GlobalSetup]
    public void Setup()
    {
        document = File.ReadAllBytes(Path.Combine(Examples.Folder, Example));
        wire = JsonSerializer.Deserialize(document, Ecvet.Serialization.Internal.EcvetJsonContext.Default.QualificationDocumentWire);
        if (!EcvetJson.ParseQualificationDocument(document).IsSuccess || ReferencePath() is null || ReflectionDeserialize() is null || ReflectionWire() is null
            || Ecvet.Serialization.Internal.QualificationDocumentReader.TryRead(document) is null)
        {
            throw new InvalidOperationException($"{Example} does not read.");
        }
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse (floor)")]
    public int JsonDocumentParse()
    {
        using var parsed = JsonDocument.Parse(document);
        return parsed.RootElement.GetArrayLength_OrPropertyCount();
    }

    [Benchmark(Description = "EcvetJson.Parse (strict, validated)")]
    public object? EcvetJsonParse() => EcvetJson.ParseQualificationDocument(document).ValueOrNull;

    [Benchmark(Description = "Reference path (wire records, then mapping)")]
    public object? ReferencePath() => EcvetJson.QualificationDocumentFormat.Read(document, null, useFastPath: false).ValueOrNull;

    [Benchmark(Description = "Source-generated wire records only (no domain)")]
    public object? WireOnly() => JsonSerializer.Deserialize(document, Ecvet.Serialization.Internal.EcvetJsonContext.Default.QualificationDocumentWire);

    [Benchmark(Description = "Domain mapping only (wire records already read)")]
    public object? MapOnly() => Ecvet.Serialization.Internal.QualificationDocumentMapper.Map(wire!, new Ecvet.Serialization.Internal.ProblemSink(ReadOnlyMemory<byte>.Empty, 100));

    [Benchmark(Description = "JsonSerializer reflection (no validation)")]
    public object? ReflectionDeserialize() => JsonSerializer.Deserialize<HandWritten.Document>(document, ReflectionOptions);

    [Benchmark(Description = "JsonSerializer reflection into the wire records (strict options, no domain)")]
    public object? ReflectionWire() => JsonSerializer.Deserialize<Ecvet.Serialization.Internal.Wire.QualificationDocumentWire>(document, ReflectionWireOptions);
}

internal static class JsonElementExtensions
{
    /// <summary>Touches the root so the parse cannot be elided.</summary>
    public static int GetArrayLength_OrPropertyCount(this JsonElement element) => element.EnumerateObject().Count();
}
