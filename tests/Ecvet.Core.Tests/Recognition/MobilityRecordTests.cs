using Ecvet.Agreements;
using Ecvet.Recognition;
using NodaTime;
using static Ecvet.Tests.Recognition.RecognitionFixture;

namespace Ecvet.Tests.Recognition;

public sealed class MobilityRecordTests
{
    private static readonly MatchConfirmation Confirmation =
        MatchConfirmation.Confirm(HostLo(4), Lo(3, 4), "Mari Korhonen", Instant.FromUtc(2026, 6, 10, 9, 0));

    private static MobilityRecord Record() => new(Qualification(), Agreement(), Transcript(HostOutcome(4)), Mou(), HostUnits());

    [Fact]
    public void WithConfirmations_SetForTheRecordsAgreement_TakesItsVerdicts()
    {
        var record = Record();

        var confirmed = record.WithConfirmations(MatchConfirmationSet.Create(record.Agreement.Id, [Confirmation]));

        confirmed.Confirmations.Should().Equal(Confirmation);
    }

    [Fact]
    public void WithConfirmations_SetForAnotherAgreement_ThrowsNamingBoth()
    {
        var set = MatchConfirmationSet.Create(LearningAgreementId.Parse("la-2026-0043"), [Confirmation]);

        var act = () => Record().WithConfirmations(set);

        act.Should().Throw<ArgumentException>().WithParameterName("confirmations")
            .WithMessage("The confirmations are for agreement la-2026-0043, not la-2026-0042.*");
    }

    [Fact]
    public void WithConfirmations_NullSet_Throws()
    {
        var act = () => Record().WithConfirmations((MatchConfirmationSet)null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("confirmations");
    }
}
