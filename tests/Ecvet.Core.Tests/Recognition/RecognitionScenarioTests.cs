using System.Text;
using Ecvet.Recognition;

namespace Ecvet.Tests.Recognition;

/// <summary>
/// Runs every scenario file of <c>Recognition/Scenarios</c>: reads its documents with the library's readers, evaluates
/// the mobility and compares decisions, points and the rules that fired with what the file expects.
/// </summary>
public sealed class RecognitionScenarioTests
{
    public static TheoryData<string> Scenarios() => [.. RecognitionScenario.Names];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Evaluate_Scenario_GivesTheExpectedDecisionsAndRules(string scenario)
    {
        var loaded = RecognitionScenario.Load(scenario);

        var report = loaded.Evaluate();

        var differences = loaded.Expected.Differences(report);
        if (differences.Length > 0)
        {
            var message = new StringBuilder($"Scenario {scenario}: {loaded.Description}\n");
            foreach (var difference in differences)
            {
                message.Append("  - ").Append(difference).Append('\n');
            }

            message.Append("The engine's account:\n").Append(report.Explain());
            Assert.Fail(message.ToString());
        }
    }

    [Fact]
    public void Scenarios_AreAtLeastThirty() => RecognitionScenario.Names.Should().HaveCountGreaterThanOrEqualTo(30);

    [Fact]
    public void Scenarios_ShowEveryBlockingRuleOfTheDefaultRuleSetFailingOnItsOwn()
    {
        var scenarios = RecognitionScenario.Names.Select(RecognitionScenario.Load).ToList();
        var blocking = RuleSet.Default.Rules.Where(r => r.Severity == RuleSeverity.Blocking).Select(r => r.Id).ToList();

        var shown = scenarios.Where(s => s.BlockingRule is not null).Select(s => s.BlockingRule!).ToHashSet(StringComparer.Ordinal);

        blocking.Where(id => !shown.Contains(id)).Should().BeEmpty("every blocking rule has a scenario (\"blockingRule\": id) in which it fails");
        foreach (var scenario in scenarios.Where(s => s.BlockingRule is not null))
        {
            blocking.Should().Contain(scenario.BlockingRule, $"{scenario.Name} names a blocking rule of the default rule set");
            scenario.Expected.Failed.Concat(scenario.Expected.NotEvaluable).Should().Contain(scenario.BlockingRule,
                $"{scenario.Name} shows {scenario.BlockingRule} failing (or not evaluable, for a rule that can only wait)");
            var others = scenario.Expected.Failed.Where(id => id != scenario.BlockingRule && blocking.Contains(id)).ToList();
            others.Should().BeSubsetOf(Consequences(scenario.BlockingRule!), $"{scenario.Name} shows {scenario.BlockingRule} failing on its own");
        }
    }

    [Fact]
    public void Differences_WrongExpectation_NamesTheUnitAndTheRule()
    {
        var scenario = RecognitionScenario.Load(RecognitionScenario.Names.First(n => n.StartsWith("full-", StringComparison.Ordinal)));
        var report = scenario.Evaluate();
        var wrong = ScenarioExpectation.Read(System.Text.Json.Nodes.JsonNode.Parse("""
            { "units": [ { "unit": "fi-cook-u3", "decision": "partial", "points": 1 } ], "failed": ["VAL-001"], "notEvaluable": [] }
            """)!.AsObject());

        var differences = wrong.Differences(report);

        differences.Should().Contain("fi-cook-u3: decision expected partial, actual full")
            .And.Contain("fi-cook-u3: points expected 1, actual 50")
            .And.Contain("rule VAL-001: expected failed, actual passed");
    }

    /// <summary>
    /// Blocking rules that fail because another one does: an outcome that was not assessed is not passed and not covered;
    /// one that is not passed is not covered; an MoU that does not have the host as a party lists no host qualification.
    /// </summary>
    private static string[] Consequences(string rule) => rule switch
    {
        "MOU-001" => ["MOU-003"],
        "ASM-001" => ["ASM-002", "VAL-001"],
        "ASM-002" => ["VAL-001"],
        _ => [],
    };
}
