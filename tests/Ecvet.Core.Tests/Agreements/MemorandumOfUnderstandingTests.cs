using Ecvet.Agreements;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;

namespace Ecvet.Tests.Agreements;

public sealed class MemorandumOfUnderstandingTests
{
    private static readonly LocalDate From = new(2025, 9, 1);

    private static MouProcedures Procedures => MobilityExamples.Mou().Procedures;

    private static MouQualification HomeQualification => MobilityExamples.Mou().Qualifications[0];

    private static MemorandumOfUnderstanding Create(LocalDate? until = null, Period? min = null, Period? max = null,
        IEnumerable<Organisation>? signing = null, IEnumerable<Organisation>? covered = null, IEnumerable<Signature>? signatures = null,
        IEnumerable<MouQualification>? qualifications = null) =>
        MemorandumOfUnderstanding.Create(Fixtures.Mou, signing ?? [MobilityExamples.HomeOrganisation, MobilityExamples.HostOrganisation],
            qualifications ?? [HomeQualification], Procedures, From, until, covered, min, max, signatures: signatures);

    [Fact]
    public void Example_IsValidForTheMobilityAndCoversBothPartners()
    {
        var mou = MobilityExamples.SignedMou();

        mou.IsValidFor(Spring).Should().BeTrue();
        mou.IsValidOn(new LocalDate(2028, 9, 1)).Should().BeFalse();
        mou.Covers(Home, Host).Should().BeTrue();
        mou.Covers(Home, Intermediary).Should().BeFalse();
        mou.IsFullySigned().Should().BeTrue();
        mou.PreAgreedEquivalences.Should().HaveCount(3);
    }

    [Fact]
    public void IsValidOn_OpenEnded_HasNoEnd() =>
        Create().IsValidOn(new LocalDate(2099, 1, 1)).Should().BeTrue();

    [Fact]
    public void Create_UntilBeforeFrom_ThrowsNamingValidUntil()
    {
        var act = () => Create(until: From.PlusDays(-1));

        act.Should().Throw<ArgumentException>().WithParameterName("validUntil");
    }

    [Fact]
    public void Create_UntilEqualsFrom_IsAccepted() => Create(until: From).ValidUntil.Should().Be(From);

    [Fact]
    public void Create_OneSigningOrganisation_ThrowsNamingSigningOrganisations()
    {
        var act = () => Create(signing: [MobilityExamples.HomeOrganisation]);

        act.Should().Throw<ArgumentException>().WithParameterName("signingOrganisations");
    }

    [Fact]
    public void Create_SameOrganisationTwice_ThrowsNamingSigningOrganisations()
    {
        var act = () => Create(signing: [MobilityExamples.HomeOrganisation, MobilityExamples.HomeOrganisation]);

        act.Should().Throw<ArgumentException>().WithParameterName("signingOrganisations");
    }

    [Fact]
    public void Create_CoveredOrganisationAlsoSigning_ThrowsNamingCoveredOrganisations()
    {
        var act = () => Create(covered: [MobilityExamples.HostOrganisation]);

        act.Should().Throw<ArgumentException>().WithParameterName("coveredOrganisations");
    }

    [Fact]
    public void Create_QualificationOfANonPartner_ThrowsNamingQualifications()
    {
        var foreign = MouQualification.Create(Intermediary, QualificationRef, [MouUnit.Create(U3)]);

        var act = () => Create(qualifications: [foreign]);

        act.Should().Throw<ArgumentException>().WithParameterName("qualifications");
    }

    [Fact]
    public void Create_NoQualification_ThrowsNamingQualifications()
    {
        var act = () => Create(qualifications: Array.Empty<MouQualification>());

        act.Should().Throw<ArgumentException>().WithParameterName("qualifications");
    }

    [Fact]
    public void Create_MinimumAboveMaximum_ThrowsNamingMinimumMobilityDuration()
    {
        var act = () => Create(min: Period.FromMonths(3), max: Period.FromWeeks(2));

        act.Should().Throw<ArgumentException>().WithParameterName("minimumMobilityDuration");
    }

    [Fact]
    public void Create_ZeroDuration_ThrowsNamingMaximumMobilityDuration()
    {
        var act = () => Create(max: Period.Zero);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maximumMobilityDuration");
    }

    [Fact]
    public void Create_DurationInHours_ThrowsNamingMinimumMobilityDuration()
    {
        var act = () => Create(min: Period.FromHours(36));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("minimumMobilityDuration");
    }

    [Fact]
    public void Create_SignatureNotOnBehalfOfAPartner_ThrowsNamingSignatures()
    {
        var act = () => Create(signatures: [Signature.Create(SignatoryRole.Partner, "X", TestValues.HashA, TestValues.At(1), onBehalfOf: Intermediary)]);

        act.Should().Throw<ArgumentException>().WithParameterName("signatures");
    }

    [Fact]
    public void Create_SignatureInAnotherRole_ThrowsNamingSignatures()
    {
        var act = () => Create(signatures: [Signature.Create(SignatoryRole.Home, "X", TestValues.HashA, TestValues.At(1), onBehalfOf: Home)]);

        act.Should().Throw<ArgumentException>().WithParameterName("signatures");
    }

    [Fact]
    public void Sign_OnAnotherHash_ThrowsNamingSignature()
    {
        var act = () => Create().Sign(Signature.Create(SignatoryRole.Partner, "X", TestValues.HashA, TestValues.At(1), onBehalfOf: Home));

        act.Should().Throw<ArgumentException>().WithParameterName("signature");
    }

    [Fact]
    public void Sign_SamePartnerTwice_ThrowsNamingSignature()
    {
        var mou = Create();
        var signed = mou.Sign(Signature.Create(SignatoryRole.Partner, "X", mou.Hash, TestValues.At(1), onBehalfOf: Home));

        var act = () => signed.Sign(Signature.Create(SignatoryRole.Partner, "Y", mou.Hash, TestValues.At(2), onBehalfOf: Home));

        act.Should().Throw<ArgumentException>().WithParameterName("signature");
    }

    [Fact]
    public void IsFullySigned_OnePartnerMissing_IsFalse()
    {
        var mou = Create();

        mou.Sign(Signature.Create(SignatoryRole.Partner, "X", mou.Hash, TestValues.At(1), onBehalfOf: Home)).IsFullySigned().Should().BeFalse();
    }

    [Fact]
    public void Hash_IgnoresSignaturesButNotContent()
    {
        var mou = Create();
        var signed = mou.Sign(Signature.Create(SignatoryRole.Partner, "X", mou.Hash, TestValues.At(1), onBehalfOf: Home));

        signed.Hash.Should().Be(mou.Hash);
        Create(until: new LocalDate(2030, 1, 1)).Hash.Should().NotBe(mou.Hash);
    }

    [Fact]
    public void Equals_ComparesCollectionsByValue() =>
        Support.EqualityContract.Check(MobilityExamples.SignedMou(), MobilityExamples.SignedMou(), MobilityExamples.Mou());
}

public sealed class MouPartsTests
{
    [Fact]
    public void MouQualification_NoUnit_ThrowsNamingUnits()
    {
        var act = () => MouQualification.Create(Home, QualificationRef, []);

        act.Should().Throw<ArgumentException>().WithParameterName("units");
    }

    [Fact]
    public void MouQualification_SameUnitTwice_ThrowsNamingUnits()
    {
        var act = () => MouQualification.Create(Home, QualificationRef, [MouUnit.Create(U3), MouUnit.Create(U3)]);

        act.Should().Throw<ArgumentException>().WithParameterName("units");
    }

    [Fact]
    public void MouUnit_NullUnit_ThrowsNamingUnit()
    {
        var act = () => MouUnit.Create(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("unit");
    }

    [Fact]
    public void MouProcedures_NullRecognition_ThrowsNamingRecognition()
    {
        var text = TestValues.En("x");
        var act = () => MouProcedures.Create(text, text, text, null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("recognition");
    }

    [Fact]
    public void EquivalenceRule_NoHostUnit_ThrowsNamingHostUnits()
    {
        var act = () => EquivalenceRule.Create([], U3);

        act.Should().Throw<ArgumentException>().WithParameterName("hostUnits");
    }

    [Fact]
    public void EquivalenceRule_RepeatedHomeOutcome_ThrowsNamingHomeOutcomes()
    {
        var lo = LearningOutcomeId.Parse("lo1");
        var act = () => EquivalenceRule.Create([MobilityExamples.HostColdKitchen], U3, [lo, lo]);

        act.Should().Throw<ArgumentException>().WithParameterName("homeOutcomes");
    }

    [Fact]
    public void EquivalenceRule_EmptyMinimumGrade_ThrowsNamingMinimumGrade()
    {
        var act = () => EquivalenceRule.Create([MobilityExamples.HostColdKitchen], U3, minimumGrade: "");

        act.Should().Throw<ArgumentException>().WithParameterName("minimumGrade");
    }

    [Fact]
    public void EquivalenceRule_ToString_ReadsAsARule() =>
        EquivalenceRule.Create([MobilityExamples.HostColdKitchen, MobilityExamples.HostPastry], U3, minimumGrade: "6").ToString()
            .Should().Be("es-hot-cocina-fria + es-hot-reposteria ⇒ fi-cook-u3 (from 6)");

    [Fact]
    public void QualificationReference_NullEqfLevel_ThrowsNamingEqfLevel()
    {
        var act = () => QualificationReference.Create(QualificationId.Parse("q"), TestValues.En("Q"), null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("eqfLevel");
    }
}
