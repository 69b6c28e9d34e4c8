using System.Text.Json.Nodes;
using Ecvet.Agreements;
using Ecvet.Serialization;

namespace Ecvet.Tests.Agreements;

/// <summary>Another system can recompute every stored hash from the documents alone, with the documented recipe.</summary>
public sealed class ContentHashInteropTests
{
    [Fact]
    public void VersionHash_IsTheHashOfItsContentObject()
    {
        var document = JsonNode.Parse(EcvetJson.Serialize(MobilityExamples.Agreement(), indented: true))!;

        foreach (var version in document["versions"]!.AsArray())
        {
            ContentHash.OfJson(version!["content"]!.ToJsonString()).Value.Should().Be(version["hash"]!.GetValue<string>());
        }
    }

    [Fact]
    public void ProposalId_IsTheHashOfItsProposedContent()
    {
        var document = JsonNode.Parse(EcvetJson.Serialize(MobilityExamples.Agreement()))!;
        var proposal = document["proposals"]![0]!;

        ContentHash.OfJson(proposal["proposedContent"]!.ToJsonString()).Value.Should().Be(proposal["id"]!.GetValue<string>());
    }

    [Fact]
    public void TranscriptAndMouHash_AreTheHashOfTheDocumentWithoutHashAndSignatures()
    {
        foreach (var json in new[] { EcvetJson.Serialize(MobilityExamples.Transcript()), EcvetJson.Serialize(MobilityExamples.SignedMou()) })
        {
            var document = JsonNode.Parse(json)!.AsObject();
            var stored = document["hash"]!.GetValue<string>();
            document.Remove("hash");
            document.Remove("signatures");

            ContentHash.OfJson(document.ToJsonString()).Value.Should().Be(stored);
        }
    }
}
