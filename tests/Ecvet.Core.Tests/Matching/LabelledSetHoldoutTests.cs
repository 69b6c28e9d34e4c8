using System.Globalization;
using System.Text.RegularExpressions;
using Ecvet.Matching;
using Xunit.Abstractions;

namespace Ecvet.Tests.Matching;

/// <summary>The holdout file of the labelled set (Data/vet-outcome-pairs-holdout.tsv): its size and spread, that it is
/// new, well-formed and kept apart from the fit and test halves, and that its low-overlap pairs really share few
/// words.</summary>
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

    [Theory]
    [InlineData("equivalent-low-overlap", 60)]
    [InlineData("hard-negative", 40)]
    [InlineData("narrower", 10)]
    [InlineData("broader", 10)]
    [InlineData("equivalent-high-overlap", 15)]
    public void HoldoutPairs_HaveTheMinimumCountOfEachKind(string kind, int minimum) =>
        LabelledSet.HoldoutPairs.Count(p => p.Kind == kind).Should().BeGreaterThanOrEqualTo(minimum, kind);

    [Fact]
    public void HoldoutPairs_SpanAtLeastTenSectors()
    {
        foreach (var sector in LabelledSet.HoldoutPairs.GroupBy(p => p.Sector).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{sector.Key}: {sector.Count()} ({string.Join(", ", sector.GroupBy(p => p.Kind).Select(k => $"{k.Key} {k.Count()}"))})"));
        }

        LabelledSet.HoldoutPairs.Select(p => p.Sector).Distinct().Should().HaveCountGreaterThanOrEqualTo(10);
    }

    [Fact]
    public void HoldoutPairs_AreAllOfTheHoldoutSplitAndNoneIsInTheFitOrTestHalf()
    {
        LabelledSet.HoldoutPairs.Should().OnlyContain(p => p.Split == Split.Holdout && p.File == LabelledSet.HoldoutFile);
        LabelledSet.Pairs.Should().OnlyContain(p => p.Split != Split.Holdout && p.File != LabelledSet.HoldoutFile);
        var holdoutHomes = LabelledSet.HoldoutPairs.Select(p => p.HomeText).ToHashSet(StringComparer.Ordinal);
        LabelledSet.HomeTexts().Should().NotContain(holdoutHomes);
    }

    [Fact]
    public void HoldoutPairs_EveryLineIsWellFormed()
    {
        foreach (var pair in LabelledSet.HoldoutPairs)
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

    [Fact]
    public void HoldoutPairs_ExpectedDecisionFollowsTheKind() =>
        LabelledSet.HoldoutPairs.Should().OnlyContain(p => ExpectedByKind[p.Kind] == p.Expected);

    [Fact]
    public void HostTexts_AreUniqueAcrossAllThreeFiles() =>
        LabelledSet.Pairs.Concat(LabelledSet.HoldoutPairs).Select(p => Normalised(p.HostText)).Should().OnlyHaveUniqueItems();

    [Fact]
    public void HoldoutHomeTexts_AreNotInTheOlderFiles()
    {
        var older = LabelledSet.Pairs.Select(p => Normalised(p.HomeText)).ToHashSet(StringComparer.Ordinal);
        LabelledSet.HoldoutPairs.Where(p => older.Contains(Normalised(p.HomeText))).Select(p => p.HomeText).Should().BeEmpty();
    }

    [Fact]
    public void LoadHoldout_LineWithAnotherSplit_IsRefusedNamingFileAndLine()
    {
        var directory = Directory.CreateTempSubdirectory("ecvet-holdout-").FullName;
        try
        {
            File.WriteAllLines(Path.Combine(directory, LabelledSet.HoldoutFile),
            [
                "kind\tsector\thome_text\thost_text\texpected\tsplit",
                "hard-negative\twelding\tWelds pipes.\tCuts pipes.\treject\tholdout",
                "hard-negative\twelding\tWelds plates.\tCuts plates.\treject\ttest",
            ]);
            var load = () => LabelledSet.LoadHoldout(directory);
            load.Should().Throw<InvalidDataException>().WithMessage($"{LabelledSet.HoldoutFile}, data line 2: split must be holdout.");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // The bound comes from the pairs already labelled low-overlap, so the new ones are held to the standard the older
    // ones set, not to a number chosen after seeing them. The measure is deliberately plain (stop words out, Porter2
    // stems, the share of the home outcome's stems that the host repeats): it counts shared words, nothing more.
    [Fact]
    public void HoldoutLowOverlapPairs_ShareNoMoreWordsThanTheOlderOnes()
    {
        var older = LabelledSet.Pairs.Where(p => p.Kind == "equivalent-low-overlap").Select(SharedStemShare).ToArray();
        var holdout = LabelledSet.HoldoutPairs.Where(p => p.Kind == "equivalent-low-overlap").ToArray();
        var bound = older.Max();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"older low-overlap pairs: {older.Length}, mean share {older.Average():0.000}, max {bound:0.000}; holdout: {holdout.Length}, mean share {holdout.Average(SharedStemShare):0.000}, max {holdout.Max(SharedStemShare):0.000}"));

        holdout.Where(p => SharedStemShare(p) > bound).Select(p => $"data line {p.Line}: {p.HostText}").Should().BeEmpty();
        holdout.Average(SharedStemShare).Should().BeLessThanOrEqualTo(older.Average());
    }

    // A hard negative tempts because it shares trade words with its home outcome; a high-overlap equivalent repeats
    // at least as much of it as the least repetitive older one does.
    [Fact]
    public void HoldoutHardNegativesShareWords_AndHighOverlapPairsShareAsMuchAsTheOlderOnes()
    {
        LabelledSet.HoldoutPairs.Where(p => p.Kind == "hard-negative" && SharedStemShare(p) == 0)
            .Select(p => $"data line {p.Line}: {p.HostText}").Should().BeEmpty();

        var floor = LabelledSet.Pairs.Where(p => p.Kind == "equivalent-high-overlap").Min(SharedStemShare);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"least share of an older high-overlap pair: {floor:0.000}"));
        LabelledSet.HoldoutPairs.Where(p => p.Kind == "equivalent-high-overlap" && SharedStemShare(p) < floor)
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
