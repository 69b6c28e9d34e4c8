namespace Ecvet.Tests.Support;

/// <summary>Measures what code allocates on the current thread once it is warmed up.</summary>
internal static class Allocations
{
    /// <summary>
    /// Runs <paramref name="action"/> once to warm up, then <paramref name="rounds"/> more times, and returns the
    /// fewest bytes the thread allocated in one round. Code that allocates per call allocates in every round; a round
    /// disturbed by the runtime (a one-off allocation outside the code measured) does not hide that.
    /// </summary>
    public static long PerRound(Action action, int rounds = 3)
    {
        action();
        var fewest = long.MaxValue;
        for (var r = 0; r < rounds; r++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            action();
            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return fewest;
    }
}
