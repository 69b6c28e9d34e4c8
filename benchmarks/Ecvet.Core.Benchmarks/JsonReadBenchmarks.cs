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
/// with no validation). Goal: within 3× of the floor and faster than reflection.
/// </summary>
[MemoryDiagnoser]
public class JsonReadBenchmarks
{
    private static readonly JsonSerializerOptions ReflectionOptions = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        Converters = { new JsonStringEnumConverter() },
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
        if (!EcvetJson.ParseQualificationDocument(document).IsSuccess || ReflectionDeserialize() is null)
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

    [Benchmark(Description = "Source-generated wire records only (no domain)")]
    public object? WireOnly() => JsonSerializer.Deserialize(document, Ecvet.Serialization.Internal.EcvetJsonContext.Default.QualificationDocumentWire);

    [Benchmark(Description = "Domain mapping only (wire records already read)")]
    public object? MapOnly() => Ecvet.Serialization.Internal.QualificationDocumentMapper.Map(wire!, new Ecvet.Serialization.Internal.ProblemSink(ReadOnlyMemory<byte>.Empty, 100));

    [Benchmark(Description = "JsonSerializer reflection (no validation)")]
    public object? ReflectionDeserialize() => JsonSerializer.Deserialize<HandWritten.Document>(document, ReflectionOptions);
}

internal static class JsonElementExtensions
{
    /// <summary>Touches the root so the parse cannot be elided.</summary>
    public static int GetArrayLength_OrPropertyCount(this JsonElement element) => element.EnumerateObject().Count();
}
