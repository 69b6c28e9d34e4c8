// Compiled and run against the packed Ecvet.Core by .ci/consumer-check.
using Ecvet;

var level = EqfLevel.Parse("4");
if (level != EqfLevel.Level4 || level.ElmUri.ToString() != "http://data.europa.eu/snb/eqf/4")
{
    Console.Error.WriteLine("consumer check: unexpected EQF level behaviour");
    return 1;
}

var finnish = LanguageTag.Parse("FI");
var title = LocalizedText.English("Cook").With(finnish, "Kokki");
var unit = UnitOfLearningOutcomes.Create(
    UnitId.Parse("cook-u1"),
    LocalizedText.English("Food safety and hygiene"),
    [LearningOutcome.Create(LearningOutcomeId.Parse("cook-u1-lo1"), LocalizedText.English("Applies HACCP."), LearningOutcomeType.Skill)]);
var qualification = Qualification.Create(
    QualificationId.Parse("fi-cook"),
    title,
    InstitutionId.Create(IdentifierScheme.Schac, "example.fi"),
    CreditPoints.From(180),
    [UnitAllocation.Create(unit.Id, CreditPoints.From(180))],
    level,
    referenceFullTimeYears: 3);
if (finnish.Value != "fi" || title.GetBestMatch(LanguageTag.Parse("fi-FI")) != "Kokki" || !qualification.IsComplete
    || !qualification.ValidateAgainst(UnitCatalogue.Create([unit])).IsEmpty || qualification.Warnings.Length != 0)
{
    Console.Error.WriteLine("consumer check: unexpected qualification behaviour");
    return 1;
}

try
{
    qualification.WithUnit(UnitAllocation.Create(UnitId.Parse("cook-u2"), CreditPoints.From(1)));
    Console.Error.WriteLine("consumer check: over-allocation was accepted");
    return 1;
}
catch (ArgumentException e) when (e.ParamName == "allocation")
{
}

Console.WriteLine($"consumer check ok: EQF level {level}; {qualification}");
return 0;
