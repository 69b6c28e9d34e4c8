using Ecvet.Recognition;
using static Ecvet.Tests.Recognition.RecognitionFixture;
using static Ecvet.Tests.Recognition.RecognitionValues;

namespace Ecvet.Tests.Recognition;

/// <summary>The rules of <see cref="MobilityRecord"/>: required documents, confirmations of outcomes that exist, pseudo-mutators, equality and text.</summary>
public sealed class MobilityRecordRuleTests
{
    private static MatchConfirmation Verdict(LearningOutcomeId host, LearningOutcomeId home) => MatchConfirmation.Confirm(host, home, "Mari Korhonen", DecidedAt);

    private static MobilityRecord Record(params MatchConfirmation[] confirmations) =>
        new(Qualification(), Agreement(), Transcript(HostOutcome(4)), Mou(), HostUnits(), confirmations);

    [Fact]
    public void Constructor_NullQualificationOrAgreement_NamesIt()
    {
        var qualification = () => new MobilityRecord(null!, Agreement());
        var agreement = () => new MobilityRecord(Qualification(), null!);

        qualification.Should().ThrowExactly<ArgumentNullException>().WithParameterName("qualification");
        agreement.Should().ThrowExactly<ArgumentNullException>().WithParameterName("agreement");
    }

    [Fact]
    public void Constructor_OnlyTheRequiredDocuments_HasNoOthers()
    {
        var record = new MobilityRecord(Qualification(), Agreement());

        record.Transcript.Should().BeNull();
        record.Mou.Should().BeNull();
        record.HostUnits.Should().Be(UnitCatalogue.Empty);
        record.Confirmations.IsDefault.Should().BeFalse();
        record.Confirmations.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_KeepsEveryDocument()
    {
        var qualification = Qualification();
        var agreement = Agreement();
        var transcript = Transcript(HostOutcome(4));
        var mou = Mou();
        var host = HostUnits();
        var verdict = Verdict(HostLo(4), Lo(3, 4));

        var record = new MobilityRecord(qualification, agreement, transcript, mou, host, [verdict]);

        record.Qualification.Should().BeSameAs(qualification);
        record.Agreement.Should().BeSameAs(agreement);
        record.Transcript.Should().BeSameAs(transcript);
        record.Mou.Should().BeSameAs(mou);
        record.HostUnits.Should().BeSameAs(host);
        record.Confirmations.Should().Equal(verdict);
    }

    [Fact]
    public void Constructor_AHostOutcomeNoHostUnitHolds_SaysWhichConfirmation()
    {
        var act = () => Record(Verdict(HostLo(4), Lo(3, 4)), Verdict(HostLo(9), Lo(3, 1)));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("confirmations").WithMessage(
            "confirmations[1] (es-cocina-lo9 → fi-cook-u3-lo1 Confirmed by Mari Korhonen) names the host outcome es-cocina-lo9, which none of the host's units holds.*");
    }

    [Fact]
    public void Constructor_AHomeOutcomeNoHomeUnitHolds_SaysWhichConfirmation()
    {
        var act = () => Record(Verdict(HostLo(1), Lo(3, 1)), Verdict(HostLo(2), Lo(3, 9)));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("confirmations").WithMessage(
            "confirmations[1] (es-cocina-lo2 → fi-cook-u3-lo9 Confirmed by Mari Korhonen) names the home outcome fi-cook-u3-lo9, which none of the home qualification's units holds.*");
    }

    [Fact]
    public void Constructor_HomeOutcomeOfTheLastUnit_IsFound()
    {
        Record(Verdict(HostLo(1), Lo(5, 2))).Confirmations.Should().ContainSingle();
    }

    [Fact]
    public void Constructor_ConfirmationsWithoutHostUnits_NameTheHostOutcome()
    {
        var act = () => new MobilityRecord(Qualification(), Agreement(), confirmations: [Verdict(HostLo(1), Lo(3, 1))]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("confirmations").WithMessage("*names the host outcome es-cocina-lo1*");
    }

    [Fact]
    public void Constructor_APairDecidedTwice_IsRefused()
    {
        var act = () => Record(Verdict(HostLo(1), Lo(3, 1)), Verdict(HostLo(1), Lo(3, 1)));

        act.Should().ThrowExactly<DuplicateValueException>().WithParameterName("confirmations");
    }

    [Fact]
    public void WithTranscriptMouAgreementAndConfirmations_ChangeOnlyTheirDocument()
    {
        var record = Record(Verdict(HostLo(4), Lo(3, 4)));
        var transcript = Transcript(HostOutcome(3));
        var mou = Mou(signed: false);
        var agreement = Agreement(null, Ecvet.Agreements.SignatoryRole.Learner);
        var verdict = Verdict(HostLo(3), Lo(3, 3));

        record.WithTranscript(transcript).Should().Be(new MobilityRecord(Qualification(), Agreement(), transcript, Mou(), HostUnits(), record.Confirmations));
        record.WithTranscript(null).Transcript.Should().BeNull();
        record.WithMou(mou).Should().Be(new MobilityRecord(Qualification(), Agreement(), Transcript(HostOutcome(4)), mou, HostUnits(), record.Confirmations));
        record.WithMou(null).Mou.Should().BeNull();
        record.WithAgreement(agreement).Should().Be(new MobilityRecord(Qualification(), agreement, Transcript(HostOutcome(4)), Mou(), HostUnits(), record.Confirmations));
        record.WithConfirmations([verdict]).Should().Be(Record(verdict));
    }

    [Fact]
    public void Equals_SameDocuments_IsEqualWithTheSameHash()
    {
        object other = Record(Verdict(HostLo(4), Lo(3, 4)));

        Record(Verdict(HostLo(4), Lo(3, 4))).Equals(other).Should().BeTrue();
        Record(Verdict(HostLo(4), Lo(3, 4))).GetHashCode().Should().Be(other.GetHashCode());
        Record().Equals((MobilityRecord?)null).Should().BeFalse();
        Record().Equals("la-2026-0042").Should().BeFalse();
    }

    [Fact]
    public void Equals_OneDocumentDiffers_IsNotEqual()
    {
        var record = Record(Verdict(HostLo(4), Lo(3, 4)));

        record.Should().NotBe(new MobilityRecord(Qualification(NodaTime.Period.FromYears(5)), Agreement(), Transcript(HostOutcome(4)), Mou(), HostUnits(), record.Confirmations));
        record.Should().NotBe(record.WithAgreement(Agreement(null, Ecvet.Agreements.SignatoryRole.Learner)));
        record.Should().NotBe(record.WithTranscript(Transcript(HostOutcome(3))));
        record.Should().NotBe(record.WithTranscript(null));
        record.Should().NotBe(record.WithMou(Mou(signed: false)));
        record.Should().NotBe(record.WithMou(null));
        record.Should().NotBe(new MobilityRecord(Qualification(), Agreement(), Transcript(HostOutcome(4)), Mou(), HostUnits("Explains something else entirely."), record.Confirmations));
        record.Should().NotBe(record.WithConfirmations([Verdict(HostLo(3), Lo(3, 3))]));
    }

    [Fact]
    public void ToString_IsTheAgreementAndTheQualification()
    {
        Record().ToString().Should().Be("la-2026-0042 for fi-vq-food-cook");
    }
}
