using Ecvet.Agreements;

namespace Ecvet.Tests.Agreements;

/// <summary>The rules and text of <see cref="AgreementEnd"/>.</summary>
public sealed class AgreementEndRuleTests
{
    [Fact]
    public void Restore_UnknownKind_SaysSo()
    {
        var act = () => AgreementEnd.Restore((AgreementEndKind)7, TestValues.At(1));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Unknown end kind.*").WithParameterName("kind");
    }

    [Fact]
    public void Restore_ClosedWithAReason_KeepsTheReason() =>
        AgreementEnd.Restore(AgreementEndKind.Closed, TestValues.At(1), "All units assessed.").Reason.Should().Be("All units assessed.");

    [Fact]
    public void ToString_WithoutReason_IsKindAndTime() =>
        AgreementEnd.Restore(AgreementEndKind.Closed, TestValues.At(1)).ToString().Should().Be("Closed at 2026-03-01T09:00:00Z");

    [Fact]
    public void ToString_WithReason_AddsTheReason() =>
        AgreementEnd.Restore(AgreementEndKind.Cancelled, TestValues.At(1), "The learner withdrew.").ToString()
            .Should().Be("Cancelled at 2026-03-01T09:00:00Z: The learner withdrew.");
}
