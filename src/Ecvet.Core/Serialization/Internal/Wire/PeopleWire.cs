using NodaTime;

namespace Ecvet.Serialization.Internal.Wire;

/// <summary><c>{ "ids": ["esi:…"], "name": { … }, "birthDate": "2005-05-14", "citizenship": "FI", "email": null }</c>.</summary>
internal sealed record LearnerWire
{
    public required List<string> Ids { get; init; }

    public PersonNameWire? Name { get; init; }

    public LocalDate? BirthDate { get; init; }

    public string? Citizenship { get; init; }

    public string? Email { get; init; }
}

/// <summary><c>{ "givenNames": "Aino", "familyName": "Virtanen" }</c>; <c>givenNames</c> null for a single name.</summary>
internal sealed record PersonNameWire
{
    public string? GivenNames { get; init; }

    public required string FamilyName { get; init; }
}

/// <summary>An organisation: identifiers, name, country, competence roles and an optional contact point.</summary>
internal sealed record OrganisationWire
{
    public required string Id { get; init; }

    public required List<string> OtherIds { get; init; }

    public required Dictionary<string, string> Name { get; init; }

    public required string Country { get; init; }

    public required List<CompetenceRole> Roles { get; init; }

    public ContactPointWire? Contact { get; init; }
}

/// <summary>How to reach an organisation; every member is optional.</summary>
internal sealed record ContactPointWire
{
    public string? Name { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Website { get; init; }
}
