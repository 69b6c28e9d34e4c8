using System.CommandLine;
using Ecvet.Interop;
using Ecvet.Recognition;
using Ecvet.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Ecvet.Cli.Export;

/// <summary>
/// <c>ecvet export elm|ob3</c>: write a qualification as a Europass ELM v3 <c>Qualification</c>, or one of its units as
/// an unsigned Open Badges 3.0 credential; with <c>--report</c>, the credit a recognition report recognises, as an
/// unsigned Europass credential or an Open Badges credential of one unit. What the format cannot hold is printed on standard error as notes.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Argument<string>("format") { Description = "The target: elm (Europass ELM v3 JSON-LD) or ob3 (Open Badges 3.0)." };
        format.AcceptOnlyFromAmong("elm", "ob3");
        var qualification = new Option<string>("--qualification", "-q")
        {
            Description = "The qualification document (Ecvet JSON format).",
            Required = true,
            HelpName = "FILE",
        };
        var report = new Option<string>("--report", "-r") { Description = "A recognition report on the qualification: export the recognised credit (elm: every unit recognised in full or in part, or --unit; ob3: --unit).", HelpName = "FILE" };
        var transcript = new Option<string>("--transcript", "-t") { Description = "elm with --report: the host's transcript the report was made from, for the grades.", HelpName = "FILE" };
        var mou = new Option<string>("--mou", "-m") { Description = "elm with --report: the memorandum of understanding naming the home (awarding) and host institutions.", HelpName = "FILE" };
        var unit = new Option<string>("--unit", "-u") { Description = "The unit to export: a badge (ob3), or one recognised unit (elm with --report).", HelpName = "UNIT" };
        var output = new Option<string>("--out", "-o") { Description = "The file to write; standard output when omitted.", HelpName = "FILE" };
        var hours = new Option<decimal?>("--hours-per-year") { Description = "elm: notional learning hours of one full-time year, to write volumes of learning.", HelpName = "HOURS" };
        var issuer = new Option<string>("--issuer") { Description = "ob3: the issuer's profile URI.", HelpName = "URI" };
        var credentialId = new Option<string>("--credential-id") { Description = "ob3, elm with --report: the credential's URI; a new urn:uuid when omitted.", HelpName = "URI" };
        var issued = new Option<string>("--issued") { Description = "ob3: the issuance instant, such as 2025-06-30T12:00:00Z, now when omitted; elm with --report: left to the sealing service when omitted.", HelpName = "INSTANT" };

        var command = new Command("export", "Export a qualification to Europass ELM v3 JSON-LD, or a unit to an unsigned Open Badges 3.0 credential.")
        {
            format, qualification, report, transcript, mou, unit, output, hours, issuer, credentialId, issued,
        };
        command.Validators.Add(result =>
        {
            var target = result.GetValue(format);
            if (target == "ob3" && (result.GetResult(unit) is null || result.GetResult(issuer) is null))
            {
                result.AddError("ob3 needs --unit UNIT and --issuer URI.");
            }

            if (target == "elm" && result.GetResult(report) is not null && result.GetResult(mou) is null)
            {
                result.AddError("elm --report needs --mou FILE: the memorandum names the home institution that awards the credit (a legal name and a country, which Europass requires).");
            }
        });

        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(qualification)!;
            var document = Read(path);
            var reportPath = parsed.GetValue(report);
            var recognition = reportPath is null ? null : ReadDocument(reportPath, EcvetJson.ParseRecognitionReport);
            ExportResult export;
            if (parsed.GetValue(format) == "elm")
            {
                export = recognition is null
                    ? Elm(path, document, parsed.GetValue(hours))
                    : Credential(reportPath!, document, recognition, parsed.GetValue(transcript), parsed.GetValue(mou)!, parsed.GetValue(unit), parsed.GetValue(credentialId), parsed.GetValue(issued));
            }
            else
            {
                export = Badge(reportPath ?? path, document, recognition, parsed.GetValue(unit)!, parsed.GetValue(issuer)!, parsed.GetValue(credentialId), parsed.GetValue(issued));
            }

            foreach (var note in export.Notes)
            {
                console.Error.WriteLine($"note: {note}");
            }

            var target = parsed.GetValue(output);
            if (target is null)
            {
                console.Out.Write(export.ToString());
                console.Out.Write('\n');
            }
            else
            {
                try
                {
                    using var stream = File.Create(target);
                    export.WriteTo(stream);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw CliException.Unreadable(target, e);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static QualificationDocument Read(string path) => ReadDocument(path, EcvetJson.ParseQualificationDocument);

    private static T ReadDocument<T>(string path, Func<string, EcvetJsonReaderOptions?, JsonReadResult<T>> parse)
        where T : class
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.Unreadable(path, e);
        }

        var result = parse(text, null);
        if (!result.TryGetValue(out var document))
        {
            var first = result.Problems[0];
            throw CliException.Invalid(path, $"line {first.Line ?? 1}: {first.Path}: {first.CodeText} {first.Message}");
        }

        return document;
    }

    private static ExportResult Elm(string path, QualificationDocument document, decimal? hours)
    {
        try
        {
            return ElmExport.Qualification(document, new ElmExportOptions { NotionalHoursPerFullTimeYear = hours });
        }
        catch (ArgumentException e)
        {
            throw CliException.Invalid(path, e.Message);
        }
    }

    private static Instant? Issued(string? issued) =>
        issued is null ? null
        : InstantPattern.General.Parse(issued) is { Success: true } parsedInstant ? parsedInstant.Value
        : throw new CliException(ExitCodes.Usage, $"--issued: '{issued}' is not an instant such as 2025-06-30T12:00:00Z.");

    private static ExportResult Credential(string path, QualificationDocument document, RecognitionReport report, string? transcriptPath,
        string mouPath, string? unit, string? credentialId, string? issued)
    {
        var transcript = transcriptPath is null ? null : ReadDocument(transcriptPath, EcvetJson.ParsePersonalTranscript);
        var mou = ReadDocument(mouPath, EcvetJson.ParseMemorandumOfUnderstanding);
        var organisations = mou.SigningOrganisations.AddRange(mou.CoveredOrganisations);
        var home = organisations.FirstOrDefault(o => o.IsIdentifiedBy(document.Qualification.AwardingBody))
            ?? throw CliException.Invalid(mouPath, $"the memorandum names no organisation {document.Qualification.AwardingBody}, the awarding body of {document.Qualification.Id}.");
        var issuedOn = Issued(issued);
        ElmCredentialOptions options;
        try
        {
            options = new ElmCredentialOptions
            {
                CredentialId = new Uri(credentialId ?? "urn:uuid:" + Guid.NewGuid().ToString("D"), UriKind.RelativeOrAbsolute),
                AwardingBody = home,
                Host = organisations.FirstOrDefault(o => o.IsIdentifiedBy(report.Host)),
                IssuedOn = issuedOn,
            };
        }
        catch (Exception e) when (e is ArgumentException or UriFormatException)
        {
            throw new CliException(ExitCodes.Usage, e.Message);
        }

        try
        {
            return unit is null
                ? ElmExport.RecognisedCredit(document, report, transcript, options)
                : ElmExport.RecognisedUnit(document, report, UnitId.Parse(unit), transcript, options);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw CliException.Invalid(path, e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    private static ExportResult Badge(string path, QualificationDocument document, RecognitionReport? report, string unit, string issuer, string? credentialId, string? issued)
    {
        var issuedOn = Issued(issued) ?? SystemClock.Instance.GetCurrentInstant();

        OpenBadgeCredentialOptions options;
        try
        {
            options = new OpenBadgeCredentialOptions
            {
                CredentialId = new Uri(credentialId ?? "urn:uuid:" + Guid.NewGuid().ToString("D"), UriKind.RelativeOrAbsolute),
                IssuerId = new Uri(issuer, UriKind.RelativeOrAbsolute),
                IssuedOn = issuedOn,
            };
        }
        catch (Exception e) when (e is ArgumentException or UriFormatException)
        {
            throw new CliException(ExitCodes.Usage, e.Message);
        }

        try
        {
            return report is null
                ? OpenBadgesExport.UnitAchievement(document, UnitId.Parse(unit), options)
                : OpenBadgesExport.RecognisedUnit(document, report, UnitId.Parse(unit), options);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw CliException.Invalid(path, e.Message.Split(" (Parameter", 2)[0]);
        }
    }
}
