using System.Text.Json.Nodes;
using Ecvet.Recognition;
using Ecvet.Serialization;
using static Ecvet.Tests.Recognition.CreditLedgerTests;
using static Ecvet.Tests.Recognition.RecognitionFixture;

namespace Ecvet.Tests.Recognition;

public sealed class CreditLedgerJsonTests
{
    private static readonly bool Approve = Environment.GetEnvironmentVariable("ECVET_APPROVE_EXAMPLES") == "1"
        || Environment.GetEnvironmentVariable("ECVET_APPROVE_SCHEMAS") == "1";

    private static readonly Dictionary<string, Func<CreditLedger>> Samples = new()
    {
        ["empty"] = () => EmptyLedger(),
        ["full by matched host outcomes"] = () => EmptyLedger().Record(MatchedInFull()),
        ["two partial mobilities"] = () => EmptyLedger().Record(Evaluate(WorkedExample())).Record(FourthOutcomeLater()),
        ["with a validity period"] = () => EmptyLedger(NodaTime.Period.FromYears(3)).Record(MatchedInFull(u3Validity: NodaTime.Period.FromYears(3))),
        ["example"] = Example,
    };

    public static TheoryData<string> Ledgers => [.. Samples.Keys];

    /// <summary>A change to the example ledger, the problem code and the path it must be reported at.</summary>
    public static TheoryData<string, Action<JsonObject>, JsonProblemCode, string> BadLedgers { get; } = new()
    {
        { "outcome of another unit", d => Banked(d, 0)["unit"] = "fi-cook-u4", JsonProblemCode.InvalidValue, "$.bankedOutcomes" },
        { "unit not in the qualification", d => Banked(d, 0)["unit"] = "fi-cook-u9", JsonProblemCode.InvalidValue, "$.bankedOutcomes" },
        { "outcome banked twice", d => Banked(d, 1)["outcome"] = "fi-cook-u3-lo1", JsonProblemCode.DuplicateId, "$.bankedOutcomes[1].outcome" },
        { "unit recognised twice", d => d["recognitions"]!.AsArray().Add(d["recognitions"]![0]!.DeepClone()), JsonProblemCode.DuplicateId, "$.recognitions[1].unit" },
        { "host evidence counted for two units", d => Evidence(Banked(d, 0))["source"] = "fi-cook-u4", JsonProblemCode.InvalidValue, "$.bankedOutcomes" },
        { "recognition with no outcome", d => d["recognitions"]![0]!["coveredOutcomes"] = new JsonArray(), JsonProblemCode.InvalidValue, "$.recognitions[0].coveredOutcomes" },
        { "similarity on a home assessment", d => Evidence(Banked(d, 0))["similarity"] = 0.9, JsonProblemCode.InvalidValue, "$.bankedOutcomes[0].evidence.similarity" },
        { "recognition day missing", d => Banked(d, 0).Remove("recognisedOn"), JsonProblemCode.MissingProperty, "$.bankedOutcomes[0].recognisedOn" },
        { "bad host", d => Banked(d, 0)["host"] = "valencia", JsonProblemCode.InvalidIdentifier, "$.bankedOutcomes[0].host" },
        { "bad learner", d => d["learner"] = "esi:nonsense", JsonProblemCode.InvalidIdentifier, "$.learner" },
        { "qualification of another schema version", d => d["homeQualification"]!["schemaVersion"] = "2.0", JsonProblemCode.UnsupportedSchemaVersion, "$.homeQualification.schemaVersion" },
        { "qualification without units", d => d["homeQualification"]!.AsObject().Remove("units"), JsonProblemCode.MissingProperty, "$.homeQualification.units" },
        // Regression (found by fuzzing): the embedded qualification's unknown-unit problem reset the path to the root,
        // and the ledger reader then threw instead of reporting it.
        { "qualification allocating a unit it does not describe", d => d["homeQualification"]!["qualification"]!["units"]![1]!["unit"] = "fi-cook-u9",
            JsonProblemCode.UnknownReference, "$.homeQualification.qualification.units[1].unit" },
        { "unknown member", d => d["points"] = 50, JsonProblemCode.UnknownProperty, "$.points" },
        { "schema version 2", d => d["schemaVersion"] = "2.0", JsonProblemCode.UnsupportedSchemaVersion, "$.schemaVersion" },
    };

    [Theory]
    [MemberData(nameof(Ledgers))]
    public void Serialize_Ledger_ReadsBackEqual(string name)
    {
        var ledger = Samples[name]();

        var read = EcvetJson.ParseCreditLedger(EcvetJson.Serialize(ledger, indented: true));

        read.IsSuccess.Should().BeTrue(string.Join(" | ", read.Problems));
        read.Value.Should().Be(ledger);
        read.Value.ProgressOn(Today).Should().Be(ledger.ProgressOn(Today));
    }

    [Theory]
    [MemberData(nameof(BadLedgers))]
    public void ParseCreditLedger_BadLedger_ReportsCodeAndPath(string name, Action<JsonObject> change, JsonProblemCode code, string path)
    {
        var document = JsonNode.Parse(EcvetJson.Serialize(Example()))!.AsObject();
        change(document);

        var result = EcvetJson.ParseCreditLedger(document.ToJsonString());

        result.IsSuccess.Should().BeFalse(name);
        result.Problems.Should().Contain(p => p.Code == code && p.Path == path, $"{name}: {string.Join(" | ", result.Problems)}");
    }

    [Fact]
    public void DetectDocumentKind_Ledger_IsACreditLedger()
    {
        EcvetJson.DetectDocumentKind(System.Text.Encoding.UTF8.GetBytes(EcvetJson.Serialize(Example()))).Should().Be(EcvetDocumentKind.CreditLedger);
    }

    [Fact]
    public void Schema_IsCommittedAndCurrent()
    {
        var path = Path.Combine(Ecvet.Tests.Serialization.JsonSamples.ExamplesFolder, "..", "schemas", "credit-ledger.schema.json");
        if (Approve)
        {
            File.WriteAllText(path, EcvetJson.GetCreditLedgerSchema());
        }

        File.ReadAllText(path).Should().Be(EcvetJson.GetCreditLedgerSchema(), "set ECVET_APPROVE_SCHEMAS=1 to update it");
    }

    [Fact]
    public void Example_IsWhatTheLedgerWritesAndReads()
    {
        var path = Path.Combine(Ecvet.Tests.Serialization.JsonSamples.ExamplesFolder, "recognition", "credit-ledger.json");
        var example = Example();
        if (Approve)
        {
            File.WriteAllText(path, EcvetJson.Serialize(example, indented: true) + "\n");
        }

        EcvetJson.ParseCreditLedger(File.ReadAllText(path)).Value.Should().Be(example);
    }

    /// <summary>The example: U4 recognised in full by the example report's mobility, three U3 outcomes banked from the worked example.</summary>
    internal static CreditLedger Example() =>
        EmptyLedger().Record(RecognitionReportJsonTests.Example()).Record(Evaluate(WorkedExample()));

    private static JsonObject Banked(JsonObject document, int index) => document["bankedOutcomes"]![index]!.AsObject();

    private static JsonObject Evidence(JsonObject entry) => entry["evidence"]!.AsObject();
}
