using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Recognition;
using Ecvet.Serialization;
using NodaTime;

namespace Ecvet.Benchmarks.Recognition;

/// <summary>
/// A realistic mobility generated from a fixed seed: a home qualification of 10 units and 60 outcomes (six per unit,
/// the first of each critical), an MoU with pre-agreed equivalences, a signed learning agreement targeting every unit
/// (one only in part), the host's signed transcript and the host's own units with text outcomes. Every evidence path and
/// every decision occurs: units 1–3 by MoU equivalence (the third failed), units 4–6 assessed by the host on the home
/// outcomes (all passed; four of six passed; one still in progress), units 7–10 by the host's own outcomes matched on
/// their text (close paraphrases; two in the review band of which one is confirmed; a part of a unit; unrelated text).
/// </summary>
internal static class GeneratedMobility
{
    public const int Units = 10;

    public const int OutcomesPerUnit = 6;

    public static LocalDate Today { get; } = new(2026, 6, 15);

    private static readonly LanguageTag En = LanguageTag.Parse("en");
    private static readonly InstitutionId Home = InstitutionId.Parse("schac:home-vet.example.fi");
    private static readonly InstitutionId Host = InstitutionId.Parse("schac:host-vet.example.es");
    private static readonly MouId MouRef = MouId.Parse("mou-bench-2025");
    private static readonly LearningAgreementId AgreementRef = LearningAgreementId.Parse("la-bench-0001");
    private static readonly MobilityPeriod Period = MobilityPeriod.Create(new LocalDate(2026, 3, 2), new LocalDate(2026, 5, 29));
    private static readonly GradingScheme Scheme = GradingScheme.Numeric("es-fp-0-10", Text("Spanish VET grades 0–10"), 0, 10, 5);
    private static readonly PersonName Assessor = PersonName.Create("Jordi", "Martí Soler");

    private static readonly string[] Verbs =
    [
        "Prepares", "Checks", "Records", "Plans", "Cleans", "Serves", "Stores", "Measures", "Explains", "Presents",
        "Orders", "Labels", "Portions", "Seasons", "Inspects", "Organises",
    ];

    private static readonly string[] Objects =
    [
        "hot sauces and stocks", "cold starters and salads", "fish and shellfish dishes", "meat cuts for roasting",
        "pastry dough and fillings", "vegetable side dishes", "core temperatures of cooked food", "the cleaning schedule of the kitchen",
        "allergen information for guests", "the daily stock of dry goods", "deliveries of chilled produce", "bread and laminated doughs",
        "desserts for the restaurant menu", "the mise en place of a station", "portion sizes and food costs", "breakfast buffets for groups",
    ];

    private static readonly string[] Manners =
    [
        "following the self-monitoring plan", "keeping to the recipe timing", "according to the hygiene regulations",
        "within the agreed budget", "using the standard recipes of the kitchen", "in cooperation with the service staff",
        "with attention to waste and sustainability", "under the supervision of the head chef",
    ];

    private static readonly string[] Settings =
    [
        "in the school restaurant", "for a staff canteen", "at a banquet", "in a care home kitchen", "on a cruise ship",
        "for a catering event", "in a fast casual bistro", "for a hospital ward", "at a mountain lodge", "in a city hotel",
    ];

    private static readonly string[] Unrelated =
    [
        "Greets arriving hotel guests at the reception desk in two foreign languages.",
        "Books rooms for walk-in customers with the property management system.",
        "Handles complaints about noise politely and offers alternatives.",
        "Closes the cash register at the end of the night shift and reconciles card payments.",
        "Gives tourists directions to museums, beaches and public transport.",
        "Describes the regional wine list to visitors in a tasting room.",
        "Arranges airport transfers and taxis for departing travellers.",
    ];

    private static readonly string[] Synonyms = ["Makes", "Verifies", "Notes", "Schedules", "Washes", "Delivers", "Keeps", "Weighs"];

    /// <summary>Builds the mobility; the same seed always gives the same documents.</summary>
    public static MobilityRecord Create(int seed = 2026)
    {
        var random = new Random(seed);
        var statements = new string[Units, OutcomesPerUnit];
        var homeUnits = new List<UnitOfLearningOutcomes>();
        var allocations = new List<UnitAllocation>();
        for (var u = 0; u < Units; u++)
        {
            var outcomes = new List<LearningOutcome>();
            for (var o = 0; o < OutcomesPerUnit; o++)
            {
                statements[u, o] = $"{Verbs[random.Next(Verbs.Length)]} {Objects[(u + (o * 5)) % Objects.Length]} {Settings[u]} {Manners[random.Next(Manners.Length)]}.";
                outcomes.Add(LearningOutcome.Create(HomeLo(u, o), Text(statements[u, o]), o == 5 ? LearningOutcomeType.Knowledge : LearningOutcomeType.Skill,
                    isCritical: o == 0));
            }

            homeUnits.Add(UnitOfLearningOutcomes.Create(HomeUnit(u), Text($"Home unit {u + 1}"), outcomes,
                [AssessmentMethod.PracticalDemonstration, AssessmentMethod.Observation], validityPeriod: NodaTime.Period.FromYears(5)));
            allocations.Add(UnitAllocation.Create(HomeUnit(u), CreditPoints.From(18), isMandatory: u < 6));
        }

        var qualificationRef = QualificationReference.Create(QualificationId.Parse("fi-vq-bench-cook"), Text("Vocational qualification, cook"), EqfLevel.Level4);
        var qualification = QualificationDocument.Create(
            Qualification.Create(qualificationRef.Id, qualificationRef.Title, Home, CreditPoints.From(180), allocations, EqfLevel.Level4),
            UnitCatalogue.Create(homeUnits));

        // Host units: three assessed as wholes for the MoU equivalences, four with their own outcomes in the host's words.
        var hostUnits = new List<UnitOfLearningOutcomes>();
        for (var u = 0; u < 3; u++)
        {
            hostUnits.Add(UnitOfLearningOutcomes.Create(HostUnit(u), Text($"Host module {u + 1}"),
                [LearningOutcome.Create(HostLo(u, 0), Text($"Completes the tasks of host module {u + 1}."), LearningOutcomeType.Skill)]));
        }

        for (var u = 6; u < Units; u++)
        {
            var outcomes = new List<LearningOutcome>();
            for (var o = 0; o < OutcomesPerUnit; o++)
            {
                var statement = u switch
                {
                    7 when o >= 4 => Loosen(statements[u, o], random),             // the review band
                    9 => Unrelated[(o + random.Next(2)) % Unrelated.Length],          // other learning altogether
                    _ => Paraphrase(statements[u, o], random),
                };
                outcomes.Add(LearningOutcome.Create(HostLo(u, o), Text(statement), o == 5 ? LearningOutcomeType.Knowledge : LearningOutcomeType.Skill));
            }

            hostUnits.Add(UnitOfLearningOutcomes.Create(HostUnit(u), Text($"Host module {u + 1}"), outcomes, [AssessmentMethod.PracticalDemonstration]));
        }

        var homeOrg = Organisation.Create(Home, Text("Home VET college"), CountryCode.Parse("FI"), [CompetenceRole.Awarding, CompetenceRole.Recognition]);
        var hostOrg = Organisation.Create(Host, Text("Host VET school"), CountryCode.Parse("ES"), [CompetenceRole.Assessment, CompetenceRole.TrainingProvider]);
        var hostQualification = QualificationReference.Create(QualificationId.Parse("es-ts-bench-cocina"), Text("Technician in cooking"), EqfLevel.Level4);
        var procedures = MouProcedures.Create(Text("The host assesses each unit."), Text("The host issues a transcript."),
            Text("The home checks the transcript."), Text("The home recognises the units."));
        var mou = MemorandumOfUnderstanding.Create(MouRef, [homeOrg, hostOrg],
            [
                MouQualification.Create(Home, qualificationRef, Enumerable.Range(0, Units).Select(u => MouUnit.Create(HomeUnit(u)))),
                MouQualification.Create(Host, hostQualification, hostUnits.Select(h => MouUnit.Create(h.Id))),
            ],
            procedures, new LocalDate(2025, 9, 1), new LocalDate(2028, 8, 31), minimumMobilityDuration: NodaTime.Period.FromWeeks(2),
            maximumMobilityDuration: NodaTime.Period.FromMonths(6),
            preAgreedEquivalences: Enumerable.Range(0, 3).Select(u => EquivalenceRule.Create([HostUnit(u)], HomeUnit(u), minimumGrade: "5", minimumGradeScheme: Scheme.Id)));
        mou = mou.Sign(Signature.Create(SignatoryRole.Partner, "Pekka Mäkinen", mou.Hash, Instant.FromUtc(2025, 6, 12, 10, 30), onBehalfOf: Home))
            .Sign(Signature.Create(SignatoryRole.Partner, "Lucía Ferrer", mou.Hash, Instant.FromUtc(2025, 6, 18, 8, 15), onBehalfOf: Host));

        var arrangement = AssessmentArrangement.Create([AssessmentMethod.PracticalDemonstration, AssessmentMethod.Observation]);
        var expected = Enumerable.Range(0, Units).Select(u => ExpectedLearning.Create(HomeUnit(u),
            u == 8 ? Enumerable.Range(0, 4).Select(o => HomeLo(u, o)) : null, CreditPoints.From(u == 8 ? 12 : 18), CreditPoints.From(18), arrangement));
        var learner = Learner.Create([LearnerId.Esi("urn:schac:personalUniqueCode:int:esi:home-vet.example.fi:2019-0001")],
            PersonName.Create("Aino", "Virtanen"), new LocalDate(2005, 5, 14), CountryCode.Parse("FI"));
        var content = LearningAgreementContent.Create(learner, Home, Host, MouRef, Period, qualificationRef, expected);
        var agreement = LearningAgreement.Create(AgreementRef, content);
        var at = Instant.FromUtc(2026, 2, 2, 9, 0);
        foreach (var role in new[] { SignatoryRole.Learner, SignatoryRole.Home, SignatoryRole.Host })
        {
            agreement = agreement.Sign(Signature.Create(role, role.ToString(), content.Hash, at));
            at += Duration.FromHours(1);
        }

        var entries = new List<TranscriptEntry>();
        void Add(AssessmentResult result) => entries.Add(TranscriptEntry.Create(Text(result.ToString()), result,
            result.IsPassed ? Credit.Ecvet(CreditPoints.From(3)) : null));

        // Units 1–3: the host modules of the equivalences, the third below the minimum grade.
        for (var u = 0; u < 3; u++)
        {
            var grade = u == 2 ? "4" : (7 + u).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Add(AssessmentResult.ForUnit(HostUnit(u), u == 2 ? AssessmentStatus.Failed : AssessmentStatus.Passed, Host, Assessor,
                new LocalDate(2026, 5, 10 + u), AssessmentMethod.PracticalDemonstration, Scheme, grade, catalogue: TargetCatalogue.Host));
        }

        // Units 4–6: the host assessed the home outcomes themselves.
        for (var u = 3; u < 6; u++)
        {
            for (var o = 0; o < OutcomesPerUnit; o++)
            {
                var (status, grade) = (u, o) switch
                {
                    (4, >= 4) => (AssessmentStatus.Failed, "3"),
                    (5, 5) => (AssessmentStatus.InProgress, (string?)null),
                    _ => (AssessmentStatus.Passed, "8"),
                };
                Add(AssessmentResult.ForOutcome(HomeLo(u, o), status, Host, Assessor, new LocalDate(2026, 5, 12 + o), AssessmentMethod.Observation, Scheme, grade));
            }
        }

        // Units 7–10: the host's own outcomes, each assessed and passed, except unit 10's, assessed as a whole module.
        for (var u = 6; u < 9; u++)
        {
            for (var o = 0; o < OutcomesPerUnit; o++)
            {
                Add(AssessmentResult.ForOutcome(HostLo(u, o), AssessmentStatus.Passed, Host, Assessor, new LocalDate(2026, 5, 18 + o),
                    AssessmentMethod.PracticalDemonstration, Scheme, "7", catalogue: TargetCatalogue.Host));
            }
        }

        Add(AssessmentResult.ForUnit(HostUnit(9), AssessmentStatus.Passed, Host, Assessor, new LocalDate(2026, 5, 27), AssessmentMethod.PracticalDemonstration, Scheme, "6", catalogue: TargetCatalogue.Host));

        var transcript = PersonalTranscript.Issue(TranscriptId.Parse("tor-bench-0001"), agreement, entries, Instant.FromUtc(2026, 5, 29, 14, 0));
        transcript = transcript.Sign(Signature.Create(SignatoryRole.Host, "Lucía Ferrer", transcript.Hash, Instant.FromUtc(2026, 5, 29, 14, 30), onBehalfOf: Host));
        return new MobilityRecord(qualification, agreement, transcript, mou, UnitCatalogue.Create(hostUnits));
    }

    /// <summary>The mobility with a person's verdict on the first review-band match the engine reports (confirmed).</summary>
    public static MobilityRecord WithOneConfirmation(MobilityRecord record, RecognitionReport report)
    {
        var pending = report.Decisions.SelectMany(d => d.AwaitingConfirmation).FirstOrDefault();
        return pending is null ? record : record.WithConfirmations(
            [MatchConfirmation.Confirm(pending.HostOutcome, pending.HomeOutcome, "Pekka Mäkinen", Instant.FromUtc(2026, 6, 1, 9, 0))]);
    }

    private static UnitId HomeUnit(int u) => UnitId.Parse($"fi-bench-u{u + 1:00}");

    private static UnitId HostUnit(int u) => UnitId.Parse($"es-bench-m{u + 1:00}");

    private static LearningOutcomeId HomeLo(int u, int o) => LearningOutcomeId.Parse($"fi-bench-u{u + 1:00}-lo{o + 1}");

    private static LearningOutcomeId HostLo(int u, int o) => LearningOutcomeId.Parse($"es-bench-m{u + 1:00}-lo{o + 1}");

    private static LocalizedText Text(string text) => LocalizedText.Create(En, text);

    // The same learning in slightly other words: half the time an adverb more.
    private static string Paraphrase(string statement, Random random)
    {
        var space = statement.IndexOf(' ', StringComparison.Ordinal);
        return random.Next(2) == 0 ? statement : statement[..space] + " carefully" + statement[space..];
    }

    // Another verb and another setting: close enough to be worth a person's look, not enough to count on its own.
    private static string Loosen(string statement, Random random)
    {
        var space = statement.IndexOf(' ', StringComparison.Ordinal);
        var manner = Manners.First(m => statement.Contains(m, StringComparison.Ordinal));
        return (random.Next(2) == 0 ? statement[..space] : Synonyms[random.Next(Synonyms.Length)])
            + statement[space..].Replace(manner, "in a hotel kitchen", StringComparison.Ordinal);
    }
}
