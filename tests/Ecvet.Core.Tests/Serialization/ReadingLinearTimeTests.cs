using Ecvet.Serialization;

namespace Ecvet.Tests.Serialization;

/// <summary>
/// Reading is linear in the size of the input, whatever the input: each worst case is read at about 1 MB and about
/// 4 MB, and four times the input may take at most eight times as long (a ratio of times, never an absolute time; a
/// quadratic reader takes sixteen times as long). Regression: positions were counted from the start for each problem,
/// and duplicate checks compared every pair. Time is the processor time of the reading thread (<see cref="ThreadCpuClock"/>),
/// not the wall clock, so that other work on a shared machine and the test host's other threads do not count; the
/// class runs alone, so that no other test adds to it.
/// </summary>
[Collection(nameof(ReadingLinearTimeTests))]
public sealed class ReadingLinearTimeTests
{
    private const int Small = 1_000_000;
    private const int Large = 4_000_000;

    public static TheoryData<string> Cases() => [.. WorstCaseInputs.Names];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_WorstCaseAt4MBAgainst1MB_GrowsLinearly(string name)
    {
        var small = WorstCaseInputs.Create(name, Small);
        var large = WorstCaseInputs.Create(name, Large);
        large.Length.Should().BeLessThanOrEqualTo(EcvetJsonReaderOptions.Default.MaxInputBytes, "the case must be read, not refused for its size");
        ((double)large.Length / small.Length).Should().BeInRange(3.9, 4.1);

        // The shortest of a few runs, the two sizes interleaved, and up to three tries: the machine may be shared, and
        // a pause lands on one size and not the other. A quadratic reader fails every try (sixteen times as long).
        var (tSmall, tLarge) = (0.0, 0.0);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            (tSmall, tLarge) = Fastest(name, small, large);
            tSmall = Math.Max(tSmall, ThreadCpuClock.IsPerThread ? 0.5 : 2.5); // below the clock's resolution: count it as one tick
            if (tLarge / tSmall < 8)
            {
                break;
            }
        }

        (tLarge / tSmall).Should().BeLessThan(8, $"reading {name} at 4 MB took {tLarge:F1} ms against {tSmall:F1} ms at 1 MB");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_WorstCase_IsRefusedUnlessValid(string name) =>
        WorstCaseInputs.Read(name, WorstCaseInputs.Create(name, 50_000)).Should().Be(
            name is "related-skills-distinct" or "many-languages" or "agreement-many-versions",
            "long arrays of distinct values, texts in many languages and long agreement histories are valid (only the input limit bounds them); the other cases are not");

    private static (double Small, double Large) Fastest(string name, byte[] small, byte[] large)
    {
        _ = WorstCaseInputs.Read(name, small); // warm up
        var (bestSmall, bestLarge) = (double.MaxValue, double.MaxValue);
        for (var run = 0; run < 3; run++)
        {
            // The small input read four times: as much work as one large read when reading is linear, and enough
            // for a coarse processor clock (10 ms ticks where only the process time is available) to measure.
            bestSmall = Math.Min(bestSmall, Time(name, small, 4) / 4);
            bestLarge = Math.Min(bestLarge, Time(name, large, 1));
        }

        return (bestSmall, bestLarge);
    }

    private static double Time(string name, byte[] input, int times)
    {
        // No forced collection here: a full collection gives the memory of the large-object heap back to the system,
        // and the next large string (8 MB for the 4 MB long-string case) then pays a page fault per page touched,
        // ten times its own cost. That is the runtime's, not the reader's, and it fell on one size and not the other.
        // The input read once just before makes both sizes run on memory the process already holds, and the test
        // project keeps freed memory (RetainVMGarbageCollection) so that a collection in between does not give it back.
        _ = WorstCaseInputs.Read(name, input);
        var start = ThreadCpuClock.Now();
        for (var i = 0; i < times; i++)
        {
            _ = WorstCaseInputs.Read(name, input);
        }

        return ThreadCpuClock.Now() - start;
    }
}

/// <summary>Runs <see cref="ReadingLinearTimeTests"/> with no other test beside it.</summary>
[CollectionDefinition(nameof(ReadingLinearTimeTests), DisableParallelization = true)]
public sealed class ReadingLinearTimeRunsAlone;
