using Ecvet.Recognition;
using static Ecvet.Tests.Recognition.RecognitionFixture;

namespace Ecvet.Tests.Recognition;

/// <summary>
/// The engine allocates for the report it returns, not per condition it evaluates: a rule whose condition grows by
/// trivially true parts costs no more memory. Measured with the thread's allocation counter, which counts bytes, not time.
/// </summary>
public sealed class RecognitionAllocationTests
{
    private static readonly Dictionary<string, RecognitionPredicate> Predicates = new(StringComparer.Ordinal) { ["alwaysTrue"] = _ => Truth.True };

    // Each block: a registered predicate, a built-in check, a double negation and a nested anyOf, all true for the worked example.
    private static AllOfCondition Padded(int blocks) => Condition.AllOf(Enumerable.Range(0, blocks).SelectMany(_ => new Condition[]
    {
        Condition.Predicate("alwaysTrue"),
        Condition.Check(CheckKind.NoPendingChangeProposal),
        Condition.Not(Condition.Not(Condition.Check(CheckKind.NoPendingChangeProposal))),
        Condition.AnyOf(Condition.Check(CheckKind.NoPendingChangeProposal), Condition.Predicate("alwaysTrue")),
    }).Append(Condition.Check(CheckKind.AssessmentRecorded)));

    private static long AllocatedBy(int blocks)
    {
        var ruleSet = RuleSet.Default.WithRule(RecognitionRule.Create("PAD-001", RuleScope.Outcome, RuleSeverity.Advisory, Padded(blocks), "Padding."));
        var engine = RecognitionEngine.Create(ruleSet, predicates: Predicates);
        var record = WorkedExample();
        engine.Evaluate(record, Today); // first run: JIT and lazily built caches
        var least = long.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            engine.Evaluate(record, Today);
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }

    [Fact]
    public void Evaluate_MoreTriviallyTrueConditions_AllocatesNoMore()
    {
        var small = AllocatedBy(1);
        var large = AllocatedBy(60); // 4 outcomes × 59 more blocks × 8 nodes: 1,888 more condition nodes evaluated

        (large - small).Should().BeLessThan(256, $"the report is the same size ({small} bytes with 1 block, {large} with 60)");
    }

    [Fact]
    public void Evaluate_PaddedRule_ReportsAsTheLastPart()
    {
        var ruleSet = RuleSet.Default.WithRule(RecognitionRule.Create("PAD-001", RuleScope.Outcome, RuleSeverity.Advisory, Padded(3), "Padding."));
        var report = RecognitionEngine.Create(ruleSet, predicates: Predicates).Evaluate(WorkedExample(), Today);

        var results = report.ResultsOf("PAD-001");
        results.Should().HaveCount(4).And.OnlyContain(r => r.Truth == Truth.True && r.Code == "assessmentRecorded.true");
        results[0].Evidence.Should().Equal("qualification:$.units[2].learningOutcomes[0]", "transcript:$.entries[0]");
    }
}
