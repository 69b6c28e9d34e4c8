using Ecvet.Agreements;
using NodaTime;

namespace Ecvet.Tests.Agreements;

/// <summary>A realistic mobility: a Finnish cook apprentice from Helsinki spends a term at a Valencian VET school.</summary>
internal static class Fixtures
{
    public static InstitutionId Home { get; } = InstitutionId.Parse("schac:stadinao.fi");

    public static InstitutionId Host { get; } = InstitutionId.Parse("schac:cipfp-valencia.es");

    public static InstitutionId Intermediary { get; } = InstitutionId.Parse("schac:mobility-partners.eu");

    public static MouId Mou { get; } = MouId.Parse("mou-cook-fi-es-2025");

    public static LearningAgreementId AgreementId { get; } = LearningAgreementId.Parse("la-2026-0042");

    public static UnitId U3 { get; } = UnitId.Parse("fi-cook-u3");

    public static UnitId U4 { get; } = UnitId.Parse("fi-cook-u4");

    public static UnitId U5 { get; } = UnitId.Parse("fi-cook-u5");

    public static LocalDate AdultBirthDate { get; } = new(2005, 5, 14);

    public static MobilityPeriod Spring { get; } = MobilityPeriod.Create(new LocalDate(2026, 3, 2), new LocalDate(2026, 5, 29));

    public static Learner Learner(LocalDate? birthDate = null, string email = "aino.virtanen@edu.example.fi") => LearnerFactory(birthDate ?? AdultBirthDate, email);

    public static QualificationReference QualificationRef { get; } = QualificationReference.Create(
        QualificationId.Parse("fi-vq-food-cook"), TestValues.En("Vocational qualification in food production, cook"), EqfLevel.Level4,
        NqfLevel.Create("fi-nqf", "4", EqfLevel.Level4));

    public static AssessmentArrangement Arrangement { get; } =
        AssessmentArrangement.Create([AssessmentMethod.PracticalDemonstration, AssessmentMethod.Observation], TestValues.En("Skills demonstration in the school kitchen, assessed by the host teacher and a workplace instructor."));

    public static ExpectedLearning Expect(UnitId unit, decimal points = 10, decimal allocation = 15, LocalizedText? conditions = null) =>
        ExpectedLearning.Create(unit, null, CreditPoints.From(points), CreditPoints.From(allocation), Arrangement,
            TestValues.En("Work in the school restaurant kitchen"), conditions);

    public static LearningAgreementContent Content(LocalDate? birthDate = null, InstitutionId? intermediary = null, params ExpectedLearning[] expected) =>
        LearningAgreementContent.Create(Learner(birthDate), Home, Host, Mou, Spring, QualificationRef,
            expected.Length == 0 ? [Expect(U3)] : expected, [UnitId.Parse("fi-cook-u1")], intermediary);

    public static Signature Sign(SignatoryRole role, ContentHash hash, Instant at) => Signature.Create(role, role switch
    {
        SignatoryRole.Learner => "Aino Virtanen",
        SignatoryRole.Guardian => "Liisa Virtanen",
        SignatoryRole.Home => "Pekka Mäkinen",
        SignatoryRole.Host => "Lucía Ferrer",
        _ => "Jan de Vries",
    }, hash, at, signerPosition: role is SignatoryRole.Learner or SignatoryRole.Guardian ? null : "Mobility coordinator",
        signerEmail: role is SignatoryRole.Learner or SignatoryRole.Guardian ? null : "mobility@example.org", application: "Ecvet.Core tests");

    /// <summary>Signs <paramref name="hash"/> in every given role, in order, one hour apart.</summary>
    public static LearningAgreement SignAll(LearningAgreement agreement, ContentHash hash, Instant from, params SignatoryRole[] roles)
    {
        var at = from;
        foreach (var role in roles)
        {
            agreement = agreement.Sign(Sign(role, hash, at));
            at += Duration.FromHours(1);
        }

        return agreement;
    }

    private static Learner LearnerFactory(LocalDate birthDate, string email) =>
        Ecvet.Learner.Create([LearnerId.Esi("urn:schac:personalUniqueCode:int:esi:stadinao.fi:2019-04417")], PersonName.Create("Aino", "Virtanen"),
            birthDate, CountryCode.Parse("FI"), email);
}
