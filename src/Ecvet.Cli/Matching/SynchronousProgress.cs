namespace Ecvet.Cli.Matching;

/// <summary>An <see cref="IProgress{T}"/> that reports on the calling thread, in order (<see cref="Progress{T}"/> posts
/// to the thread pool, so lines could arrive after the result).</summary>
internal sealed class SynchronousProgress(Action<int> report) : IProgress<int>
{
    public void Report(int value) => report(value);
}
