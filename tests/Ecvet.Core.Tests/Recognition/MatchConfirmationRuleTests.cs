using Ecvet.Recognition;
using static Ecvet.Tests.Recognition.RecognitionFixture;
using static Ecvet.Tests.Recognition.RecognitionValues;

namespace Ecvet.Tests.Recognition;

/// <summary>The rules of <see cref="MatchConfirmation"/>: what it refuses, its verdict, its comment's limit and its text.</summary>
public sealed class MatchConfirmationRuleTests
{
    [Fact]
    public void Confirm_NullOutcome_NamesIt()
    {
        var host = () => MatchConfirmation.Confirm(null!, Lo(3, 1), "Mari Korhonen", DecidedAt);
        var home = () => MatchConfirmation.Refuse(HostLo(1), null!, "Mari Korhonen", DecidedAt);

        host.Should().ThrowExactly<ArgumentNullException>().WithParameterName("hostOutcome");
        home.Should().ThrowExactly<ArgumentNullException>().WithParameterName("homeOutcome");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mari ")]
    public void Confirm_DeciderNotText_NamesIt(string? who)
    {
        var act = () => MatchConfirmation.Confirm(HostLo(1), Lo(3, 1), who!, DecidedAt);

        act.Should().Throw<ArgumentException>().WithParameterName("decidedBy");
    }

    [Fact]
    public void Confirm_CommentNotText_NamesIt()
    {
        var act = () => MatchConfirmation.Confirm(HostLo(1), Lo(3, 1), "Mari Korhonen", DecidedAt, " ");

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("comment");
    }

    [Fact]
    public void Confirm_CommentOf2000Characters_IsTheLongest()
    {
        MatchConfirmation.Confirm(HostLo(1), Lo(3, 1), "Mari Korhonen", DecidedAt, new string('c', 2000)).Comment.Should().HaveLength(2000);

        var act = () => MatchConfirmation.Refuse(HostLo(1), Lo(3, 1), "Mari Korhonen", DecidedAt, new string('c', 2001));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("comment").WithMessage("The comment is longer than 2000 characters.*");
    }

    [Fact]
    public void Confirm_KeepsWhatItWasGivenAndIsConfirmed()
    {
        var confirmation = MatchConfirmation.Confirm(HostLo(2), Lo(3, 4), "Mari Korhonen", DecidedAt, "Same skill.");

        confirmation.HostOutcome.Should().Be(HostLo(2));
        confirmation.HomeOutcome.Should().Be(Lo(3, 4));
        confirmation.Verdict.Should().Be(ConfirmationVerdict.Confirmed);
        confirmation.IsConfirmed.Should().BeTrue();
        confirmation.DecidedBy.Should().Be("Mari Korhonen");
        confirmation.DecidedAt.Should().Be(DecidedAt);
        confirmation.Comment.Should().Be("Same skill.");
    }

    [Fact]
    public void Refuse_IsRefusedWithoutAComment()
    {
        var refusal = MatchConfirmation.Refuse(HostLo(2), Lo(3, 4), "Mari Korhonen", DecidedAt);

        refusal.Verdict.Should().Be(ConfirmationVerdict.Refused);
        refusal.IsConfirmed.Should().BeFalse();
        refusal.Comment.Should().BeNull();
    }

    [Fact]
    public void ToString_IsThePairTheVerdictAndWho()
    {
        MatchConfirmation.Refuse(HostLo(2), Lo(3, 4), "Mari Korhonen", DecidedAt).ToString()
            .Should().Be("es-cocina-lo2 → fi-cook-u3-lo4 Refused by Mari Korhonen");
    }
}
