using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Recognition;
using Ecvet.Serialization;
using Ecvet.Tests.Agreements;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;

namespace Ecvet.Tests.Recognition;

/// <summary>
/// The Finnish cook mobility of the agreement fixtures, with a home qualification whose unit U3 ("Hot and cold dishes",
/// 50 points, four outcomes of equal weight, the food-safety outcome critical) is the worked example of the rule catalogue,
/// and a host unit whose own outcomes say the same things in the host's words.
/// </summary>
internal static class RecognitionFixture
{
    public static LocalDate Today { get; } = new(2026, 6, 15);

    public static GradingScheme Scheme { get; } = GradingScheme.Numeric("es-fp-0-10", TestValues.En("Spanish VET grades 0–10"), 0, 10, 5);

    public static PersonName Assessor { get; } = PersonName.Create("Jordi", "Martí Soler");

    public static LearningOutcomeId Lo(int unit, int outcome) => LearningOutcomeId.Parse($"fi-cook-u{unit}-lo{outcome}");

    public static LearningOutcomeId HostLo(int outcome) => LearningOutcomeId.Parse($"es-cocina-lo{outcome}");

    public static UnitId HostUnit { get; } = UnitId.Parse("es-cocina");

    public static string[] U3Statements { get; } =
    [
        "Checks and records core temperatures of cooked, cooled and reheated food following the self-monitoring plan.",
        "Prepares hot dishes by boiling, braising, frying and roasting, keeping to recipe timing.",
        "Prepares cold dishes, salads and dressings and presents them on the plate.",
        "Explains how the main cooking methods change the texture, colour and taste of food.",
    ];

    public static UnitOfLearningOutcomes Unit(int number, int outcomes, string title, Period? validity = null)
    {
        var list = Enumerable.Range(1, outcomes).Select(i => LearningOutcome.Create(Lo(number, i),
            TestValues.En(number == 3 ? U3Statements[i - 1] : $"{title}: outcome {i} of unit {number}, described for the tests."),
            number == 3 && i == 4 ? LearningOutcomeType.Knowledge : LearningOutcomeType.Skill,
            isCritical: number == 3 && i == 1));
        var unit = UnitOfLearningOutcomes.Create(UnitId.Parse($"fi-cook-u{number}"), TestValues.En(title), list, [AssessmentMethod.PracticalDemonstration]);
        return validity is null ? unit : unit.WithValidityPeriod(validity);
    }

    public static QualificationDocument Qualification(Period? u3Validity = null)
    {
        var units = UnitCatalogue.Create(
        [
            Unit(1, 2, "Kitchen basics"), Unit(2, 3, "Food production"), Unit(3, 4, "Hot and cold dishes", u3Validity),
            Unit(4, 2, "Restaurant service"), Unit(5, 2, "Pastry"),
        ]);
        var qualification = Ecvet.Qualification.Create(QualificationRef.Id, QualificationRef.Title, Home, CreditPoints.From(180),
        [
            UnitAllocation.Create(UnitId.Parse("fi-cook-u1"), CreditPoints.From(30)),
            UnitAllocation.Create(UnitId.Parse("fi-cook-u2"), CreditPoints.From(75)),
            UnitAllocation.Create(U3, CreditPoints.From(50)),
            UnitAllocation.Create(U4, CreditPoints.From(15), isMandatory: false),
            UnitAllocation.Create(U5, CreditPoints.From(10), isMandatory: false),
        ], EqfLevel.Level4, referenceFullTimeYears: 3);
        return QualificationDocument.Create(qualification, units);
    }

    /// <summary>The host's own unit: the four U3 outcomes in the host's words (the first three nearly the same, the fourth a loose paraphrase).</summary>
    public static UnitCatalogue HostUnits(string? fourth = null) => UnitCatalogue.Create(
    [
        UnitOfLearningOutcomes.Create(HostUnit, TestValues.En("Cocina"),
        [
            LearningOutcome.Create(HostLo(1), TestValues.En("Checks and records core temperatures of cooked, cooled and reheated food following the self-monitoring plan."), LearningOutcomeType.Skill),
            LearningOutcome.Create(HostLo(2), TestValues.En("Prepares hot dishes by boiling, braising, frying and roasting, keeping to the recipe timing."), LearningOutcomeType.Skill),
            LearningOutcome.Create(HostLo(3), TestValues.En("Prepares cold dishes, salads and dressings and presents them on the plate."), LearningOutcomeType.Skill),
            LearningOutcome.Create(HostLo(4), TestValues.En(fourth ?? "Explains how the main cooking methods change the texture, colour and taste of food."), LearningOutcomeType.Knowledge),
        ], [AssessmentMethod.PracticalDemonstration]),
    ]);

    public static ExpectedLearning ExpectU3(decimal points = 50, IEnumerable<LearningOutcomeId>? outcomes = null, LocalizedText? conditions = null) =>
        ExpectedLearning.Create(U3, outcomes, CreditPoints.From(points), CreditPoints.From(50), Arrangement, TestValues.En("Kitchen work"), conditions);

    public static ExpectedLearning ExpectU4() =>
        ExpectedLearning.Create(U4, null, CreditPoints.From(15), CreditPoints.From(15), Arrangement, TestValues.En("Restaurant service"));

    public static LearningAgreementContent Content(LocalDate? birthDate = null, params ExpectedLearning[] expected) =>
        LearningAgreementContent.Create(Learner(birthDate), Home, Host, Fixtures.Mou, Spring, QualificationRef,
            expected.Length == 0 ? [ExpectU3()] : expected);

    public static LearningAgreement Agreement(LearningAgreementContent? content = null, params SignatoryRole[] roles)
    {
        content ??= Content();
        var agreement = LearningAgreement.Create(AgreementId, content);
        return SignAll(agreement, content.Hash, Instant.FromUtc(2026, 2, 2, 9, 0),
            roles.Length == 0 ? [SignatoryRole.Learner, SignatoryRole.Home, SignatoryRole.Host] : roles);
    }

    public static MemorandumOfUnderstanding Mou(LocalDate? validUntil = null, IEnumerable<EquivalenceRule>? equivalences = null, bool signed = true)
    {
        var template = MobilityExamples.Mou();
        var mou = MemorandumOfUnderstanding.Create(template.Id, template.SigningOrganisations, template.Qualifications, template.Procedures,
            template.ValidFrom, validUntil ?? template.ValidUntil, minimumMobilityDuration: template.MinimumMobilityDuration,
            maximumMobilityDuration: template.MaximumMobilityDuration, preAgreedEquivalences: equivalences ?? [], fileCode: template.FileCode);
        return signed
            ? mou.Sign(Signature.Create(SignatoryRole.Partner, "Pekka Mäkinen", mou.Hash, Instant.FromUtc(2025, 6, 12, 10, 30), onBehalfOf: Home))
                .Sign(Signature.Create(SignatoryRole.Partner, "Lucía Ferrer", mou.Hash, Instant.FromUtc(2025, 6, 18, 8, 15), onBehalfOf: Host))
            : mou;
    }

    public static AssessmentResult Outcome(LearningOutcomeId outcome, string? grade = "8", int day = 20, AssessmentMethod method = AssessmentMethod.PracticalDemonstration,
        TargetCatalogue catalogue = TargetCatalogue.Home) =>
        AssessmentResult.ForOutcome(outcome, StatusOf(grade), Host, Assessor, new LocalDate(2026, 5, day), method, Scheme, grade, catalogue: catalogue);

    /// <summary>The host's result on one of its own outcomes, <c>es-cocina-lo{n}</c>.</summary>
    public static AssessmentResult HostOutcome(int outcome, string? grade = "8") => Outcome(HostLo(outcome), grade, catalogue: TargetCatalogue.Host);

    public static AssessmentResult UnitResult(UnitId unit, string? grade = "8", int day = 20, TargetCatalogue catalogue = TargetCatalogue.Home) =>
        AssessmentResult.ForUnit(unit, StatusOf(grade), Host, Assessor, new LocalDate(2026, 5, day), AssessmentMethod.PracticalDemonstration, Scheme, grade, catalogue: catalogue);

    /// <summary>The host's result on its own unit <c>es-cocina</c>.</summary>
    public static AssessmentResult HostUnitResult(string? grade = "8") => UnitResult(HostUnit, grade, catalogue: TargetCatalogue.Host);

    public static PersonalTranscript Transcript(params AssessmentResult[] results) => Transcript(true, results);

    public static PersonalTranscript Transcript(bool signed, params AssessmentResult[] results)
    {
        var transcript = PersonalTranscript.Restore(TranscriptId.Parse("tor-2026-0042"), AgreementId, Learner(), Host, Spring,
            Instant.FromUtc(2026, 5, 29, 14, 0), results.Select(r => TranscriptEntry.Create(TestValues.En(r.ToString()), r,
                r.IsPassed ? Credit.Ecvet(CreditPoints.From(5)) : null)));
        return signed
            ? transcript.Sign(Signature.Create(SignatoryRole.Host, "Lucía Ferrer", transcript.Hash, Instant.FromUtc(2026, 5, 29, 14, 30), onBehalfOf: Host))
            : transcript;
    }

    /// <summary>The worked example: the host assessed the four U3 outcomes itself, three passed and the fourth failed.</summary>
    public static MobilityRecord WorkedExample() => new(Qualification(), Agreement(),
        Transcript(Outcome(Lo(3, 1)), Outcome(Lo(3, 2)), Outcome(Lo(3, 3)), Outcome(Lo(3, 4), "3")), Mou());

    public static RecognitionReport Evaluate(MobilityRecord record, RecognitionPolicy? policy = null, IOutcomeMatcher? matcher = null) =>
        RecognitionEngine.Create(policy is null ? RuleSet.Default : RuleSet.Default.WithPolicy(policy), matcher).Evaluate(record, Today);

    private static AssessmentStatus StatusOf(string? grade) => grade is null ? AssessmentStatus.InProgress
        : decimal.Parse(grade, System.Globalization.CultureInfo.InvariantCulture) >= 5 ? AssessmentStatus.Passed : AssessmentStatus.Failed;
}
