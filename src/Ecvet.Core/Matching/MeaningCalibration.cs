using System.Globalization;

namespace Ecvet.Matching;

/// <summary>
/// Maps the cosine of two outcomes' sentence embeddings (see <see cref="ITextEmbedder"/>) to the meaning similarity an
/// <see cref="OutcomeIndex"/> built with an embedder sets beside the similarity of shared words: the pair's similarity
/// is the larger of the two. The mapping is piecewise linear and strictly increasing through raw 0 → 0,
/// <see cref="RawReview"/> → 0.55, <see cref="RawAccept"/> → 0.80 and 1 → 1 (negative cosines map to 0).
/// </summary>
/// <remarks>
/// <para>Why the larger and not a combination that adds up: the embedding sees the same words, so the two are not
/// independent evidence; two "worth a look" scores must not add up to "equivalent". Each is calibrated to the same
/// thresholds on its own, and the larger decides.</para>
/// <para>With a <see cref="DifferenceWeight"/> above 0 (as <see cref="Default"/>), meaning also looks at what
/// the two texts say differently: when they share content words, the cosine of the embeddings of the words each has that
/// the other lacks (the difference cosine) pulls the cosine down by the weight, never up:
/// <c>cosine − weight × max(0, cosine − difference cosine)</c>, then the knots. Look-alikes (same sector, same frame,
/// another object or action) keep a high cosine of their whole sentences, but what differs between them means something
/// else; a paraphrase in other words shares few words, so what differs is nearly its whole sentence and keeps its
/// meaning. Texts sharing no content word, or of which one says nothing the other does not (narrower, broader), are
/// left as they are. It costs the embedding of the two differences of a pair that shares words, and only when the pair's
/// undiminished meaning would exceed its other evidence (otherwise what differs cannot change it) and, in an outcome
/// query, the pair could still enter the best matches; an index embeds the differences a query needs in one batch.</para>
/// <para>The knots belong to one model: vectors of another model need their own, fitted with <see cref="Fit(IEnumerable{ValueTuple{double, double}}, IEnumerable{ValueTuple{double, double}}, IEnumerable{ValueTuple{double, double}}, double)"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record MeaningCalibration
{
    private MeaningCalibration(double rawReview, double rawAccept, double differenceWeight = 0)
    {
        RawReview = rawReview;
        RawAccept = rawAccept;
        DifferenceWeight = differenceWeight;
    }

    /// <summary>The index's default: the calibration of all-MiniLM-L6-v2 (the built-in model of the companion package
    /// <c>Ecvet.Matching.Semantic</c>) that also weighs what two texts say differently (see
    /// <see cref="DifferenceWeight"/>): raw 0.62 → 0.55, raw 0.70 → 0.80, differences weighted 0.25. The weight (and a
    /// fitting margin of 0.04) were chosen by repeated cross-validation on the repository's older labelled VET outcome
    /// pairs, the knots then fitted with <see cref="Fit(IEnumerable{ValueTuple{double, double, double?}}, IEnumerable{ValueTuple{double, double, double?}}, IEnumerable{ValueTuple{double, double, double?}}, double, double)"/>
    /// on all of them, each look-alike's cosine raised by the margin so that the accept knot keeps that distance above
    /// every look-alike seen; all frozen before the holdout pairs were scored once, where it met the plan's rule for
    /// becoming the default (benchmarks/results/semantic-holdout-plan.md, benchmarks/results/semantic-holdout.md, where
    /// it is named <c>Differences</c>).</summary>
    /// <remarks>A test re-fits it with the built-in model and fails if the constants drift. It costs, for a pair that
    /// shares words and whose meaning could decide its similarity, the embedding of what differs (see
    /// <see cref="DifferenceWeight"/>).</remarks>
    public static MeaningCalibration Default { get; } = new(DefaultReview, DefaultAccept, DefaultWeight);

    /// <summary>The calibration of all-MiniLM-L6-v2 that compares the whole texts alone (a <see cref="DifferenceWeight"/>
    /// of 0), the index's default before <see cref="Default"/>: fitted with <see cref="Fit(IEnumerable{ValueTuple{double, double}}, IEnumerable{ValueTuple{double, double}}, IEnumerable{ValueTuple{double, double}}, double)"/>
    /// on the calibration half of the repository's older labelled VET outcome pairs, combined with the default text
    /// calibration: raw 0.6 → 0.55, raw 0.78 → 0.80 (benchmarks/results/semantic-quality.md; on the holdout pairs, the
    /// "current hybrid" of benchmarks/results/semantic-holdout.md). It embeds nothing per pair.</summary>
    /// <remarks>A test re-fits it with the built-in model and fails if the constants drift.</remarks>
    public static MeaningCalibration WholeTexts { get; } = new(0.6, 0.78);

    /// <summary>The cosine mapped to <see cref="ScoreCalibration.ReviewThreshold"/> (0.55).</summary>
    public double RawReview { get; }

    /// <summary>The cosine mapped to <see cref="ScoreCalibration.AcceptThreshold"/> (0.80).</summary>
    public double RawAccept { get; }

    /// <summary>How far what the two texts say differently pulls the cosine down, from 0 (the whole texts alone, as
    /// <see cref="WholeTexts"/>) to 1 (down to the difference cosine when that is lower).</summary>
    public double DifferenceWeight { get; }

    // The knots and weight of Default (benchmarks/results/semantic-holdout-plan.md, frozen).
    private const double DefaultReview = 0.62;
    private const double DefaultAccept = 0.70;
    private const double DefaultWeight = 0.25;

    /// <summary>Creates a calibration from its two inner knots.</summary>
    /// <param name="rawReview">The cosine mapped to 0.55; greater than 0, less than <paramref name="rawAccept"/>.</param>
    /// <param name="rawAccept">The cosine mapped to 0.80; less than 1.</param>
    /// <returns>The calibration.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The knots are not ordered 0 &lt; review &lt; accept &lt; 1; the
    /// exception names the first out of order.</exception>
    public static MeaningCalibration Create(double rawReview, double rawAccept) => Create(rawReview, rawAccept, 0);

    /// <summary>Creates a calibration from its two inner knots and the weight of what differs.</summary>
    /// <param name="rawReview">The cosine mapped to 0.55; greater than 0, less than <paramref name="rawAccept"/>.</param>
    /// <param name="rawAccept">The cosine mapped to 0.80; less than 1.</param>
    /// <param name="differenceWeight">The <see cref="DifferenceWeight"/>, from 0 to 1.</param>
    /// <returns>The calibration.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The knots are not ordered 0 &lt; review &lt; accept &lt; 1, or the
    /// weight is outside 0–1; the exception names the first out of range.</exception>
    public static MeaningCalibration Create(double rawReview, double rawAccept, double differenceWeight)
    {
        if (!(rawReview > 0 && rawReview < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(rawReview), rawReview, "Must be greater than 0 and less than 1.");
        }

        if (!(rawAccept > rawReview && rawAccept < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(rawAccept), rawAccept, "Must be greater than rawReview and less than 1.");
        }

        CheckWeight(differenceWeight, nameof(differenceWeight));
        return new MeaningCalibration(rawReview, rawAccept, differenceWeight);
    }

    /// <summary>
    /// Fits the knots to labelled pairs so that the pair's similarity (the larger of words and meaning) never accepts a
    /// pair that should be rejected and sends at most <paramref name="maxRejectInReview"/> of them to review; among the
    /// calibrations that do, the one whose decisions (accept from 0.80, review from 0.55) agree with the labels most often,
    /// each class weighted equally. Knots are tried in steps of 0.01; among equally good ones, each knot is taken in the
    /// middle of its range, so that near-misses on both sides keep a margin (as <see cref="ScoreCalibration.Fit"/> does).
    /// </summary>
    /// <param name="accept">Pairs that are equivalent: their calibrated similarity of shared words and embedding cosine.</param>
    /// <param name="review">Pairs that are partial (narrower or broader).</param>
    /// <param name="reject">Pairs that are not equivalent (same-sector look-alikes): none may reach 0.80.</param>
    /// <param name="maxRejectInReview">The largest share of <paramref name="reject"/> allowed from 0.55; from 0 to 1.</param>
    /// <returns>The fitted calibration.</returns>
    /// <exception cref="ArgumentNullException">A set is null.</exception>
    /// <exception cref="ArgumentException">A set is empty or holds a value outside 0–1 (words) or −1–1 (cosine); the
    /// exception names it.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRejectInReview"/> is outside 0–1.</exception>
    /// <exception cref="InvalidOperationException">No calibration on the grid meets the
    /// constraints: the words of the rejected pairs alone break them.</exception>
    public static MeaningCalibration Fit(IEnumerable<(double Words, double Cosine)> accept, IEnumerable<(double Words, double Cosine)> review,
        IEnumerable<(double Words, double Cosine)> reject, double maxRejectInReview = 0.10)
    {
        ArgumentNullException.ThrowIfNull(accept);
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(reject);
        return Fit(Checked(accept.Select(p => (p.Words, p.Cosine, (double?)null)), nameof(accept)),
            Checked(review.Select(p => (p.Words, p.Cosine, (double?)null)), nameof(review)),
            Checked(reject.Select(p => (p.Words, p.Cosine, (double?)null)), nameof(reject)), 0, maxRejectInReview);
    }

    /// <summary>
    /// Fits the knots of a calibration with the given <see cref="DifferenceWeight"/> to labelled pairs, as
    /// <see cref="Fit(IEnumerable{ValueTuple{double, double}}, IEnumerable{ValueTuple{double, double}}, IEnumerable{ValueTuple{double, double}}, double)"/>
    /// does with the whole texts' cosine alone; each pair's cosine is first pulled down by what differs.
    /// </summary>
    /// <param name="accept">Pairs that are equivalent: their calibrated similarity of shared words, embedding cosine and
    /// difference cosine (<see langword="null"/> when the texts share no content word or one has no word the other lacks;
    /// see <see cref="MatchExplanation.DifferenceCosine"/>).</param>
    /// <param name="review">Pairs that are partial (narrower or broader).</param>
    /// <param name="reject">Pairs that are not equivalent (same-sector look-alikes): none may reach 0.80.</param>
    /// <param name="differenceWeight">The <see cref="DifferenceWeight"/>, from 0 to 1.</param>
    /// <param name="maxRejectInReview">The largest share of <paramref name="reject"/> allowed from 0.55; from 0 to 1.</param>
    /// <returns>The fitted calibration.</returns>
    /// <exception cref="ArgumentNullException">A set is null.</exception>
    /// <exception cref="ArgumentException">A set is empty or holds a value outside 0–1 (words) or −1–1 (cosines); the
    /// exception names it.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="differenceWeight"/> or
    /// <paramref name="maxRejectInReview"/> is outside 0–1.</exception>
    /// <exception cref="InvalidOperationException">No calibration on the grid meets the
    /// constraints: the words of the rejected pairs alone break them.</exception>
    public static MeaningCalibration Fit(IEnumerable<(double Words, double Cosine, double? DifferenceCosine)> accept,
        IEnumerable<(double Words, double Cosine, double? DifferenceCosine)> review,
        IEnumerable<(double Words, double Cosine, double? DifferenceCosine)> reject, double differenceWeight, double maxRejectInReview = 0.10)
    {
        var a = Checked(accept, nameof(accept));
        var v = Checked(review, nameof(review));
        var r = Checked(reject, nameof(reject));
        CheckWeight(differenceWeight, nameof(differenceWeight));
        return Fit(a, v, r, differenceWeight, maxRejectInReview);
    }

    private static MeaningCalibration Fit((double Words, double Cosine, double? DifferenceCosine)[] a,
        (double Words, double Cosine, double? DifferenceCosine)[] v, (double Words, double Cosine, double? DifferenceCosine)[] r,
        double differenceWeight, double maxRejectInReview)
    {
        if (!(maxRejectInReview is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(maxRejectInReview), maxRejectInReview, "Must be between 0 and 1.");
        }

        var best = new List<(int Review, int Accept)>();
        var bestScore = double.MinValue;
        for (var rv = 1; rv <= 97; rv++)
        {
            for (var ac = rv + 1; ac <= 98; ac++)
            {
                var candidate = new MeaningCalibration(rv / 100.0, ac / 100.0, differenceWeight);
                var rejectAccepted = 0;
                var rejectReviewed = 0;
                foreach (var pair in r)
                {
                    var s = candidate.Combine(pair);
                    rejectAccepted += s >= ScoreCalibration.AcceptThreshold ? 1 : 0;
                    rejectReviewed += s >= ScoreCalibration.ReviewThreshold ? 1 : 0;
                }

                if (rejectAccepted > 0 || rejectReviewed > maxRejectInReview * r.Length)
                {
                    continue;
                }

                var score = (Share(a, candidate, s => s >= ScoreCalibration.AcceptThreshold)
                    + Share(v, candidate, s => s is >= ScoreCalibration.ReviewThreshold and < ScoreCalibration.AcceptThreshold)
                    + Share(r, candidate, s => s < ScoreCalibration.ReviewThreshold)) / 3;
                if (score > bestScore + 1e-12)
                {
                    bestScore = score;
                    best.Clear();
                }

                if (score > bestScore - 1e-12)
                {
                    best.Add((rv, ac));
                }
            }
        }

        if (best.Count == 0)
        {
            throw new InvalidOperationException("No calibration meets the constraints: the shared words of the rejected pairs alone break them.");
        }

        // The equally good knots closest to the middle of their ranges.
        var middleReview = (best.Min(k => k.Review) + best.Max(k => k.Review)) / 2.0;
        var middleAccept = (best.Min(k => k.Accept) + best.Max(k => k.Accept)) / 2.0;
        var chosen = best.MinBy(k => Math.Abs(k.Review - middleReview) + Math.Abs(k.Accept - middleAccept));
        return new MeaningCalibration(chosen.Review / 100.0, chosen.Accept / 100.0, differenceWeight);
    }

    /// <summary>Maps an embedding cosine to a meaning similarity.</summary>
    /// <param name="cosine">The cosine of the two texts' embeddings.</param>
    /// <returns>The meaning similarity, from 0 to 1 (0 for a cosine of 0 or less).</returns>
    public double Apply(double cosine)
    {
        if (!(cosine > 0))
        {
            return 0;
        }

        if (cosine >= 1)
        {
            return 1;
        }

        return cosine < RawReview ? ScoreCalibration.ReviewThreshold * cosine / RawReview
            : cosine < RawAccept ? ScoreCalibration.ReviewThreshold + ((ScoreCalibration.AcceptThreshold - ScoreCalibration.ReviewThreshold) * (cosine - RawReview) / (RawAccept - RawReview))
            : ScoreCalibration.AcceptThreshold + ((1 - ScoreCalibration.AcceptThreshold) * (cosine - RawAccept) / (1 - RawAccept));
    }

    /// <summary>Maps an embedding cosine to a meaning similarity, pulled down by what the two texts say differently
    /// (see <see cref="DifferenceWeight"/>).</summary>
    /// <param name="cosine">The cosine of the two texts' embeddings.</param>
    /// <param name="differenceCosine">The cosine of the embeddings of the words each text has that the other lacks, or
    /// <see langword="null"/> when it does not apply (no shared content word, or one text has no word the other
    /// lacks).</param>
    /// <returns>The meaning similarity, from 0 to 1; <see cref="Apply(double)"/> of the cosine when the weight is 0 or
    /// <paramref name="differenceCosine"/> is null.</returns>
    public double Apply(double cosine, double? differenceCosine) => Apply(Pulled(cosine, differenceCosine));

    /// <summary>Such as <c>raw 0.6 → 0.55, raw 0.8 → 0.8</c>, followed by <c>, differences weighted 0.5</c> when
    /// <see cref="DifferenceWeight"/> is not 0.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"raw {RawReview:0.####} → {ScoreCalibration.ReviewThreshold}, raw {RawAccept:0.####} → {ScoreCalibration.AcceptThreshold}")
        + (DifferenceWeight == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $", differences weighted {DifferenceWeight:0.####}"));

    // The cosine pulled down towards the difference cosine by the weight; never up.
    private double Pulled(double cosine, double? differenceCosine) =>
        DifferenceWeight == 0 || differenceCosine is not { } difference ? cosine : cosine - (DifferenceWeight * Math.Max(0, cosine - difference));

    private double Combine((double Words, double Cosine, double? DifferenceCosine) pair) => Math.Max(pair.Words, Apply(pair.Cosine, pair.DifferenceCosine));

    private static double Share((double Words, double Cosine, double? DifferenceCosine)[] pairs, MeaningCalibration calibration, Func<double, bool> hit) =>
        pairs.Count(p => hit(calibration.Combine(p))) / (double)pairs.Length;

    private static void CheckWeight(double weight, string name)
    {
        if (!(weight is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(name, weight, "Must be between 0 and 1.");
        }
    }

    private static (double Words, double Cosine, double? DifferenceCosine)[] Checked(
        IEnumerable<(double Words, double Cosine, double? DifferenceCosine)> pairs, string name)
    {
        ArgumentNullException.ThrowIfNull(pairs, name);
        var array = pairs.ToArray();
        if (array.Length == 0)
        {
            throw new ArgumentException("At least one pair is needed.", name);
        }

        if (array.Any(p => !(p.Words is >= 0 and <= 1) || !(p.Cosine is >= -1 and <= 1) || (p.DifferenceCosine is { } d && !(d is >= -1 and <= 1))))
        {
            throw new ArgumentException("Word similarities must be between 0 and 1 and cosines between -1 and 1.", name);
        }

        return array;
    }
}
