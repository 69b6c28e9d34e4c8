using System.Globalization;

namespace Ecvet.Matching;

/// <summary>
/// Maps the raw text score (the cosine of the two outcomes' weighted term vectors, 0–1) to the calibrated similarity
/// the recognition engine reads, so that the fixed decision thresholds mean the same thing whatever the wording:
/// <see cref="AcceptThreshold"/> 0.80 (equivalent) and <see cref="ReviewThreshold"/> 0.55 (worth a human look).
/// </summary>
/// <remarks>
/// <para>The function is piecewise linear and strictly increasing through four knots: raw 0 → 0, raw
/// <see cref="RawReview"/> → 0.55, raw <see cref="RawAccept"/> → 0.80, raw 1 → 1. So a calibrated similarity of at
/// least 0.80 means "the raw cosine reached the level at which, on the labelled calibration set, outcomes were
/// equivalent"; 0.55–0.80 means "the level of partial (narrower or broader) outcomes"; below 0.55, "the level of
/// same-sector outcomes that are not equivalent". Order is preserved, identical texts score 1 and texts with no common
/// term score 0.</para>
/// <para><see cref="Default"/> was fitted with <see cref="Fit"/> on the calibration half of the repository's labelled
/// set of VET outcome pairs (tests/Ecvet.Core.Tests/Matching/Data), never on its test half; the README reports the
/// decision rates on the test half. Fit your own with <see cref="Fit"/> if your outcomes are written differently.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ScoreCalibration
{
    /// <summary>The calibrated similarity from which two outcomes are taken as equivalent: 0.80.</summary>
    public const double AcceptThreshold = 0.80;

    /// <summary>The calibrated similarity from which a pair deserves human review: 0.55.</summary>
    public const double ReviewThreshold = 0.55;

    private ScoreCalibration(double rawReview, double rawAccept)
    {
        RawReview = rawReview;
        RawAccept = rawAccept;
    }

    /// <summary>The calibration fitted on the calibration half of the repository's labelled set (the default of
    /// <see cref="OutcomeIndexOptions.Calibration"/>): raw 0.4658 → 0.55, raw 0.6234 → 0.80.</summary>
    /// <remarks>Fitted by <see cref="Fit"/> with the default index options over the set's home outcomes, taking the
    /// equivalent pairs as <c>accept</c>, the narrower and broader pairs as <c>review</c> and the same-sector hard
    /// negatives as <c>reject</c> (unrelated pairs score 0 and say nothing about where the cut lies). A test re-fits it
    /// and fails if the constants drift.</remarks>
    public static ScoreCalibration Default { get; } = new(0.4658, 0.6234);

    /// <summary>The identity mapping: calibrated similarity = raw cosine.</summary>
    public static ScoreCalibration Identity { get; } = new(ReviewThreshold, AcceptThreshold);

    /// <summary>The raw cosine mapped to <see cref="ReviewThreshold"/>.</summary>
    public double RawReview { get; }

    /// <summary>The raw cosine mapped to <see cref="AcceptThreshold"/>.</summary>
    public double RawAccept { get; }

    /// <summary>Creates a calibration from its two inner knots.</summary>
    /// <param name="rawReview">The raw cosine that maps to 0.55; greater than 0 and less than
    /// <paramref name="rawAccept"/>.</param>
    /// <param name="rawAccept">The raw cosine that maps to 0.80; less than 1.</param>
    /// <returns>The calibration.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The knots are not ordered 0 &lt; review &lt; accept &lt; 1.</exception>
    public static ScoreCalibration Create(double rawReview, double rawAccept)
    {
        if (!(rawReview > 0 && rawReview < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(rawReview), rawReview, "Must be greater than 0 and less than 1.");
        }

        if (!(rawAccept > rawReview && rawAccept < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(rawAccept), rawAccept, "Must be greater than rawReview and less than 1.");
        }

        return new ScoreCalibration(rawReview, rawAccept);
    }

    /// <summary>
    /// Fits the two knots to labelled raw scores: <see cref="RawAccept"/> is the cut that best separates the pairs that
    /// should be accepted from all others, <see cref="RawReview"/> the cut below it that best separates the pairs that
    /// should be reviewed from those that should be rejected. Each cut minimises the number of pairs on the wrong side
    /// (each class weighted equally), and among equally good cuts takes the middle of the widest gap.
    /// </summary>
    /// <param name="accept">Raw scores of pairs that are equivalent.</param>
    /// <param name="review">Raw scores of pairs that are partial (narrower or broader).</param>
    /// <param name="reject">Raw scores of pairs that are not equivalent.</param>
    /// <returns>The fitted calibration.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A set is empty or holds a score outside 0–1; the exception names it.</exception>
    public static ScoreCalibration Fit(IEnumerable<double> accept, IEnumerable<double> review, IEnumerable<double> reject)
    {
        var a = Checked(accept, nameof(accept));
        var v = Checked(review, nameof(review));
        var r = Checked(reject, nameof(reject));
        var acceptCut = BestCut(a, [.. v, .. r], 0.02, 0.98);
        var reviewCut = BestCut(v, r, 0.01, Math.Max(0.01, acceptCut - 0.01));
        return Create(Math.Min(reviewCut, acceptCut - 0.01), acceptCut);
    }

    /// <summary>Maps a raw cosine to a calibrated similarity.</summary>
    /// <param name="raw">The raw cosine; values outside 0–1 are clamped.</param>
    /// <returns>The calibrated similarity, from 0 to 1.</returns>
    public double Apply(double raw)
    {
        if (!(raw > 0))
        {
            return 0;
        }

        // Float accumulation leaves identical texts a few ulps below 1.
        if (raw >= 1 - 1e-5)
        {
            return 1;
        }

        return raw < RawReview ? ReviewThreshold * raw / RawReview
            : raw < RawAccept ? ReviewThreshold + ((AcceptThreshold - ReviewThreshold) * (raw - RawReview) / (RawAccept - RawReview))
            : AcceptThreshold + ((1 - AcceptThreshold) * (raw - RawAccept) / (1 - RawAccept));
    }

    /// <summary>The raw cosine that maps to <paramref name="similarity"/> (the inverse of <see cref="Apply"/>).</summary>
    /// <param name="similarity">A calibrated similarity; values outside 0–1 are clamped.</param>
    /// <returns>The raw cosine.</returns>
    public double Invert(double similarity)
    {
        var s = Math.Clamp(similarity, 0, 1);
        return s < ReviewThreshold ? s * RawReview / ReviewThreshold
            : s < AcceptThreshold ? RawReview + ((s - ReviewThreshold) * (RawAccept - RawReview) / (AcceptThreshold - ReviewThreshold))
            : RawAccept + ((s - AcceptThreshold) * (1 - RawAccept) / (1 - AcceptThreshold));
    }

    /// <summary>Such as <c>raw 0.3 → 0.55, raw 0.55 → 0.8</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"raw {RawReview:0.####} → {ReviewThreshold}, raw {RawAccept:0.####} → {AcceptThreshold}");

    private static double[] Checked(IEnumerable<double> scores, string name)
    {
        ArgumentNullException.ThrowIfNull(scores, name);
        var array = scores.ToArray();
        if (array.Length == 0)
        {
            throw new ArgumentException("At least one score is needed.", name);
        }

        if (array.Any(s => !(s is >= 0 and <= 1)))
        {
            throw new ArgumentException("Scores must be between 0 and 1.", name);
        }

        return array;
    }

    // The cut c classifies "positive" as score >= c. Cost = share of positives below c + share of negatives at or above c.
    private static double BestCut(double[] positives, double[] negatives, double min, double max)
    {
        var candidates = positives.Concat(negatives).Append(min).Append(max)
            .Where(c => c >= min && c <= max).Distinct().Order().ToArray();
        var bestCost = double.MaxValue;
        var bestLow = min;
        var bestHigh = min;
        for (var i = 0; i < candidates.Length; i++)
        {
            var c = candidates[i];
            var cost = ((double)positives.Count(p => p < c) / positives.Length) + ((double)negatives.Count(n => n >= c) / negatives.Length);
            if (cost < bestCost - 1e-12)
            {
                bestCost = cost;
                bestLow = i > 0 ? candidates[i - 1] : c;
                bestHigh = c;
            }
            else if (Math.Abs(cost - bestCost) <= 1e-12 && c - (i > 0 ? candidates[i - 1] : c) > bestHigh - bestLow)
            {
                bestLow = candidates[i - 1];
                bestHigh = c;
            }
        }

        // Cut in the middle of the gap just below the best cut point, so that near-misses on both sides keep a margin.
        return Math.Clamp((bestLow + bestHigh) / 2, min, max);
    }
}
