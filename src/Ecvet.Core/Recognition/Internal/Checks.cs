using System.Collections.Immutable;
using Ecvet.Agreements;
using NodaTime;
using NodaTime.Text;

namespace Ecvet.Recognition.Internal;

/// <summary>The domain checks: each reads the analysis and answers with a verdict. The rules of validity stay in the domain types.</summary>
internal static class Checks
{
    public static Verdict Evaluate(CheckKind kind, MobilityAnalysis a, UnitAnalysis? u, OutcomeAnalysis? o, bool describe)
    {
        var name = VerdictCodes.For(kind, describe);
        // Every arm is a method of its own: an arm's interpolated texts are structs on the stack, and written inline they
        // would all sit in this method's frame, which the runtime clears on every call, whichever check is asked.
        return kind switch
        {
            CheckKind.NoMouPathAllowed => NoMouPathAllowed(name, a),
            CheckKind.MouLinksInstitutions => WithMou(name, a, u, MouLinksInstitutions),
            CheckKind.MouValidForPeriod => WithMou(name, a, u, MouValidForPeriod),
            CheckKind.MouCoversQualification => WithMou(name, a, u, static (name, a, _, mou) => MouCoversQualification(name, a, mou)),
            CheckKind.MouListsUnit => u is null ? NeedsUnit(name) : WithMou(name, a, u, static (name, a, u, mou) => MouListsUnit(name, a, u!, mou)),
            CheckKind.MouSigned => WithMou(name, a, u, MouSigned),
            CheckKind.AgreementReferencesMou => AgreementReferencesMou(name, a),
            CheckKind.AgreementSigned => AgreementSigned(name, a),
            CheckKind.AgreementSignedBeforeStart => AgreementSignedBeforeStart(name, a),
            CheckKind.NoPendingChangeProposal => NoPendingChangeProposal(name, a, u),
            CheckKind.ExpectedPointsWithinAllocation => u is null ? NeedsUnit(name) : ExpectedPointsWithinAllocation(name, a, u),
            CheckKind.PeriodWithinMouDuration => WithMou(name, a, u, static (name, a, _, mou) => PeriodWithinMouDuration(name, a, mou)),
            CheckKind.TranscriptSigned => TranscriptSigned(name, a),
            CheckKind.AssessmentRecorded => o is null ? NeedsOutcome(name) : a.Record.Transcript is null ? NoTranscript(name) : AssessmentRecorded(name, o),
            CheckKind.AssessmentPassed => o is null ? NeedsOutcome(name) : a.Record.Transcript is null ? NoTranscript(name) : AssessmentPassed(name, o),
            CheckKind.AssessmentWithinPeriod => u is null ? NeedsUnit(name) : AssessmentWithinPeriod(name, a, u),
            CheckKind.AssessmentMethodAgreed => u is null ? NeedsUnit(name) : AssessmentMethodAgreed(name, a, u),
            CheckKind.OutcomeCovered => o is null ? NeedsOutcome(name) : a.Record.Transcript is null ? NoTranscript(name) : OutcomeCovered(name, o),
            CheckKind.NoMatchAwaitingConfirmation => u is null ? NeedsUnit(name) : NoMatchAwaitingConfirmation(name, u),
            CheckKind.CriticalOutcomesCovered => u is null ? NeedsUnit(name) : CriticalOutcomesCovered(name, a, u),
            CheckKind.CreditValid => u is null ? NeedsUnit(name) : CreditValid(name, a, u),
            CheckKind.NoDoubleCounting => u is null ? NeedsUnit(name) : NoDoubleCounting(name, u),
            CheckKind.RecognisedAutomatically => u is null ? NeedsUnit(name) : RecognisedAutomatically(name, u),
            CheckKind.UnitAllocated => u is null ? NeedsUnit(name) : UnitAllocated(name, u),
            CheckKind.QualificationFullyAllocated => QualificationFullyAllocated(name, a),
            CheckKind.HostCreditInEcvet => HostCreditInEcvet(name, a),
            CheckKind.AgreementNamesQualification => AgreementNamesQualification(name, a),
            _ => UnknownCheck(name),
        };
    }

    private static Verdict MouLinksInstitutions(VerdictCodes name, MobilityAnalysis a, UnitAnalysis? u, MemorandumOfUnderstanding mou) =>
        mou.Covers(a.Content.Home, a.Content.Host)
            ? Verdict.Of(name, Truth.True, $"MoU {mou.Id} links {a.Content.Home} and {a.Content.Host}.", "mou:$.signingOrganisations")
            : Verdict.Of(name, Truth.False, $"MoU {mou.Id} does not name both {a.Content.Home} and {a.Content.Host} among its organisations.", "mou:$.signingOrganisations", "mou:$.coveredOrganisations", $"{a.ContentPath}.host");

    private static Verdict MouValidForPeriod(VerdictCodes name, MobilityAnalysis a, UnitAnalysis? u, MemorandumOfUnderstanding mou) =>
        mou.IsValidFor(a.Content.Period)
            ? Verdict.Of(name, Truth.True, $"MoU {mou.Id} is valid for the mobility {a.Content.Period}.", "mou:$.validFrom", "mou:$.validUntil")
            : Verdict.Of(name, Truth.False, $"MoU {mou.Id} is valid from {Date(mou.ValidFrom)}{(mou.ValidUntil is { } until ? $" to {Date(until)}" : string.Empty)}, not on every day of the mobility {a.Content.Period}.", "mou:$.validFrom", "mou:$.validUntil", $"{a.ContentPath}.period");

    private static Verdict MouSigned(VerdictCodes name, MobilityAnalysis a, UnitAnalysis? u, MemorandumOfUnderstanding mou) =>
        mou.IsFullySigned()
            ? Verdict.Of(name, Truth.True, $"MoU {mou.Id} is signed by all its signing organisations.", "mou:$.signatures")
            : Verdict.Of(name, Truth.False, $"MoU {mou.Id} is not signed on its content by every signing organisation.", "mou:$.signatures");

    private static Verdict ExpectedPointsWithinAllocation(VerdictCodes name, MobilityAnalysis a, UnitAnalysis u) =>
        u.Allocation is null
            ? Verdict.Of(name, Truth.False, $"The home qualification allocates no points to unit {u.Expected.Unit}.", $"{u.Path}.unit")
            : a.Finding(ConsistencyCode.ExpectedPointsAboveAllocation, u.Index) is { } above
                ? Verdict.Of(name, Truth.False, $"{above.Message}", above.Path)
                : Verdict.Of(name, Truth.True, $"{u.Expected.ExpectedPoints} expected points are within the allocation of {u.Allocation.Points}.", $"{u.Path}.expectedPoints");

    private static Verdict AssessmentRecorded(VerdictCodes name, OutcomeAnalysis o) =>
        o.Results.Count > 0
            ? Verdict.Of(name, Truth.True, $"Outcome {o.Outcome.Id} has an assessment result.", o.ResultPaths)
            : Verdict.Of(name, Truth.False, $"No assessment result evidences outcome {o.Outcome.Id}.", o.Path);

    private static Verdict AssessmentPassed(VerdictCodes name, OutcomeAnalysis o) =>
        o.AnyPassed ? Verdict.Of(name, Truth.True, $"A passed result evidences outcome {o.Outcome.Id}.", o.ResultPaths)
        : o.AnyInProgress ? Verdict.Of(name, Truth.NotEvaluable, $"The assessment for outcome {o.Outcome.Id} is still in progress.", o.ResultPaths)
        : o.Results.Count > 0 ? Verdict.Of(name, Truth.False, $"The assessment for outcome {o.Outcome.Id} is not passed.", o.ResultPaths)
        : Verdict.Of(name, Truth.False, $"Outcome {o.Outcome.Id} was not assessed.", o.Path);

    private static Verdict OutcomeCovered(VerdictCodes name, OutcomeAnalysis o) => o.State switch
    {
        OutcomeState.Covered => Verdict.Of(name, Truth.True, $"Outcome {o.Outcome.Id} is covered: {o.Evidence}.", o.Evidence!.Paths),
        OutcomeState.AwaitingConfirmation => Verdict.Of(name, Truth.NotEvaluable, $"The match {o.Pending} awaits a person's confirmation.", o.Path),
        OutcomeState.InProgress => Verdict.Of(name, Truth.NotEvaluable, $"The assessment for outcome {o.Outcome.Id} is still in progress.", o.ResultPaths),
        _ => Verdict.Of(name, Truth.False, $"No evidence that counts covers outcome {o.Outcome.Id}.", o.Path),
    };

    private static Verdict NoMatchAwaitingConfirmation(VerdictCodes name, UnitAnalysis u) =>
        FirstAwaiting(u) is { } waiting
            ? Verdict.Of(name, Truth.False, $"The match {waiting.Pending} is in the review band and awaits confirmation.", waiting.Path)
            : Verdict.Of(name, Truth.True, "No match awaits confirmation.", u.Path);

    private static Verdict NoDoubleCounting(VerdictCodes name, UnitAnalysis u) =>
        u.DoubleCountedWith is null
            ? Verdict.Of(name, Truth.True, "No host evidence is counted twice.", u.Path)
            : Verdict.Of(name, Truth.False, $"The host evidence {u.DoubleCountedKey} is already used for unit {u.DoubleCountedWith}.", u.Path);

    private static Verdict RecognisedAutomatically(VerdictCodes name, UnitAnalysis u) =>
        u.Expected.IsRecognisedAutomatically
            ? Verdict.Of(name, Truth.True, $"Unit {u.Expected.Unit} is recognised automatically.", u.Path)
            : Verdict.Of(name, Truth.False, $"The agreement sets recognition conditions for unit {u.Expected.Unit}; a person must confirm them.", $"{u.Path}.recognitionConditions");

    private static Verdict UnitAllocated(VerdictCodes name, UnitAnalysis u) =>
        u.Unit is null
            ? Verdict.Of(name, Truth.False, $"The home qualification's catalogue has no unit {u.Expected.Unit}.", $"{u.Path}.unit")
            : u.Allocation is null
                ? Verdict.Of(name, Truth.False, $"The home qualification allocates no points to unit {u.Expected.Unit}.", $"{u.Path}.unit")
                : u.UnknownOutcomes.Length > 0
                    ? Verdict.Of(name, Truth.False, $"Unit {u.Expected.Unit} has no outcome {u.UnknownOutcomes[0]}, which the agreement targets.", $"{u.Path}.outcomes")
                    : Verdict.Of(name, Truth.True, $"Unit {u.Expected.Unit} carries {u.Allocation.Points} points in the home qualification.", $"{u.Path}.unit");

    private static Verdict QualificationFullyAllocated(VerdictCodes name, MobilityAnalysis a) =>
        a.Record.Qualification.Qualification.IsComplete
            ? Verdict.Of(name, Truth.True, "The units' points add up to the qualification's total.", "qualification:$.qualification.units")
            : Verdict.Of(name, Truth.False, $"{a.Record.Qualification.Qualification.UnallocatedPoints} of the qualification's points are not allocated to units.", "qualification:$.qualification.units");

    private static Verdict AgreementNamesQualification(VerdictCodes name, MobilityAnalysis a) =>
        a.Finding(ConsistencyCode.QualificationNotTheAgreements) is { } other
            ? Verdict.Of(name, Truth.False, $"{other.Message}", $"{a.ContentPath}.qualification.id", other.Path)
            : Verdict.Of(name, Truth.True, $"The agreement names qualification {a.Content.Qualification.Id}, the one given.", $"{a.ContentPath}.qualification.id", "qualification:$.qualification.id");

    private static Verdict UnknownCheck(VerdictCodes name) => Verdict.Of(name, Truth.NotEvaluable, "Unknown check.");

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static Verdict NeedsUnit(VerdictCodes name) => Verdict.Of(name, Truth.NotEvaluable, "This check applies to a unit; use it in a unit or outcome rule.");

    private static Verdict NeedsOutcome(VerdictCodes name) => Verdict.Of(name, Truth.NotEvaluable, "This check applies to an outcome; use it in an outcome rule.");

    private static Verdict NoTranscript(VerdictCodes name) => Verdict.Of(name, Truth.NotEvaluable, "There is no transcript yet.");

    private static Verdict NoMouPathAllowed(VerdictCodes name, MobilityAnalysis a)
    {
        if (a.Content.Mou is not null)
        {
            return Verdict.Of(name, Truth.False, $"The agreement belongs to MoU {a.Content.Mou}.", $"{a.ContentPath}.mou");
        }

        return a.Policy.AllowNoMouPath
            ? Verdict.Of(name, Truth.True, "The agreement is on the no-MoU path, which the policy allows.", $"{a.ContentPath}.noMouJustification")
            : Verdict.Of(name, Truth.False, "The agreement is on the no-MoU path, which the policy does not allow.", $"{a.ContentPath}.noMouJustification");
    }

    // The checks are static lambdas given their state, so that evaluating a check allocates no closure.
    private static Verdict WithMou(VerdictCodes name, MobilityAnalysis a, UnitAnalysis? u, Func<VerdictCodes, MobilityAnalysis, UnitAnalysis?, MemorandumOfUnderstanding, Verdict> check)
    {
        if (a.Content.Mou is null)
        {
            return Verdict.Of(name, Truth.False, "The agreement names no MoU.", $"{a.ContentPath}.mou");
        }

        return a.Record.Mou is { } mou
            ? check(name, a, u, mou)
            : Verdict.Of(name, Truth.NotEvaluable, $"MoU {a.Content.Mou} was not given with the mobility.", $"{a.ContentPath}.mou");
    }

    private static Verdict MouCoversQualification(VerdictCodes name, MobilityAnalysis a, MemorandumOfUnderstanding mou)
    {
        var homeIndex = HomeQualificationIndex(a, mou);
        if (homeIndex < 0)
        {
            return Verdict.Of(name, Truth.False, $"MoU {mou.Id} does not list qualification {a.Content.Qualification.Id} of {a.Content.Home}.", "mou:$.qualifications", $"{a.ContentPath}.qualification");
        }

        var home = a.Content.Qualification.EqfLevel.Value;
        for (var i = 0; i < mou.Qualifications.Length; i++)
        {
            var host = mou.Qualifications[i];
            if (host.Partner == a.Content.Host && Math.Abs(host.Qualification.EqfLevel.Value - home) <= a.Policy.MaxEqfLevelGap)
            {
                return Verdict.Of(name, Truth.True, $"MoU {mou.Id} lists {a.Content.Qualification.Id} (EQF {home}) and the host's {host.Qualification.Id} (EQF {host.Qualification.EqfLevel}).",
                    $"mou:$.qualifications[{homeIndex}]", $"mou:$.qualifications[{i}]");
            }
        }

        return Verdict.Of(name, Truth.False,
            $"MoU {mou.Id} lists no qualification of {a.Content.Host} within {a.Policy.MaxEqfLevelGap} EQF level(s) of level {home}.", "mou:$.qualifications");
    }

    private static Verdict MouListsUnit(VerdictCodes name, MobilityAnalysis a, UnitAnalysis u, MemorandumOfUnderstanding mou)
    {
        for (var i = 0; i < mou.Qualifications.Length; i++)
        {
            var q = mou.Qualifications[i];
            if (q.Partner == a.Content.Home && q.Qualification.Id == a.Content.Qualification.Id)
            {
                return q.Units.IsEmpty || Lists(q, u.Expected.Unit)
                    ? Verdict.Of(name, Truth.True, $"MoU {mou.Id} lists unit {u.Expected.Unit} for mobility.", $"mou:$.qualifications[{i}].units")
                    : Verdict.Of(name, Truth.False, $"MoU {mou.Id} does not list unit {u.Expected.Unit} for mobility.", $"mou:$.qualifications[{i}].units", $"{u.Path}.unit");
            }
        }

        return Verdict.Of(name, Truth.False, $"MoU {mou.Id} does not list qualification {a.Content.Qualification.Id}.", "mou:$.qualifications");
    }

    private static Verdict AgreementReferencesMou(VerdictCodes name, MobilityAnalysis a)
    {
        if (a.Content.Mou is not { } id)
        {
            return Verdict.Of(name, Truth.False, "The agreement names no MoU.", $"{a.ContentPath}.mou");
        }

        if (a.Record.Mou is not { } mou)
        {
            return Verdict.Of(name, Truth.NotEvaluable, $"MoU {id} was not given with the mobility.", $"{a.ContentPath}.mou");
        }

        return a.Finding(ConsistencyCode.MouNotTheAgreements) is { } other
            ? Verdict.Of(name, Truth.False, $"{other.Message}", $"{a.ContentPath}.mou", other.Path)
            : Verdict.Of(name, Truth.True, $"The agreement names MoU {id}.", $"{a.ContentPath}.mou", "mou:$.id");
    }

    private static Verdict AgreementSigned(VerdictCodes name, MobilityAnalysis a)
    {
        var agreement = a.Record.Agreement;
        var latest = agreement.LatestVersion;
        // The roles are listed only when the verdict is described: deciding asks whether the version is signed, no more.
        return latest.IsFullySigned(a.Policy.Signatories)
            ? Verdict.Of(name, Truth.True, $"Version {latest.Number} is signed on its content by {string.Join(", ", latest.Content.RequiredSignatories(a.Policy.Signatories)).ToLowerInvariant()}.", $"agreement:$.versions[{agreement.Versions.Length - 1}].signatures")
            : Verdict.Of(name, Truth.False, $"Version {latest.Number}, the newest, lacks the signature of the {string.Join(", ", latest.MissingSignatories(a.Policy.Signatories)).ToLowerInvariant()} on its content.", $"agreement:$.versions[{agreement.Versions.Length - 1}].signatures");
    }

    private static Verdict AgreementSignedBeforeStart(VerdictCodes name, MobilityAnalysis a)
    {
        var agreement = a.Record.Agreement;
        for (var i = 0; i < agreement.Versions.Length; i++)
        {
            var version = agreement.Versions[i];
            if (!version.IsFullySigned(a.Policy.Signatories))
            {
                continue;
            }

            Span<SignatoryRole> roles = stackalloc SignatoryRole[LearningAgreementContent.MaxSignatories];
            var signedAt = LastSignature(version, roles[..version.Content.FillRequiredSignatories(a.Policy.Signatories, roles)]);
            var signedOn = signedAt.InUtc().Date;
            var deadline = version.Content.Period.EarliestStart.PlusDays(a.Policy.SignatureGraceDays);
            return signedOn <= deadline
                ? Verdict.Of(name, Truth.True, $"Version {version.Number} was fully signed on {Date(signedOn)}, by {Date(deadline)}.", $"agreement:$.versions[{i}].signatures")
                : Verdict.Of(name, Truth.False, $"Version {version.Number} was fully signed on {Date(signedOn)}, after {Date(deadline)}.", $"agreement:$.versions[{i}].signatures");
        }

        return Verdict.Of(name, Truth.False, "No version of the agreement is fully signed.", "agreement:$.versions");
    }

    /// <summary>
    /// Not evaluable while a pending proposal would change what is decided: for a unit, a proposal whose expected learning
    /// for that unit differs from the version read (added, removed or changed) or that changes anything besides the
    /// expected learning; for the agreement, any pending proposal.
    /// A proposal that leaves a unit as it is does not hold up that unit's recognition (LA-004 blocks the changed
    /// components).
    /// </summary>
    private static Verdict NoPendingChangeProposal(VerdictCodes name, MobilityAnalysis a, UnitAnalysis? u)
    {
        var proposals = a.Record.Agreement.Proposals;
        for (var i = 0; i < proposals.Length; i++)
        {
            var proposal = proposals[i];
            if (proposal.IsRejected)
            {
                continue;
            }

            if (u is null)
            {
                return Verdict.Of(name, Truth.NotEvaluable, "A change proposal is pending; approve or reject it first.", $"agreement:$.proposals[{i}]");
            }

            // A change beyond the expected learning (period, parties, learner…) may change every unit's decision.
            if (!proposal.ProposedContent.WithExpected(a.Content.Expected).Equals(a.Content))
            {
                return Verdict.Of(name, Truth.NotEvaluable, "A pending change proposal changes the agreement beyond its units; approve or reject it first.", $"agreement:$.proposals[{i}]");
            }

            var proposed = ProposedFor(proposal, u.Expected.Unit);
            if (!u.Expected.Equals(proposed))
            {
                return Verdict.Of(name, Truth.NotEvaluable,
                    $"A pending change proposal {(proposed is null ? "removes" : "changes")} unit {u.Expected.Unit}; approve or reject it first.", $"agreement:$.proposals[{i}]");
            }
        }

        // Constant texts and no evidence path: a check that holds allocates nothing, however often a rule set asks it.
        return u is null
            ? Verdict.Of(name, Truth.True, "No change proposal is pending.")
            : Verdict.Of(name, Truth.True, "No pending change proposal changes this unit.");
    }

    // A loop, not a lambda: a lambda capturing the unit would allocate its closure on every call of the check.
    private static ExpectedLearning? ProposedFor(ChangeProposal proposal, UnitId unit)
    {
        foreach (var expected in proposal.ProposedContent.Expected)
        {
            if (expected.Unit == unit)
            {
                return expected;
            }
        }

        return null;
    }

    private static Verdict PeriodWithinMouDuration(VerdictCodes name, MobilityAnalysis a, MemorandumOfUnderstanding mou)
    {
        var period = a.Content.Period;
        var start = period.EarliestStart;
        var endExclusive = period.LatestEnd.PlusDays(1);
        if (mou.MinimumMobilityDuration is { } min && start.Plus(min) > endExclusive)
        {
            return Verdict.Of(name, Truth.False, $"The mobility {period} is shorter than the MoU's minimum of {min}.", $"{a.ContentPath}.period", "mou:$.minimumMobilityDuration");
        }

        if (mou.MaximumMobilityDuration is { } max && start.Plus(max) < endExclusive)
        {
            return Verdict.Of(name, Truth.False, $"The mobility {period} is longer than the MoU's maximum of {max}.", $"{a.ContentPath}.period", "mou:$.maximumMobilityDuration");
        }

        return Verdict.Of(name, Truth.True, $"The mobility {period} lasts as long as the MoU allows.", $"{a.ContentPath}.period");
    }

    private static Verdict TranscriptSigned(VerdictCodes name, MobilityAnalysis a)
    {
        if (a.Record.Transcript is not { } transcript)
        {
            return NoTranscript(name);
        }

        // Whether the transcript belongs to this agreement and host is a consistency finding; this rule answers from it.
        if ((a.Finding(ConsistencyCode.TranscriptForAnotherAgreement) ?? a.Finding(ConsistencyCode.TranscriptNotIssuedByHost)) is { } other)
        {
            return Verdict.Of(name, Truth.False, $"{other.Message}", other.Path);
        }

        return transcript.IsSignedBy(SignatoryRole.Host)
            ? Verdict.Of(name, Truth.True, $"Transcript {transcript.Id} is signed by the host.", "transcript:$.signatures")
            : Verdict.Of(name, Truth.False, $"Transcript {transcript.Id} is not signed by the host on its content.", "transcript:$.signatures");
    }

    private static Verdict AssessmentWithinPeriod(VerdictCodes name, MobilityAnalysis a, UnitAnalysis u)
    {
        if (a.Record.Transcript is null)
        {
            return NoTranscript(name);
        }

        // Which assessments lie outside the mobility is a consistency finding per transcript entry; this rule asks about
        // the entries the unit's evidence uses.
        foreach (var outcome in u.Outcomes)
        {
            foreach (var used in outcome.Results)
            {
                if (a.Finding(ConsistencyCode.AssessmentOutsideMobility, used.Entry) is { } outside)
                {
                    return Verdict.Of(name, Truth.False, $"{outside.Message}", outside.Path);
                }
            }
        }

        return Verdict.Of(name, Truth.True, "The assessments lie within the mobility period.", u.Path);
    }

    private static Verdict AssessmentMethodAgreed(VerdictCodes name, MobilityAnalysis a, UnitAnalysis u)
    {
        if (a.Record.Transcript is null)
        {
            return NoTranscript(name);
        }

        var methods = u.Expected.Assessment.Methods;
        foreach (var outcome in u.Outcomes)
        {
            foreach (var used in outcome.Results)
            {
                if (!methods.Contains(used.Result.Method))
                {
                    return Verdict.Of(name, Truth.False, $"An assessment used {used.Result.Method}, which the agreement does not name for unit {u.Expected.Unit}.", $"{used.Path}.method", $"{u.Path}.assessment.methods");
                }
            }
        }

        return Verdict.Of(name, Truth.True, "The assessments used agreed methods.", $"{u.Path}.assessment.methods");
    }

    private static Verdict CriticalOutcomesCovered(VerdictCodes name, MobilityAnalysis a, UnitAnalysis u)
    {
        if (u.Unit is null)
        {
            return Verdict.Of(name, Truth.NotEvaluable, $"The home catalogue has no unit {u.Expected.Unit}.", $"{u.Path}.unit");
        }

        foreach (var critical in u.Unit.LearningOutcomes)
        {
            if (!critical.IsCritical)
            {
                continue;
            }

            var analysis = Targeted(u, critical.Id);
            if (analysis is null)
            {
                return Verdict.Of(name, Truth.False, $"The critical outcome {critical.Id} is not targeted by the agreement.", $"{u.Path}.outcomes");
            }

            if (analysis.State != OutcomeState.Covered)
            {
                // Evidence still to come (an assessment in progress, a match awaiting confirmation) is missing data, not a failure.
                return a.Record.Transcript is null ? NoTranscript(name)
                    : analysis.State is OutcomeState.InProgress or OutcomeState.AwaitingConfirmation
                        ? Verdict.Of(name, Truth.NotEvaluable, $"The evidence for the critical outcome {critical.Id} is not complete yet.", analysis.Path)
                        : Verdict.Of(name, Truth.False, $"The critical outcome {critical.Id} is not covered.", analysis.Path);
            }
        }

        return Verdict.Of(name, Truth.True, "Every critical outcome is covered.", u.Path);
    }

    private static Verdict CreditValid(VerdictCodes name, MobilityAnalysis a, UnitAnalysis u)
    {
        if (u.Unit?.ValidityPeriod is not { } validity)
        {
            return Verdict.Of(name, Truth.True, "The unit's credit does not expire.", u.Path);
        }

        foreach (var outcome in u.Outcomes)
        {
            if (outcome.Evidence is { } evidence && evidence.AssessedOn.Plus(validity) < a.Today)
            {
                return Verdict.Of(name, Truth.False, $"The evidence for {outcome.Outcome.Id}, assessed on {Date(evidence.AssessedOn)}, expired after {validity}.", evidence.Paths);
            }
        }

        return Verdict.Of(name, Truth.True, $"The evidence is valid on {Date(a.Today)}.", u.Path);
    }

    // Loops, not lambdas: the checks run per unit and per outcome, and a lambda capturing a subject allocates its closure.
    private static OutcomeAnalysis? FirstAwaiting(UnitAnalysis u)
    {
        foreach (var outcome in u.Outcomes)
        {
            if (outcome.State == OutcomeState.AwaitingConfirmation)
            {
                return outcome;
            }
        }

        return null;
    }

    private static OutcomeAnalysis? Targeted(UnitAnalysis u, LearningOutcomeId id)
    {
        foreach (var outcome in u.Outcomes)
        {
            if (outcome.Outcome.Id == id)
            {
                return outcome;
            }
        }

        return null;
    }

    private static bool Lists(MouQualification qualification, UnitId unit)
    {
        foreach (var listed in qualification.Units)
        {
            if (listed.Unit == unit)
            {
                return true;
            }
        }

        return false;
    }

    private static int HomeQualificationIndex(MobilityAnalysis a, MemorandumOfUnderstanding mou)
    {
        for (var i = 0; i < mou.Qualifications.Length; i++)
        {
            var q = mou.Qualifications[i];
            if (q.Partner == a.Content.Home && q.Qualification.Id == a.Content.Qualification.Id)
            {
                return i;
            }
        }

        return -1;
    }

    // The moment the last required signature on the version's content was given.
    private static Instant LastSignature(LearningAgreementVersion version, ReadOnlySpan<SignatoryRole> roles)
    {
        var last = Instant.MinValue;
        foreach (var signature in version.Signatures)
        {
            if (signature.Covers(version.Hash) && roles.Contains(signature.Role) && signature.SignedAt > last)
            {
                last = signature.SignedAt;
            }
        }

        return last;
    }

    private static Verdict HostCreditInEcvet(VerdictCodes name, MobilityAnalysis a)
    {
        if (a.Record.Transcript is not { } transcript)
        {
            return NoTranscript(name);
        }

        for (var i = 0; i < transcript.Entries.Length; i++)
        {
            if (transcript.Entries[i].CreditRecorded is { } credit && credit.Scheme != CreditScheme.Ecvet)
            {
                return Verdict.Of(name, Truth.False, $"The host records credit in {credit.Scheme}; converting it needs an explicit conversion table.",
                    $"transcript:$.entries[{i}].creditRecorded");
            }
        }

        return Verdict.Of(name, Truth.True, "The host records credit in ECVET points, if at all.", "transcript:$.entries");
    }
}
