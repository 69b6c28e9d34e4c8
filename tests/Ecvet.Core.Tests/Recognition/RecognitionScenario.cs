using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using Ecvet.Recognition;
using Ecvet.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Ecvet.Tests.Recognition;

/// <summary>
/// A scenario file of <c>Recognition/Scenarios</c> read into its inputs (the documents read with <see cref="EcvetJson"/>,
/// the rule set, the day) and its expectations. The format is described in <c>Scenarios/README.md</c>.
/// </summary>
internal sealed class RecognitionScenario
{
    private RecognitionScenario(string name, JsonObject root, string folder)
    {
        Name = name;
        Description = (string?)root["description"] ?? throw Missing("description");
        BlockingRule = (string?)root["blockingRule"];
        EvaluatedOn = LocalDatePattern.Iso.Parse((string?)root["evaluatedOn"] ?? throw Missing("evaluatedOn")).GetValueOrThrow();
        var documents = root["documents"] as JsonObject ?? throw Missing("documents");
        foreach (var (key, _) in documents)
        {
            if (key is not ("qualification" or "agreement" or "transcript" or "mou" or "hostCatalogue"))
            {
                throw new InvalidOperationException($"{name}: unknown document '{key}'.");
            }
        }

        var qualification = Read(documents, "qualification", folder, EcvetJson.ParseQualificationDocument) ?? throw Missing("documents.qualification");
        var agreement = Read(documents, "agreement", folder, EcvetJson.ParseLearningAgreement) ?? throw Missing("documents.agreement");
        var transcript = Read(documents, "transcript", folder, EcvetJson.ParsePersonalTranscript);
        var mou = Read(documents, "mou", folder, EcvetJson.ParseMemorandumOfUnderstanding);
        var host = Read(documents, "hostCatalogue", folder, EcvetJson.ParseQualificationDocument);
        var confirmations = (root["confirmations"] as JsonArray ?? []).Select(Confirmation);
        Record = new MobilityRecord(qualification, agreement, transcript, mou, host?.Units, confirmations);
        RuleSet = ReadRuleSet(root["policy"] as JsonObject);
        Expected = ScenarioExpectation.Read(root["expected"] as JsonObject ?? throw Missing("expected"));

        InvalidOperationException Missing(string member) => new($"{name}: \"{member}\" is required.");

        T? Read<T>(JsonObject parent, string member, string directory, Func<string, EcvetJsonReaderOptions?, JsonReadResult<T>> parse)
            where T : class
        {
            var json = ScenarioDocument.Load(parent[member], directory);
            if (json is null)
            {
                return null;
            }

            var result = parse(json, null);
            return result.TryGetValue(out var value) ? value
                : throw new InvalidOperationException($"{name}: documents.{member} does not read: {string.Join("; ", result.Problems)}");
        }

        RuleSet ReadRuleSet(JsonObject? policy)
        {
            if (policy is null)
            {
                return RuleSet.Default;
            }

            // The change goes through the rule-set reader, so a policy value out of range is reported as for any rule set.
            var ruleSet = JsonNode.Parse(EcvetJson.Serialize(RuleSet.Default))!.AsObject();
            foreach (var (key, value) in policy)
            {
                ruleSet["policy"]![key] = value?.DeepClone();
            }

            var read = EcvetJson.ParseRuleSet(ruleSet.ToJsonString());
            return read.TryGetValue(out var changed) ? changed
                : throw new InvalidOperationException($"{name}: the policy does not read: {string.Join("; ", read.Problems)}");
        }
    }

    /// <summary>The file name without its extension: the test case's name.</summary>
    public string Name { get; }

    /// <summary>What the scenario shows, in a sentence or two.</summary>
    public string Description { get; }

    /// <summary>The blocking rule of the default rule set this scenario shows failing on its own, if it is one of those.</summary>
    public string? BlockingRule { get; }

    public LocalDate EvaluatedOn { get; }

    public MobilityRecord Record { get; }

    public RuleSet RuleSet { get; }

    public ScenarioExpectation Expected { get; }

    /// <summary>The folder the scenario files are copied to.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Recognition", "Scenarios");

    /// <summary>The names of every scenario file, sorted.</summary>
    public static ImmutableArray<string> Names =>
        [.. Directory.EnumerateFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!];

    public static RecognitionScenario Load(string name)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")))?.AsObject()
            ?? throw new InvalidOperationException($"{name}: not a JSON object.");
        return new(name, root, Folder);
    }

    public RecognitionReport Evaluate() => RecognitionEngine.Create(RuleSet).Evaluate(Record, EvaluatedOn);

    private static MatchConfirmation Confirmation(JsonNode? node)
    {
        var o = node?.AsObject() ?? throw new InvalidOperationException("A confirmation is an object.");
        var host = LearningOutcomeId.Parse((string)o["hostOutcome"]!);
        var home = LearningOutcomeId.Parse((string)o["homeOutcome"]!);
        var by = (string)o["decidedBy"]!;
        var at = InstantPattern.General.Parse((string)o["decidedAt"]!).GetValueOrThrow();
        var comment = (string?)o["comment"];
        return (string?)o["verdict"] switch
        {
            "confirmed" => MatchConfirmation.Confirm(host, home, by, at, comment),
            "refused" => MatchConfirmation.Refuse(host, home, by, at, comment),
            var other => throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"A verdict is \"confirmed\" or \"refused\", not \"{other}\".")),
        };
    }
}
