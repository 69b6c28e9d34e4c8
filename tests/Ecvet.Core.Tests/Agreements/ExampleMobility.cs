using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Recognition;
using Ecvet.Serialization;
using Ecvet.Tests.Serialization;
using NodaTime;

namespace Ecvet.Tests.Agreements;

/// <summary>
/// The one complete mobility of <c>examples/mobility/</c>, built through the library so that every content hash is
/// computed, never typed: Aino Virtanen, 17, a second-year cook student of Stadin AO (home qualification
/// <c>examples/fi-cook.json</c>), spends thirteen weeks at CIPFP Valencia. The agreement was changed once (the host's
/// pastry module did not run, special diets took its place) and a later request to stay longer was rejected. The host
/// assessed one home outcome itself, its food-safety module (a pre-agreed equivalence of the MoU), its menu-planning
/// module and one outcome of its culinary-products module; it describes its own outcomes in its own words in its
/// qualification document.
/// </summary>
internal static class ExampleMobility
{
    public static LocalDate Today { get; } = new(2026, 6, 15);

    public static InstitutionId Home { get; } = InstitutionId.Parse("schac:stadinao.fi");

    public static InstitutionId Host { get; } = InstitutionId.Parse("schac:cipfp-valencia.es");

    public static UnitId HomeCustomerService { get; } = UnitId.Parse("fi-hrc-u1");

    public static UnitId HomeHygiene { get; } = UnitId.Parse("fi-hrc-u2");

    public static UnitId HomeDishes { get; } = UnitId.Parse("fi-hrc-u3");

    public static UnitId HomeSpecialDiets { get; } = UnitId.Parse("fi-hrc-u4");

    public static UnitId HomeBaking { get; } = UnitId.Parse("fi-hrc-u5");

    public static UnitId HostHygiene { get; } = UnitId.Parse("es-cg-0031");

    public static UnitId HostMenus { get; } = UnitId.Parse("es-cg-0045");

    public static UnitId HostCulinaryProducts { get; } = UnitId.Parse("es-cg-0048");

    public static UnitId HostPastry { get; } = UnitId.Parse("es-cg-0026");

    /// <summary>The host's outcome on special diets, which the matcher puts in the review band against fi-hrc-u4-lo1.</summary>
    public static LearningOutcomeId HostSpecialDiets { get; } = LearningOutcomeId.Parse("es-cg-0045-ra4");

    /// <summary>The home outcome on special diets.</summary>
    public static LearningOutcomeId HomeSpecialDietsOutcome { get; } = LearningOutcomeId.Parse("fi-hrc-u4-lo1");

    private static readonly LanguageTag En = LanguageTag.English;
    private static readonly LanguageTag Fi = LanguageTag.Parse("fi");
    private static readonly LanguageTag Es = LanguageTag.Parse("es");

    private static readonly GradingScheme Grades = GradingScheme.Numeric("es-fp-0-10",
        LocalizedText.Create([new(Es, "Calificación FP 0–10"), new(En, "Spanish VET grades 0–10")]), 0, 10, 5);

    private static readonly PersonName Assessor = PersonName.Create("Jordi", "Martí Soler");

    /// <summary>The home qualification, read from <c>examples/fi-cook.json</c>.</summary>
    public static QualificationDocument HomeQualification()
    {
        var result = EcvetJson.ParseQualificationDocument(File.ReadAllText(Path.Combine(JsonSamples.ExamplesFolder, "fi-cook.json")));
        return result.IsSuccess ? result.Value : throw new InvalidOperationException(result.ToString());
    }

    /// <summary>How the agreement and the MoU name the home qualification: as <c>examples/fi-cook.json</c> does.</summary>
    public static QualificationReference HomeQualificationRef { get; } = QualificationReference.Create(
        QualificationId.Parse("fi-hrc-cook-2018"),
        LocalizedText.Create([new(En, "Vocational Qualification in Hotel, Restaurant and Catering Services, Cook"), new(Fi, "Hotelli-, ravintola- ja catering-alan perustutkinto, kokki")]),
        EqfLevel.Level4, NqfLevel.Create("FI", "4", EqfLevel.Level4));

    public static QualificationReference HostQualificationRef { get; } = QualificationReference.Create(
        QualificationId.Parse("es-ts-cocina-gastronomia"),
        LocalizedText.Create([new(Es, "Técnico en Cocina y Gastronomía"), new(En, "Technician in Cooking and Gastronomy")]),
        EqfLevel.Level4, NqfLevel.Create("ES", "4", EqfLevel.Level4));

    /// <summary>
    /// The host's own programme as a qualification document: four modules of the Spanish cook diploma, each with its
    /// learning outcomes ("resultados de aprendizaje") in the English a Spanish school writes, not the home's wording.
    /// </summary>
    public static QualificationDocument HostQualification()
    {
        static LearningOutcome Ra(UnitId unit, int n, LearningOutcomeType type, string text) =>
            LearningOutcome.Create(LearningOutcomeId.Parse($"{unit}-ra{n}"), LocalizedText.Create(En, text), type);

        var hygiene = UnitOfLearningOutcomes.Create(HostHygiene,
            LocalizedText.Create([new(Es, "Seguridad e higiene en la manipulación de alimentos"), new(En, "Safety and hygiene in food handling")]),
            [
                Ra(HostHygiene, 1, LearningOutcomeType.Skill, "Cleans and disinfects premises, equipment and utensils, choosing the products and the cleaning programme."),
                Ra(HostHygiene, 2, LearningOutcomeType.Skill, "Keeps good handling practices and controls the temperatures of raw materials and finished dishes along the HACCP plan."),
                Ra(HostHygiene, 3, LearningOutcomeType.Knowledge, "Recognises the dangers of microbial, chemical and physical contamination of foods and their prevention."),
            ],
            [AssessmentMethod.PracticalDemonstration, AssessmentMethod.Written], level: EqfLevel.Level4);
        var menus = UnitOfLearningOutcomes.Create(HostMenus,
            LocalizedText.Create([new(Es, "Ofertas gastronómicas"), new(En, "Menu planning")]),
            [
                Ra(HostMenus, 1, LearningOutcomeType.Knowledge, "Recognises the types of restaurant, their menus and the offer of dishes of each season."),
                Ra(HostMenus, 2, LearningOutcomeType.Skill, "Calculates the costs of a menu and fixes its sale price."),
                Ra(HostMenus, 3, LearningOutcomeType.Knowledge, "Identifies the fourteen allergens that must be declared to the customer and the dishes where they occur."),
                Ra(HostMenus, 4, LearningOutcomeType.Skill, "Adapts the dishes of the menu to special diets such as gluten-free or vegan, preventing cross-contamination."),
            ],
            [AssessmentMethod.PracticalDemonstration, AssessmentMethod.Written], level: EqfLevel.Level4);
        var products = UnitOfLearningOutcomes.Create(HostCulinaryProducts,
            LocalizedText.Create([new(Es, "Productos culinarios"), new(En, "Culinary products")]),
            [
                Ra(HostCulinaryProducts, 1, LearningOutcomeType.Skill, "Prepares cold dishes, salads and cold sauces of the Mediterranean cuisine and presents them attractively."),
                Ra(HostCulinaryProducts, 2, LearningOutcomeType.Skill, "Prepares rice dishes such as paella, following the traditional recipe and its cooking times."),
            ],
            [AssessmentMethod.PracticalDemonstration, AssessmentMethod.Observation], level: EqfLevel.Level4);
        var pastry = UnitOfLearningOutcomes.Create(HostPastry,
            LocalizedText.Create([new(Es, "Procesos básicos de pastelería y repostería"), new(En, "Basic pastry and confectionery")]),
            [
                Ra(HostPastry, 1, LearningOutcomeType.Skill, "Makes doughs, creams and fillings for pastries and desserts."),
            ],
            [AssessmentMethod.PracticalDemonstration], level: EqfLevel.Level4);
        var qualification = Qualification.Create(HostQualificationRef.Id, HostQualificationRef.Title, Host, CreditPoints.From(120),
            [
                UnitAllocation.Create(HostHygiene, CreditPoints.From(5)),
                UnitAllocation.Create(HostMenus, CreditPoints.From(5)),
                UnitAllocation.Create(HostCulinaryProducts, CreditPoints.From(15)),
                UnitAllocation.Create(HostPastry, CreditPoints.From(9)),
            ],
            EqfLevel.Level4, HostQualificationRef.NqfLevel, IscedFCode.Parse("1013"), referenceFullTimeYears: 2);
        return QualificationDocument.Create(qualification, UnitCatalogue.Create([hygiene, menus, products, pastry]), new LocalDate(2024, 9, 1));
    }

    public static Organisation HomeOrganisation { get; } = Organisation.Create(Home,
        LocalizedText.Create([new(Fi, "Stadin ammatti- ja aikuisopisto"), new(En, "Helsinki Vocational College and Adult Institute")]),
        CountryCode.Parse("FI"), [CompetenceRole.Awarding, CompetenceRole.Validation, CompetenceRole.Recognition],
        contact: ContactPoint.Create("International mobility office", "mobility@stadinao.example.fi"));

    public static Organisation HostOrganisation { get; } = Organisation.Create(Host,
        LocalizedText.Create([new(Es, "CIPFP Valencia, familia profesional de hostelería"), new(En, "CIPFP Valencia, hospitality department")]),
        CountryCode.Parse("ES"), [CompetenceRole.Assessment, CompetenceRole.TrainingProvider],
        contact: ContactPoint.Create("Coordinación Erasmus+", "erasmus@cipfp-valencia.example.es"));

    public static MemorandumOfUnderstanding SignedMou()
    {
        var homeQualification = MouQualification.Create(Home, HomeQualificationRef,
            [MouUnit.Create(HomeHygiene, LocalizedText.Create(En, "Food hygiene and safety in the kitchen"), CreditPoints.From(25)),
             MouUnit.Create(HomeDishes, LocalizedText.Create(En, "Preparing hot and cold dishes"), CreditPoints.From(45)),
             MouUnit.Create(HomeSpecialDiets, LocalizedText.Create(En, "Preparing special diets"), CreditPoints.From(15)),
             MouUnit.Create(HomeBaking, LocalizedText.Create(En, "Baking in a restaurant kitchen"), CreditPoints.From(7.5m))]);
        var hostQualification = MouQualification.Create(Host, HostQualificationRef,
            [MouUnit.Create(HostHygiene, LocalizedText.Create(Es, "Seguridad e higiene en la manipulación de alimentos")),
             MouUnit.Create(HostMenus, LocalizedText.Create(Es, "Ofertas gastronómicas")),
             MouUnit.Create(HostCulinaryProducts, LocalizedText.Create(Es, "Productos culinarios")),
             MouUnit.Create(HostPastry, LocalizedText.Create(Es, "Procesos básicos de pastelería y repostería"))]);
        var procedures = MouProcedures.Create(
            LocalizedText.Create(En, "The host assesses each module by a skills demonstration in the school kitchen, observed by the host teacher and a workplace instructor, on the Spanish 0–10 scale (pass from 5)."),
            LocalizedText.Create(En, "The host issues a personal transcript listing the modules and outcomes assessed, the grades and the ECVET points it records, signed by the Erasmus+ coordinator."),
            LocalizedText.Create(En, "The home mobility office checks that the transcript is signed and matches the learning agreement in force; a teacher confirms or refuses the matches the tool marks for review."),
            LocalizedText.Create(En, "The home recognises each unit covered abroad with its full ECVET points, recorded in the learner's personal competence development plan."));
        var mou = MemorandumOfUnderstanding.Create(MouId.Parse("mou-cook-fi-es-2025"), [HomeOrganisation, HostOrganisation],
            [homeQualification, hostQualification], procedures,
            new LocalDate(2025, 9, 1), new LocalDate(2028, 8, 31),
            minimumMobilityDuration: Period.FromWeeks(2), maximumMobilityDuration: Period.FromMonths(6),
            reviewArrangements: LocalizedText.Create(En, "Both coordinators review the partnership every June, using the learners' feedback."),
            preAgreedEquivalences:
            [
                EquivalenceRule.Create([HostHygiene], HomeHygiene, minimumGrade: "5", minimumGradeScheme: Grades.Id),
                EquivalenceRule.Create([HostPastry], HomeBaking, minimumGrade: "6", minimumGradeScheme: Grades.Id,
                    note: LocalizedText.Create(En, "Only when the pastry module runs in that term.")),
            ],
            fileCode: "ECVET-MOU-2025-017");
        return mou
            .Sign(Signature.Create(SignatoryRole.Partner, "Pekka Mäkinen", mou.Hash, Instant.FromUtc(2025, 6, 12, 10, 30), "Head of international affairs", "pekka.makinen@stadinao.example.fi", "Helsinki", onBehalfOf: Home))
            .Sign(Signature.Create(SignatoryRole.Partner, "Lucía Ferrer", mou.Hash, Instant.FromUtc(2025, 6, 18, 8, 15), "Directora", "lucia.ferrer@cipfp-valencia.example.es", "València", onBehalfOf: Host));
    }

    public static Learner Learner { get; } = Ecvet.Learner.Create(
        [LearnerId.Esi("urn:schac:personalUniqueCode:int:esi:stadinao.fi:2024-11873")], PersonName.Create("Aino", "Virtanen"),
        new LocalDate(2008, 10, 21), CountryCode.Parse("FI"), "aino.virtanen@edu.example.fi");

    public static MobilityPeriod Spring { get; } = MobilityPeriod.Create(new LocalDate(2026, 3, 2), new LocalDate(2026, 5, 29));

    public static LearningAgreement Agreement()
    {
        var kitchen = AssessmentArrangement.Create([AssessmentMethod.PracticalDemonstration, AssessmentMethod.Observation],
            LocalizedText.Create(En, "Skills demonstration in the school kitchen and the school restaurant, assessed by the host teacher and a workplace instructor."));
        var written = AssessmentArrangement.Create([AssessmentMethod.PracticalDemonstration, AssessmentMethod.Written],
            LocalizedText.Create(En, "A written test and a practical demonstration, assessed by the host teacher."));
        ExpectedLearning Expect(UnitId unit, decimal points, AssessmentArrangement arrangement, string activities) =>
            ExpectedLearning.Create(unit, null, CreditPoints.From(points), CreditPoints.From(points), arrangement, LocalizedText.Create(En, activities));

        var hygiene = Expect(HomeHygiene, 25, written, "Module 0031 with the first-year group; kitchen hygiene duties in the school restaurant.");
        var dishes = Expect(HomeDishes, 45, kitchen, "Cold and hot sections of the school restaurant kitchen, four days a week.");
        var first = LearningAgreementContent.Create(Learner, Home, Host, MouId.Parse("mou-cook-fi-es-2025"), Spring, HomeQualificationRef,
            [hygiene, dishes, Expect(HomeBaking, 7.5m, kitchen, "Pastry section of the school kitchen.")], [HomeCustomerService]);

        // The learner is 17: her guardian signs with her, the home and the host.
        SignatoryRole[] everyone = [SignatoryRole.Learner, SignatoryRole.Guardian, SignatoryRole.Home, SignatoryRole.Host];
        var agreement = SignAll(LearningAgreement.Create(LearningAgreementId.Parse("la-2026-0042"), first), first.Hash, Instant.FromUtc(2026, 2, 2, 9, 0), everyone);
        var changed = first.WithExpected([hygiene, dishes, Expect(HomeSpecialDiets, 15, written, "Menu planning module 0045: menus for allergies, intolerances and special diets.")]);
        agreement = agreement.ProposeChange(changed,
            [ComponentChange.Delete(HomeBaking, ChangeReason.NotAvailable, "The pastry module does not run this spring."),
             ComponentChange.Insert(HomeSpecialDiets, ChangeReason.SubstitutingDeleted)],
            SignatoryRole.Host, Instant.FromUtc(2026, 3, 9, 11, 0), "Pastry replaced by special diets.");
        agreement = SignAll(agreement, changed.Hash, Instant.FromUtc(2026, 3, 10, 9, 0),
            [SignatoryRole.Host, SignatoryRole.Learner, SignatoryRole.Guardian, SignatoryRole.Home]);
        agreement = agreement.ApproveChange(changed.Hash);
        var extended = changed.WithPeriod(MobilityPeriod.Create(new LocalDate(2026, 3, 2), new LocalDate(2026, 6, 12)));
        agreement = agreement.ProposeChange(extended, [], SignatoryRole.Learner, Instant.FromUtc(2026, 5, 4, 16, 0), "Could I stay two more weeks?");
        return agreement.RejectChange(extended.Hash, SignatoryRole.Home, "The final skills demonstration at home is on 8 June.", Instant.FromUtc(2026, 5, 5, 8, 0));
    }

    public static PersonalTranscript Transcript()
    {
        TranscriptEntry Entry(AssessmentResult result, string title, decimal? points) =>
            TranscriptEntry.Create(LocalizedText.Create(Es, title), result, points is { } p ? Credit.Ecvet(CreditPoints.From(p)) : null);
        AssessmentResult Unit(UnitId unit, string grade, int month, int day, AssessmentMethod method, string evidence) =>
            AssessmentResult.ForUnit(unit, AssessmentStatus.Passed, Host, Assessor, new LocalDate(2026, month, day), method, Grades, grade,
                [new Uri("https://portfolio.cipfp-valencia.example.es/aino/" + evidence)], TargetCatalogue.Host);

        var transcript = PersonalTranscript.Issue(TranscriptId.Parse("tor-2026-0042"), Agreement(),
            [
                Entry(Unit(HostHygiene, "8", 3, 27, AssessmentMethod.Written, "higiene"), "Seguridad e higiene en la manipulación de alimentos", 5),
                Entry(AssessmentResult.ForOutcome(LearningOutcomeId.Parse("fi-hrc-u3-lo1"), AssessmentStatus.Passed, Host, Assessor,
                    new LocalDate(2026, 5, 20), AssessmentMethod.PracticalDemonstration, Grades, "7",
                    [new Uri("https://portfolio.cipfp-valencia.example.es/aino/cocina-caliente")]),
                    "Elaboraciones calientes: hervir, guisar, freír y asar (resultado finlandés fi-hrc-u3-lo1)", null),
                Entry(AssessmentResult.ForOutcome(LearningOutcomeId.Parse("es-cg-0048-ra1"), AssessmentStatus.Passed, Host, Assessor,
                    new LocalDate(2026, 5, 22), AssessmentMethod.PracticalDemonstration, Grades, "7",
                    [new Uri("https://portfolio.cipfp-valencia.example.es/aino/cocina-fria")], TargetCatalogue.Host),
                    "Productos culinarios, RA1: elaboraciones frías, ensaladas y salsas frías", null),
                Entry(Unit(HostMenus, "9", 5, 26, AssessmentMethod.Written, "ofertas"), "Ofertas gastronómicas", 5),
            ],
            Instant.FromUtc(2026, 5, 29, 14, 0));
        return transcript.Sign(Signature.Create(SignatoryRole.Host, "Lucía Ferrer", transcript.Hash, Instant.FromUtc(2026, 5, 29, 14, 30),
            "Coordinadora Erasmus+", "erasmus@cipfp-valencia.example.es", "València", "Ecvet.Core", Host));
    }

    /// <summary>
    /// The home teacher's verdict on the one review-band match: the host's special-diets outcome does evidence the home
    /// one, which turns the deferred unit fi-hrc-u4 into a decision.
    /// </summary>
    public static MatchConfirmationSet Confirmations() => MatchConfirmationSet.Create(LearningAgreementId.Parse("la-2026-0042"),
    [
        MatchConfirmation.Confirm(HostSpecialDiets, HomeSpecialDietsOutcome, "Mari Korhonen, teacher of special diets, Stadin AO",
            Instant.FromUtc(2026, 6, 10, 9, 0),
            "The host's module plan and Aino's portfolio show gluten-free, lactose-free and vegan dishes prepared without cross-contamination."),
    ]);

    /// <summary>Signs <paramref name="hash"/> in every given role, in order, one hour apart.</summary>
    private static LearningAgreement SignAll(LearningAgreement agreement, ContentHash hash, Instant from, SignatoryRole[] roles)
    {
        var at = from;
        foreach (var role in roles)
        {
            agreement = agreement.Sign(Signature.Create(role, role switch
            {
                SignatoryRole.Learner => "Aino Virtanen",
                SignatoryRole.Guardian => "Liisa Virtanen",
                SignatoryRole.Home => "Pekka Mäkinen",
                _ => "Lucía Ferrer",
            }, hash, at,
                signerPosition: role switch { SignatoryRole.Home => "Mobility coordinator", SignatoryRole.Host => "Coordinadora Erasmus+", _ => null },
                signerEmail: role switch { SignatoryRole.Home => "mobility@stadinao.example.fi", SignatoryRole.Host => "erasmus@cipfp-valencia.example.es", _ => null },
                application: "Ecvet.Core"));
            at += Duration.FromHours(1);
        }

        return agreement;
    }
}
