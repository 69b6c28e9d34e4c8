using System.Text.Json.Nodes;
using Ecvet.Agreements;
using Ecvet.Serialization;

namespace Ecvet.Tests.Recognition;

/// <summary>The scenario runner's document loading: patches, and sealing a patched document again.</summary>
public sealed class ScenarioDocumentTests
{
    [Fact]
    public void Load_PatchedSignedAgreement_ReadsWithEverySignatureOnTheNewContent()
    {
        var original = EcvetJson.ParseLearningAgreement(ScenarioDocument.Load(JsonValue.Create("base/agreement.json"), RecognitionScenario.Folder)!).Value!;
        var spec = JsonNode.Parse("""
            { "file": "base/agreement.json", "patch": [ { "op": "replace", "path": "/versions/0/content/period/endDate", "value": "2026-05-30" } ] }
            """);

        var patched = EcvetJson.ParseLearningAgreement(ScenarioDocument.Load(spec, RecognitionScenario.Folder)!);

        patched.Problems.Should().BeEmpty();
        var version = patched.Value!.LatestVersion;
        version.Hash.Should().NotBe(original.LatestVersion.Hash);
        version.Signatures.Should().HaveCount(3).And.OnlyContain(s => s.Covers(version.Hash));
    }

    [Fact]
    public void Load_PatchRemovingASignature_LeavesTheDocumentUnsigned()
    {
        var spec = JsonNode.Parse("""{ "file": "base/transcript.json", "patch": [ { "op": "remove", "path": "/signatures/0" } ] }""");

        var transcript = EcvetJson.ParsePersonalTranscript(ScenarioDocument.Load(spec, RecognitionScenario.Folder)!).Value!;

        transcript.IsSignedBy(SignatoryRole.Host).Should().BeFalse();
    }

    [Fact]
    public void Apply_PathThatDoesNotExist_ThrowsNamingTheOperation()
    {
        var document = JsonNode.Parse("""{ "entries": [ { "grade": "8" } ] }""")!;
        var patch = JsonNode.Parse("""[ { "op": "replace", "path": "/entries/0/grade", "value": "9" }, { "op": "replace", "path": "/entries/3/grade", "value": "3" } ]""")!.AsArray();

        var act = () => JsonPatch.Apply(document, patch);

        act.Should().Throw<InvalidOperationException>().WithMessage("patch[1]*/entries/3/grade*");
    }
}
