using BenchmarkDotNet.Attributes;
using Ecvet.Matching;
using LuceneEnglishStemmer = Lucene.Net.Tartarus.Snowball.Ext.EnglishStemmer;

namespace Ecvet.Benchmarks.Matching;

/// <summary>
/// Porter2 stemming of 1,000 English words drawn with a fixed seed from the Snowball sample vocabulary: this library's
/// <see cref="EnglishStemmer"/> (span API, no allocation) against Lucene.Net's Snowball English stemmer. Each
/// operation is one word.
/// </summary>
[MemoryDiagnoser]
public class StemmerBenchmarks
{
    private const int WordCount = 1000;
    private const int Seed = 42;

    private readonly char[] buffer = new char[64];
    private readonly LuceneEnglishStemmer lucene = new();
    private char[][] words = [];

    [GlobalSetup]
    public void Setup()
    {
        var vocabulary = File.ReadLines(FindVocabulary())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line[..line.IndexOf('\t', StringComparison.Ordinal)])
            .ToArray();
        var random = new Random(Seed);
        words = [.. Enumerable.Range(0, WordCount).Select(_ => vocabulary[random.Next(vocabulary.Length)].ToCharArray())];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = WordCount)]
    public int Ecvet()
    {
        var stemmer = EnglishStemmer.Instance;
        var total = 0;
        foreach (var word in words)
        {
            total += stemmer.Stem(word, buffer);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = WordCount)]
    public int LuceneNetSnowball()
    {
        var total = 0;
        foreach (var word in words)
        {
            lucene.SetCurrent(word, word.Length);
            lucene.Stem();
            total += lucene.CurrentBufferLength;
        }

        return total;
    }

    private static string FindVocabulary()
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "Data", "porter2-voc.tsv");
        if (File.Exists(copied))
        {
            return copied;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "Ecvet.Core.Tests", "Matching", "Data", "porter2-voc.tsv");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("porter2-voc.tsv was not found beside the benchmarks or in the repository.");
    }
}
