using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;
using NodaTime;
using NodaTime.Text;

namespace Ecvet.Recognition;

/// <summary>
/// What the engine decided for one mobility: a decision per targeted home unit and the trace of every rule evaluated, in a
/// deterministic order. <see cref="Explain"/> renders it for a mobility coordinator.
/// </summary>
/// <remarks>
/// The engine proposes; a person at the home institution decides. Equality compares every property, collections in
/// order, so two evaluations of the same inputs give equal reports. This type is immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record RecognitionReport
{
    internal RecognitionReport(string ruleSetId, string ruleSetVersion, LocalDate evaluatedOn, string agreement, int agreementVersion,
        Learner learner, QualificationId qualification, InstitutionId host, ImmutableArray<UnitDecision> decisions, ImmutableArray<RuleResult> trace)
    {
        RuleSetId = Preconditions.CheckText(ruleSetId, nameof(ruleSetId));
        RuleSetVersion = Preconditions.CheckText(ruleSetVersion, nameof(ruleSetVersion));
        EvaluatedOn = Dates.Check(evaluatedOn, nameof(evaluatedOn));
        Agreement = Preconditions.CheckText(agreement, nameof(agreement));
        if (agreementVersion < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(agreementVersion), agreementVersion, "Agreement versions are numbered from 1.");
        }

        AgreementVersion = agreementVersion;
        Learner = learner ?? throw new ArgumentNullException(nameof(learner));
        Qualification = qualification ?? throw new ArgumentNullException(nameof(qualification));
        Host = host ?? throw new ArgumentNullException(nameof(host));
        decisions = decisions.OrEmpty();
        Preconditions.CheckNoNulls(decisions, nameof(decisions));
        Preconditions.CheckDistinct(decisions, d => d.Unit, nameof(decisions), "decision for the unit");
        trace = trace.OrEmpty();
        Preconditions.CheckNoNulls(trace, nameof(trace));
        Decisions = decisions;
        Trace = trace;
    }

    /// <summary>The identifier of the rule set used.</summary>
    public string RuleSetId { get; }

    /// <summary>The version of the rule set used.</summary>
    public string RuleSetVersion { get; }

    /// <summary>The day of the evaluation ("today").</summary>
    public LocalDate EvaluatedOn { get; }

    /// <summary>The identifier of the learning agreement.</summary>
    public string Agreement { get; }

    /// <summary>The number of the agreement version whose content was read: the version in force, else the newest.</summary>
    public int AgreementVersion { get; }

    /// <summary>The learner, as the agreement version read names them.</summary>
    public Learner Learner { get; }

    /// <summary>The home qualification the units belong to.</summary>
    public QualificationId Qualification { get; }

    /// <summary>The host institution whose assessments are the evidence.</summary>
    public InstitutionId Host { get; }

    /// <summary>One decision per home unit the agreement targets, in the agreement's order; one per unit.</summary>
    public ImmutableArray<UnitDecision> Decisions { get; }

    /// <summary>Every rule evaluated: mobility-wide rules in rule-set order, then per unit its unit rules and per outcome its outcome rules.</summary>
    public ImmutableArray<RuleResult> Trace { get; }

    /// <summary>The points awarded now over all units.</summary>
    public CreditPoints TotalPoints => CreditPoints.Sum(Decisions.Select(d => d.Points));

    /// <summary>The decision for a unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The decision, or <see langword="null"/> when the agreement does not target the unit.</returns>
    public UnitDecision? GetDecision(UnitId unit) => Decisions.FirstOrDefault(d => d.Unit == unit);

    /// <summary>The trace lines of a rule.</summary>
    /// <param name="ruleId">The rule's identifier.</param>
    /// <returns>Its results, in trace order.</returns>
    public ImmutableArray<RuleResult> ResultsOf(string ruleId) => [.. Trace.Where(r => r.RuleId == ruleId)];

    /// <summary>A short account for a mobility coordinator: each unit's decision and evidence, then the rules that did not hold.</summary>
    /// <returns>Plain text, lines separated by '\n', invariant culture.</returns>
    public string Explain()
    {
        var text = new StringBuilder();
        var date = LocalDatePattern.Iso.Format(EvaluatedOn);
        text.Append(CultureInfo.InvariantCulture, $"Recognition for agreement {Agreement} (version {AgreementVersion}) under rule set {RuleSetId}@{RuleSetVersion}, on {date}.\n");
        foreach (var decision in Decisions)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"Unit {decision.Unit}: {Describe(decision.Outcome)} — {decision.Points} of {decision.Allocation} points; {decision.CoveredOutcomes.Length} of {decision.TargetedOutcomes.Length} targeted outcomes covered (coverage {decision.Coverage:0.##}).\n");
            foreach (var covered in decision.CoveredOutcomes)
            {
                text.Append(CultureInfo.InvariantCulture, $"  ✓ {covered.Outcome}: {covered.Evidence}.\n");
            }

            foreach (var pending in decision.AwaitingConfirmation)
            {
                text.Append(CultureInfo.InvariantCulture, $"  ? {pending.HomeOutcome}: host outcome {pending.HostOutcome} is similar ({pending.Similarity:0.00}); confirm or refuse the match.\n");
            }

            foreach (var reason in decision.Reasons)
            {
                text.Append(CultureInfo.InvariantCulture, $"  because {ReasonText(decision, reason)}\n");
            }
        }

        var notes = Trace.Where(r => r.Truth != Truth.True).ToList();
        if (notes.Count > 0)
        {
            text.Append("Rules not met:\n");
            foreach (var result in notes)
            {
                var mark = result.Truth == Truth.False ? "✗" : "…";
                text.Append(CultureInfo.InvariantCulture,
                    $"  {mark} {result.RuleId}{(result.Subject is null ? string.Empty : $" [{result.Subject}]")} ({result.Severity.ToString().ToLowerInvariant()}{(result.Truth == Truth.NotEvaluable ? ", not evaluable" : string.Empty)}): {result.Message}\n");
            }
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public bool Equals(RecognitionReport? other) => other is not null && RuleSetId == other.RuleSetId
        && RuleSetVersion == other.RuleSetVersion && EvaluatedOn == other.EvaluatedOn && Agreement == other.Agreement
        && AgreementVersion == other.AgreementVersion && Learner.Equals(other.Learner) && Qualification == other.Qualification
        && Host == other.Host && Equality.SequenceEqual(Decisions, other.Decisions)
        && Equality.SequenceEqual(Trace, other.Trace);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuleSetId, EvaluatedOn, Agreement, Equality.SequenceHash(Decisions));

    /// <summary>The agreement and the decisions in one line.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Agreement}: {string.Join("; ", Decisions)}";

    private static string Describe(RecognitionOutcome outcome) => outcome switch
    {
        RecognitionOutcome.Full => "recognised in full",
        RecognitionOutcome.Partial => "recognised in part",
        RecognitionOutcome.Deferred => "deferred",
        _ => "not recognised",
    };

    private string ReasonText(UnitDecision decision, string reason)
    {
        if (reason == ReasonCodes.Coverage)
        {
            return "too little of the unit is covered.";
        }

        if (reason == ReasonCodes.InProgress)
        {
            return "an assessment is still in progress.";
        }

        if (reason == ReasonCodes.AwaitingConfirmation)
        {
            return "a match awaits confirmation.";
        }

        if (reason == ReasonCodes.NoTranscript)
        {
            return "there is no transcript yet.";
        }

        var result = Trace.FirstOrDefault(r => r.RuleId == reason && r.Truth != Truth.True
            && (r.Subject is null || r.Subject == decision.Unit.Value || decision.TargetedOutcomes.Any(o => o.Value == r.Subject)));
        return result is null ? $"{reason}." : $"{reason}: {result.Message}";
    }
}
