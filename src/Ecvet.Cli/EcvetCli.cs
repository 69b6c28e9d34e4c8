using System.CommandLine;
using System.CommandLine.Invocation;
using Ecvet.Cli.Documents;
using Ecvet.Cli.Matching;

namespace Ecvet.Cli;

/// <summary>The command line of the <c>ecvet</c> tool, runnable in-process.</summary>
internal static class EcvetCli
{
    /// <summary>Where an internal error (a bug) should be reported; printed with it.</summary>
    public const string IssuesUrl = "https://github.com/ecvet-core/Ecvet.Core/issues";

    private const string UnrecognisedPrefix = "Unrecognized command or argument '";

    /// <summary>Parses <paramref name="args"/>, runs the chosen command and returns the process exit code.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);

        var quiet = new Option<bool>("--quiet")
        {
            Description = "Show no progress on standard error (progress is shown only on a terminal, for long work).",
            Recursive = true,
        };
        var root = new RootCommand("ecvet: European vocational learner mobility (ECVET) from the shell.") { quiet };
        var globals = new GlobalOptions(quiet);
        root.Subcommands.Add(ValidateCommand.Create(console, globals));
        root.Subcommands.Add(SchemaCommand.Create(console));
        root.Subcommands.Add(MatchCommand.Create(console, globals));
        root.Subcommands.Add(TagCommand.Create(console, globals));
        root.Subcommands.Add(Export.ExportCommand.Create(console));
        root.Subcommands.Add(Recognition.RecogniseCommand.Create(console));

        ParseResult parsed;
        try
        {
            parsed = root.Parse(args);
        }
#pragma warning disable CA1031 // The tool's contract: one line on stderr, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return InternalError(console, e);
        }

        if (parsed.Errors.Count > 0 && parsed.Action is ParseErrorAction)
        {
            return UsageError(console, root, parsed);
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            console.Error.WriteLine(TerminalText.Clean($"error: {e.Message}"));
            return e.ExitCode;
        }
#pragma warning disable CA1031 // The tool's contract: one line on stderr, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return InternalError(console, e);
        }
    }

    /// <summary>Reports an unexpected exception (a bug) in one line, with where to report it.</summary>
    internal static int InternalError(CliConsole console, Exception e)
    {
        console.Error.WriteLine(TerminalText.Clean(
            $"error: internal error ({e.GetType().Name}): {e.Message} This is a bug in ecvet; please report it at {IssuesUrl} with the command you ran."));
        return ExitCodes.InternalError;
    }

    /// <summary>One line per problem (unknown names with the closest known one), then where to find the usage.</summary>
    private static int UsageError(CliConsole console, RootCommand root, ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var name = command == root ? "ecvet" : $"ecvet {command.Name}";
        var unknownCommand = false;
        var previousWasUnknownOption = false;
        var lines = new List<string>();
        foreach (var error in parsed.Errors)
        {
            string message;
            if (error.Message.StartsWith(UnrecognisedPrefix, StringComparison.Ordinal) && error.Message.EndsWith("'.", StringComparison.Ordinal))
            {
                var token = error.Message[UnrecognisedPrefix.Length..^2];
                if (unknownCommand)
                {
                    // Whatever follows an unknown command was meant for it.
                    continue;
                }

                if (token.StartsWith('-'))
                {
                    message = $"unknown option '{token}' for '{name}'{Suggestion.DidYouMean(token, CommandLineRules.OptionNames(command))}";
                    previousWasUnknownOption = true;
                }
                else if (previousWasUnknownOption)
                {
                    // Most likely the value of the unknown option just reported.
                    previousWasUnknownOption = false;
                    continue;
                }
                else if (command.Subcommands.Count > 0)
                {
                    message = $"unknown command '{token}'{Suggestion.DidYouMean(token, command.Subcommands.Select(c => c.Name))}";
                    unknownCommand = true;
                }
                else
                {
                    message = $"unexpected argument '{token}' for '{name}'";
                }
            }
            else
            {
                previousWasUnknownOption = false;
                message = error.Message.ReplaceLineEndings(" ").Replace('\t', ' ').TrimEnd('.', ' ');
            }

            lines.Add(TerminalText.Clean($"error: {message}{(message.EndsWith('?') ? string.Empty : ".")}"));
        }

        // "Required command was not provided" says nothing new next to an unknown command.
        foreach (var line in lines.Where(l => !unknownCommand || !l.Contains("command was not provided", StringComparison.Ordinal)))
        {
            console.Error.WriteLine(line);
        }

        console.Error.WriteLine($"Run '{name} --help' for usage.");
        return ExitCodes.Usage;
    }
}
