using System.Collections.Frozen;
using System.Collections.Immutable;
using Ecvet.Recognition.Internal;
using NodaTime;

namespace Ecvet.Recognition;

/// <summary>
/// Decides, for one mobility, what the home institution recognises per targeted unit, with how many points, on what
/// evidence and why. Created once from a rule set, the named predicates it uses and an outcome matcher.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Evaluate(MobilityRecord, LocalDate)"/> is pure and synchronous: the same inputs give an equal report.
/// "Not recognised" is a decision, never an exception. The engine is immutable and thread-safe; share one instance.
/// </para>
/// <para>
/// The decision per unit follows the unit decision table: a blocking mobility, agreement, qualification or unit rule
/// that is false ⇒ not recognised; a blocking rule not evaluable, an assessment in progress, a match awaiting
/// confirmation or no transcript ⇒ deferred; else coverage of the targeted outcomes (those whose outcome rules hold) ≥
/// full coverage, the whole unit targeted and its critical outcomes covered ⇒ full, with the home allocation of points;
/// coverage ≥ partial coverage ⇒ partial, with points per the policy; else not recognised.
/// </para>
/// </remarks>
public sealed class RecognitionEngine
{
    private readonly CompiledRule[] globalRules;
    private readonly CompiledRule[] unitRules;
    private readonly CompiledRule[] outcomeRules;
    private readonly FrozenDictionary<string, RegisteredPredicate> predicates;

    private RecognitionEngine(RuleSet ruleSet, IOutcomeMatcher matcher, FrozenDictionary<string, RegisteredPredicate> predicates)
    {
        RuleSet = ruleSet;
        Matcher = matcher;
        this.predicates = predicates;
        globalRules = [.. ruleSet.Rules.Where(r => r.Scope is RuleScope.Mobility or RuleScope.Agreement or RuleScope.Qualification).Select(r => new CompiledRule(r))];
        unitRules = [.. ruleSet.Rules.Where(r => r.Scope == RuleScope.Unit).Select(r => new CompiledRule(r))];
        outcomeRules = [.. ruleSet.Rules.Where(r => r.Scope == RuleScope.Outcome).Select(r => new CompiledRule(r))];
    }

    /// <summary>The rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The matcher for the host's own outcomes.</summary>
    public IOutcomeMatcher Matcher { get; }

    /// <summary>The names of the registered predicates, in ordinal order.</summary>
    public ImmutableArray<string> PredicateNames => [.. predicates.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Creates an engine.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="matcher">The matcher for the host's own outcomes; <see cref="TextOutcomeMatcher.Default"/> when null.</param>
    /// <param name="predicates">The named predicates the rule set refers to, if any.</param>
    /// <returns>The engine.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null, or a registered predicate is null.</exception>
    /// <exception cref="ArgumentException">A rule refers to a predicate that is not registered, or a registered name is not a valid predicate name.</exception>
    public static RecognitionEngine Create(RuleSet ruleSet, IOutcomeMatcher? matcher = null,
        IReadOnlyDictionary<string, RecognitionPredicate>? predicates = null)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var registered = new Dictionary<string, RecognitionPredicate>(StringComparer.Ordinal);
        if (predicates is not null)
        {
            foreach (var (name, predicate) in predicates)
            {
                if (!PredicateCondition.IsValidName(name))
                {
                    throw new ArgumentException($"'{name}' is not a valid predicate name.", nameof(predicates));
                }

                registered[name] = predicate ?? throw new ArgumentNullException(nameof(predicates), $"The predicate '{name}' is null.");
            }
        }

        foreach (var rule in ruleSet.Rules)
        {
            if (FindUnregistered(rule.Condition, registered) is { } missing)
            {
                throw new ArgumentException($"Rule {rule.Id} refers to the predicate '{missing}', which is not registered with the engine.", nameof(predicates));
            }
        }

        return new(ruleSet, matcher ?? TextOutcomeMatcher.Default,
            registered.ToFrozenDictionary(p => p.Key, p => new RegisteredPredicate(p.Key, p.Value), StringComparer.Ordinal));
    }

    /// <summary>Evaluates a mobility on a given day.</summary>
    /// <param name="record">The mobility's documents.</param>
    /// <param name="today">The day of the evaluation (validity of the MoU and of credit is judged on it).</param>
    /// <returns>The report: a decision per targeted unit and the trace.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public RecognitionReport Evaluate(MobilityRecord record, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(record);
        var policy = RuleSet.Policy;
        var analysis = MobilityAnalysis.Run(record, policy, today, Matcher);
        var outcomes = 0;
        foreach (var unit in analysis.Units)
        {
            outcomes += unit.Outcomes.Count;
        }

        var trace = ImmutableArray.CreateBuilder<RuleResult>(globalRules.Length + (analysis.Units.Count * unitRules.Length) + (outcomes * outcomeRules.Length));
        var globalFalse = new List<string>();
        var globalOpen = new List<string>();
        foreach (var rule in globalRules)
        {
            var result = Run(rule, analysis, null, null);
            trace.Add(result);
            Collect(result, globalFalse, globalOpen);
        }

        var decisions = ImmutableArray.CreateBuilder<UnitDecision>(analysis.Units.Count);
        foreach (var unit in analysis.Units)
        {
            var failed = new List<string>(globalFalse);
            var open = new List<string>(globalOpen);
            foreach (var rule in unitRules)
            {
                var result = Run(rule, analysis, unit, null);
                trace.Add(result);
                Collect(result, failed, open);
            }

            var counts = new List<OutcomeAnalysis>();
            foreach (var outcome in unit.Outcomes)
            {
                var holds = outcome.State == OutcomeState.Covered;
                foreach (var rule in outcomeRules)
                {
                    var result = Run(rule, analysis, unit, outcome);
                    trace.Add(result);
                    if (result.Severity == RuleSeverity.Blocking)
                    {
                        holds &= result.Truth == Truth.True;
                        if (result.Truth == Truth.NotEvaluable && !open.Contains(result.RuleId))
                        {
                            open.Add(result.RuleId);
                        }
                    }
                }

                if (holds)
                {
                    counts.Add(outcome);
                }
            }

            decisions.Add(Decide(analysis, unit, counts, failed, open));
        }

        return new RecognitionReport(RuleSet.Id, RuleSet.Version, today, record.Agreement.Id.Value, analysis.Version.Number,
            analysis.Content.Learner, record.Qualification.Qualification.Id, analysis.Content.Host, decisions.MoveToImmutable(), trace.MoveToImmutable());
    }

    /// <summary>Evaluates a mobility today, as a clock tells it in a time zone.</summary>
    /// <param name="record">The mobility's documents.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="zone">The time zone of the home institution.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RecognitionReport Evaluate(MobilityRecord record, IClock clock, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        return Evaluate(record, clock.GetCurrentInstant().InZone(zone).Date);
    }

    private static void Collect(RuleResult result, List<string> failed, List<string> open)
    {
        if (result.Severity != RuleSeverity.Blocking)
        {
            return;
        }

        var list = result.Truth switch
        {
            Truth.False => failed,
            Truth.NotEvaluable => open,
            _ => null,
        };
        if (list is not null && !list.Contains(result.RuleId))
        {
            list.Add(result.RuleId);
        }
    }

    private UnitDecision Decide(MobilityAnalysis analysis, UnitAnalysis unit, List<OutcomeAnalysis> counts, List<string> failed, List<string> open)
    {
        var policy = RuleSet.Policy;
        var allocation = unit.Allocation?.Points ?? CreditPoints.Zero;
        // One pass each over the targeted and the counted outcomes, building the report's arrays at their final size.
        var targeted = ImmutableArray.CreateBuilder<LearningOutcomeId>(unit.Outcomes.Count);
        var pendingMatches = ImmutableArray.CreateBuilder<PendingMatch>();
        var targetedWeight = 0m;
        var anyInProgress = false;
        foreach (var o in unit.Outcomes)
        {
            targeted.Add(o.Outcome.Id);
            targetedWeight += o.Outcome.Weight;
            anyInProgress |= o.State == OutcomeState.InProgress;
            if (o.Pending is { } match)
            {
                pendingMatches.Add(match);
            }
        }

        var coveredOutcomes = ImmutableArray.CreateBuilder<CoveredOutcome>(counts.Count);
        var coveredWeight = 0m;
        foreach (var o in counts)
        {
            coveredOutcomes.Add(new CoveredOutcome(o.Outcome.Id, o.Evidence!));
            coveredWeight += o.Outcome.Weight;
        }

        var targetedIds = targeted.MoveToImmutable();
        var pending = pendingMatches.ToImmutable();
        var covered = coveredOutcomes.MoveToImmutable();
        var coverage = targetedWeight == 0m ? 0m : Math.Round(coveredWeight / targetedWeight, 4, MidpointRounding.ToZero);

        UnitDecision Make(RecognitionOutcome outcome, CreditPoints points, IEnumerable<string> reasons) =>
            new(unit.Expected.Unit, outcome, points, allocation, coverage, unit.Expected.IsWholeUnit, targetedIds, covered, pending, [.. reasons]);

        if (failed.Count > 0)
        {
            return Make(RecognitionOutcome.NotRecognised, CreditPoints.Zero, failed);
        }

        var waiting = new List<string>(open);
        if (analysis.Record.Transcript is null)
        {
            waiting.Add(ReasonCodes.NoTranscript);
        }

        if (anyInProgress)
        {
            waiting.Add(ReasonCodes.InProgress);
        }

        if (!pending.IsEmpty)
        {
            waiting.Add(ReasonCodes.AwaitingConfirmation);
        }

        if (waiting.Count > 0)
        {
            return Make(RecognitionOutcome.Deferred, CreditPoints.Zero, waiting);
        }

        var criticalCovered = unit.Unit is not null && CriticalCounted(unit.Unit, counts);
        if (coverage >= policy.FullCoverage && unit.Expected.IsWholeUnit && criticalCovered && coveredWeight > 0m)
        {
            return Make(RecognitionOutcome.Full, allocation, []);
        }

        if (coverage >= policy.PartialCoverage && coveredWeight > 0m)
        {
            // Pro rata is measured against the whole unit, so a part of a unit never earns the whole unit's share.
            var unitWeight = unit.Unit?.TotalOutcomeWeight ?? 0m;
            var share = unitWeight == 0m ? 0m : Math.Min(1m, coveredWeight / unitWeight);
            var proRata = allocation.MultiplyAndRound(share, policy.PointsStep, MidpointRounding.ToZero);
            var points = policy.PartialPoints switch
            {
                PartialPointsPolicy.ProRata => proRata,
                PartialPointsPolicy.AsAgreed => CreditPoints.Min(unit.Expected.ExpectedPoints, proRata),
                _ => CreditPoints.Zero,
            };
            return Make(RecognitionOutcome.Partial, CreditPoints.Min(points, allocation), []);
        }

        return Make(RecognitionOutcome.NotRecognised, CreditPoints.Zero, [ReasonCodes.Coverage]);
    }

    private static bool CriticalCounted(UnitOfLearningOutcomes unit, List<OutcomeAnalysis> counts)
    {
        foreach (var outcome in unit.LearningOutcomes)
        {
            if (outcome.IsCritical && !Counted(counts, outcome.Id))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Counted(List<OutcomeAnalysis> counts, LearningOutcomeId id)
    {
        foreach (var counted in counts)
        {
            if (counted.Outcome.Id == id)
            {
                return true;
            }
        }

        return false;
    }

    // The trace line's message and evidence paths are written when first read (see RuleResult), so deciding formats no
    // text; a rule that calls a named predicate is described at once, so the embedding program's code runs once.
    private RuleResult Run(CompiledRule compiled, MobilityAnalysis analysis, UnitAnalysis? unit, OutcomeAnalysis? outcome)
    {
        var rule = compiled.Rule;
        var subject = outcome?.Outcome.Id.Value ?? unit?.Expected.Unit.Value;
        if (compiled.CallsPredicate)
        {
            var described = ConditionEvaluator.Evaluate(rule.Condition, analysis, unit, outcome, describe: true, predicates);
            return new RuleResult(rule.Id, rule.Scope, rule.Severity, subject, described.Truth, described.Code,
                TraceSubject.MessageOf(rule, described), described.Paths);
        }

        var verdict = ConditionEvaluator.Evaluate(rule.Condition, analysis, unit, outcome, describe: false, predicates: null);
        return new RuleResult(rule, subject, verdict.Truth, verdict.Code, new TraceSubject(analysis, unit, outcome));
    }

    private static string? FindUnregistered(Condition condition, Dictionary<string, RecognitionPredicate> registered) => condition switch
    {
        PredicateCondition p => registered.ContainsKey(p.Name) ? null : p.Name,
        NotCondition n => FindUnregistered(n.Part, registered),
        CompositeCondition c => c.Parts.Select(x => FindUnregistered(x, registered)).FirstOrDefault(x => x is not null),
        _ => null,
    };
}
