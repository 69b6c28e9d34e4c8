using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;

namespace Ecvet.Benchmarks;

/// <summary>
/// Reading a qualification document before and after a change of the library, in one run: the library built from an
/// earlier commit (its <c>Ecvet.Core.dll</c> named by <c>ECVET_BEFORE_DLL</c>) and the current one are each loaded into
/// their own load context and called the same way (<c>ParseQualificationDocument(string)</c> through reflection), beside
/// <see cref="JsonDocument.Parse(string, JsonDocumentOptions)"/> of the same text (the floor) and reflection-based
/// <see cref="JsonSerializer"/> into plain classes (no validation).
/// </summary>
[MemoryDiagnoser]
public class JsonReadBeforeAfterBenchmarks
{
    private static readonly JsonSerializerOptions ReflectionOptions = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        Converters = { new JsonStringEnumConverter() },
    };

    private string json = string.Empty;
    private Func<string, object?> before = _ => null;
    private Func<string, object?> after = _ => null;

    /// <summary>The example read, from the repository's <c>examples/</c> folder.</summary>
    [Params("fi-cook.json", "fi-electrician.json")]
    public string Example { get; set; } = "fi-cook.json";

    [GlobalSetup]
    public void Setup()
    {
        json = File.ReadAllText(Path.Combine(Examples.Folder, Example));
        // Without ECVET_BEFORE_DLL (as in the CI dry run) "before" is this commit too: the rows then differ by noise only.
        var current = typeof(Serialization.EcvetJson).Assembly.Location;
        var beforePath = Environment.GetEnvironmentVariable("ECVET_BEFORE_DLL") is { Length: > 0 } path ? Path.GetFullPath(path) : current;
        before = Reader(beforePath, "before");
        after = Reader(current, "after");
        if (!Succeeded(before(json)) || !Succeeded(after(json)))
        {
            throw new InvalidOperationException($"{Example} does not read.");
        }
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse (floor)")]
    public int JsonDocumentParse()
    {
        using var parsed = JsonDocument.Parse(json);
        return parsed.RootElement.GetArrayLength_OrPropertyCount();
    }

    [Benchmark(Description = "EcvetJson.Parse before (earlier commit)")]
    public object? Before() => before(json);

    [Benchmark(Description = "EcvetJson.Parse after (this commit)")]
    public object? After() => after(json);

    [Benchmark(Description = "JsonSerializer reflection (no validation)")]
    public object? ReflectionDeserialize() => JsonSerializer.Deserialize<HandWritten.Document>(json, ReflectionOptions);

    private static Func<string, object?> Reader(string path, string name)
    {
        var context = new AssemblyLoadContext(name);
        var assembly = context.LoadFromAssemblyPath(path);
        var method = assembly.GetType("Ecvet.Serialization.EcvetJson", throwOnError: true)!
            .GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == "ParseQualificationDocument" && m.GetParameters()[0].ParameterType == typeof(string));
        return text => method.Invoke(null, [text, null]);
    }

    private static bool Succeeded(object? result) =>
        result?.GetType().GetProperty("IsSuccess")?.GetValue(result) is true;
}
