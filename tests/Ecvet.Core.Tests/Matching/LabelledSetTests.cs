using System.Globalization;
using System.Text;
using Ecvet.Matching;
using Xunit.Abstractions;

namespace Ecvet.Tests.Matching;

/// <summary>Calibration and decision quality on the hand-labelled VET outcome pairs (Data/vet-outcome-pairs.tsv):
/// calibration is fitted on the odd data lines only, decision rates are measured on the even ones.</summary>
public sealed class LabelledSetTests(ITestOutputHelper output)
{
    private static readonly string[] Kinds =
    [
        "equivalent-high-overlap", "equivalent-low-overlap", "narrower", "broader", "hard-negative", "unrelated", "other-language",
    ];

    [Fact]
    public void Data_HasEnoughPairsOfEveryKind()
    {
        LabelledPairs.Pairs.Should().HaveCountGreaterThanOrEqualTo(150);
        foreach (var kind in Kinds)
        {
            LabelledPairs.Pairs.Count(p => p.Kind == kind).Should().BeGreaterThanOrEqualTo(10, kind);
        }

        LabelledPairs.Pairs.Select(p => p.Expected).Distinct().Should().BeEquivalentTo(
            [LabelledPairs.Accept, LabelledPairs.Review, LabelledPairs.Reject, LabelledPairs.NotComparable]);
    }

    [Fact]
    public void DefaultCalibration_IsTheFitOnTheCalibrationHalf()
    {
        var fitted = FitOnCalibrationHalf();
        output.WriteLine($"fitted on the calibration half: {fitted}; default: {ScoreCalibration.Default}");
        ScoreCalibration.Default.RawReview.Should().BeApproximately(fitted.RawReview, 0.005);
        ScoreCalibration.Default.RawAccept.Should().BeApproximately(fitted.RawAccept, 0.005);
    }

    [Fact]
    public void Decisions_TestHalf_MeetTheRatesReported()
    {
        var scored = LabelledPairs.TestHalf.Select(p => LabelledPairs.Score(LabelledPairs.DefaultIndex, p)).ToArray();
        output.WriteLine(Table(scored));

        double Rate(Func<LabelledPairs.Scored, bool> kind, string decision)
        {
            var pairs = scored.Where(kind).ToArray();
            return (double)pairs.Count(s => s.Decision == decision) / pairs.Length;
        }

        // Thresholds are what the matcher achieves on the test half (the README's table), floored a little: a lexical
        // matcher accepts paraphrases that share words and rejects same-sector look-alikes, but cannot see
        // paraphrases that share none (equivalent-low-overlap) and rarely puts partial outcomes into review.
        Rate(s => s.Pair.Kind == "equivalent-high-overlap", LabelledPairs.Accept).Should().BeGreaterThanOrEqualTo(0.9);
        Rate(s => s.Pair.Kind.StartsWith("equivalent", StringComparison.Ordinal), LabelledPairs.Accept).Should().BeGreaterThanOrEqualTo(0.5);
        Rate(s => s.Pair.Kind == "hard-negative", LabelledPairs.Accept).Should().Be(0);
        Rate(s => s.Pair.Kind == "hard-negative", LabelledPairs.Reject).Should().BeGreaterThanOrEqualTo(0.9);
        Rate(s => s.Pair.Kind == "unrelated", LabelledPairs.Reject).Should().Be(1);
        Rate(s => s.Pair.Kind == "other-language", LabelledPairs.NotComparable).Should().Be(1);
        Rate(s => s.Pair.Kind is "narrower" or "broader", LabelledPairs.Accept).Should().Be(0);
        Rate(s => s.Pair.Kind is "narrower" or "broader", LabelledPairs.Review).Should().BeGreaterThanOrEqualTo(0.15);
    }

    // Equivalents against the rest for the accept cut; partials against hard negatives for the review cut (unrelated
    // pairs score 0 and would only pull the review cut down to 0).
    internal static ScoreCalibration FitOnCalibrationHalf()
    {
        var scored = LabelledPairs.CalibrationHalf.Where(p => p.Expected != LabelledPairs.NotComparable)
            .Select(p => LabelledPairs.Score(LabelledPairs.DefaultIndex, p)).ToArray();
        return ScoreCalibration.Fit(
            scored.Where(s => s.Pair.Expected == LabelledPairs.Accept).Select(s => s.Raw),
            scored.Where(s => s.Pair.Expected == LabelledPairs.Review).Select(s => s.Raw),
            scored.Where(s => s.Pair.Kind == "hard-negative").Select(s => s.Raw));
    }

    internal static string Table(IReadOnlyCollection<LabelledPairs.Scored> scored)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine("| kind | pairs | accept | review | reject | not comparable | median raw cosine | median similarity |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var kind in Kinds)
        {
            var group = scored.Where(s => s.Pair.Kind == kind).ToArray();
            string Share(string decision)
            {
                var n = group.Count(s => s.Decision == decision);
                return string.Create(c, $"{n} ({100.0 * n / group.Length:0}%)");
            }

            text.AppendLine(string.Create(c,
                $"| {kind} | {group.Length} | {Share(LabelledPairs.Accept)} | {Share(LabelledPairs.Review)} | {Share(LabelledPairs.Reject)} | {Share(LabelledPairs.NotComparable)} | {Median(group.Select(s => s.Raw)):0.00} | {Median(group.Select(s => s.Similarity)):0.00} |"));
        }

        return text.ToString();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
