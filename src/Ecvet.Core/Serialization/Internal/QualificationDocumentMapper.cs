using Ecvet.Serialization.Internal.Wire;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// Maps the qualification document between its wire records and the domain, reporting every problem at its path.
/// Parsing (identifiers, texts, ECVET points, EQF levels, enumerations, ESCO references) happens here; every rule of
/// validity (positive points, the allocated sum, distinct entries, group keys) is the domain's, and its exception is
/// reported at the wire member it is about through <see cref="WireParameter"/>.
/// </summary>
internal static class QualificationDocumentMapper
{
    public static readonly Dictionary<Type, Action<object, ProblemSink>> Parts = new()
    {
        [typeof(QualificationWire)] = (wire, sink) => _ = MapQualification((QualificationWire)wire, sink),
        [typeof(UnitWire)] = (wire, sink) => _ = MapUnit((UnitWire)wire, sink),
        [typeof(LearningOutcomeWire)] = (wire, sink) => _ = MapOutcome((LearningOutcomeWire)wire, sink),
    };

    public static QualificationDocument? Map(QualificationDocumentWire document, ProblemSink sink)
    {
        var before = sink.Count;
        WireCommon.SchemaVersion(sink, document.SchemaVersion);

        Qualification? qualification = null;
        if (document.Qualification is null)
        {
            sink.Add(JsonProblemCode.NullNotAllowed, "The qualification must not be null.", "qualification");
        }
        else
        {
            sink.Path.Push("qualification");
            qualification = MapQualification(document.Qualification, sink);
            sink.Path.Pop();
        }

        var units = WireReader.Items(sink, document.Units, "units", required: true) ? MapUnits(document.Units, sink, "units") : null;
        if (sink.Count != before || qualification is null || units is null)
        {
            return null;
        }

        var catalogue = WireReader.Domain(sink, "units", () => UnitCatalogue.Create(units), [new("units", "units") { ItemMember = "id" }]);
        if (catalogue is null)
        {
            return null;
        }

        // An allocation to a unit the document does not describe is refused by the document's factory, at the allocation.
        return WireReader.Domain(
            sink,
            null,
            () => QualificationDocument.Create(qualification, catalogue, document.ValidFrom),
            [new("qualification", "qualification", JsonProblemCode.UnknownReference)]);
    }

    /// <summary>A unit catalogue written as the array of its units (a user's DTO); a repeated id is the domain's to refuse.</summary>
    internal static UnitCatalogue? MapCatalogue(List<UnitWire> wires, ProblemSink sink) =>
        MapUnits(wires, sink, null) is { } units ? WireReader.Domain(sink, null, () => UnitCatalogue.Create(units)) : null;

    /// <summary>Maps every unit of an array at its index under <paramref name="property"/> (null: the array is the root).</summary>
    private static List<UnitOfLearningOutcomes>? MapUnits(List<UnitWire> wires, ProblemSink sink, string? property)
    {
        var before = sink.Count;
        var units = new List<UnitOfLearningOutcomes>(wires.Count);
        if (property is not null)
        {
            sink.Path.Push(property);
        }

        for (var i = 0; i < wires.Count; i++)
        {
            sink.Path.Push(i);
            if (wires[i] is not { } wire)
            {
                sink.Add(JsonProblemCode.NullNotAllowed, "A unit must not be null.");
            }
            else if (MapUnit(wire, sink) is { } unit)
            {
                units.Add(unit);
            }

            sink.Path.Pop();
        }

        if (property is not null)
        {
            sink.Path.Pop();
        }

        return sink.Count == before ? units : null;
    }

    internal static Qualification? MapQualification(QualificationWire wire, ProblemSink sink)
    {
        var before = sink.Count;
        var id = WireReader.Identifier<QualificationId>(sink, wire.Id, "id", QualificationId.TryParse, "qualification identifier");
        var title = WireReader.Text(sink, wire.Title, "title");
        var awardingBody = MapInstitution(wire.AwardingBody, sink, "awardingBody");
        _ = WireReader.EqfLevel(sink, wire.EqfLevel, "eqfLevel", out var eqf);
        var nqf = MapNqf(wire.NqfLevel, sink);
        IscedFCode? field = null;
        if (wire.Field is { } fieldText && !IscedFCode.TryParse(fieldText, out field))
        {
            sink.Add(JsonProblemCode.InvalidIdentifier, $"'{WireReader.Short(fieldText)}' is not an ISCED-F 2013 field code such as 07, 071 or 0713.", "field");
        }

        var total = WireReader.EcvetPoints(sink, wire.TotalCredit, "totalCredit");

        var allocations = new List<UnitAllocation>();
        if (WireReader.Items(sink, wire.Units, "units", required: true))
        {
            sink.Path.Push("units");
            for (var i = 0; i < wire.Units.Count; i++)
            {
                sink.Path.Push(i);
                if (wire.Units[i] is not { } allocation)
                {
                    sink.Add(JsonProblemCode.NullNotAllowed, "An allocation must not be null.");
                }
                else if (MapAllocation(allocation, sink) is { } made)
                {
                    allocations.Add(made);
                }

                sink.Path.Pop();
            }

            sink.Path.Pop();
        }

        if (sink.Count != before || id is null || title is null || awardingBody is null || total is not { } t)
        {
            return null;
        }

        // The allocations as a whole have one rule besides distinctness: together they stay within the total, so a
        // breach is reported at the total the reader compares them with.
        return WireReader.Domain(
            sink,
            null,
            () => Qualification.Create(id, title, awardingBody, t, allocations, eqf, nqf, field, wire.ReferenceFullTimeYears),
            ["referenceFullTimeYears", new("totalPoints", "totalCredit"), new("allocations", "totalCredit") { Items = "units", ItemMember = "unit" }]);
    }

    internal static UnitAllocation? MapAllocation(UnitAllocationWire allocation, ProblemSink sink)
    {
        var unitId = WireReader.Identifier<UnitId>(sink, allocation.Unit, "unit", UnitId.TryParse, "unit identifier");
        var points = WireReader.EcvetPoints(sink, allocation.Credit, "credit");
        return unitId is not null && points is { } p
            ? WireReader.Domain(sink, "credit", () => UnitAllocation.Create(unitId, p, allocation.Mandatory), [new("points", "credit")])
            : null;
    }

    private static NqfLevel? MapNqf(NqfLevelWire? wire, ProblemSink sink)
    {
        if (wire is null)
        {
            return null;
        }

        sink.Path.Push("nqfLevel");
        var level = MapNqfLevel(wire, sink);
        sink.Path.Pop();
        return level;
    }

    internal static NqfLevel? MapNqfLevel(NqfLevelWire wire, ProblemSink sink)
    {
        var before = sink.Count;
        if (wire.Framework is null)
        {
            sink.Add(JsonProblemCode.NullNotAllowed, "The framework must not be null.", "framework");
        }

        if (wire.Level is null)
        {
            sink.Add(JsonProblemCode.NullNotAllowed, "The level must not be null.", "level");
        }

        _ = WireReader.EqfLevel(sink, wire.ReferencedEqfLevel, "referencedEqfLevel", out var eqf);
        return sink.Count == before ? WireReader.Domain(sink, null, () => NqfLevel.Create(wire.Framework!, wire.Level!, eqf)) : null;
    }

    private static InstitutionId? MapInstitution(InstitutionIdWire? wire, ProblemSink sink, string property)
    {
        if (wire is null)
        {
            sink.Add(JsonProblemCode.NullNotAllowed, "The institution identifier must not be null.", property);
            return null;
        }

        if (!WireReader.Enum(sink, wire.Scheme, property))
        {
            return null;
        }

        if (wire.Value is null)
        {
            sink.Path.Push(property);
            sink.Add(JsonProblemCode.NullNotAllowed, "The identifier must not be null.", "value");
            sink.Path.Pop();
            return null;
        }

        if (InstitutionId.IsValid(wire.Scheme, wire.Value))
        {
            return InstitutionId.Create(wire.Scheme, wire.Value);
        }

        sink.Path.Push(property);
        var id = WireReader.Domain(sink, "value", () => InstitutionId.Create(wire.Scheme, wire.Value));
        sink.Path.Pop();
        return id;
    }

    internal static UnitOfLearningOutcomes? MapUnit(UnitWire wire, ProblemSink sink)
    {
        var before = sink.Count;
        var id = WireReader.Identifier<UnitId>(sink, wire.Id, "id", UnitId.TryParse, "unit identifier");
        var title = WireReader.Text(sink, wire.Title, "title");
        _ = WireReader.EqfLevel(sink, wire.EqfLevel, "eqfLevel", out var eqf);
        var outcomes = new List<LearningOutcome>();
        if (WireReader.Items(sink, wire.LearningOutcomes, "learningOutcomes", required: true))
        {
            sink.Path.Push("learningOutcomes");
            for (var i = 0; i < wire.LearningOutcomes.Count; i++)
            {
                sink.Path.Push(i);
                if (wire.LearningOutcomes[i] is not { } outcomeWire)
                {
                    sink.Add(JsonProblemCode.NullNotAllowed, "A learning outcome must not be null.");
                }
                else if (MapOutcome(outcomeWire, sink) is { } outcome)
                {
                    outcomes.Add(outcome);
                }

                sink.Path.Pop();
            }

            sink.Path.Pop();
        }

        var methods = new List<AssessmentMethod>();
        if (WireReader.Items(sink, wire.AssessmentMethods, "assessmentMethods", required: false))
        {
            sink.Path.Push("assessmentMethods");
            for (var i = 0; i < wire.AssessmentMethods.Count; i++)
            {
                sink.Path.Push(i);
                var method = wire.AssessmentMethods[i];
                _ = WireReader.Enum(sink, method, null);
                methods.Add(method);
                sink.Path.Pop();
            }

            sink.Path.Pop();
        }

        var procedure = WireReader.OptionalText(sink, wire.AssessmentProcedure, "assessmentProcedure");
        var occupations = new List<EscoOccupationRef>();
        if (WireReader.Items(sink, wire.Occupations, "occupations", required: false))
        {
            sink.Path.Push("occupations");
            for (var i = 0; i < wire.Occupations.Count; i++)
            {
                sink.Path.Push(i);
                var text = wire.Occupations[i];
                if (text is null)
                {
                    sink.Add(JsonProblemCode.NullNotAllowed, "An occupation must not be null.");
                }
                else if (!EscoOccupationRef.TryParse(text, out var occupation))
                {
                    sink.Add(JsonProblemCode.InvalidIdentifier, $"'{WireReader.Short(text)}' is not an ESCO occupation URI ({EscoOccupationRef.UriPrefix}<uuid>).");
                }
                else
                {
                    occupations.Add(occupation);
                }

                sink.Path.Pop();
            }

            sink.Path.Pop();
        }

        if (sink.Count != before || id is null || title is null)
        {
            return null;
        }

        return WireReader.Domain(
            sink,
            null,
            () => UnitOfLearningOutcomes.Create(id, title, outcomes, methods, procedure, eqf, wire.ValidityPeriod, occupations),
            [new("learningOutcomes", "learningOutcomes") { ItemMember = "id" }, "assessmentMethods", "occupations"]);
    }

    internal static LearningOutcome? MapOutcome(LearningOutcomeWire wire, ProblemSink sink)
    {
        var before = sink.Count;
        var id = WireReader.Identifier<LearningOutcomeId>(sink, wire.Id, "id", LearningOutcomeId.TryParse, "learning outcome identifier");
        _ = WireReader.Enum(sink, wire.Type, "type");
        var statement = WireReader.Text(sink, wire.Statement, "statement");
        _ = WireReader.EqfLevel(sink, wire.EqfLevel, "eqfLevel", out var eqf);
        var skills = new List<EscoSkillRef>();
        if (WireReader.Items(sink, wire.EscoSkills, "escoSkills", required: false))
        {
            sink.Path.Push("escoSkills");
            for (var i = 0; i < wire.EscoSkills.Count; i++)
            {
                sink.Path.Push(i);
                if (wire.EscoSkills[i] is not { } skill)
                {
                    sink.Add(JsonProblemCode.NullNotAllowed, "An ESCO skill must not be null.");
                }
                else if (MapSkill(skill, sink) is { } made)
                {
                    skills.Add(made);
                }

                sink.Path.Pop();
            }

            sink.Path.Pop();
        }

        var related = new List<Uri>();
        if (WireReader.Items(sink, wire.RelatedSkills, "relatedSkills", required: false))
        {
            sink.Path.Push("relatedSkills");
            for (var i = 0; i < wire.RelatedSkills.Count; i++)
            {
                sink.Path.Push(i);
                var text = wire.RelatedSkills[i];
                if (text is null)
                {
                    sink.Add(JsonProblemCode.NullNotAllowed, "A related skill must not be null.");
                }
                else if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
                {
                    sink.Add(JsonProblemCode.InvalidIdentifier, $"'{WireReader.Short(text)}' is not an absolute URI.");
                }
                else
                {
                    related.Add(uri);
                }

                sink.Path.Pop();
            }

            sink.Path.Pop();
        }

        var criteria = WireReader.OptionalText(sink, wire.AssessmentCriteria, "assessmentCriteria");
        if (sink.Count != before || id is null || statement is null)
        {
            return null;
        }

        // The rule is the domain's; only the code is chosen here, from the domain's length limit.
        var groupKeyCode = wire.GroupKey?.Length > IdentifierSyntax.MaxTokenLength ? JsonProblemCode.StringTooLong : JsonProblemCode.InvalidIdentifier;
        return WireReader.Domain(
            sink,
            null,
            () => LearningOutcome.Create(id, statement, wire.Type, eqf, skills, related, wire.Weight, wire.Critical, criteria, wire.GroupKey),
            ["weight", new("escoSkills", "escoSkills") { ItemMember = "uri" }, "relatedSkills", new("groupKey", "groupKey", groupKeyCode)]);
    }

    internal static EscoSkillRef? MapSkill(EscoSkillWire skill, ProblemSink sink)
    {
        if (skill.Uri is null)
        {
            sink.Add(JsonProblemCode.NullNotAllowed, "The URI must not be null.", "uri");
            return null;
        }

        if (!EscoSkillRef.TryParse(skill.Uri, out var reference))
        {
            sink.Add(JsonProblemCode.InvalidIdentifier, $"'{WireReader.Short(skill.Uri)}' is not an ESCO skill URI ({EscoSkillRef.UriPrefix}<uuid>).", "uri");
            return null;
        }

        return (skill.SkillType is not { } type || WireReader.Enum(sink, type, "skillType"))
            && (skill.ReuseLevel is not { } reuse || WireReader.Enum(sink, reuse, "reuseLevel"))
            ? WireReader.Domain(sink, null, () => reference.WithSkillType(skill.SkillType).WithReuseLevel(skill.ReuseLevel))
            : null;
    }

    /// <summary>The wire form of a document: every member, in canonical order.</summary>
    public static QualificationDocumentWire ToWire(QualificationDocument document) => new()
    {
        SchemaVersion = EcvetJson.SchemaVersion,
        ValidFrom = document.ValidFrom,
        Qualification = ToWire(document.Qualification),
        Units = ToWire(document.Units),
    };

    public static QualificationWire ToWire(Qualification q) => new()
    {
        Id = q.Id.Value,
        Title = Text(q.Title),
        AwardingBody = new InstitutionIdWire { Scheme = q.AwardingBody.Scheme, Value = q.AwardingBody.Value },
        EqfLevel = q.EqfLevel?.Value,
        NqfLevel = q.NqfLevel is { } n ? ToWire(n) : null,
        Field = q.Field?.Value,
        TotalCredit = Ecvet(q.TotalPoints),
        ReferenceFullTimeYears = q.ReferenceFullTimeYears,
        Units = [.. q.Allocations.Select(ToWire)],
    };

    public static NqfLevelWire ToWire(NqfLevel n) => new() { Framework = n.Framework, Level = n.Level, ReferencedEqfLevel = n.ReferencedEqfLevel?.Value };

    public static UnitAllocationWire ToWire(UnitAllocation a) => new() { Unit = a.UnitId.Value, Credit = Ecvet(a.Points), Mandatory = a.IsMandatory };

    public static List<UnitWire> ToWire(UnitCatalogue units) => [.. units.Units.Select(ToWire)];

    public static UnitWire ToWire(UnitOfLearningOutcomes u) => new()
    {
        Id = u.Id.Value,
        Title = Text(u.Title),
        EqfLevel = u.Level?.Value,
        LearningOutcomes = [.. u.LearningOutcomes.Select(ToWire)],
        AssessmentMethods = [.. u.AssessmentMethods],
        AssessmentProcedure = u.AssessmentProcedure is { } p ? Text(p) : null,
        ValidityPeriod = u.ValidityPeriod,
        Occupations = [.. u.Occupations.Select(o => o.ToString())],
    };

    public static LearningOutcomeWire ToWire(LearningOutcome o) => new()
    {
        Id = o.Id.Value,
        Type = o.Type,
        Statement = Text(o.Statement),
        EqfLevel = o.Level?.Value,
        EscoSkills = [.. o.EscoSkills.Select(ToWire)],
        RelatedSkills = [.. o.RelatedSkills.Select(r => r.OriginalString)],
        Weight = o.Weight,
        Critical = o.IsCritical,
        AssessmentCriteria = o.AssessmentCriteria is { } c ? Text(c) : null,
        GroupKey = o.GroupKey,
    };

    public static EscoSkillWire ToWire(EscoSkillRef s) => new() { Uri = s.ToString(), SkillType = s.SkillType, ReuseLevel = s.ReuseLevel };

    private static CreditWire Ecvet(CreditPoints points) => new() { Scheme = CreditScheme.Ecvet.Code, Value = points.Value };

    internal static Dictionary<string, string> Text(LocalizedText text)
    {
        var map = new Dictionary<string, string>(text.Count, StringComparer.Ordinal);
        foreach (var (language, value) in text.Entries)
        {
            map.Add(language.Value, value);
        }

        return map;
    }
}
