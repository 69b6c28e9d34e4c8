using System.Runtime.CompilerServices;
using Ecvet.Matching;

namespace Ecvet.Tests.Matching;

/// <summary>The hand-labelled VET outcome pairs of Data/vet-outcome-pairs.tsv, split by data line parity: odd lines
/// calibrate, even lines test.</summary>
internal static class LabelledPairs
{
    public const string Accept = "accept";
    public const string Review = "review";
    public const string Reject = "reject";
    public const string NotComparable = "not-comparable";

    private static readonly Lazy<Pair[]> All = new(Load);

    private static readonly Lazy<OutcomeIndex> HomeIndex = new(() => BuildHomeIndex(OutcomeIndexOptions.Default));

    public static IReadOnlyList<Pair> Pairs => All.Value;

    public static IEnumerable<Pair> CalibrationHalf => All.Value.Where(p => p.Line % 2 == 1);

    public static IEnumerable<Pair> TestHalf => All.Value.Where(p => p.Line % 2 == 0);

    public static OutcomeIndex DefaultIndex => HomeIndex.Value;

    /// <summary>The home catalogue: every distinct home text of the file (no labels involved), ids by first line.</summary>
    public static OutcomeIndex BuildHomeIndex(OutcomeIndexOptions options) =>
        OutcomeIndex.Build(All.Value.Select(p => p.HomeText).Distinct(StringComparer.Ordinal)
            .Select((text, i) => CatalogueEntry.Create($"home-{i:000}", text)), options);

    public static Scored Score(OutcomeIndex index, Pair pair)
    {
        var ordinal = Enumerable.Range(0, index.Count).First(i => index.GetEntry(i).Text == pair.HomeText);
        var explanation = index.Explain(pair.HostText, ordinal);
        var decision = !explanation.TextComparable ? NotComparable
            : explanation.Similarity >= ScoreCalibration.AcceptThreshold ? Accept
            : explanation.Similarity >= ScoreCalibration.ReviewThreshold ? Review
            : Reject;
        return new Scored(pair, explanation.RawCosine, explanation.Similarity, explanation.Coverage, decision);
    }

    private static Pair[] Load()
    {
        var lines = File.ReadAllLines(DataPath());
        lines[0].Should().Be("kind\thome_text\thost_text\texpected");
        return [.. lines.Skip(1).Select((line, i) =>
        {
            var cells = line.Split('\t');
            cells.Should().HaveCount(4, $"line {i + 1} has four cells");
            return new Pair(i + 1, cells[0], cells[1], cells[2], cells[3]);
        })];
    }

    private static string DataPath([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Data", "vet-outcome-pairs.tsv");

    internal sealed record Pair(int Line, string Kind, string HomeText, string HostText, string Expected);

    internal sealed record Scored(Pair Pair, double Raw, double Similarity, double Coverage, string Decision);
}
