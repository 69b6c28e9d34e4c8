using Ecvet.Agreements;
using Ecvet.Assessment;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;

namespace Ecvet.Tests.Agreements;

/// <summary>
/// Fixture documents of a Helsinki–Valencia cook mobility (qualification <c>fi-vq-food-cook</c>) for the agreement and
/// recognition tests: its MoU, a learning agreement with one approved change (and one rejected proposal), and the host's
/// personal transcript. The committed example mobility of examples/mobility is <see cref="ExampleMobility"/>.
/// </summary>
internal static class MobilityExamples
{
    private static readonly LanguageTag En = LanguageTag.Parse("en");
    private static readonly LanguageTag Fi = LanguageTag.Parse("fi");
    private static readonly LanguageTag Es = LanguageTag.Parse("es");

    public static Organisation HomeOrganisation { get; } = Organisation.Create(Home,
        LocalizedText.Create([new(Fi, "Stadin ammatti- ja aikuisopisto"), new(En, "Helsinki Vocational College and Adult Institute")]),
        CountryCode.Parse("FI"), [CompetenceRole.Awarding, CompetenceRole.Validation, CompetenceRole.Recognition],
        contact: ContactPoint.Create("International mobility office", "mobility@stadinao.example.fi"));

    public static Organisation HostOrganisation { get; } = Organisation.Create(Host,
        LocalizedText.Create([new(Es, "CIPFP Valencia, familia profesional de hostelería"), new(En, "CIPFP Valencia, hospitality department")]),
        CountryCode.Parse("ES"), [CompetenceRole.Assessment, CompetenceRole.TrainingProvider],
        contact: ContactPoint.Create("Coordinación Erasmus+", "erasmus@cipfp-valencia.example.es"));

    public static UnitId HostColdKitchen { get; } = UnitId.Parse("es-hot-cocina-fria");

    public static UnitId HostPastry { get; } = UnitId.Parse("es-hot-reposteria");

    public static UnitId HostRestaurant { get; } = UnitId.Parse("es-hot-servicio-restaurante");

    public static MemorandumOfUnderstanding Mou()
    {
        var homeQualification = MouQualification.Create(Home, QualificationRef,
            [MouUnit.Create(U3, LocalizedText.Create(En, "Cold kitchen"), CreditPoints.From(15)),
             MouUnit.Create(U4, LocalizedText.Create(En, "Restaurant service"), CreditPoints.From(15)),
             MouUnit.Create(U5, LocalizedText.Create(En, "Pastry"), CreditPoints.From(10))]);
        var hostQualification = MouQualification.Create(Host, QualificationReference.Create(QualificationId.Parse("es-ts-cocina-gastronomia"),
                LocalizedText.Create([new(Es, "Técnico en Cocina y Gastronomía"), new(En, "Technician in cooking and gastronomy")]), EqfLevel.Level4,
                NqfLevel.Create("es-mecu", "4", EqfLevel.Level4)),
            [MouUnit.Create(HostColdKitchen, LocalizedText.Create(Es, "Cocina fría")),
             MouUnit.Create(HostRestaurant, LocalizedText.Create(Es, "Servicio de restaurante")),
             MouUnit.Create(HostPastry, LocalizedText.Create(Es, "Repostería"))]);
        var procedures = MouProcedures.Create(
            LocalizedText.Create(En, "The host assesses each unit by a skills demonstration in the school kitchen, observed by the host teacher and a workplace instructor, on the Spanish 0–10 scale (pass from 5)."),
            LocalizedText.Create(En, "The host issues a personal transcript listing the units assessed, the grades and the ECVET points it records, signed by the Erasmus+ coordinator."),
            LocalizedText.Create(En, "The home mobility office checks that the transcript is signed and matches the learning agreement in force."),
            LocalizedText.Create(En, "The home recognises each unit passed abroad as the matching Finnish unit, with its full ECVET points, recorded in the learner's personal competence development plan."));
        return MemorandumOfUnderstanding.Create(Fixtures.Mou, [HomeOrganisation, HostOrganisation], [homeQualification, hostQualification], procedures,
            new LocalDate(2025, 9, 1), new LocalDate(2028, 8, 31),
            minimumMobilityDuration: Period.FromWeeks(2), maximumMobilityDuration: Period.FromMonths(6),
            reviewArrangements: LocalizedText.Create(En, "Both coordinators review the partnership every June, using the learners' feedback."),
            preAgreedEquivalences:
            [
                EquivalenceRule.Create([HostColdKitchen], U3, minimumGrade: "5"),
                EquivalenceRule.Create([HostRestaurant], U4, minimumGrade: "5"),
                EquivalenceRule.Create([HostPastry], U5, note: LocalizedText.Create(En, "Only when the pastry module runs in that term.")),
            ],
            fileCode: "ECVET-MOU-2025-017");
    }

    public static MemorandumOfUnderstanding SignedMou()
    {
        var mou = Mou();
        return mou
            .Sign(Signature.Create(SignatoryRole.Partner, "Pekka Mäkinen", mou.Hash, Instant.FromUtc(2025, 6, 12, 10, 30), "Head of international affairs", "pekka.makinen@stadinao.example.fi", "Helsinki", onBehalfOf: Home))
            .Sign(Signature.Create(SignatoryRole.Partner, "Lucía Ferrer", mou.Hash, Instant.FromUtc(2025, 6, 18, 8, 15), "Directora", "lucia.ferrer@cipfp-valencia.example.es", "València", onBehalfOf: Host));
    }

    public static LearningAgreement Agreement()
    {
        var first = Content(expected: [Expect(U3, 15, 15), Expect(U5, 10, 10)]);
        var agreement = SignAll(LearningAgreement.Create(AgreementId, first), first.Hash, Instant.FromUtc(2026, 2, 2, 9, 0),
            SignatoryRole.Learner, SignatoryRole.Home, SignatoryRole.Host);
        var changed = first.WithExpected([Expect(U3, 15, 15), Expect(U4, 15, 15)]);
        agreement = agreement.ProposeChange(changed,
            [ComponentChange.Delete(U5, ChangeReason.NotAvailable, "The pastry module does not run this spring."),
             ComponentChange.Insert(U4, ChangeReason.SubstitutingDeleted)],
            SignatoryRole.Host, Instant.FromUtc(2026, 3, 9, 11, 0), "Pastry replaced by restaurant service.");
        agreement = SignAll(agreement, changed.Hash, Instant.FromUtc(2026, 3, 10, 9, 0), SignatoryRole.Host, SignatoryRole.Learner, SignatoryRole.Home);
        agreement = agreement.ApproveChange(changed.Hash);
        var extended = changed.WithPeriod(MobilityPeriod.Create(new LocalDate(2026, 3, 2), new LocalDate(2026, 6, 12)));
        agreement = agreement.ProposeChange(extended, [], SignatoryRole.Learner, Instant.FromUtc(2026, 5, 4, 16, 0), "Could I stay two more weeks?");
        return agreement.RejectChange(extended.Hash, SignatoryRole.Home, "The final skills demonstration at home is on 8 June.", Instant.FromUtc(2026, 5, 5, 8, 0));
    }

    public static PersonalTranscript Transcript()
    {
        var scheme = GradingScheme.Numeric("es-fp-0-10", LocalizedText.Create([new(Es, "Calificación FP 0–10"), new(En, "Spanish VET grades 0–10")]), 0, 10, 5);
        var assessor = PersonName.Create("Jordi", "Martí Soler");
        TranscriptEntry Entry(UnitId unit, string title, string grade, int day, string evidence) => TranscriptEntry.Create(
            LocalizedText.Create(Es, title),
            AssessmentResult.ForUnit(unit, AssessmentStatus.Passed, Host, assessor, new LocalDate(2026, 5, day),
                AssessmentMethod.PracticalDemonstration, scheme, grade, [new Uri(evidence)]),
            Credit.Ecvet(CreditPoints.From(15)));
        var transcript = PersonalTranscript.Issue(TranscriptId.Parse("tor-2026-0042"), Agreement(),
            [
                Entry(U3, "Cocina fría: elaboraciones frías y ensaladas", "8", 20, "https://portfolio.cipfp-valencia.example.es/aino/cocina-fria"),
                Entry(U4, "Servicio de restaurante", "7", 26, "https://portfolio.cipfp-valencia.example.es/aino/servicio"),
            ],
            Instant.FromUtc(2026, 5, 29, 14, 0));
        return transcript.Sign(Signature.Create(SignatoryRole.Host, "Lucía Ferrer", transcript.Hash, Instant.FromUtc(2026, 5, 29, 14, 30),
            "Coordinadora Erasmus+", "erasmus@cipfp-valencia.example.es", "València", "Ecvet.Core", Host));
    }
}
