using System.Collections.Immutable;
using Ecvet.Agreements;
using Ecvet.Recognition;
using NodaTime;

namespace Ecvet.Benchmarks.Recognition;

/// <summary>One unit's decision as the plain C# and RulesEngine peers make it: what the engine's decision says, without the prose.</summary>
public sealed record HwDecision(UnitId Unit, RecognitionOutcome Outcome, CreditPoints Points, decimal Coverage,
    ImmutableArray<LearningOutcomeId> Covered, ImmutableArray<LearningOutcomeId> Pending, ImmutableArray<string> Reasons)
{
    /// <summary>Whether the engine's decision for the unit says the same.</summary>
    public bool Matches(UnitDecision decision) => decision.Unit == Unit && decision.Outcome == Outcome && decision.Points == Points
        && decision.Coverage == Coverage && decision.CoveredOutcomes.Select(c => c.Outcome).SequenceEqual(Covered)
        && decision.AwaitingConfirmation.Select(p => p.HomeOutcome).SequenceEqual(Pending) && decision.Reasons.SequenceEqual(Reasons);

    public override string ToString() => $"{Unit} {Outcome} {Points} ({Coverage}) [{string.Join(",", Reasons)}]";
}

/// <summary>The peers' answer: the decisions, and how many advisory rules did not hold (so that those are computed too).</summary>
public sealed record HwReport(ImmutableArray<HwDecision> Decisions, int AdvisoryNotTrue);

/// <summary>
/// The default rule set's checks written by hand in plain C#, in the rule set's order, with the engine's three-valued
/// logic and unit decision table: the floor the engine is measured against. It decides; it writes no trace, messages or
/// evidence paths.
/// </summary>
public static class HandWrittenRecognition
{
    public static HwReport Evaluate(MobilityRecord record, RecognitionPolicy policy, LocalDate today, IOutcomeMatcher matcher)
    {
        var m = HwMobility.Gather(record, policy, today, matcher);
        var failed = new List<string>();
        var open = new List<string>();
        var advisory = 0;
        Blocking("MOU-001", AnyOf(m.NoMouPathAllowed, WithMou(m, mou => mou.Covers(m.Content.Home, m.Content.Host))), failed, open);
        Blocking("MOU-002", AnyOf(m.NoMouPathAllowed, WithMou(m, mou => mou.IsValidFor(m.Content.Period))), failed, open);
        Blocking("MOU-003", AnyOf(m.NoMouPathAllowed, WithMou(m, mou => MouCoversQualification(m, mou))), failed, open);
        Blocking("MOU-005", AnyOf(m.NoMouPathAllowed, WithMou(m, mou => mou.IsFullySigned())), failed, open);
        Blocking("LA-001", AnyOf(m.NoMouPathAllowed, m.Content.Mou is not { } id ? Truth.False : m.Mou is null ? Truth.NotEvaluable : Of(m.Mou.Id == id)), failed, open);
        Blocking("LA-002", Of(m.Record.Agreement.LatestVersion.MissingSignatories(policy.Signatories).IsEmpty), failed, open);
        advisory += Advisory(SignedBeforeStart(m));
        advisory += Advisory(AnyOf(m.NoMouPathAllowed, WithMou(m, mou => WithinDuration(m, mou))));
        Blocking("LA-007", Of(m.Content.Qualification.Id == m.Record.Qualification.Qualification.Id), failed, open);
        Blocking("ASM-005", TranscriptSigned(m), failed, open);
        advisory += Advisory(m.Transcript is null ? Truth.NotEvaluable
            : Of(m.Transcript.Entries.All(e => e.CreditRecorded is not { } c || c.Scheme == CreditScheme.Ecvet)));
        advisory += Advisory(Of(m.Record.Qualification.Qualification.IsComplete));

        var decisions = ImmutableArray.CreateBuilder<HwDecision>(m.Units.Count);
        foreach (var u in m.Units)
        {
            var unitFailed = new List<string>(failed);
            var unitOpen = new List<string>(open);
            Blocking("REC-005", Of(u.Unit is not null && u.Allocation is not null && u.UnknownOutcomes == 0), unitFailed, unitOpen);
            Blocking("LA-005", Of(u.Allocation is not null && u.Expected.ExpectedPoints <= u.Allocation.Points), unitFailed, unitOpen);
            Blocking("LA-004", NoPendingChange(m, u), unitFailed, unitOpen);
            advisory += Advisory(AnyOf(m.NoMouPathAllowed, WithMou(m, mou => MouListsUnit(m, u, mou))));
            advisory += Advisory(m.Transcript is null ? Truth.NotEvaluable : Of(AssessmentsWithinPeriod(m, u)));
            advisory += Advisory(m.Transcript is null ? Truth.NotEvaluable : Of(u.Results.All(r => u.Expected.Assessment.Methods.Contains(r.Method))));
            advisory += Advisory(Of(!u.HasAwaiting));
            advisory += Advisory(CriticalOutcomesCovered(m, u));
            Blocking("VAL-005", Of(CreditValid(m, u)), unitFailed, unitOpen);
            Blocking("VAL-006", Of(!u.DoubleCounted), unitFailed, unitOpen);
            advisory += Advisory(Of(u.Expected.IsRecognisedAutomatically));

            var counts = new List<HwOutcome>();
            foreach (var o in u.Outcomes)
            {
                var noTranscript = m.Transcript is null;
                var recorded = noTranscript ? Truth.NotEvaluable : Of(o.Results.Count > 0);
                var passed = noTranscript ? Truth.NotEvaluable : o.AnyPassed ? Truth.True : o.AnyInProgress ? Truth.NotEvaluable : Truth.False;
                var covered = noTranscript ? Truth.NotEvaluable : o.State switch
                {
                    HwState.Covered => Truth.True,
                    HwState.AwaitingConfirmation or HwState.InProgress => Truth.NotEvaluable,
                    _ => Truth.False,
                };
                OutcomeRule("ASM-001", recorded, unitOpen);
                OutcomeRule("ASM-002", passed, unitOpen);
                OutcomeRule("VAL-001", covered, unitOpen);
                if (o.IsCovered && recorded == Truth.True && passed == Truth.True && covered == Truth.True)
                {
                    counts.Add(o);
                }
            }

            decisions.Add(Decide(m, u, counts, unitFailed, unitOpen));
        }

        return new HwReport(decisions.MoveToImmutable(), advisory);
    }

    /// <summary>The unit decision table, from the blocking rules that failed or could not be evaluated and the outcomes that count.</summary>
    public static HwDecision Decide(HwMobility m, HwUnit u, List<HwOutcome> counts, List<string> failed, List<string> open)
    {
        var policy = m.Policy;
        var allocation = u.Allocation?.Points ?? CreditPoints.Zero;
        var targetedWeight = 0m;
        var pending = ImmutableArray.CreateBuilder<LearningOutcomeId>();
        var inProgress = false;
        foreach (var o in u.Outcomes)
        {
            targetedWeight += o.Outcome.Weight;
            inProgress |= o.State == HwState.InProgress;
            if (o.Pending is { } p)
            {
                pending.Add(p.HomeOutcome);
            }
        }

        var coveredWeight = 0m;
        var covered = ImmutableArray.CreateBuilder<LearningOutcomeId>(counts.Count);
        foreach (var o in counts)
        {
            coveredWeight += o.Outcome.Weight;
            covered.Add(o.Outcome.Id);
        }

        var coverage = targetedWeight == 0m ? 0m : Math.Round(coveredWeight / targetedWeight, 4, MidpointRounding.ToZero);
        HwDecision Make(RecognitionOutcome outcome, CreditPoints points, IEnumerable<string> reasons) =>
            new(u.Expected.Unit, outcome, points, coverage, covered.ToImmutable(), pending.ToImmutable(), [.. reasons]);

        if (failed.Count > 0)
        {
            return Make(RecognitionOutcome.NotRecognised, CreditPoints.Zero, failed);
        }

        if (m.Transcript is null)
        {
            open.Add(ReasonCodes.NoTranscript);
        }

        if (inProgress)
        {
            open.Add(ReasonCodes.InProgress);
        }

        if (pending.Count > 0)
        {
            open.Add(ReasonCodes.AwaitingConfirmation);
        }

        if (open.Count > 0)
        {
            return Make(RecognitionOutcome.Deferred, CreditPoints.Zero, open);
        }

        var criticalCovered = u.Unit is not null;
        if (u.Unit is not null)
        {
            foreach (var outcome in u.Unit.LearningOutcomes)
            {
                if (outcome.IsCritical && !counts.Exists(c => c.Outcome.Id == outcome.Id))
                {
                    criticalCovered = false;
                    break;
                }
            }
        }

        if (coverage >= policy.FullCoverage && u.Expected.IsWholeUnit && criticalCovered && coveredWeight > 0m)
        {
            return Make(RecognitionOutcome.Full, allocation, []);
        }

        if (coverage >= policy.PartialCoverage && coveredWeight > 0m)
        {
            var unitWeight = u.Unit?.TotalOutcomeWeight ?? 0m;
            var share = unitWeight == 0m ? 0m : Math.Min(1m, coveredWeight / unitWeight);
            var proRata = allocation.MultiplyAndRound(share, policy.PointsStep, MidpointRounding.ToZero);
            var points = policy.PartialPoints switch
            {
                PartialPointsPolicy.ProRata => proRata,
                PartialPointsPolicy.AsAgreed => CreditPoints.Min(u.Expected.ExpectedPoints, proRata),
                _ => CreditPoints.Zero,
            };
            return Make(RecognitionOutcome.Partial, CreditPoints.Min(points, allocation), []);
        }

        return Make(RecognitionOutcome.NotRecognised, CreditPoints.Zero, [ReasonCodes.Coverage]);
    }

    /// <summary>A blocking rule: false ⇒ the unit is not recognised, not evaluable ⇒ deferred; each id listed once.</summary>
    public static void Blocking(string id, Truth truth, List<string> failed, List<string> open)
    {
        var list = truth switch { Truth.False => failed, Truth.NotEvaluable => open, _ => null };
        if (list is not null && !list.Contains(id))
        {
            list.Add(id);
        }
    }

    private static void OutcomeRule(string id, Truth truth, List<string> open)
    {
        if (truth == Truth.NotEvaluable && !open.Contains(id))
        {
            open.Add(id);
        }
    }

    private static int Advisory(Truth truth) => truth == Truth.True ? 0 : 1;

    private static Truth Of(bool value) => value ? Truth.True : Truth.False;

    private static Truth AnyOf(bool first, Truth second) => first ? Truth.True : second;

    private static Truth WithMou(HwMobility m, Func<MemorandumOfUnderstanding, bool> check) =>
        m.Content.Mou is null ? Truth.False : m.Mou is { } mou ? Of(check(mou)) : Truth.NotEvaluable;

    public static bool MouCoversQualification(HwMobility m, MemorandumOfUnderstanding mou)
    {
        var content = m.Content;
        var listed = false;
        foreach (var q in mou.Qualifications)
        {
            listed |= q.Partner == content.Home && q.Qualification.Id == content.Qualification.Id;
        }

        if (!listed)
        {
            return false;
        }

        foreach (var q in mou.Qualifications)
        {
            if (q.Partner == content.Host && Math.Abs(q.Qualification.EqfLevel.Value - content.Qualification.EqfLevel.Value) <= m.Policy.MaxEqfLevelGap)
            {
                return true;
            }
        }

        return false;
    }

    public static bool MouListsUnit(HwMobility m, HwUnit u, MemorandumOfUnderstanding mou)
    {
        foreach (var q in mou.Qualifications)
        {
            if (q.Partner == m.Content.Home && q.Qualification.Id == m.Content.Qualification.Id)
            {
                return q.Units.IsEmpty || q.Units.Any(x => x.Unit == u.Expected.Unit);
            }
        }

        return false;
    }

    public static Truth SignedBeforeStart(HwMobility m)
    {
        var signatories = m.Policy.Signatories;
        foreach (var version in m.Record.Agreement.Versions)
        {
            if (!version.IsFullySigned(signatories))
            {
                continue;
            }

            var roles = version.Content.RequiredSignatories(signatories);
            var signedAt = version.Signatures.Where(s => s.Covers(version.Hash) && roles.Contains(s.Role)).Max(s => s.SignedAt);
            return Of(signedAt.InUtc().Date <= version.Content.Period.EarliestStart.PlusDays(m.Policy.SignatureGraceDays));
        }

        return Truth.False;
    }

    public static bool WithinDuration(HwMobility m, MemorandumOfUnderstanding mou)
    {
        var start = m.Content.Period.EarliestStart;
        var endExclusive = m.Content.Period.LatestEnd.PlusDays(1);
        return !(mou.MinimumMobilityDuration is { } min && start.Plus(min) > endExclusive)
            && !(mou.MaximumMobilityDuration is { } max && start.Plus(max) < endExclusive);
    }

    private static Truth TranscriptSigned(HwMobility m) => m.Transcript is not { } t ? Truth.NotEvaluable
        : Of(t.Agreement == m.Record.Agreement.Id && t.IssuedBy == m.Content.Host && t.IsSignedBy(SignatoryRole.Host));

    public static bool AssessmentsWithinPeriod(HwMobility m, HwUnit u)
    {
        var from = m.Content.Period.EarliestStart.PlusDays(-m.Policy.AssessmentGraceDays);
        var to = m.Content.Period.LatestEnd.PlusDays(m.Policy.AssessmentGraceDays);
        foreach (var o in u.Outcomes)
        {
            foreach (var r in o.Results)
            {
                if (r.AssessedOn < from || r.AssessedOn > to)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static Truth CriticalOutcomesCovered(HwMobility m, HwUnit u)
    {
        if (u.Unit is null)
        {
            return Truth.NotEvaluable;
        }

        foreach (var critical in u.Unit.LearningOutcomes)
        {
            if (!critical.IsCritical)
            {
                continue;
            }

            var o = u.Outcomes.Find(x => x.Outcome.Id == critical.Id);
            if (o is null)
            {
                return Truth.False;
            }

            if (!o.IsCovered)
            {
                return m.Transcript is null ? Truth.NotEvaluable : Truth.False;
            }
        }

        return Truth.True;
    }

    public static bool CreditValid(HwMobility m, HwUnit u)
    {
        if (u.Unit?.ValidityPeriod is not { } validity)
        {
            return true;
        }

        foreach (var o in u.Outcomes)
        {
            if (o.AssessedOn is { } on && on.Plus(validity) < m.Today)
            {
                return false;
            }
        }

        return true;
    }

    // LA-004 per unit: a pending proposal holds up the units it adds, removes or changes, and every unit when it changes
    // more than the expected learning.
    private static Truth NoPendingChange(HwMobility m, HwUnit u)
    {
        foreach (var proposal in m.Record.Agreement.Proposals)
        {
            if (proposal.IsRejected)
            {
                continue;
            }

            if (!proposal.ProposedContent.WithExpected(m.Content.Expected).Equals(m.Content)
                || !u.Expected.Equals(proposal.ProposedContent.Expected.FirstOrDefault(e => e.Unit == u.Expected.Unit)))
            {
                return Truth.NotEvaluable;
            }
        }

        return Truth.True;
    }
}
