using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ecvet.Recognition.Internal;
using Ecvet.Serialization;
using Ecvet.Utility;
using NodaTime;

namespace Ecvet.Recognition;

/// <summary>
/// The credit of one learner toward one qualification, accumulated across mobilities: the home outcomes banked with the
/// host evidence that covers them, and the units recognised in full. Progress and the validity of credit in time are
/// judged on a given day.
/// </summary>
/// <remarks>
/// <para>
/// <b>No double counting.</b> A home outcome is banked once (when two recognitions cover it, the more recent assessment
/// is kept, since its credit lasts longer); a unit counts its allocation once, however many mobilities recognised it;
/// partial credit from two mobilities combines by outcome, never by adding points. One piece of host evidence (the same
/// host, evidence path, assessed unit or outcome and assessment day) counts for one thing only: an assessment of a home
/// unit or outcome, or a MoU equivalence, for the outcomes of one home unit; a matched host outcome for one home outcome.
/// A recognition that would use it for something else has that outcome left out (first recorded, first counted), and a
/// unit recognised in full on such evidence is not held as recognised in full.
/// </para>
/// <para>
/// <b>Completion.</b> A unit is complete on a day when a recognition in full is held for it, or when the banked outcomes
/// cover every outcome of the unit, counting only credit recognised by that day and not expired. Credit expires under
/// the unit's <see cref="UnitOfLearningOutcomes.ValidityPeriod"/>, counted from the day of the assessment (VAL-005).
/// </para>
/// <para>
/// Recording is idempotent and, for reports that share no evidence, independent of order. Equality compares every
/// property, collections in order. This type is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed class CreditLedger : IEquatable<CreditLedger>
{
    internal CreditLedger(LearnerId learner, QualificationDocument qualification, ImmutableArray<BankedOutcome> bankedOutcomes,
        ImmutableArray<UnitRecognition> recognitions)
    {
        Learner = learner ?? throw new ArgumentNullException(nameof(learner));
        Qualification = qualification ?? throw new ArgumentNullException(nameof(qualification));
        bankedOutcomes = bankedOutcomes.OrEmpty();
        Preconditions.CheckNoNulls(bankedOutcomes, nameof(bankedOutcomes));
        Preconditions.CheckDistinct(bankedOutcomes, b => b.Outcome, nameof(bankedOutcomes), "banked outcome");
        recognitions = recognitions.OrEmpty();
        Preconditions.CheckNoNulls(recognitions, nameof(recognitions));
        Preconditions.CheckDistinct(recognitions, r => r.Unit, nameof(recognitions), "recognition of the unit");

        var bindings = new Dictionary<EvidenceKey, string>();
        foreach (var banked in bankedOutcomes)
        {
            CheckOutcome(qualification, banked.Unit, banked.Outcome, nameof(bankedOutcomes));
            Bind(bindings, EvidenceKey.Of(banked.Host, banked.Evidence), EvidenceKey.Target(banked.Unit, banked.Outcome, banked.Evidence), nameof(bankedOutcomes));
        }

        foreach (var recognition in recognitions)
        {
            foreach (var covered in recognition.CoveredOutcomes)
            {
                CheckOutcome(qualification, recognition.Unit, covered.Outcome, nameof(recognitions));
                Bind(bindings, EvidenceKey.Of(recognition.Host, covered.Evidence), EvidenceKey.Target(recognition.Unit, covered.Outcome, covered.Evidence), nameof(recognitions));
            }
        }

        BankedOutcomes = [.. bankedOutcomes.OrderBy(b => Position(qualification, b.Unit, b.Outcome))];
        Recognitions = [.. recognitions.OrderBy(r => Position(qualification, r.Unit, null))];
    }

    /// <summary>The learner, by one of their identifiers.</summary>
    public LearnerId Learner { get; }

    /// <summary>The home qualification with its units: what the credit counts toward.</summary>
    public QualificationDocument Qualification { get; }

    /// <summary>The banked home outcomes, one per outcome, in the qualification's order of units and outcomes.</summary>
    public ImmutableArray<BankedOutcome> BankedOutcomes { get; }

    /// <summary>The units recognised in full, one per unit, in the qualification's order.</summary>
    public ImmutableArray<UnitRecognition> Recognitions { get; }

    /// <summary>A ledger with no credit yet.</summary>
    /// <param name="learner">The learner, by one of their identifiers; reports are accepted when their learner has it.</param>
    /// <param name="qualification">The home qualification with its units.</param>
    /// <returns>The empty ledger.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CreditLedger Empty(LearnerId learner, QualificationDocument qualification) => new(learner, qualification, [], []);

    /// <summary>
    /// Returns the ledger with the credit of one recognition added: the covered outcomes of every unit recognised in full
    /// or in part, and the units recognised in full. Units deferred or not recognised add nothing.
    /// </summary>
    /// <param name="report">The recognition report of one mobility of this learner toward this qualification.</param>
    /// <returns>The new ledger; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The report is of another learner or qualification, or recognises a unit or outcome the qualification does not hold.
    /// </exception>
    public CreditLedger Record(RecognitionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!report.Learner.Ids.Contains(Learner))
        {
            throw new ArgumentException($"The report is of another learner: this ledger is of {Learner}, which the report's learner does not have among their identifiers.", nameof(report));
        }

        if (report.Qualification != Qualification.Qualification.Id)
        {
            throw new ArgumentException($"The report is toward qualification {report.Qualification}; this ledger is toward {Qualification.Qualification.Id}.", nameof(report));
        }

        var outcomes = BankedOutcomes.ToDictionary(b => b.Outcome);
        var recognitions = Recognitions.ToDictionary(r => r.Unit);
        var bindings = new Dictionary<EvidenceKey, string>();
        foreach (var banked in BankedOutcomes)
        {
            bindings[EvidenceKey.Of(banked.Host, banked.Evidence)] = EvidenceKey.Target(banked.Unit, banked.Outcome, banked.Evidence);
        }

        foreach (var recognition in Recognitions)
        {
            foreach (var covered in recognition.CoveredOutcomes)
            {
                bindings[EvidenceKey.Of(recognition.Host, covered.Evidence)] = EvidenceKey.Target(recognition.Unit, covered.Outcome, covered.Evidence);
            }
        }

        foreach (var decision in report.Decisions)
        {
            if (decision.Outcome is not (RecognitionOutcome.Full or RecognitionOutcome.Partial))
            {
                continue;
            }

            var counted = ImmutableArray.CreateBuilder<CoveredOutcome>(decision.CoveredOutcomes.Length);
            foreach (var covered in decision.CoveredOutcomes)
            {
                CheckOutcome(Qualification, decision.Unit, covered.Outcome, nameof(report));
                var key = EvidenceKey.Of(report.Host, covered.Evidence);
                var target = EvidenceKey.Target(decision.Unit, covered.Outcome, covered.Evidence);
                if (bindings.TryGetValue(key, out var bound) && bound != target)
                {
                    continue;
                }

                bindings[key] = target;
                counted.Add(covered);
                var banked = new BankedOutcome(decision.Unit, covered.Outcome, report.Host, report.Agreement, report.EvaluatedOn, covered.Evidence);
                outcomes[covered.Outcome] = outcomes.TryGetValue(covered.Outcome, out var held) ? Preferred(held, banked) : banked;
            }

            if (decision.Outcome == RecognitionOutcome.Full && counted.Count == decision.CoveredOutcomes.Length && counted.Count > 0)
            {
                var recognition = new UnitRecognition(decision.Unit, report.Host, report.Agreement, report.EvaluatedOn, counted.ToImmutable());
                recognitions[decision.Unit] = recognitions.TryGetValue(decision.Unit, out var held) ? Preferred(held, recognition) : recognition;
            }
        }

        return new CreditLedger(Learner, Qualification, [.. outcomes.Values], [.. recognitions.Values]);
    }

    /// <summary>Where the learner stands toward the qualification on a day.</summary>
    /// <param name="on">The day; credit recognised after it, or expired by it, does not count.</param>
    /// <returns>The progress.</returns>
    public QualificationProgress ProgressOn(LocalDate on)
    {
        var completed = ImmutableArray.CreateBuilder<UnitId>();
        var outstanding = ImmutableArray.CreateBuilder<UnitId>();
        var points = CreditPoints.Zero;
        foreach (var allocation in Qualification.Qualification.Allocations)
        {
            if (IsComplete(allocation.UnitId, on))
            {
                completed.Add(allocation.UnitId);
                points += allocation.Points;
            }
            else if (allocation.IsMandatory)
            {
                outstanding.Add(allocation.UnitId);
            }
        }

        return new QualificationProgress(on, points, Qualification.Qualification.TotalPoints, completed.ToImmutable(), outstanding.ToImmutable(), ExpiredOn(on));
    }

    /// <summary>The banked outcomes whose credit has expired by a day under their unit's validity period.</summary>
    /// <param name="on">The day.</param>
    /// <returns>The expired outcomes, in the ledger's order.</returns>
    public ImmutableArray<BankedOutcome> ExpiredOn(LocalDate on) => [.. BankedOutcomes.Where(b => !IsValid(b.Unit, b.Evidence.AssessedOn, on))];

    /// <summary>Whether a unit is complete on a day: recognised in full, or every outcome banked, by credit recognised by then and not expired.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="on">The day.</param>
    /// <returns><see langword="true"/> when complete.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public bool IsComplete(UnitId unit, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (Recognitions.Any(r => r.Unit == unit && r.RecognisedOn <= on && IsValid(unit, r.EarliestAssessment, on)))
        {
            return true;
        }

        if (!Qualification.Units.TryGet(unit, out var definition) || definition.LearningOutcomes.IsEmpty)
        {
            return false;
        }

        return definition.LearningOutcomes.All(o => BankedOutcomes.Any(b => b.Outcome == o.Id && b.RecognisedOn <= on && IsValid(unit, b.Evidence.AssessedOn, on)));
    }

    /// <inheritdoc />
    public bool Equals(CreditLedger? other) => other is not null && Learner == other.Learner && Qualification.Equals(other.Qualification)
        && Equality.SequenceEqual(BankedOutcomes, other.BankedOutcomes) && Equality.SequenceEqual(Recognitions, other.Recognitions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CreditLedger other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Learner, Qualification.Qualification.Id, BankedOutcomes.Length, Recognitions.Length);

    /// <summary>The learner, the qualification and the size of the ledger.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        $"{Learner} toward {Qualification.Qualification.Id}: {BankedOutcomes.Length} outcomes banked, {Recognitions.Length} units recognised in full";

    private bool IsValid(UnitId unit, LocalDate assessedOn, LocalDate on) =>
        !Qualification.Units.TryGet(unit, out var definition) || definition.ValidityPeriod is not { } validity || assessedOn.Plus(validity) >= on;

    // The more recent assessment lasts longer; ties go to the earlier recognition, then to the ordinal order of the
    // agreement and the host, then to everything the evidence says (for a recognition in full: each covered outcome in
    // turn, then the fewer covered), so the ledger is the same whatever order reports are recorded in. The host counts:
    // two hosts' evidence for one outcome is not the same evidence, so without it a tie would keep whichever report was
    // recorded first. Each tie-break is compared field by field, and only when everything before it ties.
    private static BankedOutcome Preferred(BankedOutcome held, BankedOutcome offered)
    {
        var order = Compare(offered.Evidence.AssessedOn, held.Evidence.AssessedOn, held.RecognisedOn, offered.RecognisedOn, held.Agreement, offered.Agreement);
        order = order != 0 ? order : string.CompareOrdinal(held.Host.ToString(), offered.Host.ToString());
        order = order != 0 ? order : CompareEvidence(held.Evidence, offered.Evidence);
        return order > 0 ? offered : held;
    }

    private static UnitRecognition Preferred(UnitRecognition held, UnitRecognition offered)
    {
        var order = Compare(offered.EarliestAssessment, held.EarliestAssessment, held.RecognisedOn, offered.RecognisedOn, held.Agreement, offered.Agreement);
        order = order != 0 ? order : string.CompareOrdinal(held.Host.ToString(), offered.Host.ToString());
        for (var i = 0; order == 0 && i < Math.Min(held.CoveredOutcomes.Length, offered.CoveredOutcomes.Length); i++)
        {
            var (a, b) = (held.CoveredOutcomes[i], offered.CoveredOutcomes[i]);
            order = string.CompareOrdinal(a.Outcome.Value, b.Outcome.Value);
            order = order != 0 ? order : CompareEvidence(a.Evidence, b.Evidence);
        }

        order = order != 0 ? order : held.CoveredOutcomes.Length.CompareTo(offered.CoveredOutcomes.Length);
        return order > 0 ? offered : held;
    }

    /// <summary>Positive when the offered entry is preferred by date: a later assessment, else an earlier recognition, else the agreements' ordinal order.</summary>
    private static int Compare(LocalDate offeredAssessed, LocalDate heldAssessed, LocalDate heldRecognised, LocalDate offeredRecognised, string heldAgreement, string offeredAgreement)
    {
        var order = offeredAssessed.CompareTo(heldAssessed);
        order = order != 0 ? order : heldRecognised.CompareTo(offeredRecognised);
        return order != 0 ? order : string.CompareOrdinal(heldAgreement, offeredAgreement);
    }

    // The last tie-break: everything the evidence says (the later assessment first, as above; then kind, source,
    // similarity, confirmation, paths, an absent value first), so that two recognitions differing only in when one of
    // their outcomes was assessed, where the evidence sits in its transcript, or who confirmed a match and when, are
    // still ordered the same way.
    private static int CompareEvidence(OutcomeEvidence held, OutcomeEvidence offered)
    {
        var order = offered.AssessedOn.CompareTo(held.AssessedOn);
        order = order != 0 ? order : held.Kind.CompareTo(offered.Kind);
        order = order != 0 ? order : string.CompareOrdinal(held.Source, offered.Source);
        order = order != 0 ? order : Nullable.Compare(held.Similarity, offered.Similarity);
        order = order != 0 ? order : CompareConfirmation(held.Confirmation, offered.Confirmation);
        for (var i = 0; order == 0 && i < Math.Min(held.Paths.Length, offered.Paths.Length); i++)
        {
            order = string.CompareOrdinal(held.Paths[i], offered.Paths[i]);
        }

        return order != 0 ? order : held.Paths.Length.CompareTo(offered.Paths.Length);
    }

    // Evidence carries only confirmed matches, so the verdict never differs; every other field is compared.
    private static int CompareConfirmation(MatchConfirmation? held, MatchConfirmation? offered)
    {
        if (held is null || offered is null)
        {
            return (held is null ? 0 : 1) - (offered is null ? 0 : 1);
        }

        var order = string.CompareOrdinal(held.HostOutcome.Value, offered.HostOutcome.Value);
        order = order != 0 ? order : string.CompareOrdinal(held.HomeOutcome.Value, offered.HomeOutcome.Value);
        order = order != 0 ? order : string.CompareOrdinal(held.DecidedBy, offered.DecidedBy);
        order = order != 0 ? order : held.DecidedAt.CompareTo(offered.DecidedAt);
        return order != 0 ? order : string.CompareOrdinal(held.Comment, offered.Comment);
    }

    private static void CheckOutcome(QualificationDocument qualification, UnitId unit, LearningOutcomeId outcome, string paramName)
    {
        if (!qualification.Qualification.Contains(unit) || !qualification.Units.TryGet(unit, out var definition))
        {
            throw new ArgumentException($"The unit {unit} is not a unit of qualification {qualification.Qualification.Id}.", paramName);
        }

        if (!definition.LearningOutcomes.Any(o => o.Id == outcome))
        {
            throw new ArgumentException($"The outcome {outcome} is not an outcome of unit {unit}.", paramName);
        }
    }

    private static void Bind(Dictionary<EvidenceKey, string> bindings, EvidenceKey key, string target, string paramName)
    {
        if (bindings.TryGetValue(key, out var bound) && bound != target)
        {
            throw new ArgumentException($"The host evidence {key.Source} assessed on {key.AssessedOn:uuuu-MM-dd} by {key.Host} counts twice: for {bound} and for {target}.", paramName);
        }

        bindings[key] = target;
    }

    private static (int Unit, int Outcome) Position(QualificationDocument qualification, UnitId unit, LearningOutcomeId? outcome)
    {
        var allocations = qualification.Qualification.Allocations;
        var u = 0;
        while (u < allocations.Length && allocations[u].UnitId != unit)
        {
            u++;
        }

        var o = outcome is not null && qualification.Units.TryGet(unit, out var definition)
            ? definition.LearningOutcomes.Select(x => x.Id).ToList().IndexOf(outcome)
            : -1;
        return (u, o);
    }
}
