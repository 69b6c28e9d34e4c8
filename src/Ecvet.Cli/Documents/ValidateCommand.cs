using System.CommandLine;
using System.Globalization;
using Ecvet.Cli.Output;
using Ecvet.Serialization;

namespace Ecvet.Cli.Documents;

/// <summary><c>ecvet validate FILE…</c>: check documents strictly and print every problem with file, path, code and position.</summary>
internal static class ValidateCommand
{
    private const int ProgressEvery = 100;

    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "The documents to check (JSON).",
            Arity = ArgumentArity.OneOrMore,
        };
        CommandLineRules.ArePaths(files);
        var type = new Option<string>("--type")
        {
            Description = "Check every file as this type of document (" + string.Join(", ", DocumentTypes.Names) + ") instead of telling each file's type from its properties.",
        };
        CommandLineRules.OnlyFrom(type, DocumentTypes.Names, "TYPE");
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: one line per file and per problem, then a summary; json: one document for machines.",
            DefaultValueFactory = _ => OutputFormat.Text,
        };
        CommandLineRules.OnlyFrom(format, [OutputFormat.Text, OutputFormat.Json]);

        var command = new Command("validate", "Check documents strictly: every problem with its file, JSON path, code, line and byte; exit 1 when any is invalid.")
        {
            files, type, format,
        };
        CommandLineRules.NoUnknownOptions(command, files);
        command.SetAction(parsed => Run(
            console,
            parsed.GetValue(files)!,
            parsed.GetValue(type) is { } name ? DocumentTypes.Named(name) : null,
            parsed.GetValue(format) ?? OutputFormat.Text,
            globals.ShowProgress(parsed, console)));
        return command;
    }

    private static int Run(CliConsole console, string[] files, DocumentType? expected, string format, bool showProgress)
    {
        var results = new List<FileResult>(files.Length);
        foreach (var file in files)
        {
            FileResult result;
            try
            {
                var check = DocumentCheck.Run(InputFile.ReadBytes(file, EcvetJsonReaderOptions.DefaultMaxInputBytes), expected);
                result = new FileResult(file, check, null);
            }
            catch (CliException e) when (e.ExitCode == ExitCodes.FileUnreadable)
            {
                console.Error.WriteLine(TerminalText.Clean($"error: {e.Message}"));
                result = new FileResult(file, null, e.Message);
            }

            results.Add(result);
            if (format == OutputFormat.Text)
            {
                WriteText(console.Out, result);
            }

            if (showProgress && results.Count % ProgressEvery == 0 && results.Count < files.Length)
            {
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Checked {results.Count:N0} of {files.Length:N0} files..."));
            }
        }

        var summary = new ValidationSummary(results.Count(r => r.Check?.IsValid == true), results.Count(r => r.Check?.IsValid == false), results.Count(r => r.Check is null));
        if (format == OutputFormat.Json)
        {
            ValidationWriter.WriteJson(console.Out, results, summary);
        }
        else
        {
            console.Out.WriteLine(summary.Describe(results.Count));
        }

        return summary.Unreadable > 0 ? ExitCodes.FileUnreadable : summary.Invalid > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
    }

    private static void WriteText(TextWriter output, FileResult result)
    {
        if (result.Check is not { } check)
        {
            return;
        }

        var file = TerminalText.Clean(result.File);
        var title = check.Type?.Title ?? "document of unknown type";
        if (check.IsValid)
        {
            output.WriteLine($"{file}: valid {title}");
            return;
        }

        output.WriteLine(check.Problems.Length == 1 ? $"{file}: invalid {title}, 1 problem:" : FormattableString.Invariant($"{file}: invalid {title}, {check.Problems.Length} problems:"));
        foreach (var problem in check.Problems)
        {
            output.WriteLine("  " + TerminalText.Clean(problem.Describe(result.File)));
        }
    }
}
