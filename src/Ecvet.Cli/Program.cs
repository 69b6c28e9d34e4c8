namespace Ecvet.Cli;

/// <summary>The process entry point of the <c>ecvet</c> tool.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        // Buffered standard output: a match over thousands of queries writes one line per result.
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), Console.OutputEncoding, 64 * 1024) { AutoFlush = false };
        var console = new CliConsole(stdout, Console.Error, isErrorTerminal: !Console.IsErrorRedirected);
        try
        {
            return EcvetCli.Run(args, console);
        }
        finally
        {
            stdout.Flush();
        }
    }
}
