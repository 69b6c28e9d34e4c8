using System.Text.Json.Nodes;
using Ecvet.Agreements;
using Ecvet.Recognition;
using Ecvet.Serialization;
using Ecvet.Tests.Agreements;
using Ecvet.Tests.Serialization;
using NodaTime;

namespace Ecvet.Tests.Recognition;

public sealed class MatchConfirmationSetJsonTests
{
    private static readonly bool Approve = Environment.GetEnvironmentVariable("ECVET_APPROVE_EXAMPLES") == "1";

    private static readonly LearningOutcomeId Host = LearningOutcomeId.Parse("es-cg-0045-ra4");

    private static readonly LearningOutcomeId Home = LearningOutcomeId.Parse("fi-hrc-u4-lo1");

    /// <summary>Bad documents: a change to the example, the problem code and the path it must be reported at.</summary>
    public static TheoryData<string, Action<JsonObject>, JsonProblemCode, string> BadDocuments { get; } = new()
    {
        { "unknown verdict", d => Entry(d)["verdict"] = "maybe", JsonProblemCode.InvalidEnumValue, "$.confirmations[0].verdict" },
        { "verdict in capitals", d => Entry(d)["verdict"] = "Confirmed", JsonProblemCode.InvalidEnumValue, "$.confirmations[0].verdict" },
        { "host outcome with a space at its end", d => Entry(d)["hostOutcome"] = "es-cg-0045-ra4 ", JsonProblemCode.InvalidIdentifier, "$.confirmations[0].hostOutcome" },
        { "blank decider", d => Entry(d)["decidedBy"] = " ", JsonProblemCode.InvalidValue, "$.confirmations[0].decidedBy" },
        { "comment too long", d => Entry(d)["comment"] = new string('x', MatchConfirmation.MaxCommentLength + 1), JsonProblemCode.InvalidValue, "$.confirmations[0].comment" },
        { "decided at a local time", d => Entry(d)["decidedAt"] = "2026-06-10T09:00:00", JsonProblemCode.InvalidDate, "$.confirmations[0].decidedAt" },
        { "the same pair twice", d => d["confirmations"]!.AsArray().Add(Entry(d).DeepClone()), JsonProblemCode.DuplicateId, "$.confirmations[1]" },
        { "no agreement", d => d.Remove("agreement"), JsonProblemCode.MissingProperty, "$.agreement" },
        { "unknown member", d => Entry(d)["score"] = 0.7, JsonProblemCode.UnknownProperty, "$.confirmations[0].score" },
    };

    [Fact]
    public void Schema_IsCommittedAndCurrent()
    {
        var path = Path.Combine(Root, "schemas", "match-confirmations.schema.json");
        if (Approve)
        {
            File.WriteAllText(path, EcvetJson.GetMatchConfirmationSetSchema());
        }

        File.ReadAllText(path).Should().Be(EcvetJson.GetMatchConfirmationSetSchema(), "set ECVET_APPROVE_EXAMPLES=1 to update it");
    }

    [Fact]
    public void Serialize_ThenParse_RoundTripsEqualWithRefusalsAndWithoutComments()
    {
        var set = MatchConfirmationSet.Create(LearningAgreementId.Parse("la-1"),
        [
            MatchConfirmation.Confirm(Host, Home, "Mari Korhonen", Instant.FromUtc(2026, 6, 10, 9, 0)),
            MatchConfirmation.Refuse(Host, LearningOutcomeId.Parse("fi-hrc-u4-lo2"), "Mari Korhonen", Instant.FromUtc(2026, 6, 10, 9, 5), "Allergens are another outcome."),
        ]);

        var json = EcvetJson.Serialize(set);

        json.Should().Contain("\"verdict\":\"refused\"").And.Contain("\"comment\":null");
        EcvetJson.ParseMatchConfirmationSet(json).Value.Should().Be(set);
    }

    [Fact]
    public void Parse_NoConfirmations_IsAnEmptySet()
    {
        var result = EcvetJson.ParseMatchConfirmationSet("""{"schemaVersion":"1.0","agreement":"la-2026-0042","confirmations":[]}""");

        result.Problems.Should().BeEmpty();
        result.Value.Confirmations.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Parse_BadDocument_ReportsTheProblemAtItsPath(string name, Action<JsonObject> change, JsonProblemCode code, string path)
    {
        var document = JsonNode.Parse(EcvetJson.Serialize(ExampleMobility.Confirmations()))!.AsObject();
        change(document);

        var result = EcvetJson.ParseMatchConfirmationSet(document.ToJsonString());

        result.IsSuccess.Should().BeFalse(name);
        result.Problems.Should().Contain(p => p.Code == code && p.Path == path, name);
    }

    [Fact]
    public void Create_SamePairTwice_NamesTheRepeatedEntry()
    {
        var once = MatchConfirmation.Confirm(Host, Home, "Mari Korhonen", Instant.FromUtc(2026, 6, 10, 9, 0));
        var again = MatchConfirmation.Refuse(Host, Home, "Jussi Laine", Instant.FromUtc(2026, 6, 11, 9, 0));

        var act = () => MatchConfirmationSet.Create(LearningAgreementId.Parse("la-1"), [once, again]);

        act.Should().Throw<DuplicateValueException>().Where(e => e.ParamName == "confirmations" && e.Index == 1);
    }

    private static JsonObject Entry(JsonObject document) => document["confirmations"]![0]!.AsObject();

    private static string Root => Path.GetDirectoryName(JsonSamples.ExamplesFolder)!;
}
