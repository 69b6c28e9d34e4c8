using System.Globalization;
using Ecvet.Matching;

namespace Ecvet.Cli.Matching;

/// <summary>
/// What a similarity means against the default thresholds of <see cref="ScoreCalibration"/>, so that a reader of the
/// output is not left to remember them: <c>accept</c> (at least 0.80), <c>review</c> (at least 0.55), else
/// <c>no lexical evidence</c> (the words do not show equivalence; other evidence, or a human, may). With meaning in the
/// similarity (<c>--semantic</c>) the last is <c>no evidence</c>: neither the words nor their meaning show equivalence.
/// </summary>
internal static class MatchLabel
{
    public const string Accept = "accept";
    public const string Review = "review";
    public const string NoLexicalEvidence = "no lexical evidence";
    public const string NoEvidence = "no evidence";

    /// <summary>The label of <paramref name="similarity"/> as printed (rounded to 4 decimals), so that a printed 0.8000 is never labelled review.</summary>
    /// <param name="similarity">The similarity.</param>
    /// <param name="withMeaning">Whether the similarity includes meaning (an index with an embedder).</param>
    public static string Of(double similarity, bool withMeaning = false)
    {
        var shown = double.Parse(similarity.ToString("F4", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return shown >= ScoreCalibration.AcceptThreshold ? Accept
            : shown >= ScoreCalibration.ReviewThreshold ? Review
            : withMeaning ? NoEvidence : NoLexicalEvidence;
    }
}
