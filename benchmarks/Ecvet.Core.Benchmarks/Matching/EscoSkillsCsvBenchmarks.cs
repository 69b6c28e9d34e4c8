using BenchmarkDotNet.Attributes;
using Ecvet.Matching;

namespace Ecvet.Benchmarks.Matching;

/// <summary>
/// Reading the ESCO v1.1.1 skills CSV (9.5 MB, 13,896 concepts) into catalogue entries. Without the file
/// (<c>ECVET_ESCO_CSV</c>) a generated file of the same layout and about a tenth of the size is read instead.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class EscoSkillsCsvBenchmarks
{
    private string _path = string.Empty;
    private string? _generated;

    [GlobalSetup]
    public void Setup()
    {
        var path = EscoPath.Locate();
        if (path is null)
        {
            _generated = Path.Combine(Path.GetTempPath(), "ecvet-bench-skills-" + Environment.ProcessId + ".csv");
            using var writer = new StreamWriter(_generated);
            writer.Write(string.Join(',', EscoSkillsCsv.Columns) + "\n");
            for (var i = 0; i < 1_500; i++)
            {
                writer.Write($"KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/00000000-0000-4000-8000-{i:D12},skill/competence,sector-specific,prepare dish {i},\"cook dish {i}\nmake dish {i}\",,released,2016-12-20T17:43:43Z,,,\"a,\nb\",\"Prepare the dish number {i}, as written in the recipe.\"\n");
            }

            path = _generated;
        }

        _path = path;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_generated is not null)
        {
            File.Delete(_generated);
        }
    }

    [Benchmark(Baseline = true)]
    public int ReadFile()
    {
        var synonyms = 0;
        foreach (var entry in EscoSkillsCsv.ReadFile(_path))
        {
            synonyms += entry.Synonyms.Length;
        }

        return synonyms;
    }
}
