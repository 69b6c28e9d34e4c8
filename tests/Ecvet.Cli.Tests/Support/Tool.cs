using System.Diagnostics;

namespace Ecvet.Cli.Tests.Support;

/// <summary>Runs the tool in-process with captured output, or as a process the way a user runs it.</summary>
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

    /// <summary>Runs the built <c>ecvet.dll</c> with <c>dotnet</c> in <paramref name="workingDirectory"/> (relative paths as a user types them).</summary>
    public static CliResult RunProcess(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ecvet.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliResult(process.ExitCode, output, error.Result);
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
        : this(System.Text.Encoding.UTF8.GetBytes(content), extension)
    {
    }

    public TempFile(byte[] content, string extension = ".json")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ecvet-cli-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllBytes(Path, content);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
