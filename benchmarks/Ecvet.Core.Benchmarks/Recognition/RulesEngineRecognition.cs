using System.Collections.Immutable;
using System.Text.Json;
using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Recognition;
using NodaTime;
using RulesEngine.Models;

namespace Ecvet.Benchmarks.Recognition;

/// <summary>
/// The default rule set as Microsoft RulesEngine 6.0.1 workflows (<c>rulesengine-workflows.json</c>): lambda expression
/// strings over the evidence the plain C# gathers (<see cref="HwMobility"/>), one workflow per scope, run once for the
/// mobility, once per targeted unit and once per targeted outcome, as a user of that package would. RulesEngine has two
/// values only, so a rule that can be not evaluable has a companion <c>ID:open</c> rule that says when. The decisions
/// then follow the same decision table as the hand-written peer.
/// </summary>
public sealed class RulesEngineRecognition
{
    private const string Global = "recognition-global";
    private const string Unit = "recognition-unit";
    private const string Outcome = "recognition-outcome";
    private readonly global::RulesEngine.RulesEngine engine;
    private readonly HashSet<string> blocking = new(StringComparer.Ordinal);

    public RulesEngineRecognition()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Recognition", "rulesengine-workflows.json"));
        var workflows = JsonSerializer.Deserialize<Workflow[]>(json) ?? throw new InvalidDataException("No workflows.");
        foreach (var rule in workflows.SelectMany(w => w.Rules))
        {
            if (rule.Properties is { } properties && properties.TryGetValue("severity", out var severity) && severity?.ToString() == "blocking")
            {
                blocking.Add(rule.RuleName);
            }
        }

        // Since RulesEngine 5 (CVE-2023-32571) expressions may call methods only of the types registered here.
        // Expression errors throw instead of reading as a failed rule (the default), which would hide a broken rule.
        var settings = new ReSettings
        {
            EnableExceptionAsErrorMessage = false,
            CustomTypes =
            [
                typeof(Seq), typeof(HwMobility), typeof(HwUnit), typeof(HwOutcome), typeof(HwState), typeof(MobilityRecord), typeof(RecognitionPolicy),
                typeof(MemorandumOfUnderstanding), typeof(MouQualification), typeof(MouUnit), typeof(QualificationReference), typeof(EqfLevel),
                typeof(LearningAgreement), typeof(LearningAgreementVersion), typeof(LearningAgreementContent), typeof(MobilityPeriod),
                typeof(SignatoryPolicy), typeof(SignatoryRole), typeof(Signature), typeof(ContentHash), typeof(InstitutionId), typeof(MouId),
                typeof(PersonalTranscript), typeof(TranscriptEntry), typeof(Credit), typeof(CreditScheme), typeof(CreditPoints),
                typeof(ExpectedLearning), typeof(AssessmentArrangement), typeof(AssessmentResult), typeof(AssessmentMethod),
                typeof(UnitOfLearningOutcomes), typeof(LearningOutcome), typeof(LearningOutcomeId), typeof(UnitId), typeof(Qualification),
                typeof(Ecvet.Serialization.QualificationDocument), typeof(UnitAllocation), typeof(LocalDate), typeof(Instant),
                typeof(ZonedDateTime), typeof(Period), typeof(ImmutableArray<SignatoryRole>), typeof(ImmutableArray<MouUnit>),
            ],
        };
        engine = new global::RulesEngine.RulesEngine(workflows, settings);
    }

    /// <summary>Decides the mobility; <paramref name="trace"/>, when given, receives every rule's value (rule, subject, truth).</summary>
    public HwReport Evaluate(MobilityRecord record, RecognitionPolicy policy, LocalDate today, IOutcomeMatcher matcher,
        List<(string Rule, string? Subject, Truth Truth)>? trace = null)
    {
        var m = HwMobility.Gather(record, policy, today, matcher);
        var mobility = new RuleParameter("m", m);
        var failed = new List<string>();
        var open = new List<string>();
        var advisory = Collect(Run(Global, mobility), null, failed, open, trace);

        var decisions = ImmutableArray.CreateBuilder<HwDecision>(m.Units.Count);
        foreach (var u in m.Units)
        {
            var unitFailed = new List<string>(failed);
            var unitOpen = new List<string>(open);
            advisory += Collect(Run(Unit, mobility, new RuleParameter("u", u)), u.Expected.Unit.Value, unitFailed, unitOpen, trace);
            var counts = new List<HwOutcome>();
            foreach (var o in u.Outcomes)
            {
                // An outcome counts when its evidence covers it and every outcome rule holds; open ones defer the unit.
                var outcomeFailed = new List<string>();
                var outcomeOpen = new List<string>();
                Collect(Run(Outcome, mobility, new RuleParameter("o", o)), o.Outcome.Id.Value, outcomeFailed, outcomeOpen, trace);
                foreach (var id in outcomeOpen)
                {
                    if (!unitOpen.Contains(id))
                    {
                        unitOpen.Add(id);
                    }
                }

                if (o.IsCovered && outcomeFailed.Count == 0 && outcomeOpen.Count == 0)
                {
                    counts.Add(o);
                }
            }

            decisions.Add(HandWrittenRecognition.Decide(m, u, counts, unitFailed, unitOpen));
        }

        return new HwReport(decisions.MoveToImmutable(), advisory);
    }

    // The expressions are synchronous, so the value task has normally completed already.
    private List<RuleResultTree> Run(string workflow, params RuleParameter[] parameters)
    {
        var pending = engine.ExecuteAllRulesAsync(workflow, parameters);
        return pending.IsCompleted ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }

    // Reads the results in rule order: an ID:open rule that holds makes ID not evaluable.
    private int Collect(List<RuleResultTree> results, string? subject, List<string> failed, List<string> open,
        List<(string Rule, string? Subject, Truth Truth)>? trace)
    {
        var advisory = 0;
        foreach (var result in results)
        {
            var name = result.Rule.RuleName;
            if (name.EndsWith(":open", StringComparison.Ordinal))
            {
                continue;
            }

            var isOpen = results.Find(r => r.Rule.RuleName == name + ":open") is { IsSuccess: true };
            var truth = isOpen ? Truth.NotEvaluable : result.IsSuccess ? Truth.True : Truth.False;
            trace?.Add((name, subject, truth));
            if (blocking.Contains(name))
            {
                HandWrittenRecognition.Blocking(name, truth, failed, open);
            }
            else if (truth != Truth.True)
            {
                advisory++;
            }
        }

        return advisory;
    }
}
