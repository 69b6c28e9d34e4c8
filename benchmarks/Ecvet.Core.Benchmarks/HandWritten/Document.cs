namespace Ecvet.Benchmarks.HandWritten;

// What a user would write by hand for reflection-based System.Text.Json: mutable classes, no validation.
#pragma warning disable CA2227, CA1002 // settable List<T> properties are the point here

public sealed class Document
{
    public string? SchemaVersion { get; set; }

    public Qualification? Qualification { get; set; }

    public List<Unit>? Units { get; set; }
}

public sealed class Qualification
{
    public string? Id { get; set; }

    public Dictionary<string, string>? Title { get; set; }

    public int? EqfLevel { get; set; }

    public Credit? TotalCredit { get; set; }

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
}

public sealed class Outcome
{
    public string? Id { get; set; }

    public LearningOutcomeType Type { get; set; }

    public Dictionary<string, string>? Statement { get; set; }

    public int? EqfLevel { get; set; }

    public List<string>? EscoSkills { get; set; }

    public decimal Weight { get; set; }

    public bool Critical { get; set; }
}
