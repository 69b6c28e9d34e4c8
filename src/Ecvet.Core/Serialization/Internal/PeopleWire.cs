using Ecvet.Serialization.Internal.Wire;

namespace Ecvet.Serialization.Internal;

/// <summary>Learners, names and organisations to and from the wire.</summary>
internal static class PeopleWire
{
    public static LearnerWire ToWire(Learner learner) => new()
    {
        Ids = [.. learner.Ids.Select(id => id.ToString())],
        Name = learner.Name is null ? null : ToWire(learner.Name),
        BirthDate = learner.BirthDate,
        Citizenship = learner.Citizenship?.Value,
        Email = learner.Email,
    };

    public static PersonNameWire ToWire(PersonName name) => new() { GivenNames = name.GivenNames, FamilyName = name.FamilyName };

    public static Learner? FromWire(ProblemSink sink, LearnerWire? wire, string property)
    {
        if (wire is null)
        {
            sink.Add(JsonProblemCode.NullNotAllowed, "The learner must not be null.", property);
            return null;
        }

        sink.Path.Push(property);
        var learner = FromWire(sink, wire);
        sink.Path.Pop();
        return learner;
    }

    /// <summary>A learner at the current path.</summary>
    public static Learner? FromWire(ProblemSink sink, LearnerWire wire)
    {
        var before = sink.Count;
        var ids = new List<LearnerId>();
        if (WireReader.Items(sink, wire.Ids, "ids", required: false))
        {
            sink.Path.Push("ids");
            for (var i = 0; i < wire.Ids.Count; i++)
            {
                sink.Path.Push(i);
                if (WireReader.Identifier<LearnerId>(sink, wire.Ids[i], null!, LearnerId.TryParse, "learner identifier") is { } id)
                {
                    ids.Add(id);
                }

                sink.Path.Pop();
            }

            sink.Path.Pop();
        }

        var name = wire.Name is null ? null : FromWire(sink, wire.Name, "name");
        CountryCode? citizenship = null;
        if (wire.Citizenship is not null)
        {
            citizenship = WireReader.Identifier<CountryCode>(sink, wire.Citizenship, "citizenship", CountryCode.TryParse, "ISO 3166 country code");
        }

        Learner? learner = null;
        if (sink.Count == before)
        {
            learner = WireReader.Domain(sink, null, () => Learner.Create(ids, name, wire.BirthDate, citizenship, wire.Email));
        }

        return learner;
    }

    /// <summary>A person's name; problems at <paramref name="property"/> (null: the name is the root).</summary>
    public static PersonName? FromWire(ProblemSink sink, PersonNameWire? wire, string? property)
    {
        if (wire is null)
        {
            sink.Add(JsonProblemCode.NullNotAllowed, "The name must not be null.", property);
            return null;
        }

        return WireReader.Domain(sink, property, () => PersonName.Create(wire.GivenNames, wire.FamilyName));
    }

    public static OrganisationWire ToWire(Organisation organisation) => new()
    {
        Id = organisation.Id.ToString(),
        OtherIds = [.. organisation.OtherIds.Select(id => id.ToString())],
        Name = AgreementWireWriter.Text(organisation.Name)!,
        Country = organisation.Country.Value,
        Roles = [.. organisation.Roles],
        Contact = organisation.Contact is { } c ? ToWire(c) : null,
    };

    public static ContactPointWire ToWire(ContactPoint c) => new() { Name = c.Name, Email = c.Email, Phone = c.Phone, Website = c.Website?.OriginalString };

    /// <summary>A contact point; problems at <paramref name="property"/> (null: the contact point is the root).</summary>
    public static ContactPoint? FromWire(ProblemSink sink, ContactPointWire c, string? property)
    {
        Uri? website = null;
        if (c.Website is not null && !Uri.TryCreate(c.Website, UriKind.Absolute, out website))
        {
            // The member is pushed as a path segment, so that the problem's path is …contact.website, not …['contact.website'].
            if (property is not null)
            {
                sink.Path.Push(property);
            }

            sink.Add(JsonProblemCode.InvalidValue, $"'{WireReader.Short(c.Website)}' is not an absolute URI.", "website");
            if (property is not null)
            {
                sink.Path.Pop();
            }
        }

        return WireReader.Domain(sink, property, () => ContactPoint.Create(c.Name, c.Email, c.Phone, website));
    }

    public static Organisation? FromWire(ProblemSink sink, OrganisationWire wire)
    {
        var before = sink.Count;
        var id = WireReader.Identifier<InstitutionId>(sink, wire.Id, "id", InstitutionId.TryParse, "institution identifier (scheme:value)");
        var otherIds = new List<InstitutionId>();
        if (WireReader.Items(sink, wire.OtherIds, "otherIds", required: false))
        {
            sink.Path.Push("otherIds");
            for (var i = 0; i < wire.OtherIds.Count; i++)
            {
                sink.Path.Push(i);
                if (WireReader.Identifier<InstitutionId>(sink, wire.OtherIds[i], null!, InstitutionId.TryParse, "institution identifier (scheme:value)") is { } other)
                {
                    otherIds.Add(other);
                }

                sink.Path.Pop();
            }

            sink.Path.Pop();
        }

        var name = WireReader.Text(sink, wire.Name, "name");
        var country = WireReader.Identifier<CountryCode>(sink, wire.Country, "country", CountryCode.TryParse, "ISO 3166 country code");
        _ = WireReader.Items(sink, wire.Roles, "roles", required: true);
        ContactPoint? contact = null;
        if (wire.Contact is { } c)
        {
            contact = FromWire(sink, c, "contact");
        }

        return sink.Count == before
            ? WireReader.Domain(sink, null, () => Organisation.Create(id!, name!, country!, wire.Roles, otherIds, contact))
            : null;
    }
}
