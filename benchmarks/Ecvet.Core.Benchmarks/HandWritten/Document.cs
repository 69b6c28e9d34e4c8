namespace Ecvet.Benchmarks.HandWritten;

// What a user would write by hand for reflection-based System.Text.Json: mutable classes, no validation.
#pragma warning disable CA2227, CA1002 // settable List<T> properties are the point here

public sealed class Document
{
    public string? SchemaVersion { get; set; }

    public string? ValidFrom { get; set; }

    public Qualification? Qualification { get; set; }

    public List<Unit>? Units { get; set; }
}

public sealed class Qualification
{
    public string? Id { get; set; }

    public Dictionary<string, string>? Title { get; set; }

    public Institution? AwardingBody { get; set; }

    public int? EqfLevel { get; set; }

    public Credit? TotalCredit { get; set; }

    public decimal? ReferenceFullTimeYears { get; set; }

    public List<Allocation>? Units { get; set; }
}

public sealed class Allocation
{
    public string? Unit { get; set; }

    public Credit? Credit { get; set; }

    public bool Mandatory { get; set; }
}

public sealed class Credit
{
    public string? Scheme { get; set; }

    public decimal Value { get; set; }
}

public sealed class Unit
{
    public string? Id { get; set; }

    public Dictionary<string, string>? Title { get; set; }

    public int? EqfLevel { get; set; }

    public List<Outcome>? LearningOutcomes { get; set; }

    public List<AssessmentMethod>? AssessmentMethods { get; set; }

    public Dictionary<string, string>? AssessmentProcedure { get; set; }

    public string? ValidityPeriod { get; set; }

    public List<string>? Occupations { get; set; }
}

public sealed class Institution
{
    public IdentifierScheme Scheme { get; set; }

    public string? Value { get; set; }
}

public sealed class Skill
{
    public string? Uri { get; set; }

    public EscoSkillType? SkillType { get; set; }

    public EscoReuseLevel? ReuseLevel { get; set; }
}

public sealed class Outcome
{
    public string? Id { get; set; }

    public LearningOutcomeType Type { get; set; }

    public Dictionary<string, string>? Statement { get; set; }

    public int? EqfLevel { get; set; }

    public List<Skill>? EscoSkills { get; set; }

    public List<string>? RelatedSkills { get; set; }

    public decimal Weight { get; set; }

    public bool Critical { get; set; }

    public Dictionary<string, string>? AssessmentCriteria { get; set; }

    public string? GroupKey { get; set; }
}
