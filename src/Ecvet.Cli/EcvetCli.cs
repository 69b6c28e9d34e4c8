using System.CommandLine;
using System.CommandLine.Invocation;
using Ecvet.Cli.Matching;

namespace Ecvet.Cli;

/// <summary>The command line of the <c>ecvet</c> tool, runnable in-process.</summary>
internal static class EcvetCli
{
    /// <summary>Parses <paramref name="args"/>, runs the chosen command and returns the process exit code.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);

        var root = new RootCommand("ecvet: European vocational learner mobility (ECVET) from the shell.");
        root.Subcommands.Add(MatchCommand.Create(console));
        root.Subcommands.Add(Export.ExportCommand.Create(console));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is ParseErrorAction)
        {
            foreach (var error in parsed.Errors)
            {
                console.Error.WriteLine($"error: {error.Message}");
            }

            var command = parsed.CommandResult.Command;
            var name = command == root ? "ecvet" : $"ecvet {command.Name}";
            console.Error.WriteLine($"Run '{name} --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return e.ExitCode;
        }
#pragma warning disable CA1031 // The tool's contract: one line on stderr, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            console.Error.WriteLine($"error: internal error ({e.GetType().Name}): {e.Message}");
            return ExitCodes.InternalError;
        }
    }
}
