using NodaTime;

namespace Ecvet.Serialization.Internal.Wire;

// Wire records: the JSON contract, with no validation that throws. Property order here is the order written.
// Non-nullable members are required; nullable members may be absent (read as null) but are always written, as null.

/// <summary><c>{ "schemaVersion": "1.0", "validFrom": …, "qualification": {…}, "units": [ … ] }</c>.</summary>
internal sealed record QualificationDocumentWire
{
    public required string SchemaVersion { get; init; }

    public LocalDate? ValidFrom { get; init; }

    public required QualificationWire Qualification { get; init; }

    public required List<UnitWire> Units { get; init; }
}

internal sealed record QualificationWire
{
    public required string Id { get; init; }

    public required Dictionary<string, string> Title { get; init; }

    public required InstitutionIdWire AwardingBody { get; init; }

    public int? EqfLevel { get; init; }

    public NqfLevelWire? NqfLevel { get; init; }

    public string? Field { get; init; }

    public required CreditWire TotalCredit { get; init; }

    public decimal? ReferenceFullTimeYears { get; init; }

    public required List<UnitAllocationWire> Units { get; init; }
}

/// <summary><c>{ "framework": "FI", "level": "4", "referencedEqfLevel": 4 }</c>.</summary>
internal sealed record NqfLevelWire
{
    public required string Framework { get; init; }

    public required string Level { get; init; }

    public int? ReferencedEqfLevel { get; init; }
}

/// <summary><c>{ "scheme": "schac", "value": "omnia.fi" }</c>.</summary>
internal sealed record InstitutionIdWire
{
    public required IdentifierScheme Scheme { get; init; }

    public required string Value { get; init; }
}

/// <summary>A unit of the qualification and the credit it carries in it.</summary>
internal sealed record UnitAllocationWire
{
    public required string Unit { get; init; }

    public required CreditWire Credit { get; init; }

    public required bool Mandatory { get; init; }
}

/// <summary><c>{ "scheme": "ecvet", "value": 30 }</c>.</summary>
internal sealed record CreditWire
{
    public required string Scheme { get; init; }

    public required decimal Value { get; init; }
}

internal sealed record UnitWire
{
    public required string Id { get; init; }

    public required Dictionary<string, string> Title { get; init; }

    public int? EqfLevel { get; init; }

    public required List<LearningOutcomeWire> LearningOutcomes { get; init; }

    public required List<AssessmentMethod> AssessmentMethods { get; init; }

    public Dictionary<string, string>? AssessmentProcedure { get; init; }

    public Period? ValidityPeriod { get; init; }

    public required List<string> Occupations { get; init; }
}

internal sealed record LearningOutcomeWire
{
    public required string Id { get; init; }

    public required LearningOutcomeType Type { get; init; }

    public required Dictionary<string, string> Statement { get; init; }

    public int? EqfLevel { get; init; }

    public required List<EscoSkillWire> EscoSkills { get; init; }

    public required List<string> RelatedSkills { get; init; }

    public required decimal Weight { get; init; }

    public required bool Critical { get; init; }

    public Dictionary<string, string>? AssessmentCriteria { get; init; }

    public string? GroupKey { get; init; }
}

/// <summary><c>{ "uri": "http://data.europa.eu/esco/skill/…", "skillType": "skillCompetence", "reuseLevel": null }</c>.</summary>
internal sealed record EscoSkillWire
{
    public required string Uri { get; init; }

    public EscoSkillType? SkillType { get; init; }

    public EscoReuseLevel? ReuseLevel { get; init; }
}
