using System.Globalization;
using System.Text.RegularExpressions;
using Ecvet.Matching;
using Xunit.Abstractions;

namespace Ecvet.Tests.Matching;

/// <summary>The holdout files of the labelled set (Data/vet-outcome-pairs-holdout.tsv and
/// Data/vet-outcome-pairs-holdout-2.tsv): each one's size and spread, that it is new, well-formed and kept apart from
/// the fit and test halves and from the earlier holdout, and that its low-overlap pairs really share few words.</summary>
public sealed partial class LabelledSetHoldoutTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> ExpectedByKind = new(StringComparer.Ordinal)
    {
        ["equivalent-high-overlap"] = "accept",
        ["equivalent-low-overlap"] = "accept",
        ["narrower"] = "review",
        ["broader"] = "review",
        ["hard-negative"] = "reject",
    };

    private static readonly HashSet<string> StopWords = [.. OutcomeIndexOptions.EnglishStopWords];

    /// <summary>The holdout files, by number.</summary>
    public static TheoryData<int> Holdouts => [1, 2];

    private static IReadOnlyList<LabelledPair> Holdout(int number) => number == 1 ? LabelledSet.HoldoutPairs : LabelledSet.SecondHoldoutPairs;

    private static string HoldoutFile(int number) => number == 1 ? LabelledSet.HoldoutFile : LabelledSet.SecondHoldoutFile;

    [Theory]
    [InlineData(1, "equivalent-low-overlap", 60)]
    [InlineData(1, "hard-negative", 40)]
    [InlineData(1, "narrower", 10)]
    [InlineData(1, "broader", 10)]
    [InlineData(1, "equivalent-high-overlap", 15)]
    [InlineData(2, "equivalent-low-overlap", 60)]
    [InlineData(2, "hard-negative", 40)]
    [InlineData(2, "narrower", 10)]
    [InlineData(2, "broader", 10)]
    [InlineData(2, "equivalent-high-overlap", 15)]
    public void HoldoutPairs_HaveTheMinimumCountOfEachKind(int holdout, string kind, int minimum) =>
        Holdout(holdout).Count(p => p.Kind == kind).Should().BeGreaterThanOrEqualTo(minimum, kind);

    [Theory]
    [MemberData(nameof(Holdouts))]
    public void HoldoutPairs_SpanAtLeastTenSectors(int holdout)
    {
        foreach (var sector in Holdout(holdout).GroupBy(p => p.Sector).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{sector.Key}: {sector.Count()} ({string.Join(", ", sector.GroupBy(p => p.Kind).Select(k => $"{k.Key} {k.Count()}"))})"));
        }

        Holdout(holdout).Select(p => p.Sector).Distinct().Should().HaveCountGreaterThanOrEqualTo(10);
    }

    [Theory]
    [MemberData(nameof(Holdouts))]
    public void HoldoutPairs_AreAllOfTheirSplitAndNoneIsInTheFitOrTestHalf(int holdout)
    {
        var split = holdout == 1 ? Split.Holdout : Split.SecondHoldout;
        Holdout(holdout).Should().OnlyContain(p => p.Split == split && p.File == HoldoutFile(holdout));
        LabelledSet.Pairs.Should().OnlyContain(p => p.Split != split && p.File != HoldoutFile(holdout));
        var holdoutHomes = Holdout(holdout).Select(p => p.HomeText).ToHashSet(StringComparer.Ordinal);
        LabelledSet.HomeTexts().Should().NotContain(holdoutHomes);
    }

    [Theory]
    [MemberData(nameof(Holdouts))]
    public void HoldoutPairs_EveryLineIsWellFormed(int holdout)
    {
        foreach (var pair in Holdout(holdout))
        {
            var where = $"{pair.File}, data line {pair.Line}";
            ExpectedByKind.Should().ContainKey(pair.Kind, where);
            pair.Sector.Should().MatchRegex("^[a-z]+(-[a-z]+)*$", where);
            foreach (var text in new[] { pair.HomeText, pair.HostText })
            {
                text.Should().NotBeNullOrWhiteSpace(where);
                text.Trim().Should().Be(text, where);
                text.Should().NotContain("  ", where);
            }

            pair.HomeText.Should().NotBe(pair.HostText, where);
        }
    }

    [Theory]
    [MemberData(nameof(Holdouts))]
    public void HoldoutPairs_ExpectedDecisionFollowsTheKind(int holdout) =>
        Holdout(holdout).Should().OnlyContain(p => ExpectedByKind[p.Kind] == p.Expected);

    [Fact]
    public void HostTexts_AreUniqueAcrossAllFourFiles() =>
        LabelledSet.Pairs.Concat(LabelledSet.HoldoutPairs).Concat(LabelledSet.SecondHoldoutPairs).Select(p => Normalised(p.HostText))
            .Should().OnlyHaveUniqueItems();

    [Theory]
    [MemberData(nameof(Holdouts))]
    public void HoldoutHomeTexts_AreNotInTheEarlierFiles(int holdout)
    {
        var earlier = LabelledSet.Pairs.Concat(holdout == 2 ? LabelledSet.HoldoutPairs : []).Select(p => Normalised(p.HomeText)).ToHashSet(StringComparer.Ordinal);
        Holdout(holdout).Where(p => earlier.Contains(Normalised(p.HomeText))).Select(p => p.HomeText).Should().BeEmpty();
    }

    [Theory]
    [InlineData(1, "test", "holdout")]
    [InlineData(2, "holdout", "holdout-2")]
    public void LoadHoldout_LineWithAnotherSplit_IsRefusedNamingFileAndLine(int holdout, string otherSplit, string split)
    {
        var directory = Directory.CreateTempSubdirectory("ecvet-holdout-").FullName;
        try
        {
            File.WriteAllLines(Path.Combine(directory, HoldoutFile(holdout)),
            [
                "kind\tsector\thome_text\thost_text\texpected\tsplit",
                $"hard-negative\twelding\tWelds pipes.\tCuts pipes.\treject\t{split}",
                $"hard-negative\twelding\tWelds plates.\tCuts plates.\treject\t{otherSplit}",
            ]);
            var load = () => holdout == 1 ? LabelledSet.LoadHoldout(directory) : LabelledSet.LoadSecondHoldout(directory);
            load.Should().Throw<InvalidDataException>().WithMessage($"{HoldoutFile(holdout)}, data line 2: split must be {split}.");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // The bound comes from the pairs already labelled low-overlap, so the new ones are held to the standard the older
    // ones set, not to a number chosen after seeing them. The measure is deliberately plain (stop words out, Porter2
    // stems, the share of the home outcome's stems that the host repeats): it counts shared words, nothing more.
    [Theory]
    [MemberData(nameof(Holdouts))]
    public void HoldoutLowOverlapPairs_ShareNoMoreWordsThanTheOlderOnes(int number)
    {
        var older = LabelledSet.Pairs.Where(p => p.Kind == "equivalent-low-overlap").Select(SharedStemShare).ToArray();
        var holdout = Holdout(number).Where(p => p.Kind == "equivalent-low-overlap").ToArray();
        var bound = older.Max();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"older low-overlap pairs: {older.Length}, mean share {older.Average():0.000}, max {bound:0.000}; holdout: {holdout.Length}, mean share {holdout.Average(SharedStemShare):0.000}, max {holdout.Max(SharedStemShare):0.000}"));

        holdout.Where(p => SharedStemShare(p) > bound).Select(p => $"data line {p.Line}: {p.HostText}").Should().BeEmpty();
        holdout.Average(SharedStemShare).Should().BeLessThanOrEqualTo(older.Average());
    }

    // A hard negative tempts because it shares trade words with its home outcome; a high-overlap equivalent repeats
    // at least as much of it as the least repetitive older one does.
    [Theory]
    [MemberData(nameof(Holdouts))]
    public void HoldoutHardNegativesShareWords_AndHighOverlapPairsShareAsMuchAsTheOlderOnes(int holdout)
    {
        Holdout(holdout).Where(p => p.Kind == "hard-negative" && SharedStemShare(p) == 0)
            .Select(p => $"data line {p.Line}: {p.HostText}").Should().BeEmpty();

        var floor = LabelledSet.Pairs.Where(p => p.Kind == "equivalent-high-overlap").Min(SharedStemShare);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"least share of an older high-overlap pair: {floor:0.000}"));
        Holdout(holdout).Where(p => p.Kind == "equivalent-high-overlap" && SharedStemShare(p) < floor)
            .Select(p => $"data line {p.Line}: {p.HostText}").Should().BeEmpty();
    }

    [Fact]
    public void SharedStemShare_CountsStemsNotStopWordsOrForms()
    {
        var pair = new LabelledPair("x", 1, "equivalent-low-overlap", "welding", "Prepares the joints and grinds the edges.", "Prepared a joint for the welder.", "accept", Split.Holdout);
        SharedStemShare(pair).Should().BeApproximately(2.0 / 4, 1e-12); // prepar, joint of prepar, joint, grind, edg
    }

    private static double SharedStemShare(LabelledPair pair)
    {
        var home = ContentStems(pair.HomeText);
        var host = ContentStems(pair.HostText);
        return (double)home.Count(host.Contains) / home.Count;
    }

    private static HashSet<string> ContentStems(string text) =>
    [
        .. Word().Matches(text.ToLowerInvariant())
            .Select(match => match.Value)
            .Where(word => !StopWords.Contains(word))
            .Select(EnglishStemmer.Instance.Stem),
    ];

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    private static string Normalised(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
