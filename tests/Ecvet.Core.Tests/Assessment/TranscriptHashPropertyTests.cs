using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Serialization;
using Ecvet.Tests.Support;

namespace Ecvet.Tests.Assessment;

/// <summary>Properties of the hash of a personal transcript, over generated transcripts.</summary>
public sealed class TranscriptHashPropertyTests
{
    [Fact]
    public void Mutations_CoverEveryPublicPropertyPath()
    {
        MutationCheck<PersonalTranscript>.ShouldCoverThePropertyGraph(TranscriptMutations.Table, TranscriptMutations.Excluded);
        PropertyGraph.Paths(typeof(PersonalTranscript), []).Should().Contain(["Entries[].Result.Scheme.PassMark", "Learner.Ids[].Value", "IssuedAt"], "the walk reaches into the library's own types");
    }

    [Fact]
    public void Hash_AnyChangeToAnyField_ChangesTheHash() =>
        MutationCheck<PersonalTranscript>.ShouldChangeTheHash(Generators.AnyTranscript, TranscriptMutations.Table, x => x.Hash, iter: 40);

    [Fact]
    public void Hash_IgnoresSignaturesPropertyOrderAndFormatting() =>
        Gen.Select(Generators.AnyTranscript, Gen.Int, Gen.Bool).Sample((transcript, seed, indented) =>
        {
            var json = JsonNode.Parse(EcvetJson.Serialize(transcript))!.AsObject();
            json.Remove("hash");
            json.Remove("signatures");
            var random = new Random(seed);
            var reordered = new JsonObject(json.Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())).OrderBy(_ => random.Next()).ToList());
            var text = reordered.ToJsonString(new JsonSerializerOptions { WriteIndented = indented });

            ContentHash.OfJson(text).Should().Be(transcript.Hash);
            PersonalTranscript.Restore(transcript.Id, transcript.Agreement, transcript.Learner, transcript.IssuedBy, transcript.Period,
                transcript.IssuedAt, transcript.Entries).Hash.Should().Be(transcript.Hash, "signatures are not part of what the hash covers");
        }, iter: 100);

    [Fact]
    public void Signature_OnAnOldHash_IsRefused() =>
        Gen.Select(Generators.AnyTranscript, Gen.Int[0, TranscriptMutations.Table.Count - 1]).Sample((old, mutation) =>
        {
            if (MutationCheck<PersonalTranscript>.Apply(TranscriptMutations.Table[mutation], old) is not { } current)
            {
                return;
            }

            var stale = Signature.Create(SignatoryRole.Host, "Lucía Ferrer", old.Hash, old.IssuedAt);

            current.IsSignedBy(SignatoryRole.Host).Should().Be(current.Signatures.Any(s => s.Role == SignatoryRole.Host && s.SignedContent == current.Hash));
            var stored = () => PersonalTranscript.Restore(current.Id, current.Agreement, current.Learner, current.IssuedBy, current.Period, current.IssuedAt,
                current.Entries, [stale]);
            stored.Should().Throw<InvalidEntryException>().Where(e => e.ParamName == "signatures" && e.Location == "[0].signedContent");
            var act = () => PersonalTranscript.Restore(current.Id, current.Agreement, current.Learner, current.IssuedBy, current.Period,
                current.IssuedAt, current.Entries).Sign(stale);
            act.Should().Throw<ArgumentException>().WithParameterName("signature");
        }, iter: 200);
}
