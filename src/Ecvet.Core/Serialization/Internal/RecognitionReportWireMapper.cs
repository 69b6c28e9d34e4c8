using Ecvet.Agreements;
using Ecvet.Recognition;
using Ecvet.Serialization.Internal.Wire;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// Wire ↔ domain for recognition reports, reporting every problem at its JSON path. What a report may hold (points
/// within the allocation, covered outcomes among the targeted ones, similarities in [0, 1], one decision per unit) is
/// decided by the constructors of <see cref="RecognitionReport"/>, <see cref="UnitDecision"/>,
/// <see cref="OutcomeEvidence"/>, <see cref="PendingMatch"/> and <see cref="RuleResult"/>; this mapper reports what
/// they refuse at the member it is about.
/// </summary>
internal static class RecognitionReportWireMapper
{
    public static readonly Dictionary<Type, Action<object, ProblemSink>> Parts = new()
    {
        [typeof(UnitDecisionWire)] = (wire, sink) => _ = Decision(sink, (UnitDecisionWire)wire),
        [typeof(RuleResultWire)] = (wire, sink) => _ = Result(sink, (RuleResultWire)wire),
        [typeof(OutcomeEvidenceWire)] = (wire, sink) => _ = Evidence(sink, (OutcomeEvidenceWire)wire),
        [typeof(LearnerWire)] = (wire, sink) => _ = PeopleWire.FromWire(sink, (LearnerWire)wire, null!),
    };

    public static RecognitionReport? Map(RecognitionReportDocumentWire wire, ProblemSink sink)
    {
        var before = sink.Count;
        WireCommon.SchemaVersion(sink, wire.SchemaVersion);
        string? ruleSetId = null, ruleSetVersion = null;
        if (WireCommon.NotNull(sink, wire.RuleSet, "ruleSet"))
        {
            ruleSetId = wire.RuleSet.Id;
            ruleSetVersion = wire.RuleSet.Version;
        }

        LearningAgreementId? agreement = null;
        var agreementVersion = 0;
        if (WireCommon.NotNull(sink, wire.Agreement, "agreement"))
        {
            sink.Path.Push("agreement");
            agreement = WireReader.Identifier<LearningAgreementId>(sink, wire.Agreement.Id, "id", LearningAgreementId.TryParse, "learning agreement identifier");
            agreementVersion = wire.Agreement.Version;
            sink.Path.Pop();
        }

        var learner = PeopleWire.FromWire(sink, wire.Learner, "learner");
        var qualification = WireReader.Identifier<QualificationId>(sink, wire.HomeQualification, "homeQualification", QualificationId.TryParse, "qualification identifier");
        var host = WireReader.Identifier<InstitutionId>(sink, wire.Host, "host", InstitutionId.TryParse, "institution identifier (scheme:value, such as schac:uio.no)");
        var decisions = WireCommon.List(sink, wire.Decisions, "decisions", Decision);
        var trace = WireCommon.List(sink, wire.Trace, "trace", Result);
        if (sink.Count != before)
        {
            return null;
        }

        return WireReader.Domain(sink, null, () => new RecognitionReport(ruleSetId!, ruleSetVersion!, wire.EvaluatedOn, agreement!.Value, agreementVersion,
                learner!, qualification!, host!, [.. decisions!], [.. trace!]),
            [new("ruleSetId", "ruleSet"), new("ruleSetVersion", "ruleSet"), "evaluatedOn", new("agreementVersion", "agreement"),
                new("decisions", "decisions") { ItemMember = "unit" }, "trace"]);
    }

    public static RecognitionReportDocumentWire ToWire(RecognitionReport report) => new()
    {
        SchemaVersion = EcvetJson.SchemaVersion,
        RuleSet = new() { Id = report.RuleSetId, Version = report.RuleSetVersion },
        EvaluatedOn = report.EvaluatedOn,
        Agreement = new() { Id = report.Agreement, Version = report.AgreementVersion },
        Learner = PeopleWire.ToWire(report.Learner),
        HomeQualification = report.Qualification.Value,
        Host = report.Host.ToString(),
        Decisions = [.. report.Decisions.Select(ToWire)],
        Trace = [.. report.Trace.Select(ToWire)],
    };

    internal static RuleResultWire ToWire(RuleResult r) => new()
    {
        RuleId = r.RuleId,
        Scope = r.Scope,
        Severity = r.Severity,
        Subject = r.Subject,
        Truth = r.Truth,
        Code = r.Code,
        Message = r.Message,
        Evidence = [.. r.Evidence],
    };

    internal static CoveredOutcomeWire ToWire(CoveredOutcome c) => new() { Outcome = c.Outcome.Value, Evidence = ToWire(c.Evidence) };

    internal static PendingMatchWire ToWire(PendingMatch p) => new()
    {
        HomeOutcome = p.HomeOutcome.Value,
        HostOutcome = p.HostOutcome.Value,
        Similarity = p.Similarity,
    };

    internal static UnitDecisionWire ToWire(UnitDecision d) => new()
    {
        Unit = d.Unit.Value,
        Outcome = d.Outcome,
        Points = d.Points.Value,
        Allocation = d.Allocation.Value,
        Coverage = d.Coverage,
        WholeUnitTargeted = d.WholeUnitTargeted,
        TargetedOutcomes = [.. d.TargetedOutcomes.Select(o => o.Value)],
        CoveredOutcomes = [.. d.CoveredOutcomes.Select(ToWire)],
        AwaitingConfirmation = [.. d.AwaitingConfirmation.Select(ToWire)],
        Reasons = [.. d.Reasons],
    };

    internal static OutcomeEvidenceWire ToWire(OutcomeEvidence e) => new()
    {
        Kind = e.Kind,
        Source = e.Source,
        AssessedOn = e.AssessedOn,
        Similarity = e.Similarity,
        Confirmation = e.Confirmation is not { } c ? null : MatchConfirmationSetWireMapper.ToWire(c),
        Paths = [.. e.Paths],
    };

    internal static UnitDecision? Decision(ProblemSink sink, UnitDecisionWire wire)
    {
        var before = sink.Count;
        var unit = WireReader.Identifier<UnitId>(sink, wire.Unit, "unit", UnitId.TryParse, "unit identifier");
        _ = WireReader.Enum(sink, wire.Outcome, "outcome");
        var points = WireCommon.Points(sink, wire.Points, "points");
        var allocation = WireCommon.Points(sink, wire.Allocation, "allocation");
        var targeted = WireCommon.List(sink, wire.TargetedOutcomes, "targetedOutcomes", WireCommon.OutcomeId);
        var covered = WireCommon.List(sink, wire.CoveredOutcomes, "coveredOutcomes", Covered);
        var pending = WireCommon.List(sink, wire.AwaitingConfirmation, "awaitingConfirmation", Pending);
        var reasons = WireCommon.List(sink, wire.Reasons, "reasons", static (_, r) => r);
        if (sink.Count != before)
        {
            return null;
        }

        return WireReader.Domain(sink, null, () => new UnitDecision(unit!, wire.Outcome, points!.Value, allocation!.Value, wire.Coverage,
                wire.WholeUnitTargeted, [.. targeted!], [.. covered!], [.. pending!], [.. reasons!]),
            ["points", "coverage", new("targeted", "targetedOutcomes"), new("covered", "coveredOutcomes") { ItemMember = "outcome" },
                "awaitingConfirmation", "reasons"]);
    }

    internal static CoveredOutcome? Covered(ProblemSink sink, CoveredOutcomeWire wire)
    {
        var outcome = WireReader.Identifier<LearningOutcomeId>(sink, wire.Outcome, "outcome", LearningOutcomeId.TryParse, "learning outcome identifier");
        OutcomeEvidence? evidence = null;
        if (WireCommon.NotNull(sink, wire.Evidence, "evidence"))
        {
            sink.Path.Push("evidence");
            evidence = Evidence(sink, wire.Evidence);
            sink.Path.Pop();
        }

        return outcome is null || evidence is null ? null : new CoveredOutcome(outcome, evidence);
    }

    internal static OutcomeEvidence? Evidence(ProblemSink sink, OutcomeEvidenceWire wire)
    {
        var before = sink.Count;
        _ = WireReader.Enum(sink, wire.Kind, "kind");
        MatchConfirmation? confirmation = null;
        if (wire.Confirmation is { } c)
        {
            sink.Path.Push("confirmation");
            confirmation = MatchConfirmationSetWireMapper.Confirmation(sink, c);
            sink.Path.Pop();
        }

        var paths = WireCommon.List(sink, wire.Paths, "paths", static (_, p) => p);
        return sink.Count != before
            ? null
            : WireReader.Domain(sink, null, () => new OutcomeEvidence(wire.Kind, wire.Source, wire.AssessedOn, wire.Similarity, confirmation, [.. paths!]),
                ["source", "assessedOn", "similarity", "confirmation", "paths"]);
    }

    internal static PendingMatch? Pending(ProblemSink sink, PendingMatchWire wire)
    {
        var home = WireCommon.OutcomeId(sink, wire.HomeOutcome, "homeOutcome");
        var host = WireCommon.OutcomeId(sink, wire.HostOutcome, "hostOutcome");
        return home is null || host is null ? null : WireReader.Domain(sink, null, () => new PendingMatch(home, host, wire.Similarity), ["similarity"]);
    }

    internal static RuleResult? Result(ProblemSink sink, RuleResultWire wire)
    {
        var before = sink.Count;
        _ = WireReader.Enum(sink, wire.Scope, "scope");
        _ = WireReader.Enum(sink, wire.Severity, "severity");
        _ = WireReader.Enum(sink, wire.Truth, "truth");
        var evidence = WireCommon.List(sink, wire.Evidence, "evidence", static (_, p) => p);
        return sink.Count != before
            ? null
            : WireReader.Domain(sink, null, () => new RuleResult(wire.RuleId, wire.Scope, wire.Severity, wire.Subject, wire.Truth, wire.Code, wire.Message, [.. evidence!]),
                ["ruleId", "subject", "code", "message", "evidence"]);
    }
}
