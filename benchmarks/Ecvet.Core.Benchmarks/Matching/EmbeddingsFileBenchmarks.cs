using BenchmarkDotNet.Attributes;
using Ecvet.Matching.Semantic;

namespace Ecvet.Benchmarks.Matching;

/// <summary>
/// Loading a saved embeddings file of the size of all of ESCO (<see cref="EscoLabels"/>: 99,145 labels × 384
/// dimensions, 73 MiB of half-precision vectors) with <see cref="CatalogueEmbeddings.Load(string, Ecvet.Matching.ITextEmbedder, IReadOnlyList{string})"/>:
/// header and model checked, the catalogue texts hashed and compared, every half converted to single precision into
/// the aligned search layout. Goal: under a second. Beside it, the floor: reading the same file's bytes.
/// </summary>
/// <remarks>The labels are ESCO's when the CSV is found (<c>ECVET_ESCO_CSV</c>), else as many generated labels; the
/// vectors are seeded random (<see cref="SeededRandomEmbedder"/>): a load does not depend on what they mean, and
/// embedding ESCO with the model takes minutes (<c>--embed-esco</c> does that). The file is written to the temporary
/// folder in the setup and is in the page cache during the run: what is measured is the library, not the disk.</remarks>
[MemoryDiagnoser]
[MedianColumn]
public class EmbeddingsFileBenchmarks
{
    private readonly SeededRandomEmbedder _model = new(384, "seeded-random;dim=384");
    private string[] _labels = [];
    private string _path = "";

    [GlobalSetup]
    public void Setup()
    {
        var esco = EscoPath.Locate();
        _labels = esco is null
            ? [.. Enumerable.Range(0, EscoLabels.V111EnglishCount).Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"generated skill label number {i}"))]
            : EscoLabels.Read(esco);
        _path = Path.Combine(Path.GetTempPath(), $"ecvet-bench-{Environment.ProcessId}.embeddings");
        CatalogueEmbeddings.Compute(_model, _labels).Save(_path);
        if (Load() != _labels.Length)
        {
            throw new InvalidOperationException("The file read back does not hold every label.");
        }

        Console.WriteLine($"// {_labels.Length:N0} labels ({(esco is null ? "generated" : "ESCO")}), file {new FileInfo(_path).Length / 1048576.0:F1} MiB");
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    /// <summary>The floor: the file's bytes into one array.</summary>
    [Benchmark(Baseline = true)]
    public int ReadFileBytes() => File.ReadAllBytes(_path).Length;

    /// <summary>The file loaded for searching.</summary>
    [Benchmark]
    public int Load() => CatalogueEmbeddings.Load(_path, _model, _labels).Count;
}
