using Ecvet.Recognition;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;
using static Ecvet.Tests.Recognition.RecognitionFixture;
using static Ecvet.Tests.Recognition.RecognitionValues;

namespace Ecvet.Tests.Recognition;

/// <summary>The rules of <see cref="BankedOutcome"/>: what it refuses, what it keeps and its text.</summary>
public sealed class BankedOutcomeRuleTests
{
    [Fact]
    public void Constructor_NullArgument_NamesIt()
    {
        var unit = () => new BankedOutcome(null!, Lo(3, 1), Host, "la", Today, Assessed());
        var outcome = () => new BankedOutcome(U3, null!, Host, "la", Today, Assessed());
        var host = () => new BankedOutcome(U3, Lo(3, 1), null!, "la", Today, Assessed());
        var evidence = () => new BankedOutcome(U3, Lo(3, 1), Host, "la", Today, null!);

        unit.Should().ThrowExactly<ArgumentNullException>().WithParameterName("unit");
        outcome.Should().ThrowExactly<ArgumentNullException>().WithParameterName("outcome");
        host.Should().ThrowExactly<ArgumentNullException>().WithParameterName("host");
        evidence.Should().ThrowExactly<ArgumentNullException>().WithParameterName("evidence");
    }

    [Fact]
    public void Constructor_AgreementNotTextOrDayOutOfRange_NamesIt()
    {
        var agreement = () => new BankedOutcome(U3, Lo(3, 1), Host, "", Today, Assessed());
        var day = () => new BankedOutcome(U3, Lo(3, 1), Host, "la", new LocalDate(0, 1, 1), Assessed());

        agreement.Should().ThrowExactly<ArgumentException>().WithParameterName("agreement");
        day.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("recognisedOn");
    }

    [Fact]
    public void Constructor_KeepsWhatItWasGiven()
    {
        var evidence = Assessed();
        var banked = new BankedOutcome(U3, Lo(3, 2), Intermediary, "la-7", Today, evidence);

        banked.Unit.Should().Be(U3);
        banked.Outcome.Should().Be(Lo(3, 2));
        banked.Host.Should().Be(Intermediary);
        banked.Agreement.Should().Be("la-7");
        banked.RecognisedOn.Should().Be(Today);
        banked.Evidence.Should().BeSameAs(evidence);
    }

    [Fact]
    public void ToString_IsTheOutcomeUnitEvidenceAndDay()
    {
        new BankedOutcome(U3, Lo(3, 1), Host, "la", Today, Assessed()).ToString()
            .Should().Be("fi-cook-u3-lo1 (fi-cook-u3): assessed by the host as fi-cook-u3-lo1, 2026-05-20");
    }
}
