using Ecvet.Agreements;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;

namespace Ecvet.Tests.Agreements;

/// <summary>Each invariant and query of <see cref="MemorandumOfUnderstanding"/>, with its exact message and both sides of its boundary.</summary>
public sealed class MemorandumOfUnderstandingRuleTests
{
    private static readonly LocalDate From = new(2025, 9, 1);

    private static Organisation HomeOrg => MobilityExamples.HomeOrganisation;

    private static Organisation HostOrg => MobilityExamples.HostOrganisation;

    private static Organisation IntermediaryOrg { get; } = Organisation.Create(Intermediary, TestValues.En("Mobility Partners"),
        CountryCode.Parse("BE"), [CompetenceRole.TrainingProvider]);

    private static MouQualification HomeQualification => MobilityExamples.Mou().Qualifications[0];

    private static MemorandumOfUnderstanding Create(LocalDate? until = null, Period? min = null, Period? max = null,
        IEnumerable<Organisation>? signing = null, IEnumerable<Organisation>? covered = null, IEnumerable<Signature>? signatures = null,
        IEnumerable<MouQualification>? qualifications = null, IEnumerable<EquivalenceRule>? equivalences = null) =>
        MemorandumOfUnderstanding.Create(Fixtures.Mou, signing ?? [HomeOrg, HostOrg], qualifications ?? [HomeQualification],
            MobilityExamples.Mou().Procedures, From, until, covered, min, max, preAgreedEquivalences: equivalences, signatures: signatures);

    private static Signature Partner(ContentHash hash, InstitutionId? onBehalfOf, string name = "Pekka Mäkinen", int day = 1) =>
        Signature.Create(SignatoryRole.Partner, name, hash, TestValues.At(day), onBehalfOf: onBehalfOf);

    [Fact]
    public void Create_OneSigningOrganisation_SaysTwoAreNeeded()
    {
        var act = () => Create(signing: [HomeOrg]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("A memorandum of understanding needs at least two signing organisations.*").WithParameterName("signingOrganisations");
    }

    [Fact]
    public void Create_SigningOrganisationTwice_NamesTheDuplicate()
    {
        var act = () => Create(signing: [HomeOrg, HostOrg, HomeOrg]);

        act.Should().Throw<DuplicateValueException>()
            .WithMessage($"Duplicate signing organisation '{Home}'.*").WithParameterName("signingOrganisations");
    }

    [Fact]
    public void Create_CoveredOrganisationTwice_NamesTheDuplicate()
    {
        var act = () => Create(covered: [IntermediaryOrg, IntermediaryOrg]);

        act.Should().Throw<DuplicateValueException>()
            .WithMessage($"Duplicate covered organisation '{Intermediary}'.*").WithParameterName("coveredOrganisations");
    }

    [Fact]
    public void Create_CoveredOrganisationThatSigns_SaysItAlreadySigns()
    {
        var act = () => Create(covered: [HostOrg]);

        act.Should().Throw<ArgumentException>()
            .WithMessage($"{Host} is already a signing organisation.*").WithParameterName("coveredOrganisations");
    }

    [Fact]
    public void Create_CoveredOrganisationThatDoesNotSign_IsKeptAndCovered()
    {
        var mou = Create(covered: [IntermediaryOrg]);

        mou.CoveredOrganisations.Should().Equal(IntermediaryOrg);
        mou.Covers(Home, Intermediary).Should().BeTrue();
        mou.Covers(Intermediary, Host).Should().BeTrue();
        mou.Covers(Home, InstitutionId.Parse("schac:elsewhere.example")).Should().BeFalse();
    }

    [Fact]
    public void Covers_AnInstitutionThatIsNoParty_IsFalse() =>
        Create().Covers(InstitutionId.Parse("schac:elsewhere.example"), Host).Should().BeFalse();

    [Fact]
    public void Create_NoQualification_SaysOneIsRequired()
    {
        var act = () => Create(qualifications: Array.Empty<MouQualification>());

        act.Should().Throw<ArgumentException>()
            .WithMessage("At least one qualification in scope is required.*").WithParameterName("qualifications");
    }

    [Fact]
    public void Create_QualificationOfANonSigningOrganisation_NamesItAndItsOwner()
    {
        var foreign = MouQualification.Create(Intermediary, QualificationRef, [MouUnit.Create(U3)]);

        var act = () => Create(qualifications: [foreign]);

        act.Should().Throw<ArgumentException>()
            .WithMessage($"The qualification {QualificationRef.Id} belongs to {Intermediary}, which does not sign the memorandum.*")
            .WithParameterName("qualifications");
    }

    [Fact]
    public void Create_OnlyAMinimumDuration_IsAccepted()
    {
        var mou = Create(min: Period.FromWeeks(2));

        mou.MinimumMobilityDuration.Should().Be(Period.FromWeeks(2));
        mou.MaximumMobilityDuration.Should().BeNull();
    }

    [Fact]
    public void Create_OnlyAMaximumDuration_IsAccepted() =>
        Create(max: Period.FromMonths(6)).MaximumMobilityDuration.Should().Be(Period.FromMonths(6));

    [Fact]
    public void Create_MinimumEqualToMaximum_IsAccepted()
    {
        var mou = Create(min: Period.FromWeeks(4), max: Period.FromDays(28));

        mou.MinimumMobilityDuration.Should().Be(Period.FromWeeks(4));
        mou.MaximumMobilityDuration.Should().Be(Period.FromDays(28));
    }

    [Fact]
    public void Create_MinimumOneDayAboveMaximum_NamesBothDurations()
    {
        var act = () => Create(min: Period.FromDays(29), max: Period.FromWeeks(4));

        act.Should().Throw<ArgumentException>()
            .WithMessage($"The minimum mobility duration {Period.FromDays(29)} exceeds the maximum {Period.FromWeeks(4)}.*")
            .WithParameterName("minimumMobilityDuration");
    }

    [Fact]
    public void Create_ZeroDuration_SaysDurationsArePositive()
    {
        var act = () => Create(min: Period.Zero);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("A mobility duration must be a positive number of days, weeks, months or years.*")
            .WithParameterName("minimumMobilityDuration");
    }

    [Fact]
    public void Create_PartnerSignatureOnBehalfOfANonSigningOrganisation_IsRefusedBeforeItsHash()
    {
        var act = () => Create(signatures: [Partner(TestValues.HashA, Intermediary, "Jan de Vries")]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("The signature of Jan de Vries must be a Partner signature on behalf of a signing organisation.*")
            .WithParameterName("signatures");
    }

    [Fact]
    public void Create_SignatureInAnotherRoleOnBehalfOfASigningOrganisation_IsRefusedBeforeItsHash()
    {
        var act = () => Create(signatures: [Signature.Create(SignatoryRole.Home, "Pekka Mäkinen", TestValues.HashA, TestValues.At(1), onBehalfOf: Home)]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("The signature of Pekka Mäkinen must be a Partner signature on behalf of a signing organisation.*")
            .WithParameterName("signatures");
    }

    [Fact]
    public void Create_PartnerSignatureOnBehalfOfNoOrganisation_IsRefused()
    {
        var act = () => Create(signatures: [Partner(TestValues.HashA, null)]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("The signature of Pekka Mäkinen must be a Partner signature on behalf of a signing organisation.*")
            .WithParameterName("signatures");
    }

    [Fact]
    public void Create_PartnerSignaturesOnTheHash_AreKept()
    {
        var hash = Create().Hash;

        var mou = Create(signatures: [Partner(hash, Home), Partner(hash, Host, "Lucía Ferrer", 2)]);

        mou.Signatures.Should().HaveCount(2);
        mou.IsFullySigned().Should().BeTrue();
    }

    [Fact]
    public void Create_TwoSignaturesForOneOrganisation_NamesIt()
    {
        var hash = Create().Hash;

        var act = () => Create(signatures: [Partner(hash, Home), Partner(hash, Home, "Other Person", 2)]);

        act.Should().Throw<DuplicateValueException>()
            .WithMessage($"Duplicate signature for organisation '{Home}'.*").WithParameterName("signatures");
    }

    [Fact]
    public void Create_PartnerSignatureOnAnotherHash_SaysWhereAndWhich()
    {
        var hash = Create().Hash;

        var act = () => Create(signatures: [Partner(hash, Home), Partner(TestValues.HashA, Host, "Lucía Ferrer", 2)]);

        var thrown = act.Should().Throw<InvalidEntryException>()
            .WithMessage($"The signature of Lucía Ferrer is for content {TestValues.HashA}, not for this memorandum ({hash}).*")
            .WithParameterName("signatures").Which;
        thrown.Location.Should().Be("[1].signedContent");
    }

    [Fact]
    public void Create_EquivalenceForAUnitOutOfScope_SaysWhichUnit()
    {
        var outOfScope = UnitId.Parse("fi-cook-u9");

        var act = () => Create(equivalences: [EquivalenceRule.Create([MobilityExamples.HostPastry], U3), EquivalenceRule.Create([MobilityExamples.HostPastry], outOfScope)]);

        var thrown = act.Should().Throw<InvalidEntryException>()
            .WithMessage($"The equivalence recognises unit {outOfScope}, which no qualification of the memorandum lists.*")
            .WithParameterName("preAgreedEquivalences").Which;
        thrown.Location.Should().Be("[1].homeUnit");
    }

    [Fact]
    public void Create_NullSigningOrganisations_ThrowsNamingThem()
    {
        var act = () => MemorandumOfUnderstanding.Create(Fixtures.Mou, null!, [HomeQualification], MobilityExamples.Mou().Procedures, From);

        act.Should().Throw<ArgumentNullException>().WithParameterName("signingOrganisations");
    }

    [Fact]
    public void Create_NullQualifications_ThrowsNamingThem()
    {
        var act = () => MemorandumOfUnderstanding.Create(Fixtures.Mou, [HomeOrg, HostOrg], null!, MobilityExamples.Mou().Procedures, From);

        act.Should().Throw<ArgumentNullException>().WithParameterName("qualifications");
    }

    [Fact]
    public void IsValidOn_TheFirstAndLastDay_IsTrueAndTheDaysAround_False()
    {
        var mou = Create(until: new LocalDate(2026, 8, 31));

        mou.IsValidOn(From).Should().BeTrue();
        mou.IsValidOn(From.PlusDays(-1)).Should().BeFalse();
        mou.IsValidOn(new LocalDate(2026, 8, 31)).Should().BeTrue();
        mou.IsValidOn(new LocalDate(2026, 9, 1)).Should().BeFalse();
    }

    [Fact]
    public void IsValidFor_APeriodThatStartsBeforeTheValidity_IsFalse()
    {
        var mou = Create(until: new LocalDate(2026, 8, 31));

        mou.IsValidFor(MobilityPeriod.Create(new LocalDate(2025, 8, 25), new LocalDate(2025, 10, 3))).Should().BeFalse();
        mou.IsValidFor(MobilityPeriod.Create(new LocalDate(2026, 8, 3), new LocalDate(2026, 9, 11))).Should().BeFalse();
        mou.IsValidFor(MobilityPeriod.Create(From, new LocalDate(2026, 8, 31))).Should().BeTrue();
    }

    [Fact]
    public void IsValidFor_Null_ThrowsNamingPeriod()
    {
        var act = () => Create().IsValidFor(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("period");
    }

    [Fact]
    public void IsFullySigned_TwoOfThreeSigningOrganisations_IsFalse()
    {
        var unsigned = Create(signing: [HomeOrg, HostOrg, IntermediaryOrg]);

        var mou = unsigned.Sign(Partner(unsigned.Hash, Home)).Sign(Partner(unsigned.Hash, Host, "Lucía Ferrer", 2));

        mou.IsFullySigned().Should().BeFalse();
        mou.Sign(Partner(unsigned.Hash, Intermediary, "Jan de Vries", 3)).IsFullySigned().Should().BeTrue();
    }

    [Fact]
    public void Sign_Null_ThrowsNamingSignature()
    {
        var act = () => Create().Sign(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("signature");
    }

    [Fact]
    public void Sign_OnAnotherHash_NamesBothHashes()
    {
        var mou = Create();

        var act = () => mou.Sign(Partner(TestValues.HashA, Home));

        act.Should().Throw<ArgumentException>()
            .WithMessage($"The signature is for content {TestValues.HashA}, not for this memorandum ({mou.Hash}).*").WithParameterName("signature");
    }

    [Fact]
    public void Sign_OnBehalfOfANonSigningOrganisation_IsRefused()
    {
        var mou = Create();

        var act = () => mou.Sign(Partner(mou.Hash, Intermediary, "Jan de Vries"));

        act.Should().Throw<ArgumentException>()
            .WithMessage("The signature of Jan de Vries must be a Partner signature on behalf of a signing organisation.*")
            .WithParameterName("signature");
    }

    [Fact]
    public void Sign_InAnotherRoleOnBehalfOfASigningOrganisation_IsRefused()
    {
        var mou = Create();

        var act = () => mou.Sign(Signature.Create(SignatoryRole.Home, "Pekka Mäkinen", mou.Hash, TestValues.At(1), onBehalfOf: Home));

        act.Should().Throw<ArgumentException>()
            .WithMessage("The signature of Pekka Mäkinen must be a Partner signature on behalf of a signing organisation.*")
            .WithParameterName("signature");
    }

    [Fact]
    public void Sign_OnBehalfOfNoOrganisation_IsRefused()
    {
        var mou = Create();

        var act = () => mou.Sign(Partner(mou.Hash, null));

        act.Should().Throw<ArgumentException>()
            .WithMessage("The signature of Pekka Mäkinen must be a Partner signature on behalf of a signing organisation.*")
            .WithParameterName("signature");
    }

    [Fact]
    public void Sign_SameOrganisationTwice_SaysItSigned()
    {
        var mou = Create();
        var signed = mou.Sign(Partner(mou.Hash, Home));

        var act = () => signed.Sign(Partner(mou.Hash, Home, "Other Person", 2));

        act.Should().Throw<ArgumentException>().WithMessage($"{Home} has already signed this memorandum.*").WithParameterName("signature");
    }

    [Fact]
    public void ToString_OpenEnded_SaysOpen() =>
        Create().ToString().Should().Be($"{Fixtures.Mou}: {Home}, {Host}, valid 2025-09-01–open");

    [Fact]
    public void ToString_WithAnEnd_GivesTheLastDay() =>
        Create(until: new LocalDate(2028, 8, 31)).ToString().Should().Be($"{Fixtures.Mou}: {Home}, {Host}, valid 2025-09-01–2028-08-31");
}
