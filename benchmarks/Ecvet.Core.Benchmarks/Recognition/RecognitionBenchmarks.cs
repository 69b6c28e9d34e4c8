using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Ecvet.Recognition;

namespace Ecvet.Benchmarks.Recognition;

/// <summary>
/// One whole mobility (10 home units, 60 outcomes, every evidence path; see <see cref="GeneratedMobility"/>) decided by
/// the recognition engine with <see cref="RuleSet.Default"/>, by the same checks hand-written in plain C#
/// (<see cref="HandWrittenRecognition"/>, the floor), and by Microsoft RulesEngine 6.0.1 with the same rules as lambda
/// expression strings (<see cref="RulesEngineRecognition"/>). Two groups: with the default text matcher, and without
/// matching (every method gets the pairings the text matcher computed beforehand, from a <see cref="PrecomputedMatcher"/>).
/// The engine is the baseline of each group. Setup checks that all of them decide every unit alike, and that
/// RulesEngine's value of every rule on every unit and outcome is the engine's.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RecognitionBenchmarks
{
    private const string WithMatching = "matching";
    private const string NoMatching = "no-matching";
    private MobilityRecord record = null!;
    private RecognitionEngine engine = null!;
    private RecognitionEngine enginePrecomputed = null!;
    private PrecomputedMatcher precomputed = null!;
    private RulesEngineRecognition rulesEngine = null!;
    private RecognitionPolicy policy = null!;

    [GlobalSetup]
    public void Setup()
    {
        record = GeneratedMobility.Create();
        policy = RuleSet.Default.Policy;
        engine = RecognitionEngine.Create(RuleSet.Default);
        var expected = engine.Evaluate(record, GeneratedMobility.Today);
        precomputed = PrecomputedMatcher.Record(TextOutcomeMatcher.Default, m => RecognitionEngine.Create(RuleSet.Default, m).Evaluate(record, GeneratedMobility.Today));
        enginePrecomputed = RecognitionEngine.Create(RuleSet.Default, precomputed);
        rulesEngine = new RulesEngineRecognition();

        Check(expected.Equals(enginePrecomputed.Evaluate(record, GeneratedMobility.Today)), "the engine decides otherwise with the precomputed pairings");
        CheckSame(expected, HandWritten(), "hand-written");
        CheckSame(expected, HandWrittenWithoutMatching(), "hand-written without matching");
        CheckSame(expected, RulesEngine(), "RulesEngine");
        var trace = new List<(string Rule, string? Subject, Truth Truth)>();
        CheckSame(expected, rulesEngine.Evaluate(record, policy, GeneratedMobility.Today, precomputed, trace), "RulesEngine without matching");
        Check(trace.Count == expected.Trace.Length, $"RulesEngine evaluated {trace.Count} rules, the engine {expected.Trace.Length}");
        for (var i = 0; i < trace.Count; i++)
        {
            var (rule, subject, truth) = trace[i];
            var ours = expected.Trace[i];
            Check(ours.RuleId == rule && ours.Subject == subject && ours.Truth == truth,
                $"RulesEngine says {rule} [{subject}] is {truth}, the engine says {ours.RuleId} [{ours.Subject}] is {ours.Truth}");
        }

        Console.WriteLine($"// Recognition: {expected.Decisions.Length} units, {expected.Trace.Length} rule results, decided alike by all: "
            + string.Join("; ", expected.Decisions.Select(d => $"{d.Unit} {d.Outcome}")));
    }

    /// <summary>The engine with the default rule set and the default text matcher.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(WithMatching)]
    public RecognitionReport Engine() => engine.Evaluate(record, GeneratedMobility.Today);

    /// <summary>The same checks in plain C#, with the default text matcher.</summary>
    [Benchmark, BenchmarkCategory(WithMatching)]
    public HwReport HandWritten() => HandWrittenRecognition.Evaluate(record, policy, GeneratedMobility.Today, TextOutcomeMatcher.Default);

    /// <summary>The same rules as RulesEngine workflows, with the default text matcher.</summary>
    [Benchmark, BenchmarkCategory(WithMatching)]
    public HwReport RulesEngine() => rulesEngine.Evaluate(record, policy, GeneratedMobility.Today, TextOutcomeMatcher.Default);

    /// <summary>The engine with the matcher's pairings computed beforehand: evidence, rules and decisions only.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(NoMatching)]
    public RecognitionReport EngineWithoutMatching() => enginePrecomputed.Evaluate(record, GeneratedMobility.Today);

    /// <summary>
    /// The engine, then every trace line's message and evidence read, as a program that writes the report as JSON or
    /// prints <see cref="RecognitionReport.Explain"/> does: what the trace costs when all of it is read.
    /// </summary>
    [Benchmark, BenchmarkCategory(NoMatching)]
    public int EngineReadingTheWholeTrace()
    {
        var report = enginePrecomputed.Evaluate(record, GeneratedMobility.Today);
        var length = 0;
        foreach (var result in report.Trace)
        {
            length += result.Message.Length + result.Evidence.Length;
        }

        return length;
    }

    /// <summary>The plain C# checks with the precomputed pairings.</summary>
    [Benchmark, BenchmarkCategory(NoMatching)]
    public HwReport HandWrittenWithoutMatching() => HandWrittenRecognition.Evaluate(record, policy, GeneratedMobility.Today, precomputed);

    /// <summary>The RulesEngine workflows with the precomputed pairings.</summary>
    [Benchmark, BenchmarkCategory(NoMatching)]
    public HwReport RulesEngineWithoutMatching() => rulesEngine.Evaluate(record, policy, GeneratedMobility.Today, precomputed);

    private static void CheckSame(RecognitionReport expected, HwReport actual, string who)
    {
        Check(actual.Decisions.Length == expected.Decisions.Length, $"{who} decided {actual.Decisions.Length} units, the engine {expected.Decisions.Length}");
        for (var i = 0; i < actual.Decisions.Length; i++)
        {
            Check(actual.Decisions[i].Matches(expected.Decisions[i]), $"{who} decided {actual.Decisions[i]}, the engine {expected.Decisions[i]}");
        }

        var advisory = expected.Trace.Count(r => r.Severity == RuleSeverity.Advisory && r.Truth != Truth.True);
        Check(actual.AdvisoryNotTrue == advisory, $"{who} found {actual.AdvisoryNotTrue} advisory rules not holding, the engine {advisory}");
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Recognition benchmark setup: " + what + ".");
        }
    }
}
