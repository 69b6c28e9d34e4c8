using Ecvet.Recognition;
using NodaTime;
using static Ecvet.Tests.Recognition.RecognitionFixture;
using static Ecvet.Tests.Recognition.RecognitionValues;

namespace Ecvet.Tests.Recognition;

/// <summary>The rules of <see cref="OutcomeEvidence"/>: which path carries a similarity and a confirmation, its limits, equality and text.</summary>
public sealed class OutcomeEvidenceRuleTests
{
    [Fact]
    public void Constructor_UndefinedKind_NamesIt()
    {
        var act = () => new OutcomeEvidence((EvidenceKind)3, "x", AssessedOn, null, null, []);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("kind").WithMessage("Not a defined evidence kind.*");
    }

    [Fact]
    public void Constructor_MatchedWithoutSimilarity_AsksForIt()
    {
        var act = () => new OutcomeEvidence(EvidenceKind.MatchedHostOutcome, "es-cocina-lo1", AssessedOn, null, null, []);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("similarity").WithMessage("A matched host outcome states its similarity.*");
    }

    [Theory]
    [InlineData(EvidenceKind.HomeAssessment)]
    [InlineData(EvidenceKind.MouEquivalence)]
    public void Constructor_SimilarityOnAnotherPath_IsRefused(EvidenceKind kind)
    {
        var act = () => new OutcomeEvidence(kind, "fi-cook-u3-lo1", AssessedOn, 0.9, null, []);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("similarity").WithMessage("Only a matched host outcome has a similarity.*");
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_SimilarityOutside0To1_IsRefused(double value)
    {
        var act = () => Matched(value);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("similarity").WithMessage("A similarity lies between 0 and 1.*");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Constructor_Similarity0Or1_IsTheRange(double value)
    {
        Matched(value).Similarity.Should().Be(value);
    }

    [Theory]
    [InlineData(EvidenceKind.HomeAssessment)]
    [InlineData(EvidenceKind.MouEquivalence)]
    public void Constructor_ConfirmationOnAnotherPath_IsRefused(EvidenceKind kind)
    {
        var act = () => new OutcomeEvidence(kind, "fi-cook-u3-lo1", AssessedOn, null, Confirmed(), []);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("confirmation")
            .WithMessage("Only a matched host outcome carries a confirmation, and only a confirmed one.*");
    }

    [Fact]
    public void Constructor_RefusedMatchAsConfirmation_IsRefused()
    {
        var act = () => Matched(0.7, MatchConfirmation.Refuse(HostLo(1), Lo(3, 1), "Pekka Mäkinen", DecidedAt));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("confirmation");
    }

    [Fact]
    public void Constructor_APathNotText_NamesThePaths()
    {
        var act = () => Assessed("fi-cook-u3-lo1", null, "transcript:$.entries[0]", "");

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("paths");
    }

    [Fact]
    public void Constructor_SourceNotTextOrDayOutOfRange_NamesIt()
    {
        var source = () => Assessed(" ");
        var day = () => Assessed(on: new LocalDate(0, 1, 1));

        source.Should().ThrowExactly<ArgumentException>().WithParameterName("source");
        day.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("assessedOn");
    }

    [Fact]
    public void Constructor_KeepsWhatItWasGiven()
    {
        var confirmation = Confirmed();
        var evidence = new OutcomeEvidence(EvidenceKind.MatchedHostOutcome, "es-cocina-lo2", new LocalDate(2026, 5, 3), 0.66, confirmation,
            ["transcript:$.entries[1]", "host:$.units[0].outcomes[1]"]);

        evidence.Kind.Should().Be(EvidenceKind.MatchedHostOutcome);
        evidence.Source.Should().Be("es-cocina-lo2");
        evidence.AssessedOn.Should().Be(new LocalDate(2026, 5, 3));
        evidence.Similarity.Should().Be(0.66);
        evidence.Confirmation.Should().BeSameAs(confirmation);
        evidence.Paths.Should().Equal("transcript:$.entries[1]", "host:$.units[0].outcomes[1]");
    }

    [Fact]
    public void Constructor_DefaultPaths_AreEmpty()
    {
        var evidence = new OutcomeEvidence(EvidenceKind.HomeAssessment, "fi-cook-u3", AssessedOn, null, null, default);

        evidence.Paths.IsDefault.Should().BeFalse();
        evidence.Paths.Should().BeEmpty();
        evidence.Confirmation.Should().BeNull();
    }

    [Fact]
    public void Equals_SameContent_IsEqualWithTheSameHash()
    {
        Matched(0.7, Confirmed()).Equals(Matched(0.7, Confirmed())).Should().BeTrue();
        Matched(0.7, Confirmed()).GetHashCode().Should().Be(Matched(0.7, Confirmed()).GetHashCode());
        Assessed(paths: "transcript:$.entries[0]").Should().Be(Assessed(paths: "transcript:$.entries[0]"));
        Assessed().Equals(null).Should().BeFalse();
    }

    [Fact]
    public void Equals_OnePropertyDiffers_IsNotEqual()
    {
        var evidence = Assessed("fi-cook-u3-lo1", null, "transcript:$.entries[0]");

        new OutcomeEvidence(EvidenceKind.MouEquivalence, "fi-cook-u3-lo1", AssessedOn, null, null, ["transcript:$.entries[0]"]).Should().NotBe(evidence);
        Assessed("fi-cook-u3-lo2", null, "transcript:$.entries[0]").Should().NotBe(evidence);
        Assessed("fi-cook-u3-lo1", AssessedOn.PlusDays(1), "transcript:$.entries[0]").Should().NotBe(evidence);
        Assessed("fi-cook-u3-lo1", null, "transcript:$.entries[1]").Should().NotBe(evidence);
        Matched(0.7).Should().NotBe(Matched(0.71));
        Matched(0.7, Confirmed()).Should().NotBe(Matched(0.7));
        Matched(0.7, Confirmed()).Should().NotBe(Matched(0.7, Confirmed("Lucía Ferrer")));
    }

    [Fact]
    public void ToString_SaysThePathAndTheSource()
    {
        Assessed("fi-cook-u3-lo1").ToString().Should().Be("assessed by the host as fi-cook-u3-lo1");
        new OutcomeEvidence(EvidenceKind.MouEquivalence, "es-a+es-b", AssessedOn, null, null, []).ToString().Should().Be("MoU equivalence from es-a+es-b");
        Matched(0.905).ToString().Should().Be("matched host outcome es-cocina-lo1 (similarity 0.91)");
        Matched(0.6, Confirmed()).ToString().Should().Be("matched host outcome es-cocina-lo1 (similarity 0.60, confirmed by Pekka Mäkinen)");
    }
}
