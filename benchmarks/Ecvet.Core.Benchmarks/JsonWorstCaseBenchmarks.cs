using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Ecvet.Tests.Serialization;

namespace Ecvet.Benchmarks;

/// <summary>
/// Reading hostile inputs of 1 MB and 4 MB (<see cref="WorstCaseInputs"/>, shared with the linear-time tests) beside
/// <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> of the same bytes: reading stays a small
/// multiple of parsing, and four times the input takes about four times as long.
/// </summary>
[MemoryDiagnoser]
public class JsonWorstCaseBenchmarks
{
    private static readonly JsonDocumentOptions ParseOptions = new() { AllowDuplicateProperties = true, MaxDepth = 64 };

    private byte[] input = [];

    /// <summary>The worst case.</summary>
    [Params("repeated-property", "unknown-properties", "related-skills-duplicates", "deep-nesting", "many-bad-units", "agreement-many-versions")]
    public string Case { get; set; } = "repeated-property";

    /// <summary>The input size in bytes.</summary>
    [Params(1_000_000, 4_000_000)]
    public int Size { get; set; } = 1_000_000;

    [GlobalSetup]
    public void Setup() => input = WorstCaseInputs.Create(Case, Size);

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse (floor)")]
    public int JsonDocumentParse()
    {
        using var parsed = JsonDocument.Parse(input, ParseOptions);
        return parsed.RootElement.ValueKind == JsonValueKind.Object ? 1 : 0;
    }

    [Benchmark(Description = "EcvetJson.Parse (strict, every problem)")]
    public bool Read() => WorstCaseInputs.Read(Case, input);
}
