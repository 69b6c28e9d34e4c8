using System.Text.Json.Nodes;
using Ecvet.Serialization;
using Ecvet.Tests.Agreements;

namespace Ecvet.Tests.Serialization;

/// <summary>
/// The bad-input catalogue of the mobility documents and rule sets: each case changes one thing in a valid document so
/// that it holds a state the API could not have produced (or a number or time the format does not allow), and must be
/// refused with a specific code at a specific path.
/// </summary>
public sealed class MobilityBadInputCatalogueTests
{
    private const string OtherHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private static readonly string Agreement = EcvetJson.Serialize(MobilityExamples.Agreement());

    private static readonly string Mou = EcvetJson.Serialize(MobilityExamples.SignedMou());

    private static readonly string Transcript = EcvetJson.Serialize(MobilityExamples.Transcript());

    // The copy of a signature appended to version 1's lands at this index.
    private static readonly int FirstVersionSignatures = JsonNode.Parse(Agreement)!["versions"]![0]!["signatures"]!.AsArray().Count;

    // The copy of a grading scheme appended to the transcript's lands at this index.
    private static readonly int TranscriptSchemes = JsonNode.Parse(Transcript)!["gradingSchemes"]!.AsArray().Count;

    public static TheoryData<string, string, string, JsonProblemCode, string> Cases()
    {
        var data = new TheoryData<string, string, string, JsonProblemCode, string>();
        void Add(string name, string kind, string json, JsonProblemCode code, string path) => data.Add(name, kind, json, code, path);
        string A(Action<JsonObject> change) => Change(Agreement, change);
        string M(Action<JsonObject> change) => Change(Mou, change);
        string T(Action<JsonObject> change) => Change(Transcript, change);
        static JsonObject Version(JsonObject d, int i) => d["versions"]![i]!.AsObject();
        static JsonArray Signatures(JsonObject o) => o["signatures"]!.AsArray();

        // Lifecycle: the end.
        Add("agreed agreement cancelled", "agreement", A(d => d["end"] = End("cancelled", "2026-06-01T10:00:00Z", "Changed plans")), JsonProblemCode.InvalidLifecycle, "$.end");
        Add("closed before the last signature", "agreement", A(d => d["end"] = End("closed", "2026-03-01T10:00:00Z", null)), JsonProblemCode.InvalidLifecycle, "$.end");
        Add("unsigned agreement closed", "agreement", A(d =>
        {
            d["versions"]!.AsArray().RemoveAt(1);
            Signatures(Version(d, 0)).Clear();
            d["proposals"]!.AsArray().Clear();
            d["end"] = End("closed", "2026-06-01T10:00:00Z", null);
        }), JsonProblemCode.InvalidLifecycle, "$.end");

        // Lifecycle: versions and their origins.
        Add("version after one in force without a proposal", "agreement", A(d => Version(d, 1)["origin"] = null), JsonProblemCode.InvalidLifecycle, "$.versions[1]");
        Add("origin on a hash no version has", "agreement", A(d => Version(d, 1)["origin"]!["baseHash"] = OtherHash), JsonProblemCode.InvalidLifecycle, "$.versions[1].origin.baseHash");
        Add("origin rejected", "agreement", A(d => Version(d, 1)["origin"]!["rejection"] = new JsonObject
        {
            ["rejectedBy"] = "home",
            ["comment"] = "No",
            ["rejectedAt"] = "2026-03-10T12:00:00Z",
        }), JsonProblemCode.InvalidLifecycle, "$.versions[1].origin.rejection");
        Add("origin without signatures", "agreement", A(d =>
        {
            Signatures(Version(d, 1)).Clear();
            Signatures(Version(d, 1)["origin"]!.AsObject()).Clear();
        }), JsonProblemCode.InvalidLifecycle, "$.versions[1].origin");
        Add("version holding the previous version's signatures", "agreement", A(d => Version(d, 1)["signatures"] = Signatures(Version(d, 0)).DeepClone()), JsonProblemCode.InvalidLifecycle, "$.versions[1].signatures");
        Add("proposal dated before its version was signed", "agreement", A(d => Version(d, 1)["origin"]!["proposedAt"] = "2026-02-02T10:30:00Z"), JsonProblemCode.InvalidLifecycle, "$.versions[1].origin");

        // Lifecycle: signatures.
        Add("signature on a hash of nothing", "agreement", A(d => Signatures(Version(d, 0))[1]!["signedContent"] = OtherHash), JsonProblemCode.InvalidLifecycle, "$.versions[0].signatures[1]");
        Add("draft signed on the next version's hash", "agreement", A(d => Signatures(Version(d, 0))[0]!["signedContent"] = Version(d, 1)["hash"]!.DeepClone()), JsonProblemCode.InvalidLifecycle, "$.versions[0].signatures[0]");
        Add("role signing twice", "agreement", A(d => Signatures(Version(d, 0)).Add(Signatures(Version(d, 0))[0]!.DeepClone())), JsonProblemCode.InvalidLifecycle, $"$.versions[0].signatures[{FirstVersionSignatures}]");
        Add("proposal signed before it was made", "agreement", A(d =>
        {
            var origin = Version(d, 1)["origin"]!.AsObject();
            Signatures(origin)[0]!["signedAt"] = "2026-03-09T10:00:00Z";
            Version(d, 1)["signatures"] = Signatures(origin).DeepClone();
        }), JsonProblemCode.InvalidLifecycle, "$.versions[1].origin.signatures[0]");
        Add("rejection before the proposal", "agreement", A(d => d["proposals"]![0]!["rejection"]!["rejectedAt"] = "2026-05-04T15:00:00Z"), JsonProblemCode.InvalidLifecycle, "$.proposals[0].rejection");
        Add("proposal on a version not in force then", "agreement", A(d => d["proposals"]![0]!["baseVersion"] = 1), JsonProblemCode.InvalidLifecycle, "$.proposals");

        // Content: a learner born after the mobility.
        Add("learner born after the mobility", "agreement", A(d => Version(d, 0)["content"]!["learner"]!["birthDate"] = "2026-04-01"), JsonProblemCode.InvalidValue, "$.versions[0].content.learner");

        // Memorandum and transcript.
        Add("MoU signature on another hash", "mou", M(d => Signatures(d)[1]!["signedContent"] = OtherHash), JsonProblemCode.InvalidLifecycle, "$.signatures[1].signedContent");
        // Regression: the problem was reported at $.signingOrganisations[0]['contact.website'], a member that does not exist.
        Add("MoU organisation website not a URI", "mou", M(d => d["signingOrganisations"]![0]!["contact"]!["website"] = "mobility office"), JsonProblemCode.InvalidValue, "$.signingOrganisations[0].contact.website");
        Add("MoU equivalence for a unit it does not list", "mou", M(d => d["preAgreedEquivalences"]![0]!["homeUnit"] = "fi-cook-u99"), JsonProblemCode.UnknownReference, "$.preAgreedEquivalences[0].homeUnit");
        Add("transcript signed before it was issued", "transcript", T(d => Signatures(d)[0]!["signedAt"] = "2026-05-29T13:00:00Z"), JsonProblemCode.InvalidLifecycle, "$.signatures[0].signedAt");
        Add("transcript signature on another hash", "transcript", T(d => Signatures(d)[0]!["signedContent"] = OtherHash), JsonProblemCode.InvalidLifecycle, "$.signatures[0].signedContent");
        Add("transcript signed twice by a role", "transcript", T(d => Signatures(d).Add(Signatures(d)[0]!.DeepClone())), JsonProblemCode.InvalidLifecycle, "$.signatures[1].role");
        Add("grading scheme listed twice", "transcript", T(d => d["gradingSchemes"]!.AsArray().Add(d["gradingSchemes"]![0]!.DeepClone())), JsonProblemCode.DuplicateId, $"$.gradingSchemes[{TranscriptSchemes}].id");
        Add("entry in a grading scheme the transcript does not list", "transcript", T(d => d["entries"]![0]!["gradingScheme"] = "letters"), JsonProblemCode.UnknownReference, "$.entries[0].gradingScheme");
        Add("assessed after the issue", "transcript", T(d => d["entries"]![1]!["assessedOn"] = "2026-06-01"), JsonProblemCode.InvalidValue, "$.entries[1].assessedOn");

        // Points: the domain's rules, one code for each (as in the qualification document).
        Add("negative expected points", "agreement", A(d => Version(d, 0)["content"]!["expected"]![0]!["expectedPoints"] = -5), JsonProblemCode.NegativePoints, "$.versions[0].content.expected[0].expectedPoints");
        Add("expected points above the maximum", "agreement", A(d => Version(d, 0)["content"]!["expected"]![0]!["expectedPoints"] = 1_000_000), JsonProblemCode.PointsTooLarge, "$.versions[0].content.expected[0].expectedPoints");
        Add("MoU points with three decimals", "mou", M(d => d["qualifications"]![0]!["units"]![0]!["points"] = 15.125m), JsonProblemCode.PointsTooPrecise, "$.qualifications[0].units[0].points");

        // Numbers a decimal would round or cannot hold.
        Add("expected points beyond decimal precision", "agreement", A(d => Version(d, 0)["content"]!["expected"]![0]!["expectedPoints"] = Number("15.0000000000000000000000000001")), JsonProblemCode.InvalidNumber, "$.versions[0].content.expected[0].expectedPoints");
        Add("allocation past the decimal range", "agreement", A(d => Version(d, 0)["content"]!["expected"]![0]!["homeAllocation"] = Number("79228162514264337593543950336")), JsonProblemCode.InvalidNumber, "$.versions[0].content.expected[0].homeAllocation");
        Add("MoU points beyond decimal precision", "mou", M(d => d["qualifications"]![0]!["units"]![0]!["points"] = Number("15.0000000000000000000000000001")), JsonProblemCode.InvalidNumber, "$.qualifications[0].units[0].points");
        Add("grading bound beyond decimal precision", "transcript", T(d => d["gradingSchemes"]![0]!["maximum"] = Number("10.0000000000000000000000000001")), JsonProblemCode.InvalidNumber, "$.gradingSchemes[0].maximum");
        Add("pass mark a decimal would round to zero", "transcript", T(d => d["gradingSchemes"]![0]!["passMark"] = Number("0.00000000000000000000000000001")), JsonProblemCode.InvalidNumber, "$.gradingSchemes[0].passMark");
        Add("grade a decimal would round up to the pass mark", "transcript", T(d => d["entries"]![0]!["grade"] = "4.99999999999999999999999999999"), JsonProblemCode.InvalidValue, "$.entries[0].grade");
        Add("rule-set coverage beyond decimal precision", "ruleset", Change(File.ReadAllText(Path.Combine(JsonSamples.ExamplesFolder, "recognition", "rule-set.json")),
            d => d["policy"]!["fullCoverage"] = Number("0.80000000000000000000000000001")), JsonProblemCode.InvalidNumber, "$.policy.fullCoverage");

        // Dates and instants in the form the schema states.
        Add("signature at 24:00", "agreement", A(d => Signatures(Version(d, 0))[0]!["signedAt"] = "2026-02-01T24:00:00Z"), JsonProblemCode.InvalidDate, "$.versions[0].signatures[0].signedAt");
        Add("end at 24:00", "agreement", A(d => d["end"] = End("closed", "2026-06-01T24:00:00Z", null)), JsonProblemCode.InvalidDate, "$.end.at");
        Add("issue at 24:00", "transcript", T(d => d["issuedAt"] = "2026-05-29T24:00:00Z"), JsonProblemCode.InvalidDate, "$.issuedAt");
        Add("instant in the year 0", "transcript", T(d => d["issuedAt"] = "0000-05-29T14:00:00Z"), JsonProblemCode.InvalidDate, "$.issuedAt");
        Add("date in the year 0", "mou", M(d => d["validFrom"] = "0000-01-01"), JsonProblemCode.InvalidDate, "$.validFrom");
        Add("birth date in the year 0", "agreement", A(d => Version(d, 0)["content"]!["learner"]!["birthDate"] = "0000-05-14"), JsonProblemCode.InvalidDate, "$.versions[0].content.learner.birthDate");
        Add("proposal at 24:00", "agreement", A(d => d["proposals"]![0]!["proposedAt"] = "2026-05-04T24:00:00Z"), JsonProblemCode.InvalidDate, "$.proposals[0].proposedAt");
        Add("rejection at 24:00", "agreement", A(d => d["proposals"]![0]!["rejection"]!["rejectedAt"] = "2026-05-05T24:00:00Z"), JsonProblemCode.InvalidDate, "$.proposals[0].rejection.rejectedAt");
        Add("MoU signature at 24:00", "mou", M(d => Signatures(d)[0]!["signedAt"] = "2025-06-12T24:00:00Z"), JsonProblemCode.InvalidDate, "$.signatures[0].signedAt");
        Add("MoU validity end that does not exist", "mou", M(d => d["validUntil"] = "2029-02-30"), JsonProblemCode.InvalidDate, "$.validUntil");
        Add("instant with an offset", "agreement", A(d => Signatures(Version(d, 0))[0]!["signedAt"] = "2026-02-02T09:00:00+02:00"), JsonProblemCode.InvalidDate, "$.versions[0].signatures[0].signedAt");
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_DocumentTheApiCannotProduce_ReportsCodeAndPath(string name, string kind, string json, JsonProblemCode code, string path)
    {
        var (success, problems, text) = Read(kind, json);

        success.Should().BeFalse(name);
        problems.Should().Contain(p => p.Code == code && p.Path == path, $"{name}: got {Environment.NewLine}{text}");
    }

    [Fact]
    public void Cases_StartFromDocumentsThatRead()
    {
        EcvetJson.ParseLearningAgreement(Agreement).IsSuccess.Should().BeTrue();
        EcvetJson.ParseMemorandumOfUnderstanding(Mou).IsSuccess.Should().BeTrue();
        EcvetJson.ParsePersonalTranscript(Transcript).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Catalogues_TogetherHoldMoreThanOneHundredAndFiftyDocuments() =>
        (Cases().Count + BadInputCatalogueTests.Cases().Count).Should().BeGreaterThan(150);

    private static (bool Success, IReadOnlyList<JsonProblem> Problems, string Text) Read(string kind, string json) => kind switch
    {
        "agreement" => Result(EcvetJson.ParseLearningAgreement(json)),
        "mou" => Result(EcvetJson.ParseMemorandumOfUnderstanding(json)),
        "transcript" => Result(EcvetJson.ParsePersonalTranscript(json)),
        _ => Result(EcvetJson.ParseRuleSet(json)),
    };

    private static (bool, IReadOnlyList<JsonProblem>, string) Result<T>(JsonReadResult<T> result)
        where T : class => (result.IsSuccess, result.Problems, result.ToString());

    private static string Change(string json, Action<JsonObject> change)
    {
        var document = JsonNode.Parse(json)!.AsObject();
        change(document);
        return document.ToJsonString();
    }

    private static JsonObject End(string kind, string at, string? reason) => new() { ["kind"] = kind, ["at"] = at, ["reason"] = reason };

    // A number token written exactly as given (JsonValue.Create(decimal) would round it first).
    private static JsonNode Number(string text) => JsonNode.Parse(text)!;
}
