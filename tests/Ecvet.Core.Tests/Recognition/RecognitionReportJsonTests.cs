using System.Text.Json.Nodes;
using Ecvet.Recognition;
using Ecvet.Serialization;
using static Ecvet.Tests.Agreements.Fixtures;
using static Ecvet.Tests.Recognition.RecognitionFixture;

namespace Ecvet.Tests.Recognition;

public sealed class RecognitionReportJsonTests
{
    private const string ReviewBandText = "Describes how cooking changes the taste and colour of vegetables.";

    private static readonly bool Approve = Environment.GetEnvironmentVariable("ECVET_APPROVE_EXAMPLES") == "1"
        || Environment.GetEnvironmentVariable("ECVET_APPROVE_SCHEMAS") == "1";

    /// <summary>Reports of different shapes: every decision, every evidence path, a confirmation, a pending match, a missing transcript.</summary>
    public static TheoryData<string> Reports => [.. Samples.Keys];

    private static readonly Dictionary<string, Func<RecognitionReport>> Samples = new()
    {
        ["worked example, none"] = () => Evaluate(WorkedExample()),
        ["worked example, pro rata"] = () => Evaluate(WorkedExample(), RecognitionPolicy.Default.With(partialPoints: PartialPointsPolicy.ProRata)),
        ["worked example, as agreed"] = () => Evaluate(WorkedExample(), RecognitionPolicy.Default.With(partialPoints: PartialPointsPolicy.AsAgreed)),
        ["no transcript"] = () => Evaluate(WorkedExample().WithTranscript(null)),
        ["expired MoU"] = () => Evaluate(WorkedExample().WithMou(Mou(validUntil: new NodaTime.LocalDate(2026, 3, 1)))),
        ["confirmed review-band match"] = () => Evaluate(ConfirmedMatch()),
        ["example"] = Example,
    };

    /// <summary>A change to the example report, the problem code and the path it must be reported at.</summary>
    public static TheoryData<string, Action<JsonObject>, JsonProblemCode, string> BadReports { get; } = new()
    {
        { "points above the allocation", d => Decision(d, 1)["points"] = 16, JsonProblemCode.InvalidValue, "$.decisions[1].points" },
        { "points for a deferred unit", d => Decision(d, 0)["points"] = 5, JsonProblemCode.InvalidValue, "$.decisions[0].points" },
        { "negative points", d => Decision(d, 1)["points"] = -1, JsonProblemCode.InvalidValue, "$.decisions[1].points" },
        { "points with three decimals", d => Decision(d, 1)["allocation"] = 15.125, JsonProblemCode.InvalidValue, "$.decisions[1].allocation" },
        { "coverage above 1", d => Decision(d, 1)["coverage"] = 1.5, JsonProblemCode.InvalidValue, "$.decisions[1].coverage" },
        { "covered outcome not targeted", d => Decision(d, 1)["coveredOutcomes"]![0]!["outcome"] = "fi-cook-u3-lo1", JsonProblemCode.InvalidValue, "$.decisions[1].coveredOutcomes" },
        { "outcome covered twice", d => Decision(d, 1)["coveredOutcomes"]![1]!["outcome"] = "fi-cook-u4-lo1", JsonProblemCode.DuplicateId, "$.decisions[1].coveredOutcomes[1].outcome" },
        { "two decisions for one unit", d => Decision(d, 1)["unit"] = "fi-cook-u3", JsonProblemCode.DuplicateId, "$.decisions[1].unit" },
        { "pending match of an outcome not targeted", d => Decision(d, 0)["awaitingConfirmation"]![0]!["homeOutcome"] = "fi-cook-u4-lo1", JsonProblemCode.InvalidValue, "$.decisions[0].awaitingConfirmation" },
        { "similarity above 1", d => Decision(d, 0)["awaitingConfirmation"]![0]!["similarity"] = 1.2, JsonProblemCode.InvalidValue, "$.decisions[0].awaitingConfirmation[0].similarity" },
        { "similarity on a home assessment", d => Evidence(d, 1, 0)["similarity"] = 0.9, JsonProblemCode.InvalidValue, "$.decisions[1].coveredOutcomes[0].evidence.similarity" },
        { "matched outcome without similarity", d => Evidence(d, 0, 0).Remove("similarity"), JsonProblemCode.InvalidValue, "$.decisions[0].coveredOutcomes[0].evidence.similarity" },
        { "unknown evidence kind", d => Evidence(d, 1, 0)["kind"] = "hearsay", JsonProblemCode.InvalidEnumValue, "$.decisions[1].coveredOutcomes[0].evidence.kind" },
        { "bad assessment date", d => Evidence(d, 1, 0)["assessedOn"] = "2026-13-01", JsonProblemCode.InvalidDate, "$.decisions[1].coveredOutcomes[0].evidence.assessedOn" },
        { "empty evidence source", d => Evidence(d, 1, 0)["source"] = " ", JsonProblemCode.InvalidValue, "$.decisions[1].coveredOutcomes[0].evidence.source" },
        { "unknown decision", d => Decision(d, 1)["outcome"] = "maybe", JsonProblemCode.InvalidEnumValue, "$.decisions[1].outcome" },
        { "bad unit identifier", d => Decision(d, 1)["unit"] = " fi-cook-u4", JsonProblemCode.InvalidIdentifier, "$.decisions[1].unit" },
        { "unknown truth", d => Trace(d, 0)["truth"] = "perhaps", JsonProblemCode.InvalidEnumValue, "$.trace[0].truth" },
        { "truth as a boolean", d => Trace(d, 0)["truth"] = true, JsonProblemCode.WrongType, "$.trace[0].truth" },
        { "rule id with spaces", d => Trace(d, 0)["ruleId"] = "MOU 001", JsonProblemCode.InvalidValue, "$.trace[0].ruleId" },
        { "empty trace message", d => Trace(d, 0)["message"] = "", JsonProblemCode.InvalidValue, "$.trace[0].message" },
        { "null evidence path", d => Trace(d, 0)["evidence"] = new JsonArray((JsonNode?)null), JsonProblemCode.NullNotAllowed, "$.trace[0].evidence[0]" },
        { "subject missing", d => Trace(d, 0).Remove("subject"), JsonProblemCode.MissingProperty, "$.trace[0].subject" },
        { "agreement version 0", d => d["agreement"]!["version"] = 0, JsonProblemCode.InvalidValue, "$.agreement" },
        { "bad agreement identifier", d => d["agreement"]!["id"] = "la-1\u0007", JsonProblemCode.InvalidIdentifier, "$.agreement.id" },
        { "bad host", d => d["host"] = "cipfp", JsonProblemCode.InvalidIdentifier, "$.host" },
        { "bad learner identifier", d => d["learner"]!["ids"]![0] = "esi:nonsense", JsonProblemCode.InvalidIdentifier, "$.learner.ids[0]" },
        { "empty rule set id", d => d["ruleSet"]!["id"] = "", JsonProblemCode.InvalidValue, "$.ruleSet" },
        { "evaluatedOn missing", d => d.Remove("evaluatedOn"), JsonProblemCode.MissingProperty, "$.evaluatedOn" },
        { "decisions null", d => d["decisions"] = null, JsonProblemCode.NullNotAllowed, "$.decisions" },
        { "unknown member", d => d["verdict"] = "yes", JsonProblemCode.UnknownProperty, "$.verdict" },
        { "schema version 2", d => d["schemaVersion"] = "2.0", JsonProblemCode.UnsupportedSchemaVersion, "$.schemaVersion" },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void Serialize_Report_ReadsBackEqual(string name)
    {
        var report = Samples[name]();

        var read = EcvetJson.ParseRecognitionReport(EcvetJson.Serialize(report, indented: true));

        read.IsSuccess.Should().BeTrue(string.Join(" | ", read.Problems));
        read.Value.Should().Be(report);
        EcvetJson.Serialize(read.Value).Should().Be(EcvetJson.Serialize(report));
    }

    [Fact]
    public void Serialize_Report_WritesTheContractShape()
    {
        var json = JsonNode.Parse(EcvetJson.Serialize(Example()))!.AsObject();

        json.Select(p => p.Key).Should().Equal("schemaVersion", "ruleSet", "evaluatedOn", "agreement", "learner", "homeQualification", "host", "decisions", "trace");
        json["ruleSet"]!.ToJsonString().Should().Be("""{"id":"ecvet-default","version":"1.0.0"}""");
        json["evaluatedOn"]!.GetValue<string>().Should().Be("2026-06-15");
        Decision(json, 1)["points"]!.ToJsonString().Should().Be("15");
        Decision(json, 0)["outcome"]!.GetValue<string>().Should().Be("deferred");
        Evidence(json, 0, 0)["kind"]!.GetValue<string>().Should().Be("matchedHostOutcome");
        Trace(json, 0)["truth"]!.GetValue<string>().Should().BeOneOf("true", "false", "notEvaluable");
    }

    [Theory]
    [MemberData(nameof(BadReports))]
    public void ParseRecognitionReport_BadReport_ReportsCodeAndPath(string name, Action<JsonObject> change, JsonProblemCode code, string path)
    {
        var document = JsonNode.Parse(EcvetJson.Serialize(Example()))!.AsObject();
        change(document);

        var result = EcvetJson.ParseRecognitionReport(document.ToJsonString());

        result.IsSuccess.Should().BeFalse(name);
        result.Problems.Should().Contain(p => p.Code == code && p.Path == path, $"{name}: {string.Join(" | ", result.Problems)}");
    }

    [Fact]
    public void ParseRecognitionReport_ARuleSet_IsRefusedWithoutAValue()
    {
        var result = EcvetJson.ParseRecognitionReport(EcvetJson.Serialize(RuleSet.Default));

        result.IsSuccess.Should().BeFalse();
        result.Problems.Should().Contain(p => p.Code == JsonProblemCode.UnknownProperty && p.Path == "$.policy");
    }

    [Fact]
    public void DetectDocumentKind_Report_IsARecognitionReport()
    {
        EcvetJson.DetectDocumentKind(System.Text.Encoding.UTF8.GetBytes(EcvetJson.Serialize(Example()))).Should().Be(EcvetDocumentKind.RecognitionReport);
    }

    [Fact]
    public void Schema_IsCommittedAndCurrent()
    {
        var path = Path.Combine(RepositoryRoot(), "schemas", "recognition-report.schema.json");
        if (Approve)
        {
            File.WriteAllText(path, EcvetJson.GetRecognitionReportSchema());
        }

        File.ReadAllText(path).Should().Be(EcvetJson.GetRecognitionReportSchema(), "set ECVET_APPROVE_SCHEMAS=1 to update it");
    }

    [Fact]
    public void Example_IsWhatTheEngineReportsAndReads()
    {
        var path = Path.Combine(RepositoryRoot(), "examples", "recognition", "recognition-report.json");
        var example = Example();
        if (Approve)
        {
            File.WriteAllText(path, EcvetJson.Serialize(example, indented: true) + "\n");
        }

        EcvetJson.ParseRecognitionReport(File.ReadAllText(path)).Value.Should().Be(example);
    }

    /// <summary>
    /// The example report: U3 evidenced by the host's own outcomes, the fourth in the review band and awaiting confirmation
    /// (deferred); U4 assessed by the host as a whole unit (full).
    /// </summary>
    internal static RecognitionReport Example()
    {
        var content = Content(null, ExpectU3(), ExpectU4());
        var record = new MobilityRecord(Qualification(), Agreement(content),
            Transcript(HostOutcome(1), HostOutcome(2), HostOutcome(3), HostOutcome(4), UnitResult(U4)), Mou(), HostUnits(ReviewBandText));
        return Evaluate(record);
    }

    internal static MobilityRecord ConfirmedMatch()
    {
        var confirmation = MatchConfirmation.Confirm(HostLo(4), Lo(3, 4), "Mari Korhonen", NodaTime.Instant.FromUtc(2026, 6, 10, 9, 0), "Same content, other words.");
        return new MobilityRecord(Qualification(), Agreement(),
            Transcript(HostOutcome(1), HostOutcome(2), HostOutcome(3), HostOutcome(4)), Mou(), HostUnits(ReviewBandText), [confirmation]);
    }

    private static JsonObject Decision(JsonObject document, int index) => document["decisions"]![index]!.AsObject();

    private static JsonObject Evidence(JsonObject document, int decision, int covered) =>
        Decision(document, decision)["coveredOutcomes"]![covered]!["evidence"]!.AsObject();

    private static JsonObject Trace(JsonObject document, int index) => document["trace"]![index]!.AsObject();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ecvet.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found.");
    }
}
