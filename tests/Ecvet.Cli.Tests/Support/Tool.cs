namespace Ecvet.Cli.Tests.Support;

/// <summary>Runs the tool in-process with captured output.</summary>
public static class Tool
{
    public static CliResult Run(params string[] args) => Run(isErrorTerminal: false, args);

    public static CliResult Run(bool isErrorTerminal, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = EcvetCli.Run(args, new CliConsole(output, error, isErrorTerminal));
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

/// <summary>What one run printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A file in the temporary folder, deleted on dispose.</summary>
public sealed class TempFile : IDisposable
{
    public TempFile(string content, string extension = ".tsv")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ecvet-cli-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllText(Path, content);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
