namespace Ecvet.Serialization.Internal.Wire;

// Wire records: the JSON contract, with no validation that throws. Property order here is the order written.
// Non-nullable members are required; nullable scalars may be absent (read as null) but are always written.

/// <summary><c>{ "schemaVersion": "1.0", "qualification": {…}, "units": [ … ] }</c>.</summary>
internal sealed record QualificationDocumentWire
{
    public required string SchemaVersion { get; init; }

    public required QualificationWire Qualification { get; init; }

    public required List<UnitWire> Units { get; init; }
}

internal sealed record QualificationWire
{
    public required string Id { get; init; }

    public required Dictionary<string, string> Title { get; init; }

    public int? EqfLevel { get; init; }

    public required CreditWire TotalCredit { get; init; }

    public required List<UnitAllocationWire> Units { get; init; }
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
}

internal sealed record LearningOutcomeWire
{
    public required string Id { get; init; }

    public required LearningOutcomeType Type { get; init; }

    public required Dictionary<string, string> Statement { get; init; }

    public int? EqfLevel { get; init; }

    public required List<string> EscoSkills { get; init; }

    public required decimal Weight { get; init; }

    public required bool Critical { get; init; }
}
