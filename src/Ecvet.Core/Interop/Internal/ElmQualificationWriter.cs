using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Ecvet.Serialization;

namespace Ecvet.Interop.Internal;

/// <summary>
/// Writes a qualification as an ELM v3 <c>Qualification</c>, its units as partial qualifications in <c>hasPart</c>,
/// and collects notes on what ELM cannot hold.
/// </summary>
/// <remarks>
/// Units are typed <c>Qualification</c> with <c>isPartialQualification: true</c>, not plain
/// <c>LearningAchievementSpecification</c>: the EDC profile's shape for <c>Qualification.hasPart</c> demands
/// <c>elm:Qualification</c>, and an ECVET unit is exactly a part of a qualification that can be assessed and
/// recognised on its own. A <c>Qualification</c> is a <c>LearningAchievementSpecification</c>, so nothing is lost.
/// </remarks>
internal sealed class ElmQualificationWriter
{
    private readonly QualificationDocument document;
    private readonly ElmExportOptions options;
    private readonly ImmutableArray<ExportNote>.Builder notes = ImmutableArray.CreateBuilder<ExportNote>();

    internal ElmQualificationWriter(QualificationDocument document, ElmExportOptions options)
    {
        this.document = document;
        this.options = options;
    }

    private Qualification Qualification => document.Qualification;

    private string QualificationSegment => JsonLdWriting.UrnSegment(Qualification.Id.ToString());

    internal ExportResult Export()
    {
        var bytes = JsonLdWriting.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("@context");
            writer.WriteStringValue(ElmVocabulary.CredentialsContext);
            writer.WriteStringValue(ElmVocabulary.EdcContext);
            writer.WriteEndArray();
            WriteQualification(writer);
            writer.WriteEndObject();
        });
        return new ExportResult(bytes, notes.ToImmutable(), isSigned: false);
    }

    /// <summary>The identifier of a unit of this qualification: units carry points per qualification, so the id is scoped by it.</summary>
    internal static string UnitUrn(QualificationId qualification, UnitId unit) =>
        $"urn:epass:qualification:{JsonLdWriting.UrnSegment(qualification.ToString())}:unit:{JsonLdWriting.UrnSegment(unit.ToString())}";

    private void WriteQualification(Utf8JsonWriter writer)
    {
        var q = Qualification;
        var subject = q.Id.ToString();
        writer.WriteString("id", $"urn:epass:qualification:{QualificationSegment}");
        writer.WriteString("type", "Qualification");
        JsonLdWriting.WriteLanguageMap(writer, "title", q.Title);
        if (q.EqfLevel is { } eqf)
        {
            WriteEqfLevel(writer, eqf);
        }

        if (q.NqfLevel is { } nqf)
        {
            WriteNqfLevel(writer, nqf, subject);
        }

        if (q.Field is { } field)
        {
            writer.WriteStartObject("thematicArea");
            writer.WriteString("id", field.ElmUri.OriginalString);
            writer.WriteString("type", "Concept");
            WriteScheme(writer, ElmVocabulary.IscedFScheme);
            writer.WriteString("notation", field.Value);
            writer.WriteEndObject();
        }

        WriteCreditPoint(writer, $"urn:epass:creditPoint:{QualificationSegment}", q.TotalPoints);
        if (options.NotionalHoursPerFullTimeYear is { } hoursPerYear)
        {
            var years = q.ReferenceFullTimeYears ?? q.TotalPoints.Value / Qualification.PointsPerFullTimeYear;
            writer.WriteString("volumeOfLearning", Hours(years * hoursPerYear));
        }
        else if (q.ReferenceFullTimeYears is { } years)
        {
            Note("reference-years", subject + ".referenceFullTimeYears", string.Create(
                CultureInfo.InvariantCulture,
                $"ELM has no property for the {years:0.##} reference years of full-time VET; give ElmExportOptions.NotionalHoursPerFullTimeYear to write them as a volume of learning in hours."));
        }

        writer.WriteBoolean("isPartialQualification", false);
        if (!q.Allocations.IsEmpty)
        {
            writer.WriteStartArray("hasPart");
            foreach (var allocation in q.Allocations)
            {
                WriteUnit(writer, allocation, document.Units.Get(allocation.UnitId));
            }

            writer.WriteEndArray();
        }

        Note("awarding-body", subject + ".awardingBody", $"The awarding body {q.AwardingBody} is not written: ELM names it through an awarding opportunity whose organisation needs a legal name and a registration, which an institution identifier alone does not give.");
        if (document.ValidFrom is { } validFrom)
        {
            Note("valid-from", subject + ".validFrom", $"ELM has no property for the date from which this version of the qualification applies ({validFrom:uuuu-MM-dd}).");
        }
    }

    /// <summary>The notes collected so far, for a writer that embeds units of this qualification (a credential's <c>specifiedBy</c>).</summary>
    internal ImmutableArray<ExportNote>.Builder Notes => notes;

    /// <summary>Writes a unit as a partial qualification; a credential of recognised credit embeds it as <c>specifiedBy</c>.</summary>
    internal void WriteUnit(Utf8JsonWriter writer, UnitAllocation allocation, UnitOfLearningOutcomes unit)
    {
        var subject = unit.Id.ToString();
        var unitSegment = QualificationSegment + ":" + JsonLdWriting.UrnSegment(subject);
        writer.WriteStartObject();
        writer.WriteString("id", UnitUrn(Qualification.Id, unit.Id));
        writer.WriteString("type", "Qualification");
        JsonLdWriting.WriteLanguageMap(writer, "title", unit.Title);
        if (unit.Level is { } level)
        {
            WriteEqfLevel(writer, level);
        }

        WriteCreditPoint(writer, $"urn:epass:creditPoint:{unitSegment}", allocation.Points);
        if (options.NotionalHoursPerFullTimeYear is { } hoursPerYear)
        {
            writer.WriteString("volumeOfLearning", Hours(allocation.Points.Value / Qualification.PointsPerFullTimeYear * hoursPerYear));
        }

        writer.WriteBoolean("isPartialQualification", true);
        if (unit.AssessmentProcedure is { } procedure)
        {
            writer.WriteStartObject("additionalNote");
            writer.WriteString("id", $"urn:epass:note:{unitSegment}:assessmentProcedure");
            writer.WriteString("type", "Note");
            JsonLdWriting.WriteLanguageMap(writer, "noteLiteral", procedure);
            writer.WriteEndObject();
        }

        writer.WriteStartArray("learningOutcome");
        foreach (var outcome in unit.LearningOutcomes)
        {
            WriteOutcome(writer, unitSegment, outcome);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();

        if (!allocation.IsMandatory)
        {
            Note("optional-unit", subject + ".mandatory", "ELM cannot mark a part of a qualification optional; the unit is written as a part like any other.");
        }

        if (!unit.AssessmentMethods.IsEmpty)
        {
            Note("assessment-methods", subject + ".assessmentMethods", $"The assessment methods ({string.Join(", ", unit.AssessmentMethods)}) are not written: ELM describes assessments as specifications with controlled-vocabulary modes, which have no counterpart for these methods.");
        }

        if (unit.ValidityPeriod is { } validity)
        {
            Note("validity-period", subject + ".validityPeriod", $"ELM has no property for how long an achievement of the unit stays valid ({validity}).");
        }

        if (!unit.Occupations.IsEmpty)
        {
            Note("occupations", subject + ".occupations", $"The {unit.Occupations.Length} ESCO occupation(s) the unit prepares for are not written: ELM links occupations only through entitlements, which a unit does not grant.");
        }
    }

    private void WriteOutcome(Utf8JsonWriter writer, string unitSegment, LearningOutcome outcome)
    {
        var subject = outcome.Id.ToString();
        var outcomeSegment = unitSegment + ":" + JsonLdWriting.UrnSegment(subject);
        writer.WriteStartObject();
        writer.WriteString("id", $"urn:epass:learningOutcome:{outcomeSegment}");
        writer.WriteString("type", "LearningOutcome");
        JsonLdWriting.WriteLanguageMap(writer, "title", outcome.Statement);
        var skillType = outcome.Type switch
        {
            LearningOutcomeType.Knowledge => (Id: ElmVocabulary.SkillTypeKnowledge, Label: "knowledge"),
            LearningOutcomeType.Skill => (Id: ElmVocabulary.SkillTypeSkill, Label: "skill"),
            _ => default,
        };
        if (skillType.Id is not null)
        {
            writer.WriteStartObject("dcType");
            writer.WriteString("id", skillType.Id);
            writer.WriteString("type", "Concept");
            WriteScheme(writer, ElmVocabulary.SkillTypeScheme);
            writer.WriteStartObject("prefLabel");
            writer.WriteString("en", skillType.Label);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        else
        {
            Note("competence-type", subject + ".type", "The ELM skill-type scheme has knowledge and skill only; the outcome, a competence (responsibility and autonomy), is written without a type.");
        }

        if (!outcome.EscoSkills.IsEmpty)
        {
            writer.WriteStartArray("relatedESCOSkill");
            foreach (var skill in outcome.EscoSkills)
            {
                writer.WriteStartObject();
                writer.WriteString("id", skill.ToString());
                writer.WriteString("type", "Concept");
                WriteScheme(writer, ElmVocabulary.EscoSkillsScheme);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (!outcome.RelatedSkills.IsEmpty)
        {
            writer.WriteStartArray("relatedSkill");
            foreach (var skill in outcome.RelatedSkills)
            {
                writer.WriteStartObject();
                writer.WriteString("id", skill.OriginalString);
                writer.WriteString("type", "Concept");
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (outcome.AssessmentCriteria is { } criteria)
        {
            writer.WriteStartObject("additionalNote");
            writer.WriteString("id", $"urn:epass:note:{outcomeSegment}:assessmentCriteria");
            writer.WriteString("type", "Note");
            JsonLdWriting.WriteLanguageMap(writer, "noteLiteral", criteria);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();

        if (outcome.Level is { } level)
        {
            Note("outcome-level", subject + ".eqfLevel", $"ELM learning outcomes have no level; EQF level {level} is not written.");
        }

        if (outcome.Weight != 1m)
        {
            Note("outcome-weight", subject + ".weight", string.Create(CultureInfo.InvariantCulture, $"ELM learning outcomes have no weight; the weight {outcome.Weight:0.####} is not written."));
        }

        if (outcome.IsCritical)
        {
            Note("outcome-critical", subject + ".isCritical", "ELM cannot mark an outcome as critical for recognition; the mark is not written.");
        }

        if (outcome.GroupKey is { } group)
        {
            Note("outcome-group", subject + ".groupKey", $"ELM learning outcomes have no grouping; the group '{group}' is not written.");
        }
    }

    private void WriteNqfLevel(Utf8JsonWriter writer, NqfLevel nqf, string subject)
    {
        // The concept of a national level in the Qualification Dataset Register is not known to the library, so the
        // level is a concept of its own, identified from the framework and the level, in the framework's scheme.
        var framework = Uri.TryCreate(nqf.Framework, UriKind.Absolute, out var frameworkUri)
            ? frameworkUri.OriginalString
            : $"urn:epass:conceptScheme:nqf:{JsonLdWriting.UrnSegment(nqf.Framework)}";
        writer.WriteStartObject("nqfLevel");
        writer.WriteString("id", $"urn:epass:concept:nqf:{JsonLdWriting.UrnSegment(nqf.Framework)}:{JsonLdWriting.UrnSegment(nqf.Level)}");
        writer.WriteString("type", "Concept");
        WriteScheme(writer, framework);
        writer.WriteString("notation", nqf.Level);
        writer.WriteStartObject("prefLabel");
        writer.WriteString("en", $"{nqf.Framework} {nqf.Level}");
        writer.WriteEndObject();
        writer.WriteEndObject();
        Note("nqf-level-concept", subject + ".nqfLevel", $"The NQF level {nqf} is written as a concept with a local identifier, since the concept the Qualification Dataset Register gives it is not known here.");
    }

    internal static void WriteEqfLevel(Utf8JsonWriter writer, EqfLevel level)
    {
        writer.WriteStartObject("eqfLevel");
        writer.WriteString("id", level.ElmUri.OriginalString);
        writer.WriteString("type", "Concept");
        WriteScheme(writer, ElmVocabulary.EqfScheme);
        writer.WriteStartObject("prefLabel");
        writer.WriteString("en", $"Level {level}");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    internal static void WriteCreditPoint(Utf8JsonWriter writer, string id, CreditPoints points, string name = "creditPoint")
    {
        writer.WriteStartObject(name);
        writer.WriteString("id", id);
        writer.WriteString("type", "CreditPoint");
        writer.WriteStartObject("framework");
        writer.WriteString("id", CreditScheme.Ecvet.FrameworkUri!.OriginalString);
        writer.WriteString("type", "Concept");
        WriteScheme(writer, ElmVocabulary.EducationCreditScheme);
        writer.WriteStartObject("prefLabel");
        writer.WriteString("en", ElmVocabulary.EcvetLabel);
        writer.WriteEndObject();
        writer.WriteEndObject();

        // ELM's point is a string (xsd:string); the invariant shortest form, "7.5" not "7.50".
        writer.WriteString("point", points.ToString());
        writer.WriteEndObject();
    }

    internal static void WriteScheme(Utf8JsonWriter writer, string schemeId)
    {
        writer.WriteStartObject("inScheme");
        writer.WriteString("id", schemeId);
        writer.WriteString("type", "ConceptScheme");
        writer.WriteEndObject();
    }

    /// <summary>
    /// An xsd:duration in hours and minutes, such as <c>PT4800H</c> or <c>PT533H20M</c>, rounded to the minute. Never
    /// <c>P…M</c> (months), and never a fraction of an hour: xsd:duration allows a fraction on seconds only.
    /// </summary>
    private static string Hours(decimal hours)
    {
        var minutes = (long)decimal.Round(hours * 60m, 0, MidpointRounding.AwayFromZero);
        var (whole, rest) = (minutes / 60, minutes % 60);
        return rest == 0
            ? string.Create(CultureInfo.InvariantCulture, $"PT{whole}H")
            : string.Create(CultureInfo.InvariantCulture, $"PT{whole}H{rest}M");
    }

    private void Note(string code, string subject, string message) => notes.Add(new ExportNote(code, subject, message));
}
