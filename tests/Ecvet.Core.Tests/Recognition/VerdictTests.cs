using System.Collections.Immutable;
using Ecvet.Recognition;
using Ecvet.Recognition.Internal;

namespace Ecvet.Tests.Recognition;

/// <summary>A verdict carries its code always, and its finding and evidence paths only when described.</summary>
public sealed class VerdictTests
{
    private static readonly VerdictCodes Describing = new("probe");
    private static readonly VerdictCodes Deciding = new("probe", describes: false);

    [Theory]
    [InlineData(Truth.True, "probe.true")]
    [InlineData(Truth.False, "probe.false")]
    [InlineData(Truth.NotEvaluable, "probe.notEvaluable")]
    public void Of_Described_CarriesTruthCodeFindingAndPaths(Truth truth, string code)
    {
        var verdict = Verdict.Of(Describing, truth, $"Found {2} of {"three"}.", "a:$.x");

        verdict.Truth.Should().Be(truth);
        verdict.Code.Should().Be(code);
        verdict.Detail.Should().Be("Found 2 of three.");
        verdict.Paths.Should().Equal("a:$.x");
    }

    [Fact]
    public void Of_Deciding_CarriesTheCodeButNoFindingNorPaths()
    {
        var verdict = Verdict.Of(Deciding, Truth.False, "A finding.", "a:$.x", "b:$.y", "c:$.z");

        verdict.Truth.Should().Be(Truth.False);
        verdict.Code.Should().Be("probe.false");
        verdict.Detail.Should().BeEmpty();
        verdict.Paths.IsDefault.Should().BeFalse();
        verdict.Paths.Should().BeEmpty();
    }

    [Fact]
    public void Of_Deciding_DoesNotEvaluateTheHolesOfItsTexts()
    {
        var asked = 0;
        string Ask() => $"hole {++asked}";

        var decided = Verdict.Of(Deciding, Truth.True, $"A {Ask()}.", $"p:$.{Ask()}");
        asked.Should().Be(0);
        decided.Detail.Should().BeEmpty();

        var described = Verdict.Of(Describing, Truth.True, $"A {Ask()}.", $"p:$.{Ask()}");
        asked.Should().Be(2);
        described.Detail.Should().Be("A hole 1.");
        described.Paths.Should().Equal("p:$.hole 2");
    }

    [Fact]
    public void Of_NoPaths_HasAnEmptyList()
    {
        var verdict = Verdict.Of(Describing, Truth.True, "A finding.");

        verdict.Paths.IsDefault.Should().BeFalse();
        verdict.Paths.Should().BeEmpty();
    }

    [Fact]
    public void Of_NoFinding_HasAnEmptyDetail()
    {
        Verdict.Of(Describing, Truth.True, default).Detail.Should().BeEmpty();
    }

    [Fact]
    public void Of_TwoAndThreePaths_KeepsThemInOrder()
    {
        Verdict.Of(Describing, Truth.True, "d", "a", "b").Paths.Should().Equal("a", "b");
        Verdict.Of(Describing, Truth.True, "d", "a", "b", "c").Paths.Should().Equal("a", "b", "c");
    }

    [Fact]
    public void Of_PathsLeftOutBetween_KeepsOnlyThoseGiven()
    {
        Verdict.Of(Describing, Truth.True, "d", default, "b").Paths.Should().Equal("b");
        Verdict.Of(Describing, Truth.True, "d", "a", default, "c").Paths.Should().Equal("a", "c");
        Verdict.Of(Describing, Truth.True, "d", default, default, "c").Paths.Should().Equal("c");
        Verdict.Of(Describing, Truth.True, "d", "a", "b", default).Paths.Should().Equal("a", "b");
    }

    [Fact]
    public void Of_PathsMade_KeepsThem()
    {
        ImmutableArray<string> paths = ["a:$.x", "b:$.y"];

        var verdict = Verdict.Of(Describing, Truth.False, $"Made {1}.", paths);

        verdict.Code.Should().Be("probe.false");
        verdict.Detail.Should().Be("Made 1.");
        verdict.Paths.Should().Equal("a:$.x", "b:$.y");
    }

    [Fact]
    public void Of_PathsMadeButDefault_HasAnEmptyList()
    {
        var verdict = Verdict.Of(Describing, Truth.True, "Made.", default(ImmutableArray<string>));

        verdict.Paths.IsDefault.Should().BeFalse();
        verdict.Paths.Should().BeEmpty();
    }

    [Fact]
    public void Of_PathsMadeWhileDeciding_AreLeftOut()
    {
        var asked = 0;
        string Ask() => $"hole {++asked}";

        var verdict = Verdict.Of(Deciding, Truth.NotEvaluable, $"Made {Ask()}.", ["a:$.x"]);

        asked.Should().Be(0);
        verdict.Code.Should().Be("probe.notEvaluable");
        verdict.Detail.Should().BeEmpty();
        verdict.Paths.Should().BeEmpty();
    }

    [Fact]
    public void Of_PathsMadeWithoutFinding_HasAnEmptyDetail()
    {
        Verdict.Of(Describing, Truth.True, default, ["a:$.x"]).Detail.Should().BeEmpty();
    }

    [Theory]
    [InlineData(Truth.True, "true")]
    [InlineData(Truth.False, "false")]
    [InlineData(Truth.NotEvaluable, "notEvaluable")]
    [InlineData((Truth)42, "notEvaluable")]
    public void Suffix_EachTruth_IsItsCamelCaseName(Truth truth, string suffix)
    {
        Verdict.Suffix(truth).Should().Be(suffix);
    }
}
