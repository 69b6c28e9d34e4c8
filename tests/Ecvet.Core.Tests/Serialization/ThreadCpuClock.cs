using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Ecvet.Tests.Serialization;

/// <summary>
/// The processor time of the calling thread, in milliseconds: the work of the code under measurement and nothing of
/// the test host's other threads (background garbage collection, tiered compilation, other test classes). On Linux
/// it is <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>, with nanosecond resolution; elsewhere it falls back to the
/// processor time of the whole process.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>Whether the clock measures this thread alone (otherwise the whole process).</summary>
    public static bool IsPerThread { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>The processor time used so far, in milliseconds.</summary>
    public static double Now()
    {
        if (IsPerThread && TryRead(out var milliseconds))
        {
            return milliseconds;
        }

        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalMilliseconds;
    }

    private static bool TryRead(out double milliseconds)
    {
        milliseconds = 0;
        try
        {
            if (ClockGetTime(ClockThreadCpuTimeId, out var time) != 0)
            {
                return false;
            }

            milliseconds = (time.Seconds * 1e3) + (time.Nanoseconds / 1e6);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
