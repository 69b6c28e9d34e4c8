using System.CommandLine;
using System.Text;
using Ecvet.Cli.Documents;
using Ecvet.Cli.Output;
using Ecvet.Recognition;
using Ecvet.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Ecvet.Cli.Recognition;

/// <summary>
/// <c>ecvet recognise</c>: run the recognition engine on the documents of one mobility and print one row per home unit
/// (decision, points, coverage, matches awaiting confirmation) and the totals; <c>explain</c> adds the engine's account.
/// </summary>
internal static class RecogniseCommand
{
    /// <summary>The format that adds the engine's readable account to the table.</summary>
    public const string ExplainFormat = "explain";

    public static Command Create(CliConsole console)
    {
        var qualification = PathOption("--qualification", "-q", "The home qualification document (Ecvet JSON).", required: true);
        var agreement = PathOption("--agreement", "-a", "The learning agreement (Ecvet JSON).", required: true);
        var transcript = PathOption("--transcript", "-t", "The host's personal transcript, if issued.", required: false);
        var mou = PathOption("--mou", "-m", "The memorandum of understanding the agreement names, if any.", required: false);
        var hostOutcomes = PathOption("--host-outcomes", "-o",
            "The host's own units and outcomes that the transcript assesses: a qualification document of the host (JSON), or a TSV 'id<TAB>type<TAB>text' of outcomes.", required: false);
        var confirmations = PathOption("--confirmations", "-c", "People's verdicts on review-band matches (a match confirmations document).", required: false);
        var rules = PathOption("--rules", "-r", "A recognition rule set; the default ECVET rule set when omitted.", required: false);
        var today = new Option<string>("--today")
        {
            Description = "The day of the evaluation (YYYY-MM-DD): the MoU's and the credit's validity are judged on it; today's local date when omitted.",
            HelpName = "YYYY-MM-DD",
        };
        today.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !LocalDatePattern.Iso.Parse(result.Tokens[^1].Value).Success)
            {
                result.AddError($"--today: '{result.Tokens[^1].Value}' is not a date such as 2026-06-30.");
            }
        });
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: one row per home unit and the totals; explain: the same, then the engine's account of each decision and the rules not met; json: the recognition report document.",
            DefaultValueFactory = _ => OutputFormat.Text,
        };
        CommandLineRules.OnlyFrom(format, [OutputFormat.Text, ExplainFormat, OutputFormat.Json]);

        var command = new Command("recognise", "Decide what the home institution recognises of one mobility, unit by unit, and why; exit 0 whatever it decides.")
        {
            qualification, agreement, transcript, mou, hostOutcomes, confirmations, rules, today, format,
        };
        command.SetAction(parsed => Run(
            console,
            new Inputs(parsed.GetValue(qualification)!, parsed.GetValue(agreement)!, parsed.GetValue(transcript), parsed.GetValue(mou),
                parsed.GetValue(hostOutcomes), parsed.GetValue(confirmations), parsed.GetValue(rules)),
            parsed.GetValue(today) is { } day ? LocalDatePattern.Iso.Parse(day).Value : Today(),
            parsed.GetValue(format) ?? OutputFormat.Text));
        return command;
    }

    private static Option<string> PathOption(string name, string alias, string description, bool required)
    {
        var option = new Option<string>(name, alias) { Description = description, Required = required, HelpName = "FILE" };
        CommandLineRules.IsPath(option);
        return option;
    }

    private static LocalDate Today()
    {
        // The user's calendar day; a machine without a known time zone judges in UTC.
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZoneInfo.Local.Id) ?? DateTimeZone.Utc;
        return SystemClock.Instance.GetCurrentInstant().InZone(zone).Date;
    }

    private static int Run(CliConsole console, Inputs inputs, LocalDate today, string format)
    {
        // Every document is read (and every invalid one reported) before the tool gives up, as validate does.
        var reader = new DocumentReader(console);
        var qualification = reader.Read(inputs.Qualification, "qualification-document", EcvetJson.ParseQualificationDocument);
        var agreement = reader.Read(inputs.Agreement, "learning-agreement", EcvetJson.ParseLearningAgreement);
        var transcript = inputs.Transcript is null ? null : reader.Read(inputs.Transcript, "personal-transcript", EcvetJson.ParsePersonalTranscript);
        var mou = inputs.Mou is null ? null : reader.Read(inputs.Mou, "memorandum-of-understanding", EcvetJson.ParseMemorandumOfUnderstanding);
        var hostUnits = inputs.HostOutcomes is null ? null : reader.ReadHostOutcomes(inputs.HostOutcomes);
        var confirmations = inputs.Confirmations is null ? null
            : reader.Read(inputs.Confirmations, "match-confirmations", EcvetJson.ParseMatchConfirmationSet);
        var ruleSet = inputs.Rules is null ? RuleSet.Default : reader.Read(inputs.Rules, "rule-set", EcvetJson.ParseRuleSet);
        if (reader.ExitCode != ExitCodes.Success)
        {
            return reader.ExitCode;
        }

        var record = new MobilityRecord(qualification!, agreement!, transcript, mou, hostUnits);
        if (confirmations is not null)
        {
            try
            {
                record = record.WithConfirmations(confirmations);
            }
            catch (ArgumentException e) when (e.ParamName == "confirmations")
            {
                // The record refuses verdicts for another agreement or on an outcome neither side holds: name the file.
                throw CliException.Invalid(inputs.Confirmations!, Message(e));
            }
        }

        RecognitionEngine engine;
        try
        {
            engine = RecognitionEngine.Create(ruleSet!);
        }
        catch (ArgumentException e)
        {
            // A rule set may name predicates that only code can register; the tool registers none.
            throw CliException.Invalid(inputs.Rules ?? "default rule set", Message(e) + " The ecvet tool registers no predicates: a rule set that names one runs only from code.");
        }

        var report = engine.Evaluate(record, today);
        if (format == OutputFormat.Json)
        {
            // The report document, as EcvetJson writes it: `ecvet validate` and EcvetJson.ParseRecognitionReport read it back.
            console.Out.WriteLine(EcvetJson.Serialize(report, indented: true));
            return ExitCodes.Success;
        }

        RecognitionWriter.WriteTable(console.Out, report);
        if (format == ExplainFormat)
        {
            console.Out.WriteLine();
            // The account echoes identifiers and messages from the input documents: clean each line, keep the lines.
            foreach (var line in report.Explain().Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                console.Out.WriteLine(TerminalText.Clean(line));
            }
        }

        return ExitCodes.Success;
    }

    private static string Message(ArgumentException e) => e.Message.Split(" (Parameter", 2)[0];

    /// <summary>The paths given on the command line.</summary>
    private sealed record Inputs(string Qualification, string Agreement, string? Transcript, string? Mou, string? HostOutcomes,
        string? Confirmations, string? Rules);

    /// <summary>Reads the documents, reporting each unreadable or invalid one on standard error and remembering the worst.</summary>
    private sealed class DocumentReader(CliConsole console)
    {
        public int ExitCode { get; private set; } = ExitCodes.Success;

        public T? Read<T>(string path, string typeName, Parse<T> parse)
            where T : class => ReadBytes(path) is { } bytes ? Read(path, bytes, typeName, parse) : null;

        /// <summary>
        /// The host's units: from a qualification document of the host (its units and outcomes, checked as validate
        /// checks it), or from a TSV of outcomes as <c>match --catalogue</c> reads it, which names no units.
        /// </summary>
        public UnitCatalogue? ReadHostOutcomes(string path)
        {
            if (ReadBytes(path) is not { } bytes)
            {
                return null;
            }

            var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
            if (text.TrimStart().StartsWith('{'))
            {
                return Read(path, bytes, "qualification-document", EcvetJson.ParseQualificationDocument)?.Units;
            }

            try
            {
                return HostOutcomesTsv.Read(path, text);
            }
            catch (FormatException e)
            {
                Invalid($"error: {path}: {e.Message}");
                return null;
            }
        }

        private byte[]? ReadBytes(string path)
        {
            try
            {
                return InputFile.ReadBytes(path, EcvetJsonReaderOptions.DefaultMaxInputBytes);
            }
            catch (CliException e) when (e.ExitCode == ExitCodes.FileUnreadable)
            {
                console.Error.WriteLine(TerminalText.Clean($"error: {e.Message}"));
                ExitCode = ExitCodes.FileUnreadable;
                return null;
            }
        }

        private void Invalid(string line)
        {
            console.Error.WriteLine(TerminalText.Clean(line));

            // An unreadable file outranks an invalid one, as in validate.
            ExitCode = ExitCode == ExitCodes.Success ? ExitCodes.InvalidInput : ExitCode;
        }

        private T? Read<T>(string path, byte[] bytes, string typeName, Parse<T> parse)
            where T : class
        {
            var expected = DocumentTypes.Named(typeName);
            var check = DocumentCheck.Run(bytes, expected);
            if (!check.IsValid)
            {
                var count = check.Problems.Length == 1 ? "1 problem" : FormattableString.Invariant($"{check.Problems.Length} problems");
                Invalid($"error: {path}: invalid {expected.Title}, {count}:");
                foreach (var problem in check.Problems)
                {
                    console.Error.WriteLine("  " + TerminalText.Clean(problem.Describe(path)));
                }

                return null;
            }

            return parse(bytes).TryGetValue(out var document) ? document
                : throw new InvalidOperationException($"{path} checked valid as {expected.WithArticle} but did not read as one.");
        }
    }

    private delegate JsonReadResult<T> Parse<T>(ReadOnlySpan<byte> utf8Json, EcvetJsonReaderOptions? options = null)
        where T : class;
}
