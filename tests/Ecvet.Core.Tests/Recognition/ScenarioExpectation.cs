using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using Ecvet.Recognition;

namespace Ecvet.Tests.Recognition;

/// <summary>
/// What a scenario expects of the report: per targeted unit its decision and points (and, when given, coverage, covered
/// outcomes with the kind of evidence, matches awaiting confirmation, reasons), and the rules of the trace by id:
/// failed, not evaluable and passed. <see cref="Differences"/> lists every mismatch in words.
/// </summary>
internal sealed class ScenarioExpectation
{
    private ScenarioExpectation(ImmutableArray<JsonObject> units, ImmutableArray<string> failed, ImmutableArray<string> notEvaluable, ImmutableArray<string>? passed)
    {
        Units = units;
        Failed = failed;
        NotEvaluable = notEvaluable;
        Passed = passed;
    }

    public ImmutableArray<JsonObject> Units { get; }

    public ImmutableArray<string> Failed { get; }

    public ImmutableArray<string> NotEvaluable { get; }

    /// <summary>The rules expected to pass; when absent, every rule of the trace not failed or not evaluable.</summary>
    public ImmutableArray<string>? Passed { get; }

    public static ScenarioExpectation Read(JsonObject expected)
    {
        var units = (expected["units"] as JsonArray ?? throw new InvalidOperationException("expected.units is required.")).Select(u => u!.AsObject()).ToImmutableArray();
        return new(units, Strings(expected["failed"]), Strings(expected["notEvaluable"]), expected["passed"] is { } passed ? Strings(passed) : null);
    }

    /// <summary>
    /// A rule's state over all its results: failed when any result is false, else not evaluable when any is, else passed.
    /// </summary>
    public static ImmutableSortedDictionary<string, Truth> RuleStates(RecognitionReport report)
    {
        var states = new SortedDictionary<string, Truth>(StringComparer.Ordinal);
        foreach (var result in report.Trace)
        {
            var now = states.TryGetValue(result.RuleId, out var before) ? before : Truth.True;
            states[result.RuleId] = now == Truth.False || result.Truth == Truth.False ? Truth.False
                : now == Truth.NotEvaluable || result.Truth == Truth.NotEvaluable ? Truth.NotEvaluable
                : Truth.True;
        }

        return states.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    public ImmutableArray<string> Differences(RecognitionReport report)
    {
        var differences = ImmutableArray.CreateBuilder<string>();
        var actualUnits = report.Decisions.Select(d => d.Unit.Value).ToList();
        var expectedUnits = Units.Select(u => (string)u["unit"]!).ToList();
        if (!actualUnits.SequenceEqual(expectedUnits, StringComparer.Ordinal))
        {
            differences.Add($"units: expected [{string.Join(", ", expectedUnits)}], actual [{string.Join(", ", actualUnits)}]");
        }

        foreach (var unit in Units)
        {
            var id = (string)unit["unit"]!;
            if (report.Decisions.FirstOrDefault(d => d.Unit.Value == id) is { } decision)
            {
                CompareUnit(unit, decision, differences);
            }
        }

        var states = RuleStates(report);
        CompareRules("failed", Failed, Truth.False, states, differences);
        CompareRules("not evaluable", NotEvaluable, Truth.NotEvaluable, states, differences);
        if (Passed is { } passed)
        {
            CompareRules("passed", passed, Truth.True, states, differences);
        }

        foreach (var id in Failed.Concat(NotEvaluable).Concat(Passed ?? []))
        {
            if (!states.ContainsKey(id))
            {
                differences.Add($"rule {id}: expected in the trace, but the rule set has no such rule or it did not run");
            }
        }

        return differences.ToImmutable();
    }

    private static void CompareUnit(JsonObject expected, UnitDecision actual, ImmutableArray<string>.Builder differences)
    {
        var unit = actual.Unit.Value;
        var decision = (string)expected["decision"]!;
        if (!string.Equals(decision, Camel(actual.Outcome.ToString()), StringComparison.Ordinal))
        {
            differences.Add($"{unit}: decision expected {decision}, actual {Camel(actual.Outcome.ToString())}");
        }

        var points = expected["points"]!.GetValue<decimal>();
        if (points != actual.Points.Value)
        {
            differences.Add(string.Create(CultureInfo.InvariantCulture, $"{unit}: points expected {points}, actual {actual.Points.Value}"));
        }

        if (expected["coverage"] is { } coverage && coverage.GetValue<decimal>() != actual.Coverage)
        {
            differences.Add(string.Create(CultureInfo.InvariantCulture, $"{unit}: coverage expected {coverage.GetValue<decimal>()}, actual {actual.Coverage}"));
        }

        if (expected["covered"] is JsonObject covered)
        {
            var want = covered.Select(p => $"{p.Key}={(string)p.Value!}").ToList();
            var got = actual.CoveredOutcomes.Select(c => $"{c.Outcome}={Camel(c.Evidence.Kind.ToString())}").ToList();
            if (!want.SequenceEqual(got, StringComparer.Ordinal))
            {
                differences.Add($"{unit}: covered outcomes expected [{string.Join(", ", want)}], actual [{string.Join(", ", got)}]");
            }
        }

        Compare("awaiting confirmation", expected["awaitingConfirmation"], actual.AwaitingConfirmation.Select(p => $"{p.HomeOutcome}<-{p.HostOutcome}"));
        Compare("reasons", expected["reasons"], actual.Reasons);

        void Compare(string what, JsonNode? node, IEnumerable<string> actualValues)
        {
            if (node is null)
            {
                return;
            }

            var want = Strings(node);
            var got = actualValues.ToList();
            if (!want.SequenceEqual(got, StringComparer.Ordinal))
            {
                differences.Add($"{unit}: {what} expected [{string.Join(", ", want)}], actual [{string.Join(", ", got)}]");
            }
        }
    }

    private static void CompareRules(string what, ImmutableArray<string> expected, Truth truth, ImmutableSortedDictionary<string, Truth> states,
        ImmutableArray<string>.Builder differences)
    {
        foreach (var (id, state) in states)
        {
            var listed = expected.Contains(id, StringComparer.Ordinal);
            if (listed && state != truth)
            {
                differences.Add($"rule {id}: expected {what}, actual {Describe(state)}");
            }
            else if (!listed && state == truth)
            {
                differences.Add($"rule {id}: {what} but not expected {what}");
            }
        }
    }

    private static string Describe(Truth truth) => truth switch
    {
        Truth.False => "failed",
        Truth.NotEvaluable => "not evaluable",
        _ => "passed",
    };

    private static ImmutableArray<string> Strings(JsonNode? node) =>
        node is null ? [] : [.. node.AsArray().Select(n => (string)n!)];

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
