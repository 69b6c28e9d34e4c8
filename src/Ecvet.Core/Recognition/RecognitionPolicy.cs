using System.Globalization;
using System.Text.Json.Serialization;
using Ecvet.Agreements;
using Ecvet.Serialization;

namespace Ecvet.Recognition;

/// <summary>
/// Every threshold the recognition engine uses: match similarity, coverage, partial points, EQF tolerance, grace days,
/// the guardian age and whether the no-MoU path is allowed.
/// </summary>
/// <remarks>
/// <para>
/// The defaults follow the ECVET sources collected for the default rule set: a match counts at similarity 0.80 and needs
/// a person's confirmation from 0.55; a unit is recognised in full at coverage 1.00 and in part from 0.50; partial units
/// earn no points until complete; points move in steps of 0.5; the comparable host qualification has the same EQF level;
/// assessments may lie 14 days outside the mobility period; learners under 18 need a guardian's signature; the agreement
/// must be fully signed by the start of the mobility; there is no recognition without an MoU.
/// </para>
/// <para>Every value is checked here, once. Equality compares every value. This type is immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record RecognitionPolicy
{
    /// <summary>The largest number of grace days (for assessment dates and signatures): one year.</summary>
    public const int MaxGraceDays = 366;

    /// <summary>The largest EQF level gap: the distance between level 1 and level 8.</summary>
    public const int MaxEqfLevelGapLimit = 7;

    private RecognitionPolicy(double equivalenceThreshold, double reviewThreshold, decimal fullCoverage, decimal partialCoverage,
        PartialPointsPolicy partialPoints, decimal pointsStep, int maxEqfLevelGap, int assessmentGraceDays, int guardianAge,
        bool allowNoMouPath, int signatureGraceDays, bool allowTypeMismatch)
    {
        CheckUnit(equivalenceThreshold, nameof(equivalenceThreshold));
        CheckUnit(reviewThreshold, nameof(reviewThreshold));
        if (reviewThreshold > equivalenceThreshold)
        {
            throw new ArgumentOutOfRangeException(nameof(reviewThreshold), reviewThreshold,
                string.Create(CultureInfo.InvariantCulture, $"The review threshold must not exceed the equivalence threshold ({equivalenceThreshold})."));
        }

        CheckShare(fullCoverage, nameof(fullCoverage));
        if (fullCoverage == 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(fullCoverage), fullCoverage, "Full coverage must be above 0.");
        }

        CheckShare(partialCoverage, nameof(partialCoverage));
        if (partialCoverage > fullCoverage)
        {
            throw new ArgumentOutOfRangeException(nameof(partialCoverage), partialCoverage,
                string.Create(CultureInfo.InvariantCulture, $"Partial coverage must not exceed full coverage ({fullCoverage})."));
        }

        if (!Enum.IsDefined(partialPoints))
        {
            throw new ArgumentOutOfRangeException(nameof(partialPoints), partialPoints, "Unknown partial-points policy.");
        }

        // The step is itself an amount of points, so CreditPoints says which steps exist; zero would never round.
        if (!CreditPoints.TryFrom(pointsStep, out _) || pointsStep == 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(pointsStep), pointsStep,
                string.Create(CultureInfo.InvariantCulture, $"The points step must be a positive amount of points with at most {CreditPoints.MaxDecimalPlaces} decimals."));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(maxEqfLevelGap);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxEqfLevelGap, MaxEqfLevelGapLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(assessmentGraceDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(assessmentGraceDays, MaxGraceDays);
        ArgumentOutOfRangeException.ThrowIfNegative(signatureGraceDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(signatureGraceDays, MaxGraceDays);

        // The signatory policy is the home of the adult-age rule.
        try
        {
            Signatories = SignatoryPolicy.Default.WithAdultAge(guardianAge);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new ArgumentOutOfRangeException(nameof(guardianAge), guardianAge, e.Message);
        }

        EquivalenceThreshold = equivalenceThreshold;
        ReviewThreshold = reviewThreshold;
        FullCoverage = fullCoverage;
        PartialCoverage = partialCoverage;
        PartialPoints = partialPoints;
        PointsStep = pointsStep;
        MaxEqfLevelGap = maxEqfLevelGap;
        AssessmentGraceDays = assessmentGraceDays;
        AllowNoMouPath = allowNoMouPath;
        SignatureGraceDays = signatureGraceDays;
        AllowTypeMismatch = allowTypeMismatch;
    }

    /// <summary>The default policy (see the remarks of <see cref="RecognitionPolicy"/>).</summary>
    public static RecognitionPolicy Default { get; } = new(0.80, 0.55, 1.00m, 0.50m, PartialPointsPolicy.None, 0.5m, 0, 14,
        SignatoryPolicy.DefaultAdultAge, false, 0, false);

    /// <summary>The similarity from which a matched host outcome counts for a home outcome (VAL-001), in [0, 1].</summary>
    public double EquivalenceThreshold { get; }

    /// <summary>The similarity from which a match needs a person's confirmation (VAL-002), in [0, <see cref="EquivalenceThreshold"/>].</summary>
    public double ReviewThreshold { get; }

    /// <summary>The coverage of the targeted outcomes from which a whole unit is recognised (REC-001), in (0, 1].</summary>
    public decimal FullCoverage { get; }

    /// <summary>The coverage from which a unit is recognised in part (REC-002), in [0, <see cref="FullCoverage"/>].</summary>
    public decimal PartialCoverage { get; }

    /// <summary>The points a partially recognised unit earns (REC-002).</summary>
    public PartialPointsPolicy PartialPoints { get; }

    /// <summary>The step partial points are rounded down to, a positive amount of points.</summary>
    public decimal PointsStep { get; }

    /// <summary>The largest difference between the EQF levels of the home and the comparable host qualification (MOU-003), 0–7.</summary>
    public int MaxEqfLevelGap { get; }

    /// <summary>How many days an assessment may lie outside the mobility period (ASM-003), 0–366.</summary>
    public int AssessmentGraceDays { get; }

    /// <summary>The age from which a learner signs without a guardian (LA-002).</summary>
    public int GuardianAge => Signatories.AdultAge;

    /// <summary>Whether an agreement without an MoU may be recognised through the home's own validation (MOU-001).</summary>
    public bool AllowNoMouPath { get; }

    /// <summary>How many days after the start of the mobility the first agreed version may be fully signed (LA-003), 0–366.</summary>
    public int SignatureGraceDays { get; }

    /// <summary>Whether a host outcome may evidence a home outcome of another type (knowledge, skill, competence) (VAL-001).</summary>
    public bool AllowTypeMismatch { get; }

    /// <summary>The signatory policy that follows from <see cref="GuardianAge"/>.</summary>
    public SignatoryPolicy Signatories { get; }

    /// <summary>Creates a policy; every value not given is the default.</summary>
    /// <param name="equivalenceThreshold">Similarity from which a match counts, in [0, 1].</param>
    /// <param name="reviewThreshold">Similarity from which a match needs confirmation, at most <paramref name="equivalenceThreshold"/>.</param>
    /// <param name="fullCoverage">Coverage for full recognition, in (0, 1].</param>
    /// <param name="partialCoverage">Coverage for partial recognition, at most <paramref name="fullCoverage"/>.</param>
    /// <param name="partialPoints">Points for a partial unit.</param>
    /// <param name="pointsStep">The rounding step of partial points, a positive amount of points.</param>
    /// <param name="maxEqfLevelGap">The EQF level tolerance, 0–7.</param>
    /// <param name="assessmentGraceDays">Days an assessment may lie outside the period, 0–366.</param>
    /// <param name="guardianAge">The adult age for signatures.</param>
    /// <param name="allowNoMouPath">Whether the no-MoU path is allowed.</param>
    /// <param name="signatureGraceDays">Days after the start by which the agreement must be signed, 0–366.</param>
    /// <param name="allowTypeMismatch">Whether outcomes of different types may match.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range; the parameter is named.</exception>
    public static RecognitionPolicy Create(double equivalenceThreshold = 0.80, double reviewThreshold = 0.55, decimal fullCoverage = 1.00m,
        decimal partialCoverage = 0.50m, PartialPointsPolicy partialPoints = PartialPointsPolicy.None, decimal pointsStep = 0.5m,
        int maxEqfLevelGap = 0, int assessmentGraceDays = 14, int guardianAge = SignatoryPolicy.DefaultAdultAge,
        bool allowNoMouPath = false, int signatureGraceDays = 0, bool allowTypeMismatch = false) =>
        new(equivalenceThreshold, reviewThreshold, fullCoverage, partialCoverage, partialPoints, pointsStep, maxEqfLevelGap,
            assessmentGraceDays, guardianAge, allowNoMouPath, signatureGraceDays, allowTypeMismatch);

    /// <summary>Returns this policy with the given values changed and the others kept.</summary>
    /// <param name="equivalenceThreshold">A new equivalence threshold, if any.</param>
    /// <param name="reviewThreshold">A new review threshold, if any.</param>
    /// <param name="fullCoverage">A new full coverage, if any.</param>
    /// <param name="partialCoverage">A new partial coverage, if any.</param>
    /// <param name="partialPoints">A new partial-points policy, if any.</param>
    /// <param name="pointsStep">A new points step, if any.</param>
    /// <param name="maxEqfLevelGap">A new EQF level tolerance, if any.</param>
    /// <param name="assessmentGraceDays">New assessment grace days, if any.</param>
    /// <param name="guardianAge">A new adult age, if any.</param>
    /// <param name="allowNoMouPath">Whether the no-MoU path is allowed, if changed.</param>
    /// <param name="signatureGraceDays">New signature grace days, if any.</param>
    /// <param name="allowTypeMismatch">Whether outcomes of different types may match, if changed.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range; the parameter is named.</exception>
    public RecognitionPolicy With(double? equivalenceThreshold = null, double? reviewThreshold = null, decimal? fullCoverage = null,
        decimal? partialCoverage = null, PartialPointsPolicy? partialPoints = null, decimal? pointsStep = null, int? maxEqfLevelGap = null,
        int? assessmentGraceDays = null, int? guardianAge = null, bool? allowNoMouPath = null, int? signatureGraceDays = null,
        bool? allowTypeMismatch = null) =>
        new(equivalenceThreshold ?? EquivalenceThreshold, reviewThreshold ?? ReviewThreshold, fullCoverage ?? FullCoverage,
            partialCoverage ?? PartialCoverage, partialPoints ?? PartialPoints, pointsStep ?? PointsStep, maxEqfLevelGap ?? MaxEqfLevelGap,
            assessmentGraceDays ?? AssessmentGraceDays, guardianAge ?? GuardianAge, allowNoMouPath ?? AllowNoMouPath,
            signatureGraceDays ?? SignatureGraceDays, allowTypeMismatch ?? AllowTypeMismatch);

    /// <summary>The main thresholds.</summary>
    /// <returns>Text such as <c>equivalence 0.8, review 0.55, full 1, partial 0.5, None</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"equivalence {EquivalenceThreshold}, review {ReviewThreshold}, full {FullCoverage}, partial {PartialCoverage}, {PartialPoints}");

    private static void CheckUnit(double value, string paramName)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "A similarity threshold lies between 0 and 1.");
        }
    }

    private static void CheckShare(decimal value, string paramName)
    {
        if (value < 0m || value > 1m)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "A coverage lies between 0 and 1.");
        }
    }
}
