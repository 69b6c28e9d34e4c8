using System.Text;
using System.Text.Json;
using Ecvet.Cli.Tests.Support;

namespace Ecvet.Cli.Tests;

public sealed class ValidateCommandTests
{
    private static readonly string Cook = Repository.Example("fi-cook.json");
    private static readonly string Agreement = Repository.Example("mobility/learning-agreement.json");
    private static readonly string Memorandum = Repository.Example("mobility/memorandum-of-understanding.json");
    private static readonly string Transcript = Repository.Example("mobility/personal-transcript.json");

    private static CliResult Validate(TempFile file, params string[] options) => Tool.Run(["validate", .. options, file.Path]);

    [Fact]
    public void Validate_EveryExample_IsValidAndNamedByItsType()
    {
        var files = Repository.ExampleDocuments.Select(relative => Path.Combine(Repository.Root, relative)).ToArray();

        var result = Tool.Run(["validate", .. files]);

        result.ExitCode.Should().Be(0, result.Output + result.Error);
        result.Error.Should().BeEmpty();
        result.OutputLines.Should().Equal(
        [
            $"{Cook}: valid qualification document",
            $"{Repository.Example("fi-electrician.json")}: valid qualification document",
            $"{Repository.Example("mobility/host-qualification.json")}: valid qualification document",
            $"{Agreement}: valid learning agreement",
            $"{Repository.Example("mobility/match-confirmations.json")}: valid set of match confirmations",
            $"{Memorandum}: valid memorandum of understanding",
            $"{Transcript}: valid personal transcript",
            $"{Repository.Example("recognition/credit-ledger.json")}: valid credit ledger",
            $"{Repository.Example("recognition/recognition-report.json")}: valid recognition report",
            $"{Repository.Example("recognition/rule-set.json")}: valid recognition rule set",
            "10 files: 10 valid, 0 invalid.",
        ]);
    }

    [Fact]
    public void Validate_TypeGivenAndMatching_IsValid()
    {
        var result = Tool.Run("validate", "--type", "personal-transcript", Transcript);

        result.ExitCode.Should().Be(0);
        result.OutputLines.Should().Equal($"{Transcript}: valid personal transcript", "1 file: 1 valid, 0 invalid.");
    }

    [Fact]
    public void Validate_WrongTypeGiven_NamesTheDocumentsRealType()
    {
        var result = Tool.Run("validate", "--type", "qualification-document", Agreement);

        result.ExitCode.Should().Be(1);
        result.Error.Should().BeEmpty();
        result.OutputLines.Should().Equal(
            $"{Agreement}: invalid qualification document, 1 problem:",
            $"  {Agreement}:1:1: $: EcvetCli0002 This is a learning agreement, not a qualification document.",
            "1 file: 0 valid, 1 invalid.");
    }

    [Fact]
    public void Validate_TypeGivenForAnUnrecognisableDocument_ReportsItsProblemsAsThatType()
    {
        using var file = new TempFile("""{"schemaVersion":"1.0","colour":"red"}""", ".json");

        var result = Validate(file, "--type", "learning-agreement");

        result.ExitCode.Should().Be(1);
        result.OutputLines[0].Should().Be($"{file.Path}: invalid learning agreement, 4 problems:");
        result.OutputLines.Should().Contain($"  {file.Path}:1:24: $.colour: EcvetJson0012 Unknown property 'colour'; expected one of: schemaVersion, id, versions, proposals, end.");
        result.OutputLines.Where(line => line.Contains("EcvetJson0015", StringComparison.Ordinal)).Should().HaveCount(3, "id, versions and proposals are missing");
    }

    [Fact]
    public void Validate_SeveralFilesOneInvalid_PrintsEachAndExitsOne()
    {
        var cook = File.ReadAllText(Cook);
        var level = cook.IndexOf("\"eqfLevel\": 4", StringComparison.Ordinal);
        using var broken = new TempFile(cook[..level] + "\"eqfLevel\": 9" + cook[(level + "\"eqfLevel\": 4".Length)..], ".json");

        var result = Tool.Run("validate", Cook, broken.Path, Transcript);

        result.ExitCode.Should().Be(1);
        result.OutputLines[0].Should().Be($"{Cook}: valid qualification document");
        result.OutputLines[1].Should().Be($"{broken.Path}: invalid qualification document, 1 problem:");
        result.OutputLines[2].Should().MatchRegex($@"^  {Regex(broken.Path)}:\d+:\d+: \$\.qualification\.eqfLevel: EcvetJson0033 ");
        result.OutputLines[3].Should().Be($"{Transcript}: valid personal transcript");
        result.OutputLines[4].Should().Be("3 files: 2 valid, 1 invalid.");
    }

    [Fact]
    public void Validate_MissingFileAmongValidOnes_ChecksTheOthersAndExitsThree()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-document-" + Guid.NewGuid().ToString("N") + ".json");

        var result = Tool.Run("validate", Cook, missing);

        result.ExitCode.Should().Be(3, "a file that could not be read was not checked");
        result.Error.Should().Be($"error: {missing}: file not found.\n");
        result.OutputLines.Should().Equal($"{Cook}: valid qualification document", "2 files: 1 valid, 0 invalid, 1 unreadable.");
    }

    [Fact]
    public void Validate_Json_IsOneDocumentWithEveryFileAndProblem()
    {
        using var broken = new TempFile("{\n  \"schemaVersion\": \"1.0\",\n  \"qualification\": 42,\n  \"units\": []\n}\n", ".json");
        var missing = "/no/such/file.json";

        var result = Tool.Run("validate", "--format", "json", Cook, broken.Path, missing);

        result.ExitCode.Should().Be(3);
        result.Error.Should().Be($"error: {missing}: file not found.\n", "errors still go to standard error");
        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        root.GetProperty("valid").GetInt32().Should().Be(1);
        root.GetProperty("invalid").GetInt32().Should().Be(1);
        root.GetProperty("unreadable").GetInt32().Should().Be(1);
        var files = root.GetProperty("files").EnumerateArray().ToList();
        files.Select(f => f.GetProperty("file").GetString()).Should().Equal(Cook, broken.Path, missing);
        files.Select(f => f.GetProperty("type").GetString()).Should().Equal("qualification-document", "qualification-document", null);
        files.Select(f => f.GetProperty("valid").GetBoolean()).Should().Equal(true, false, false);
        files[2].GetProperty("error").GetString().Should().Be($"{missing}: file not found.");
        files[0].GetProperty("problems").GetArrayLength().Should().Be(0);
        var problem = files[1].GetProperty("problems")[0];
        problem.GetProperty("code").GetString().Should().Be("EcvetJson0011");
        problem.GetProperty("path").GetString().Should().Be("$.qualification");
        problem.GetProperty("line").GetInt64().Should().Be(3);
        problem.GetProperty("byte").GetInt64().Should().Be(20);
        problem.GetProperty("message").GetString().Should().Be("Expected an object, found a number.");
    }

    /// <summary>
    /// Broken documents: what is broken, the content, the type named in the file's line, the position of the problem
    /// (<c>:line:byte</c>, or null when it is not asserted) and the problem (path, code, start of the message).
    /// </summary>
    public static TheoryData<string, byte[], string, string?, string> BrokenDocuments()
    {
        var cook = File.ReadAllText(Cook);
        var agreement = File.ReadAllText(Agreement);
        byte[] CookWith(string find, string replace) => Encoding.UTF8.GetBytes(cook.Replace(find, replace, StringComparison.Ordinal));
        return new TheoryData<string, byte[], string, string?, string>
        {
            { "empty file", [], "document of unknown type", ":1:1", "$: EcvetJson0002 The input holds no JSON value." },
            { "white space only", "  \n\t\n"u8.ToArray(), "document of unknown type", ":1:1", "$: EcvetJson0002 " },
            { "not JSON", "not json"u8.ToArray(), "document of unknown type", ":1:2", "$: EcvetJson0003 " },
            { "the literal null", "null"u8.ToArray(), "document of unknown type", ":1:1", "$: EcvetJson0010 " },
            { "an array", "[]"u8.ToArray(), "document of unknown type", ":1:1", "$: EcvetJson0011 Expected an object, found an array." },
            { "an empty object", "{}"u8.ToArray(), "document of unknown type", ":1:1", "$: EcvetCli0001 Not a document of a type the tool knows" },
            { "unrelated JSON", """{"name":"Aino","age":21}"""u8.ToArray(), "document of unknown type", ":1:1", "$: EcvetCli0001 " },
            { "a byte order mark", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(cook)], "qualification document", ":1:1", "$: EcvetJson0004 " },
            { "a truncated qualification document", Encoding.UTF8.GetBytes(cook[..(cook.Length / 2)]), "qualification document", null, "$: EcvetJson0003 " },
            { "a truncated learning agreement", Encoding.UTF8.GetBytes(agreement[..300]), "learning agreement", ":11:67", "$: EcvetJson0003 " },
            { "a trailing comma", Encoding.UTF8.GetBytes(cook.TrimEnd()[..^1].TrimEnd() + ",}"), "qualification document", null, "$: EcvetJson0003 " },
            { "an unknown property", CookWith("\"schemaVersion\": \"1.0\",", "\"schemaVersion\": \"1.0\",\n  \"colour\": \"red\","), "qualification document", ":3:3", "$.colour: EcvetJson0012 Unknown property 'colour'" },
            { "a duplicate property", CookWith("\"schemaVersion\": \"1.0\",", "\"schemaVersion\": \"1.0\",\n  \"schemaVersion\": \"1.0\","), "qualification document", ":3:3", "$.schemaVersion: EcvetJson0014 " },
            { "an unsupported schema version", CookWith("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"2.0\""), "qualification document", ":2:20", "$.schemaVersion: EcvetJson0020 " },
            { "an EQF level out of range", CookWith("\"eqfLevel\": 4", "\"eqfLevel\": 9"), "qualification document", null, "$.qualification.eqfLevel: EcvetJson0033 " },
            { "a number as a string", CookWith("\"eqfLevel\": 4", "\"eqfLevel\": \"4\""), "qualification document", null, "$.qualification.eqfLevel: EcvetJson0011 " },
            { "nesting beyond the limit", Encoding.UTF8.GetBytes("""{"units":""" + new string('[', 40) + new string(']', 40) + "}"), "qualification document", ":1:41", "$.units[0]: EcvetJson0006 " },
            { "input beyond the size limit", Encoding.UTF8.GetBytes("""{"units":" """ + new string('x', 4 * 1024 * 1024) + "\"}"), "qualification document", null, "$: EcvetJson0001 " },
        };
    }

    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public void Validate_BrokenDocument_ExitsOneWithItsProblem(string name, byte[] content, string title, string? position, string problem)
    {
        using var file = new TempFile(content, ".json");

        var result = Validate(file);

        result.ExitCode.Should().Be(1, name);
        result.Error.Should().BeEmpty(name);
        result.OutputLines[0].Should().MatchRegex($@"^{Regex(file.Path)}: invalid {title}, \d+ problems?:$", name);
        result.OutputLines.Skip(1).SkipLast(1).Should().OnlyContain(line => line.StartsWith("  " + file.Path, StringComparison.Ordinal), name);
        var prefix = "  " + file.Path + position;
        result.OutputLines.Should().Contain(line => line.StartsWith(prefix, StringComparison.Ordinal) && line.Contains(": " + problem, StringComparison.Ordinal), name);
        result.OutputLines[^1].Should().Be("1 file: 0 valid, 1 invalid.", name);
    }

    [Fact]
    public void Validate_DomainRuleBroken_ReportsTheDomainsCodeWithLineAndByte()
    {
        using var file = new TempFile(File.ReadAllText(Cook).Replace("\"value\": 180", "\"value\": -180", StringComparison.Ordinal), ".json");

        var result = Validate(file);

        result.ExitCode.Should().Be(1);
        result.OutputLines.Should().Contain(line => line.StartsWith($"  {file.Path}:", StringComparison.Ordinal)
            && line.Contains(": $.qualification.totalCredit.value: EcvetJson0030 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Directory_ExitsThree()
    {
        var directory = Path.Combine(Repository.Root, "examples");

        var result = Tool.Run("validate", directory);

        result.ExitCode.Should().Be(3);
        result.Error.Should().Be($"error: {directory}: is a directory, not a file.\n");
        result.OutputLines.Should().Equal("1 file: 0 valid, 0 invalid, 1 unreadable.");
    }

    [Fact]
    public void Validate_TerminalControlInTheDocument_IsNotEchoed()
    {
        using var file = new TempFile("""{"schemaVersion":"1.0","qualification":{},"units":[],"\u001b[31mred\u001b]0;pwned\u0007":1}""", ".json");

        var result = Validate(file);

        result.ExitCode.Should().Be(1);
        result.Output.Should().NotContain("\u001b").And.NotContain("\u0007");
        result.Output.Should().Contain("Unknown property 'red'");
    }

    [Fact]
    public void Validate_FileNameWithTerminalControl_IsNotEchoed()
    {
        var result = Tool.Run("validate", "/no/such/\u001b[2Jfile.json");

        result.ExitCode.Should().Be(3);
        result.Error.Should().Be("error: /no/such/file.json: file not found.\n");
    }

    [Theory]
    [InlineData(new[] { "validate" }, "Required argument missing for command: 'validate'.")]
    [InlineData(new[] { "validate", "" }, "FILE needs file paths, not an empty string.")]
    [InlineData(new[] { "validate", "--type", "agreement", "a.json" }, "'agreement' is not a valid --type; use one of qualification-document, learning-agreement, memorandum-of-understanding, personal-transcript, rule-set, match-confirmations, recognition-report, credit-ledger; did you mean 'learning-agreement'?")]
    [InlineData(new[] { "validate", "--format", "tsv", "a.json" }, "'tsv' is not a valid --format; use one of text, json.")]
    [InlineData(new[] { "validate", "--strict", "a.json" }, "unknown option '--strict' for 'ecvet validate'.")]
    [InlineData(new[] { "validate", "--fromat", "json", "a.json" }, "unknown option '--fromat' for 'ecvet validate'; did you mean '--format'?")]
    public void Validate_UsageError_ExitsTwoWithOneLine(string[] args, string message)
    {
        var result = Tool.Run(args);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: {message}\nRun 'ecvet validate --help' for usage.\n");
    }

    [Fact]
    public void Validate_ManyFilesOnATerminal_ShowsProgressUnlessQuiet()
    {
        var files = Enumerable.Repeat(Cook, 250).ToArray();

        var terminal = Tool.Run(isErrorTerminal: true, ["validate", .. files]);
        var quiet = Tool.Run(isErrorTerminal: true, ["validate", "--quiet", .. files]);
        var redirected = Tool.Run(isErrorTerminal: false, ["validate", .. files]);

        terminal.ExitCode.Should().Be(0);
        terminal.Error.Should().Be("Checked 100 of 250 files...\nChecked 200 of 250 files...\n");
        quiet.Error.Should().BeEmpty();
        redirected.Error.Should().BeEmpty();
        quiet.Output.Should().Be(terminal.Output).And.Be(redirected.Output).And.EndWith("250 files: 250 valid, 0 invalid.\n");
    }

    private static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
