using System.CommandLine;
using Ecvet.Interop;
using Ecvet.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Ecvet.Cli.Export;

/// <summary>
/// <c>ecvet export elm|ob3</c>: write a qualification as a Europass ELM v3 <c>Qualification</c>, or one of its units as
/// an unsigned Open Badges 3.0 credential. What the format cannot hold is printed on standard error as notes.
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
        var unit = new Option<string>("--unit", "-u") { Description = "The unit to export as a badge (ob3 only).", HelpName = "UNIT" };
        var output = new Option<string>("--out", "-o") { Description = "The file to write; standard output when omitted.", HelpName = "FILE" };
        var hours = new Option<decimal?>("--hours-per-year") { Description = "elm: notional learning hours of one full-time year, to write volumes of learning.", HelpName = "HOURS" };
        var issuer = new Option<string>("--issuer") { Description = "ob3: the issuer's profile URI.", HelpName = "URI" };
        var credentialId = new Option<string>("--credential-id") { Description = "ob3: the credential's URI; a new urn:uuid when omitted.", HelpName = "URI" };
        var issued = new Option<string>("--issued") { Description = "ob3: the issuance instant, such as 2025-06-30T12:00:00Z; now when omitted.", HelpName = "INSTANT" };

        var command = new Command("export", "Export a qualification to Europass ELM v3 JSON-LD, or a unit to an unsigned Open Badges 3.0 credential.")
        {
            format, qualification, unit, output, hours, issuer, credentialId, issued,
        };
        command.Validators.Add(result =>
        {
            var target = result.GetValue(format);
            if (target == "ob3" && (result.GetResult(unit) is null || result.GetResult(issuer) is null))
            {
                result.AddError("ob3 needs --unit UNIT and --issuer URI.");
            }
        });

        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(qualification)!;
            var document = Read(path);
            var export = parsed.GetValue(format) == "elm"
                ? Elm(path, document, parsed.GetValue(hours))
                : Badge(path, document, parsed.GetValue(unit)!, parsed.GetValue(issuer)!, parsed.GetValue(credentialId), parsed.GetValue(issued));
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

    private static QualificationDocument Read(string path)
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

        var result = EcvetJson.ParseQualificationDocument(text);
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

    private static ExportResult Badge(string path, QualificationDocument document, string unit, string issuer, string? credentialId, string? issued)
    {
        Instant issuedOn;
        if (issued is null)
        {
            issuedOn = SystemClock.Instance.GetCurrentInstant();
        }
        else if (InstantPattern.General.Parse(issued) is { Success: true } parsedInstant)
        {
            issuedOn = parsedInstant.Value;
        }
        else
        {
            throw new CliException(ExitCodes.Usage, $"--issued: '{issued}' is not an instant such as 2025-06-30T12:00:00Z.");
        }

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
            return OpenBadgesExport.UnitAchievement(document, UnitId.Parse(unit), options);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw CliException.Invalid(path, e.Message);
        }
    }
}
