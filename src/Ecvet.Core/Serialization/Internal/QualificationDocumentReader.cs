using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using NodaTime;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// The fast path of reading a qualification document: one forward-only pass from UTF-8 straight to the domain, with
/// the structure of the strict contract. It decides no rule of validity: every value goes through the same domain
/// constructors as on the reference path, whose exceptions make it give up. It returns the document, or null at the
/// first doubt (then the reference path reads the same bytes and reports every problem); it never throws. The
/// differential tests (QualificationDocumentFastPathTests) catch a reader that accepts more or builds another value.
/// </summary>
internal static class QualificationDocumentReader
{
    private static readonly PropertyNames DocumentNames = new(["schemaVersion", "validFrom", "qualification", "units"], "validFrom");

    private static readonly PropertyNames QualificationNames = new(
        ["id", "title", "awardingBody", "eqfLevel", "nqfLevel", "field", "totalCredit", "referenceFullTimeYears", "units"],
        "eqfLevel", "nqfLevel", "field", "referenceFullTimeYears");

    private static readonly PropertyNames InstitutionNames = new(["scheme", "value"]);

    private static readonly PropertyNames NqfNames = new(["framework", "level", "referencedEqfLevel"], "referencedEqfLevel");

    private static readonly PropertyNames AllocationNames = new(["unit", "credit", "mandatory"]);

    private static readonly PropertyNames UnitNames = new(
        ["id", "title", "eqfLevel", "learningOutcomes", "assessmentMethods", "assessmentProcedure", "validityPeriod", "occupations"],
        "eqfLevel", "assessmentProcedure", "validityPeriod");

    private static readonly PropertyNames OutcomeNames = new(
        ["id", "type", "statement", "eqfLevel", "escoSkills", "relatedSkills", "weight", "critical", "assessmentCriteria", "groupKey"],
        "eqfLevel", "assessmentCriteria", "groupKey");

    private static readonly PropertyNames SkillNames = new(["uri", "skillType", "reuseLevel"], "skillType", "reuseLevel");

    /// <summary>The document, or null when anything is not plainly valid.</summary>
    public static QualificationDocument? TryRead(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8, FastReader.ReaderOptions);
            return reader.Read() && Document(ref reader, out var document) && !reader.Read() ? document : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // Malformed JSON, invalid UTF-8, or a domain rule: the reference path will say which.
            return null;
        }
    }

    private static bool Document(ref Utf8JsonReader reader, [NotNullWhen(true)] out QualificationDocument? document)
    {
        document = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        LocalDate? validFrom = null;
        Qualification? qualification = null;
        var units = ImmutableArray<UnitOfLearningOutcomes>.Empty;
        var seen = 0u;
        int index;
        while ((index = DocumentNames.Next(ref reader, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => FastReader.SchemaVersion(ref reader),
                1 => FastReader.OptionalLocalDate(ref reader, out validFrom),
                2 => Qualification(ref reader, out qualification),
                _ => FastReader.Items(ref reader, Unit, required: true, out units),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (index != PropertyNames.End || qualification is null)
        {
            return false;
        }

        // Duplicate unit identifiers and allocations to units not in the document throw ArgumentException here.
        document = QualificationDocument.Create(qualification, UnitCatalogue.Create(units), validFrom);
        return true;
    }

    private static bool Qualification(ref Utf8JsonReader reader, [NotNullWhen(true)] out Qualification? qualification)
    {
        qualification = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        string? id = null;
        LocalizedText? title = null;
        InstitutionId? awardingBody = null;
        EqfLevel? eqf = null;
        NqfLevel? nqf = null;
        IscedFCode? field = null;
        var total = CreditPoints.Zero;
        decimal? years = null;
        var allocations = ImmutableArray<UnitAllocation>.Empty;
        var seen = 0u;
        int index;
        while ((index = QualificationNames.Next(ref reader, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => FastReader.String(ref reader, out id),
                1 => FastReader.Text(ref reader, out title),
                2 => Institution(ref reader, out awardingBody),
                3 => FastReader.OptionalEqfLevel(ref reader, out eqf),
                4 => Nqf(ref reader, out nqf),
                5 => Field(ref reader, out field),
                6 => FastReader.EcvetPoints(ref reader, out total),
                7 => FastReader.OptionalDecimal(ref reader, out years),
                _ => FastReader.Items(ref reader, Allocation, required: true, out allocations),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (index != PropertyNames.End || !QualificationId.TryParse(id, out var qualificationId) || title is null || awardingBody is null)
        {
            return false;
        }

        // A zero total, duplicate units and more points allocated than the total throw ArgumentException here.
        qualification = new Qualification(qualificationId, title, awardingBody, eqf, nqf, field, total, years, allocations);
        return true;
    }

    private static bool Institution(ref Utf8JsonReader reader, [NotNullWhen(true)] out InstitutionId? id)
    {
        id = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var scheme = default(IdentifierScheme);
        string? value = null;
        var seen = 0u;
        int index;
        while ((index = InstitutionNames.Next(ref reader, ref seen)) >= 0)
        {
            var ok = index == 0 ? FastReader.Enum(ref reader, out scheme) : FastReader.String(ref reader, out value);
            if (!ok)
            {
                return false;
            }
        }

        if (index != PropertyNames.End || !InstitutionId.IsValid(scheme, value))
        {
            return false;
        }

        id = InstitutionId.Create(scheme, value);
        return true;
    }

    private static bool Nqf(ref Utf8JsonReader reader, out NqfLevel? nqf)
    {
        nqf = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        string? framework = null;
        string? level = null;
        EqfLevel? referenced = null;
        var seen = 0u;
        int index;
        while ((index = NqfNames.Next(ref reader, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => FastReader.String(ref reader, out framework),
                1 => FastReader.String(ref reader, out level),
                _ => FastReader.OptionalEqfLevel(ref reader, out referenced),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (index != PropertyNames.End || framework is null || level is null)
        {
            return false;
        }

        nqf = NqfLevel.Create(framework, level, referenced);
        return true;
    }

    private static bool Field(ref Utf8JsonReader reader, out IscedFCode? field)
    {
        field = null;
        return reader.TokenType == JsonTokenType.Null
            || (FastReader.String(ref reader, out var text) && IscedFCode.TryParse(text, out field));
    }

    private static bool Allocation(ref Utf8JsonReader reader, [NotNullWhen(true)] out UnitAllocation? allocation)
    {
        allocation = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        string? unit = null;
        var points = CreditPoints.Zero;
        var mandatory = false;
        var seen = 0u;
        int index;
        while ((index = AllocationNames.Next(ref reader, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => FastReader.String(ref reader, out unit),
                1 => FastReader.EcvetPoints(ref reader, out points),
                _ => FastReader.Boolean(ref reader, out mandatory),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (index != PropertyNames.End || !UnitId.TryParse(unit, out var unitId))
        {
            return false;
        }

        allocation = new UnitAllocation(unitId, points, mandatory);
        return true;
    }

    private static bool Unit(ref Utf8JsonReader reader, [NotNullWhen(true)] out UnitOfLearningOutcomes? unit)
    {
        unit = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        string? id = null;
        LocalizedText? title = null;
        EqfLevel? eqf = null;
        var outcomes = ImmutableArray<LearningOutcome>.Empty;
        var methods = ImmutableArray<AssessmentMethod>.Empty;
        LocalizedText? procedure = null;
        Period? validity = null;
        var occupations = ImmutableArray<EscoOccupationRef>.Empty;
        var seen = 0u;
        int index;
        while ((index = UnitNames.Next(ref reader, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => FastReader.String(ref reader, out id),
                1 => FastReader.Text(ref reader, out title),
                2 => FastReader.OptionalEqfLevel(ref reader, out eqf),
                3 => FastReader.Items(ref reader, Outcome, required: true, out outcomes),
                4 => FastReader.Items(ref reader, FastReader.Enum<AssessmentMethod>, required: false, out methods),
                5 => FastReader.OptionalText(ref reader, out procedure),
                6 => FastReader.OptionalPeriod(ref reader, out validity),
                _ => FastReader.Items(ref reader, Occupation, required: false, out occupations),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (index != PropertyNames.End || !UnitId.TryParse(id, out var unitId) || title is null)
        {
            return false;
        }

        // Duplicate outcomes, methods or occupations and a validity period that is not positive throw ArgumentException here.
        unit = new UnitOfLearningOutcomes(unitId, title, outcomes, methods, procedure, eqf, validity, occupations);
        return true;
    }

    private static bool Occupation(ref Utf8JsonReader reader, [NotNullWhen(true)] out EscoOccupationRef? occupation)
    {
        occupation = null;
        return FastReader.String(ref reader, out var text) && EscoOccupationRef.TryParse(text, out occupation);
    }

    private static bool Outcome(ref Utf8JsonReader reader, [NotNullWhen(true)] out LearningOutcome? outcome)
    {
        outcome = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        string? id = null;
        var type = default(LearningOutcomeType);
        LocalizedText? statement = null;
        EqfLevel? eqf = null;
        var skills = ImmutableArray<EscoSkillRef>.Empty;
        var related = ImmutableArray<Uri>.Empty;
        var weight = 0m;
        var critical = false;
        LocalizedText? criteria = null;
        string? groupKey = null;
        var seen = 0u;
        int index;
        while ((index = OutcomeNames.Next(ref reader, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => FastReader.String(ref reader, out id),
                1 => FastReader.Enum(ref reader, out type),
                2 => FastReader.Text(ref reader, out statement),
                3 => FastReader.OptionalEqfLevel(ref reader, out eqf),
                4 => FastReader.Items(ref reader, Skill, required: false, out skills),
                5 => FastReader.Items(ref reader, RelatedSkill, required: false, out related),
                6 => FastReader.Decimal(ref reader, out weight),
                7 => FastReader.Boolean(ref reader, out critical),
                8 => FastReader.OptionalText(ref reader, out criteria),
                _ => FastReader.OptionalString(ref reader, out groupKey),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (index != PropertyNames.End || !LearningOutcomeId.TryParse(id, out var outcomeId) || statement is null)
        {
            return false;
        }

        // Duplicate skills or related skills and a group key that is not a token throw ArgumentException here.
        outcome = new LearningOutcome(outcomeId, statement, type, eqf, skills, related, weight, critical, criteria, groupKey);
        return true;
    }

    private static bool Skill(ref Utf8JsonReader reader, [NotNullWhen(true)] out EscoSkillRef? skill)
    {
        skill = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        string? uri = null;
        EscoSkillType? type = null;
        EscoReuseLevel? reuse = null;
        var seen = 0u;
        int index;
        while ((index = SkillNames.Next(ref reader, ref seen)) >= 0)
        {
            var ok = index switch
            {
                0 => FastReader.String(ref reader, out uri),
                1 => FastReader.OptionalEnum(ref reader, out type),
                _ => FastReader.OptionalEnum(ref reader, out reuse),
            };
            if (!ok)
            {
                return false;
            }
        }

        skill = index == PropertyNames.End && uri is not null ? EscoSkillRef.TryCreate(uri, type, reuse) : null;
        return skill is not null;
    }

    private static bool RelatedSkill(ref Utf8JsonReader reader, [NotNullWhen(true)] out Uri? uri)
    {
        uri = null;
        return FastReader.String(ref reader, out var text) && Uri.TryCreate(text, UriKind.Absolute, out uri);
    }
}
