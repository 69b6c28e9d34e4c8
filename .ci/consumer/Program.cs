// Compiled and run against the packed Ecvet.Core by .ci/consumer-check.
using System.Text.Json;
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

// Public types inside the consumer's own DTO, with plain System.Text.Json and default options.
var dto = new Enrolment(UnitId.Parse("cook-u1"), CreditPoints.From(30), LearningOutcomeType.Skill);
var json = JsonSerializer.Serialize(dto);
const string ExpectedJson = "{\"Unit\":\"cook-u1\",\"Points\":30,\"Type\":\"skill\"}";
if (json != ExpectedJson || JsonSerializer.Deserialize<Enrolment>(json) != dto)
{
    Console.Error.WriteLine($"consumer check: a DTO of public types was written as {json}, expected {ExpectedJson}");
    return 1;
}

try
{
    JsonSerializer.Deserialize<Enrolment>("{\"Unit\":\"cook-u1\",\"Points\":-30,\"Type\":\"skill\"}");
    Console.Error.WriteLine("consumer check: negative points were read");
    return 1;
}
catch (JsonException)
{
}

Console.WriteLine($"consumer check ok: EQF level {level}; {qualification}; {json}");
return 0;

/// <summary>The consumer's own DTO.</summary>
internal sealed record Enrolment(UnitId Unit, CreditPoints Points, LearningOutcomeType Type);
