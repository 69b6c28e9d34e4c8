namespace Ecvet.Tests.Support;

/// <summary>Small, valid qualification-side values to build tests from (synthetic texts).</summary>
internal static class QualificationSamples
{
    public static InstitutionId AwardingBody { get; } = InstitutionId.Create(IdentifierScheme.Schac, "example.fi");

    public static LearningOutcomeId OutcomeId(string id) => LearningOutcomeId.Parse(id);

    public static UnitId UnitId(string id) => Ecvet.UnitId.Parse(id);

    public static LearningOutcome Outcome(string id, LearningOutcomeType type = LearningOutcomeType.Skill, string? text = null) =>
        LearningOutcome.Create(OutcomeId(id), LocalizedText.English(text ?? $"Outcome {id}."), type);

    public static UnitOfLearningOutcomes Unit(string id, params string[] outcomeIds) =>
        UnitOfLearningOutcomes.Create(
            UnitId(id),
            LocalizedText.English($"Unit {id}"),
            (outcomeIds.Length == 0 ? [$"{id}-lo1"] : outcomeIds).Select(o => Outcome(o)));

    public static UnitAllocation Allocation(string unitId, decimal points, bool isMandatory = true) =>
        UnitAllocation.Create(UnitId(unitId), CreditPoints.From(points), isMandatory);
}
