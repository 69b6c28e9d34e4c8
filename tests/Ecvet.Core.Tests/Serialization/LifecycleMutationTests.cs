using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;
using Ecvet.Agreements;
using Ecvet.Serialization;
using Ecvet.Tests.Support;

namespace Ecvet.Tests.Serialization;

/// <summary>
/// Mutational fuzzing of stored agreement histories: generated agreements are written, their lifecycle members (the
/// parts no content hash covers: signatures, origins, proposals' bases and dates, the end) are changed at random, and the
/// result is read. Reading never throws; a document it accepts is a history the transitions replay, reads back equal
/// after writing, and answers every status question; a document it refuses names a path inside the document.
/// Long run: <c>ECVET_FUZZ_ITERATIONS=20000 dotnet test tests/Ecvet.Core.Tests -c Release --filter LifecycleMutationTests</c>.
/// </summary>
public sealed class LifecycleMutationTests
{
    // A short run in every test run; ECVET_FUZZ_ITERATIONS=100000 for a long one.
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("ECVET_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 500;

    private static readonly string[] Roles = ["learner", "guardian", "home", "host", "intermediary", "partner"];

    [Fact]
    public void Read_MutatedHistories_NeverThrowsAndAcceptsOnlyReplayableHistories() =>
        Gen.Select(Generators.AnyAgreement, Gen.Int, Gen.Int[1, 4]).Sample((agreement, seed, mutations) =>
        {
            var random = new Random(seed);
            var document = JsonNode.Parse(EcvetJson.Serialize(agreement))!.AsObject();
            for (var i = 0; i < mutations; i++)
            {
                Mutate(document, random);
            }

            var json = document.ToJsonString();
            var result = EcvetJson.ParseLearningAgreement(json);
            if (result.IsSuccess)
            {
                var read = result.Value;
                LearningAgreement.Restore(read.Id, read.Versions, read.Proposals, read.End).Should().Be(read);
                EcvetJson.ParseLearningAgreement(EcvetJson.Serialize(read)).Value.Should().Be(read);
                foreach (var age in new[] { 16, 17, 18 })
                {
                    _ = read.GetStatus(SignatoryPolicy.Default.WithAdultAge(age));
                }
            }
            else
            {
                result.Problems.Should().OnlyContain(p => p.Path.StartsWith('$') && Enum.IsDefined(p.Code));
            }
        }, iter: Iterations);

    private static void Mutate(JsonObject document, Random random)
    {
        var versions = document["versions"]!.AsArray();
        var proposals = document["proposals"]!.AsArray();
        var signatureLists = versions.Select(v => v!["signatures"]!.AsArray())
            .Concat(versions.Where(v => v!["origin"] is JsonObject).Select(v => v!["origin"]!["signatures"]!.AsArray()))
            .Concat(proposals.Select(p => p!["signatures"]!.AsArray()))
            .ToList();
        var hashes = versions.Select(v => v!["hash"]!.GetValue<string>()).Concat(proposals.Select(p => p!["id"]!.GetValue<string>())).ToList();
        var list = signatureLists[random.Next(signatureLists.Count)];
        switch (random.Next(12))
        {
            case 0 when list.Count > 0:
                list.RemoveAt(random.Next(list.Count));
                break;
            case 1 when list.Count > 0:
                list.Add(list[random.Next(list.Count)]!.DeepClone());
                break;
            case 2 when list.Count > 0:
                list[random.Next(list.Count)]!["signedAt"] = AnyInstant(random);
                break;
            case 3 when list.Count > 0:
                list[random.Next(list.Count)]!["role"] = Roles[random.Next(Roles.Length)];
                break;
            case 4 when list.Count > 0:
                list[random.Next(list.Count)]!["signedContent"] = hashes[random.Next(hashes.Count)];
                break;
            case 5:
                document["end"] = random.Next(3) == 0
                    ? null
                    : new JsonObject { ["kind"] = random.Next(2) == 0 ? "closed" : "cancelled", ["at"] = AnyInstant(random), ["reason"] = "Ended" };
                break;
            case 6:
                versions[random.Next(versions.Count)]!["origin"] = null;
                break;
            case 7 when proposals.Count > 0:
                proposals[random.Next(proposals.Count)]!["baseVersion"] = random.Next(1, versions.Count + 1);
                break;
            case 8 when proposals.Count > 0:
                proposals[random.Next(proposals.Count)]!["proposedAt"] = AnyInstant(random);
                break;
            case 9 when proposals.Count > 0:
                proposals[random.Next(proposals.Count)]!["rejection"] = random.Next(2) == 0
                    ? null
                    : new JsonObject { ["rejectedBy"] = Roles[random.Next(4)], ["comment"] = "No", ["rejectedAt"] = AnyInstant(random) };
                break;
            case 10 when proposals.Count > 1:
                var moved = proposals[0]!.DeepClone();
                proposals.RemoveAt(0);
                proposals.Add(moved);
                break;
            case 11 when versions.Count > 1:
                var a = random.Next(versions.Count);
                var b = random.Next(versions.Count);
                (versions[a]!["signatures"], versions[b]!["signatures"]) = (versions[b]!["signatures"]!.DeepClone(), versions[a]!["signatures"]!.DeepClone());
                break;
            default:
                list.Clear();
                break;
        }
    }

    private static string AnyInstant(Random random) =>
        new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(random.NextInt64(0, 60L * 365 * 86_400))
            .ToString(random.Next(3) == 0 ? "yyyy-MM-dd'T'HH:mm:ss.fff'Z'" : "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
