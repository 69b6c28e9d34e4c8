using System.Globalization;
using Ecvet.Serialization.Internal.Wire;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// Checks a qualification document against the domain's rules, reporting every problem at its path: identifiers, texts,
/// ECVET points, EQF levels, unique identifiers, and that every allocated unit is in the document's unit catalogue.
/// </summary>
/// <remarks>
/// The domain types use the same checks (ids, <see cref="LocalizedText"/>, <see cref="CreditPoints"/>,
/// <see cref="UnitAllocation"/>), so a document that passes builds without an exception. The composite qualification and
/// unit types map here as they join the library.
/// </remarks>
internal static class QualificationDocumentMapper
{
    public static readonly Dictionary<Type, Action<object, ProblemSink>> Parts = new()
    {
        [typeof(QualificationWire)] = (wire, sink) => _ = MapQualification((QualificationWire)wire, sink),
        [typeof(UnitWire)] = (wire, sink) => _ = MapUnit((UnitWire)wire, sink),
        [typeof(LearningOutcomeWire)] = (wire, sink) => _ = MapOutcome((LearningOutcomeWire)wire, sink),
    };

    public static QualificationDocumentWire? Map(QualificationDocumentWire document, ProblemSink sink)
    {
        var before = sink.Count;
        if (!string.Equals(document.SchemaVersion, EcvetJson.SchemaVersion, StringComparison.Ordinal))
        {
            sink.Add(JsonProblemCode.UnsupportedSchemaVersion, $"Schema version '{WireReader.Short(document.SchemaVersion ?? "null")}' is not supported; this library reads '{EcvetJson.SchemaVersion}'.", "schemaVersion");
        }

        if (document.Qualification is null)
        {
            sink.Add(JsonProblemCode.NullNotAllowed, "The qualification must not be null.", "qualification");
        }
        else
        {
            sink.Path.Push("qualification");
            _ = MapQualification(document.Qualification, sink);
            sink.Path.Pop();
        }

        var unitIds = new HashSet<string>(StringComparer.Ordinal);
        if (WireReader.Items(sink, document.Units, "units", required: true))
        {
            sink.Path.Push("units");
            for (var i = 0; i < document.Units.Count; i++)
            {
                var unit = document.Units[i];
                if (unit is null)
                {
                    sink.Path.Push(i);
                    sink.Add(JsonProblemCode.NullNotAllowed, "A unit must not be null.");
                    sink.Path.Pop();
                    continue;
                }

                sink.Path.Push(i);
                if (MapUnit(unit, sink) && !unitIds.Add(unit.Id))
                {
                    sink.Add(JsonProblemCode.DuplicateId, $"The unit '{WireReader.Short(unit.Id)}' is in the catalogue twice.", "id");
                }

                sink.Path.Pop();
            }

            sink.Path.Pop();
        }

        if (sink.Count == before && document.Qualification is { } qualification)
        {
            sink.Path.Push("qualification");
            sink.Path.Push("units");
            for (var i = 0; i < qualification.Units.Count; i++)
            {
                if (!unitIds.Contains(qualification.Units[i].Unit))
                {
                    sink.Path.Push(i);
                    sink.Add(JsonProblemCode.UnknownReference, $"The unit '{WireReader.Short(qualification.Units[i].Unit)}' is not in the document's units.", "unit");
                    sink.Path.Pop();
                }
            }

            sink.Path.Truncate(0);
        }

        return sink.Count == before ? document : null;
    }

    private static bool MapQualification(QualificationWire wire, ProblemSink sink)
    {
        var before = sink.Count;
        _ = WireReader.Identifier<QualificationId>(sink, wire.Id, "id", QualificationId.TryParse, "qualification identifier");
        _ = WireReader.Text(sink, wire.Title, "title");
        _ = WireReader.EqfLevel(sink, wire.EqfLevel, "eqfLevel", out _);
        var total = WireReader.EcvetPoints(sink, wire.TotalCredit, "totalCredit");
        if (WireReader.Items(sink, wire.Units, "units", required: true))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var sum = 0m;
            sink.Path.Push("units");
            for (var i = 0; i < wire.Units.Count; i++)
            {
                sink.Path.Push(i);
                var allocation = wire.Units[i];
                if (allocation is null)
                {
                    sink.Add(JsonProblemCode.NullNotAllowed, "An allocation must not be null.");
                }
                else
                {
                    var unitId = WireReader.Identifier<UnitId>(sink, allocation.Unit, "unit", UnitId.TryParse, "unit identifier");
                    var points = WireReader.EcvetPoints(sink, allocation.Credit, "credit");
                    if (unitId is not null && points is { } p)
                    {
                        if (!seen.Add(unitId.Value))
                        {
                            sink.Add(JsonProblemCode.DuplicateId, $"The unit '{WireReader.Short(unitId.Value)}' is allocated twice.", "unit");
                        }
                        else if (WireReader.Domain(sink, "credit", () => UnitAllocation.Create(unitId, p, allocation.Mandatory)) is { } made)
                        {
                            sum += made.Points.Value;
                        }
                    }
                }

                sink.Path.Pop();
            }

            sink.Path.Pop();
            if (sink.Count == before && total is { } t && sum > t.Value)
            {
                sink.Add(JsonProblemCode.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"The units carry {sum} points, more than the qualification's {t.Value}."), "totalCredit");
            }
        }

        return sink.Count == before;
    }

    private static bool MapUnit(UnitWire wire, ProblemSink sink)
    {
        var before = sink.Count;
        _ = WireReader.Identifier<UnitId>(sink, wire.Id, "id", UnitId.TryParse, "unit identifier");
        _ = WireReader.Text(sink, wire.Title, "title");
        _ = WireReader.EqfLevel(sink, wire.EqfLevel, "eqfLevel", out _);
        if (WireReader.Items(sink, wire.LearningOutcomes, "learningOutcomes", required: true))
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            sink.Path.Push("learningOutcomes");
            for (var i = 0; i < wire.LearningOutcomes.Count; i++)
            {
                sink.Path.Push(i);
                var outcome = wire.LearningOutcomes[i];
                if (outcome is null)
                {
                    sink.Add(JsonProblemCode.NullNotAllowed, "A learning outcome must not be null.");
                }
                else if (MapOutcome(outcome, sink) && !ids.Add(outcome.Id))
                {
                    sink.Add(JsonProblemCode.DuplicateId, $"The learning outcome '{WireReader.Short(outcome.Id)}' is in the unit twice.", "id");
                }

                sink.Path.Pop();
            }

            sink.Path.Pop();
        }

        return sink.Count == before;
    }

    private static bool MapOutcome(LearningOutcomeWire wire, ProblemSink sink)
    {
        var before = sink.Count;
        _ = WireReader.Identifier<LearningOutcomeId>(sink, wire.Id, "id", LearningOutcomeId.TryParse, "learning outcome identifier");
        _ = WireReader.Enum(sink, wire.Type, "type");
        _ = WireReader.Text(sink, wire.Statement, "statement");
        _ = WireReader.EqfLevel(sink, wire.EqfLevel, "eqfLevel", out _);
        if (WireReader.Items(sink, wire.EscoSkills, "escoSkills", required: false))
        {
            sink.Path.Push("escoSkills");
            for (var i = 0; i < wire.EscoSkills.Count; i++)
            {
                var uri = wire.EscoSkills[i];
                sink.Path.Push(i);
                if (uri is null)
                {
                    sink.Add(JsonProblemCode.NullNotAllowed, "An ESCO skill must not be null.");
                }
                else if (!uri.StartsWith("http://data.europa.eu/esco/skill/", StringComparison.Ordinal) || uri.Length > 100 || !Uri.IsWellFormedUriString(uri, UriKind.Absolute))
                {
                    sink.Add(JsonProblemCode.InvalidIdentifier, $"'{WireReader.Short(uri)}' is not an ESCO skill URI (http://data.europa.eu/esco/skill/…).");
                }

                sink.Path.Pop();
            }

            sink.Path.Pop();
        }

        if (wire.Weight <= 0m || wire.Weight > 1000m)
        {
            sink.Add(JsonProblemCode.InvalidValue, "The weight of an outcome is greater than 0 and at most 1000.", "weight");
        }

        return sink.Count == before;
    }
}
