using Ecvet.Recognition;

namespace Ecvet.Tests.Recognition;

/// <summary>The rules of <see cref="ConsistencyFinding"/>: defined codes and severities, text, equality without the position, and its text.</summary>
public sealed class ConsistencyFindingRuleTests
{
    private static ConsistencyFinding Finding(ConsistencyCode code = ConsistencyCode.TranscriptForAnotherAgreement,
        ConsistencySeverity severity = ConsistencySeverity.Error, string path = "transcript:$.agreement", string message = "It names la-1.", int index = -1) =>
        new(code, severity, path, message, index);

    [Fact]
    public void Constructor_UndefinedCode_NamesIt()
    {
        var act = () => Finding((ConsistencyCode)0);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("code").WithMessage("Not a defined consistency code.*");
    }

    [Fact]
    public void Constructor_UndefinedSeverity_NamesIt()
    {
        var act = () => Finding(severity: (ConsistencySeverity)0);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("severity").WithMessage("Not a defined consistency severity.*");
    }

    [Theory]
    [InlineData(null, "m", "path")]
    [InlineData("", "m", "path")]
    [InlineData("p", null, "message")]
    [InlineData("p", " m", "message")]
    public void Constructor_PathOrMessageNotText_NamesIt(string? path, string? message, string name)
    {
        var act = () => Finding(path: path!, message: message!);

        act.Should().Throw<ArgumentException>().WithParameterName(name);
    }

    [Fact]
    public void Constructor_KeepsWhatItWasGiven()
    {
        var finding = Finding(ConsistencyCode.ExpectedPointsAboveAllocation, ConsistencySeverity.Warning, "agreement:$.expected[1].points", "16 > 15.", 1);

        finding.Code.Should().Be(ConsistencyCode.ExpectedPointsAboveAllocation);
        finding.Severity.Should().Be(ConsistencySeverity.Warning);
        finding.Path.Should().Be("agreement:$.expected[1].points");
        finding.Message.Should().Be("16 > 15.");
        finding.Index.Should().Be(1);
    }

    [Fact]
    public void Constructor_NoIndex_IsTheWholeDocument()
    {
        new ConsistencyFinding(ConsistencyCode.MouNotTheAgreements, ConsistencySeverity.Error, "mou:$.id", "m").Index.Should().Be(-1);
    }

    [Fact]
    public void Equals_SameContent_IsEqualWithTheSameHashWhateverThePosition()
    {
        Finding().Equals(Finding(index: 3)).Should().BeTrue();
        Finding().GetHashCode().Should().Be(Finding(index: 3).GetHashCode());
        Finding().Equals(null).Should().BeFalse();
    }

    [Fact]
    public void Equals_OnePropertyDiffers_IsNotEqual()
    {
        Finding(ConsistencyCode.TranscriptForAnotherLearner).Should().NotBe(Finding());
        Finding(severity: ConsistencySeverity.Warning).Should().NotBe(Finding());
        Finding(path: "transcript:$.learner").Should().NotBe(Finding());
        Finding(message: "It names la-2.").Should().NotBe(Finding());
    }

    [Fact]
    public void ToString_IsTheSeverityCodePathAndMessage()
    {
        Finding().ToString().Should().Be("Error TranscriptForAnotherAgreement at transcript:$.agreement: It names la-1.");
    }
}
