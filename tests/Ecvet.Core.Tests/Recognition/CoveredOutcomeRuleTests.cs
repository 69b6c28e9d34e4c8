using Ecvet.Recognition;
using static Ecvet.Tests.Recognition.RecognitionFixture;
using static Ecvet.Tests.Recognition.RecognitionValues;

namespace Ecvet.Tests.Recognition;

/// <summary>The rules of <see cref="CoveredOutcome"/>: an outcome with its evidence, and its text.</summary>
public sealed class CoveredOutcomeRuleTests
{
    [Fact]
    public void Constructor_NullOutcomeOrEvidence_NamesIt()
    {
        var outcome = () => new CoveredOutcome(null!, Assessed());
        var evidence = () => new CoveredOutcome(Lo(3, 1), null!);

        outcome.Should().ThrowExactly<ArgumentNullException>().WithParameterName("outcome");
        evidence.Should().ThrowExactly<ArgumentNullException>().WithParameterName("evidence");
    }

    [Fact]
    public void Constructor_KeepsWhatItWasGiven()
    {
        var evidence = Assessed();
        var covered = new CoveredOutcome(Lo(3, 2), evidence);

        covered.Outcome.Should().Be(Lo(3, 2));
        covered.Evidence.Should().BeSameAs(evidence);
    }

    [Fact]
    public void ToString_IsTheOutcomeAndTheEvidence()
    {
        new CoveredOutcome(Lo(3, 1), Assessed()).ToString().Should().Be("fi-cook-u3-lo1: assessed by the host as fi-cook-u3-lo1");
    }
}
