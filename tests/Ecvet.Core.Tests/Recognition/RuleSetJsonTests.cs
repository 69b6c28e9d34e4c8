using System.Text;
using System.Text.Json.Nodes;
using Ecvet.Recognition;
using Ecvet.Serialization;

namespace Ecvet.Tests.Recognition;

public sealed class RuleSetJsonTests
{
    private static readonly bool Approve = Environment.GetEnvironmentVariable("ECVET_APPROVE_EXAMPLES") == "1";

    /// <summary>Bad rule sets: a change to the default rule set's JSON, the problem code and the path it must be reported at.</summary>
    public static TheoryData<string, Action<JsonObject>, JsonProblemCode, string> BadRuleSets { get; } = new()
    {
        { "unknown check", d => Condition(d, 0)["kind"] = "mouIsNice", JsonProblemCode.InvalidEnumValue, "$.rules[0].condition.kind" },
        { "expression string as kind", d => Condition(d, 5)["kind"] = "input.Age > 18", JsonProblemCode.InvalidEnumValue, "$.rules[5].condition.kind" },
        { "nested unknown kind", d => Part(d, 0, 1)["kind"] = "System.Diagnostics.Process", JsonProblemCode.InvalidEnumValue, "$.rules[0].condition.parts[1].kind" },
        { "kind missing", d => Condition(d, 5).Remove("kind"), JsonProblemCode.MissingProperty, "$.rules[5].condition.kind" },
        { "allOf without parts", d => Rule(d, 5)["condition"] = new JsonObject { ["kind"] = "allOf" }, JsonProblemCode.NullNotAllowed, "$.rules[5].condition.parts" },
        { "anyOf with empty parts", d => Condition(d, 0)["parts"] = new JsonArray(), JsonProblemCode.EmptyCollection, "$.rules[0].condition.parts" },
        { "not without part", d => Rule(d, 5)["condition"] = new JsonObject { ["kind"] = "not" }, JsonProblemCode.MissingProperty, "$.rules[5].condition.part" },
        { "check with parts", d => Condition(d, 5)["parts"] = new JsonArray(new JsonObject { ["kind"] = "mouSigned" }), JsonProblemCode.UnknownProperty, "$.rules[5].condition.parts" },
        { "predicate without name", d => Rule(d, 5)["condition"] = new JsonObject { ["kind"] = "predicate" }, JsonProblemCode.MissingProperty, "$.rules[5].condition.name" },
        { "predicate name with spaces", d => Rule(d, 5)["condition"] = new JsonObject { ["kind"] = "predicate", ["name"] = "Process.Start(\"calc\")" }, JsonProblemCode.InvalidValue, "$.rules[5].condition.name" },
        { "unknown member on a condition", d => Condition(d, 5)["expression"] = "1 == 1", JsonProblemCode.UnknownProperty, "$.rules[5].condition.expression" },
        { "duplicate rule id", d => Rule(d, 1)["id"] = "MOU-001", JsonProblemCode.InvalidValue, "$.rules" },
        { "rule id with spaces", d => Rule(d, 1)["id"] = "MOU 002", JsonProblemCode.InvalidValue, "$.rules[1].id" },
        { "empty message", d => Rule(d, 1)["message"] = " ", JsonProblemCode.InvalidValue, "$.rules[1].message" },
        { "unknown scope", d => Rule(d, 1)["scope"] = "planet", JsonProblemCode.InvalidEnumValue, "$.rules[1].scope" },
        { "unknown severity", d => Rule(d, 1)["severity"] = "fatal", JsonProblemCode.InvalidEnumValue, "$.rules[1].severity" },
        { "no rules", d => d["rules"] = new JsonArray(), JsonProblemCode.EmptyCollection, "$.rules" },
        { "equivalence threshold above 1", d => Policy(d)["equivalenceThreshold"] = 1.5, JsonProblemCode.InvalidValue, "$.policy.equivalenceThreshold" },
        { "review above equivalence", d => Policy(d)["reviewThreshold"] = 0.9, JsonProblemCode.InvalidValue, "$.policy.reviewThreshold" },
        { "negative partial coverage", d => Policy(d)["partialCoverage"] = -0.1, JsonProblemCode.InvalidValue, "$.policy.partialCoverage" },
        { "full coverage zero", d => Policy(d)["fullCoverage"] = 0, JsonProblemCode.InvalidValue, "$.policy.fullCoverage" },
        { "points step zero", d => Policy(d)["pointsStep"] = 0, JsonProblemCode.InvalidValue, "$.policy.pointsStep" },
        { "points step too precise", d => Policy(d)["pointsStep"] = 0.125, JsonProblemCode.InvalidValue, "$.policy.pointsStep" },
        { "EQF gap 8", d => Policy(d)["maxEqfLevelGap"] = 8, JsonProblemCode.InvalidValue, "$.policy.maxEqfLevelGap" },
        { "negative grace days", d => Policy(d)["assessmentGraceDays"] = -1, JsonProblemCode.InvalidValue, "$.policy.assessmentGraceDays" },
        { "guardian age 0", d => Policy(d)["guardianAge"] = 0, JsonProblemCode.InvalidValue, "$.policy.guardianAge" },
        { "unknown partial-points policy", d => Policy(d)["partialPoints"] = "generous", JsonProblemCode.InvalidEnumValue, "$.policy.partialPoints" },
        { "threshold as string", d => Policy(d)["reviewThreshold"] = "0.5", JsonProblemCode.WrongType, "$.policy.reviewThreshold" },
        { "policy missing", d => d.Remove("policy"), JsonProblemCode.MissingProperty, "$.policy" },
        { "unknown top-level member", d => d["script"] = "rm -rf /", JsonProblemCode.UnknownProperty, "$.script" },
        { "schema version 2", d => d["schemaVersion"] = "2.0", JsonProblemCode.UnsupportedSchemaVersion, "$.schemaVersion" },
        { "condition nested 13 levels", d => Rule(d, 5)["condition"] = Nest(13), JsonProblemCode.InvalidValue, "$.rules[5].condition.part" },
    };

    [Theory]
    [MemberData(nameof(BadRuleSets))]
    public void ParseRuleSet_BadRuleSet_ReportsCodeAndPath(string name, Action<JsonObject> change, JsonProblemCode code, string path)
    {
        var document = JsonNode.Parse(EcvetJson.Serialize(RuleSet.Default))!.AsObject();
        change(document);

        var result = EcvetJson.ParseRuleSet(document.ToJsonString());

        result.IsSuccess.Should().BeFalse(name);
        result.Problems.Should().Contain(p => p.Code == code && p.Path == path, $"{name}: {string.Join(" | ", result.Problems)}");
    }

    [Fact]
    public void ParseRuleSet_TenThousandDeepNesting_ReportsDepthWithoutThrowing()
    {
        var json = new StringBuilder("{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"version\":\"1\",\"policy\":null,\"rules\":[{\"id\":\"X-1\",\"scope\":\"unit\",\"severity\":\"blocking\",\"condition\":");
        for (var i = 0; i < 10_000; i++)
        {
            json.Append("{\"kind\":\"not\",\"part\":");
        }

        json.Append("{\"kind\":\"mouSigned\"}").Append('}', 10_000).Append(",\"message\":\"m\"}]}");

        var result = EcvetJson.ParseRuleSet(json.ToString());

        result.IsSuccess.Should().BeFalse();
        result.Problems.Should().Contain(p => p.Code == JsonProblemCode.DepthExceeded);
    }

    [Fact]
    public void ParseRuleSet_FiftyMegabytes_ReportsInputTooLarge()
    {
        var padding = new string(' ', 50 * 1024 * 1024);
        var json = EcvetJson.Serialize(RuleSet.Default).Insert(1, padding);

        var result = EcvetJson.ParseRuleSet(json);

        result.Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCode.InputTooLarge);
    }

    [Fact]
    public void Default_RoundTripsThroughJson()
    {
        var json = EcvetJson.Serialize(RuleSet.Default, indented: true);

        EcvetJson.ParseRuleSet(json).Value.Should().Be(RuleSet.Default);
    }

    [Fact]
    public void Default_EmbeddedDocument_IsWhatTheLibraryWrites()
    {
        var path = Path.Combine(RepositoryRoot(), "src", "Ecvet.Core", "Recognition", "ecvet-default.rules.json");

        File.ReadAllText(path).Should().Be(EcvetJson.Serialize(RuleSet.Default, indented: true) + "\n");
    }

    [Fact]
    public void Default_HoldsTheCatalogueRules()
    {
        RuleSet.Default.Rules.Select(r => r.Id).Should().Contain(["MOU-001", "MOU-002", "MOU-003", "MOU-004", "MOU-005", "LA-001", "LA-002",
            "LA-003", "LA-004", "LA-005", "LA-006", "LA-007", "ASM-001", "ASM-002", "ASM-003", "ASM-004", "ASM-005", "VAL-001", "VAL-002", "VAL-003",
            "VAL-005", "VAL-006", "REC-005", "REC-007", "ACC-001", "CNV-001"]);
    }

    [Fact]
    public void Schema_IsCommittedAndCurrent()
    {
        var path = Path.Combine(RepositoryRoot(), "schemas", "rule-set.schema.json");
        if (Approve)
        {
            File.WriteAllText(path, EcvetJson.GetRuleSetSchema());
        }

        File.ReadAllText(path).Should().Be(EcvetJson.GetRuleSetSchema(), "set ECVET_APPROVE_EXAMPLES=1 to update it");
    }

    [Fact]
    public void Example_ExtendsTheDefaultAndReads()
    {
        var path = Path.Combine(RepositoryRoot(), "examples", "recognition", "rule-set.json");
        var example = RuleSet.Default.WithVersion("1.0.0+fi-2026")
            .WithPolicy(RecognitionPolicy.Default.With(partialPoints: PartialPointsPolicy.ProRata, assessmentGraceDays: 7))
            .WithRule(RecognitionRule.Create("FI-001", RuleScope.Unit, RuleSeverity.Advisory,
                Ecvet.Recognition.Condition.AllOf(Ecvet.Recognition.Condition.Check(CheckKind.RecognisedAutomatically), Ecvet.Recognition.Condition.Not(Ecvet.Recognition.Condition.Predicate("fi.unitAlreadyInPlan"))),
                "The unit is not already in the learner's personal competence development plan."));
        if (Approve)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, EcvetJson.Serialize(example, indented: true) + "\n");
        }

        EcvetJson.ParseRuleSet(File.ReadAllText(path)).Value.Should().Be(example);
    }

    private static JsonObject Rule(JsonObject document, int index) => document["rules"]![index]!.AsObject();

    private static JsonObject Condition(JsonObject document, int index) => Rule(document, index)["condition"]!.AsObject();

    private static JsonObject Part(JsonObject document, int index, int part) => Condition(document, index)["parts"]![part]!.AsObject();

    private static JsonObject Policy(JsonObject document) => document["policy"]!.AsObject();

    private static JsonObject Nest(int depth)
    {
        var node = new JsonObject { ["kind"] = "mouSigned" };
        for (var i = 1; i < depth; i++)
        {
            node = new JsonObject { ["kind"] = "not", ["part"] = node };
        }

        return node;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ecvet.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
