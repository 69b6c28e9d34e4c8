namespace Ecvet.Tests.Matching;

/// <summary>The size, spread and split of the whole labelled set (<see cref="LabelledSet"/>).</summary>
public sealed class LabelledSetSplitTests
{
    [Fact]
    public void Pairs_HaveTheCountsTheSemanticGoalsAreMeasuredOn()
    {
        LabelledSet.Pairs.Count(p => p.Kind == "equivalent-low-overlap").Should().BeGreaterThanOrEqualTo(60);
        LabelledSet.Pairs.Count(p => p.Kind == "hard-negative").Should().BeGreaterThanOrEqualTo(40);
        LabelledSet.Pairs.Count(p => p.IsPartial()).Should().BeGreaterThanOrEqualTo(20);
    }

    [Fact]
    public void HostVoiceFile_SpansAtLeastEightSectorsAndAddsOnlyNewHostTexts()
    {
        var hostVoice = LabelledSet.LoadHostVoice(LabelledSet.DataDirectory());
        hostVoice.Select(p => p.Sector).Distinct().Should().HaveCountGreaterThanOrEqualTo(8);
        LabelledSet.Pairs.Select(p => p.HostText).Should().OnlyHaveUniqueItems();
        hostVoice.Should().OnlyContain(p => p.HomeText != p.HostText);
    }

    [Fact]
    public void HostVoiceFile_SplitColumn_IsTheSeededStratifiedAssignment()
    {
        var directory = LabelledSet.DataDirectory();
        var first = LabelledSet.LoadFirst(directory);
        var hostVoice = LabelledSet.LoadHostVoice(directory);
        var seeded = LabelledSet.SeededHostVoiceSplit(first, hostVoice);
        hostVoice.Should().OnlyContain(p => seeded[p.HostText] == p.Split);
    }

    [Fact]
    public void Split_HalvesEveryKindOfTheWholeSet()
    {
        foreach (var kind in LabelledSet.Pairs.GroupBy(p => p.Kind))
        {
            var fit = kind.Count(p => p.Split == Split.Fit);
            var test = kind.Count() - fit;
            // The first file's parity split is frozen and uneven for some kinds (13 against 17 at most); the added
            // pairs even them out wherever they can.
            Math.Abs(fit - test).Should().BeLessThanOrEqualTo(kind.Key is "other-language" or "equivalent-high-overlap" ? 5 : 1, kind.Key);
        }
    }
}
