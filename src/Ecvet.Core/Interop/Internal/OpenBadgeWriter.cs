using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ecvet.Assessment;
using Ecvet.Recognition;
using Ecvet.Serialization;
using NodaTime.Text;

namespace Ecvet.Interop.Internal;

/// <summary>
/// Writes a unit of a qualification as an Open Badges 3.0 <c>OpenBadgeCredential</c> (an AchievementCredential), and
/// collects notes on what Open Badges cannot hold.
/// </summary>
internal sealed class OpenBadgeWriter
{
    internal const string CredentialsContext = "https://www.w3.org/2018/credentials/v1";
    internal const string OpenBadgesContext = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    private readonly Qualification qualification;
    private readonly UnitOfLearningOutcomes unit;
    private readonly UnitAllocation allocation;
    private readonly OpenBadgeCredentialOptions options;
    private readonly AssessmentResult? result;
    private readonly RecognitionReport? report;
    private readonly UnitDecision? decision;
    private readonly ImmutableArray<ExportNote>.Builder notes = ImmutableArray.CreateBuilder<ExportNote>();

    /// <summary>A badge for a unit recognised by the home institution: the decision gives the credit earned and the result.</summary>
    internal OpenBadgeWriter(QualificationDocument document, RecognitionReport report, UnitDecision decision, OpenBadgeCredentialOptions options)
        : this(document, decision.Unit, options, result: null)
    {
        this.report = report;
        this.decision = decision;
    }

    internal OpenBadgeWriter(QualificationDocument document, UnitId unitId, OpenBadgeCredentialOptions options, AssessmentResult? result)
    {
        qualification = document.Qualification;
        allocation = qualification.GetAllocation(unitId);
        unit = document.Units.Get(unitId);
        this.options = options;
        this.result = result;
    }

    private string AchievementId => ElmQualificationWriter.UnitUrn(qualification.Id, unit.Id);

    internal ExportResult Export()
    {
        var bytes = JsonLdWriting.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("@context");
            writer.WriteStringValue(CredentialsContext);
            writer.WriteStringValue(OpenBadgesContext);
            writer.WriteEndArray();
            writer.WriteString("id", options.CredentialId.OriginalString);
            writer.WriteStartArray("type");
            writer.WriteStringValue("VerifiableCredential");
            writer.WriteStringValue("OpenBadgeCredential");
            writer.WriteEndArray();
            writer.WriteString("name", Text(unit.Title, unit.Id + ".title"));
            writer.WriteStartObject("issuer");
            writer.WriteString("id", options.IssuerId.OriginalString);
            writer.WriteStartArray("type");
            writer.WriteStringValue("Profile");
            writer.WriteEndArray();
            if (options.IssuerName is { } issuerName)
            {
                writer.WriteString("name", issuerName);
            }

            writer.WriteEndObject();
            writer.WriteString("issuanceDate", InstantPattern.General.Format(options.IssuedOn));
            if (report is not null)
            {
                writer.WriteString("awardedDate", LocalDatePattern.Iso.Format(report.EvaluatedOn) + "T00:00:00Z");
            }

            WriteSubject(writer);
            if (decision is not null)
            {
                WriteRecognitionEvidence(writer, decision);
            }

            if (result is not null && !result.Evidence.IsEmpty)
            {
                writer.WriteStartArray("evidence");
                foreach (var evidence in result.Evidence)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", evidence.OriginalString);
                    writer.WriteStartArray("type");
                    writer.WriteStringValue("Evidence");
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        });
        return new ExportResult(bytes, notes.ToImmutable(), isSigned: false);
    }

    private void WriteSubject(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("credentialSubject");
        if (options.SubjectId is { } subjectId)
        {
            writer.WriteString("id", subjectId.OriginalString);
        }
        else
        {
            Note("no-subject", "credentialSubject", "No subject identifier was given (OpenBadgeCredentialOptions.SubjectId): the credential names no learner.");
        }

        writer.WriteStartArray("type");
        writer.WriteStringValue("AchievementSubject");
        writer.WriteEndArray();
        WriteAchievement(writer);

        if (decision is not null)
        {
            WriteRecognitionResult(writer, decision);
            writer.WriteEndObject();
            return;
        }

        // Issuing the badge awards the unit, so without an assessment result the subject earns the unit's points; with
        // one, only a passed result earns them.
        if (result is null || result.IsPassed)
        {
            writer.WriteNumber("creditsEarned", allocation.Points.Value);
        }

        if (result is not null)
        {
            writer.WriteStartArray("result");
            writer.WriteStartObject();
            writer.WriteStartArray("type");
            writer.WriteStringValue("Result");
            writer.WriteEndArray();
            writer.WriteString("resultDescription", ResultDescriptionId(result.Scheme));
            if (result.Grade is { } grade)
            {
                writer.WriteString("value", grade);
            }

            writer.WriteString("status", result.Status switch
            {
                AssessmentStatus.Passed => "Completed",
                AssessmentStatus.Failed => "Failed",
                _ => "InProgress",
            });
            writer.WriteEndObject();
            writer.WriteEndArray();
            Note("assessment-details", "result", $"Open Badges results have no assessor, assessing institution, method or date; {result.Assessor} of {result.AssessingInstitution}, {result.Method}, on {result.AssessedOn:uuuu-MM-dd} are not written.");
        }

        writer.WriteEndObject();
    }

    private void WriteAchievement(Utf8JsonWriter writer)
    {
        var title = Text(unit.Title, unit.Id + ".title");
        writer.WriteStartObject("achievement");
        writer.WriteString("id", AchievementId);
        writer.WriteStartArray("type");
        writer.WriteStringValue("Achievement");
        writer.WriteEndArray();

        // Open Badges' achievement types include no unit of learning outcomes; the specification allows extensions.
        writer.WriteString("achievementType", "ext:UnitOfLearningOutcomes");
        writer.WriteString("name", title);
        writer.WriteString("description", string.Create(
            CultureInfo.InvariantCulture,
            $"Unit of learning outcomes '{title}' ({unit.Id}) of the qualification '{Text(qualification.Title, qualification.Id + ".title")}' ({qualification.Id}), worth {allocation.Points} of its {qualification.TotalPoints} ECVET points."));
        writer.WriteStartObject("criteria");
        writer.WriteString("narrative", Narrative());
        writer.WriteEndObject();
        WriteAlignments(writer);
        writer.WriteNumber("creditsAvailable", allocation.Points.Value);
        writer.WriteString("humanCode", unit.Id.ToString());
        if (qualification.Field is { } field)
        {
            writer.WriteString("fieldOfStudy", "ISCED-F " + field.Value);
        }

        if (result is not null)
        {
            writer.WriteStartArray("resultDescription");
            WriteResultDescription(writer, result.Scheme);
            writer.WriteEndArray();
        }
        else if (decision is not null)
        {
            writer.WriteStartArray("resultDescription");
            writer.WriteStartObject();
            writer.WriteString("id", RecognitionResultId);
            writer.WriteStartArray("type");
            writer.WriteStringValue("ResultDescription");
            writer.WriteEndArray();
            writer.WriteString("name", "Recognition by the home institution (ECVET)");
            writer.WriteString("resultType", "Status");
            WriteAllowedValues(writer, [PartialValue, FullValue]);
            writer.WriteString("requiredValue", FullValue);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private string Narrative()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"The learner has achieved the learning outcomes of the unit:\n");
        foreach (var outcome in unit.LearningOutcomes)
        {
            var statement = Text(outcome.Statement, outcome.Id + ".statement");
            text.Append(CultureInfo.InvariantCulture, $"\n- {TypeName(outcome.Type)}: {statement}{(outcome.IsCritical ? " (critical)" : string.Empty)}");
            if (outcome.Weight != 1m)
            {
                Note("outcome-weight", outcome.Id + ".weight", string.Create(CultureInfo.InvariantCulture, $"Open Badges criteria have no outcome weights; the weight {outcome.Weight:0.####} is not written."));
            }

            if (outcome.Level is { } level)
            {
                Note("outcome-level", outcome.Id + ".eqfLevel", $"Only the unit's level is aligned; the outcome's EQF level {level} is not written.");
            }
        }

        return text.ToString();
    }

    private void WriteAlignments(Utf8JsonWriter writer)
    {
        writer.WriteStartArray("alignment");

        // OB3's credit fields carry no scheme: this alignment names it.
        WriteAlignment(
            writer,
            "ECVET points",
            CreditScheme.Ecvet.FrameworkUri!.OriginalString,
            ElmVocabulary.EcvetLabel,
            "ecvet",
            "ext:CreditScheme");
        var level = unit.Level ?? qualification.EqfLevel;
        if (level is not null)
        {
            WriteAlignment(writer, $"EQF level {level}", level.ElmUri.OriginalString, "European Qualifications Framework", level.ToString(), "ext:EQFLevel");
        }

        var seen = new HashSet<EscoSkillRef>();
        foreach (var outcome in unit.LearningOutcomes)
        {
            foreach (var skill in outcome.EscoSkills)
            {
                if (!seen.Add(skill))
                {
                    continue;
                }

                if (!options.EscoSkillLabels.TryGetValue(skill, out var name))
                {
                    name = "ESCO skill " + skill.Id.ToString("D");
                    Note("esco-label", outcome.Id + ".escoSkills", $"No label was given for {skill} (OpenBadgeCredentialOptions.EscoSkillLabels); the alignment is named by the skill's identifier.");
                }

                WriteAlignment(writer, name, skill.ToString(), "ESCO", skill.Id.ToString("D"), "ext:EscoSkill");
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteAlignment(Utf8JsonWriter writer, string name, string url, string framework, string code, string type)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("type");
        writer.WriteStringValue("Alignment");
        writer.WriteEndArray();
        writer.WriteString("targetName", name);
        writer.WriteString("targetUrl", url);
        writer.WriteString("targetFramework", framework);
        writer.WriteString("targetCode", code);
        writer.WriteString("targetType", type);
        writer.WriteEndObject();
    }

    private const string FullValue = "full";
    private const string PartialValue = "partial";

    private string RecognitionResultId => AchievementId + ":result:recognition";

    /// <summary>
    /// The home institution's decision as the subject's result: the points awarded now are the credit earned; a unit
    /// recognised in full is completed, one recognised in part is still in progress (its covered outcomes are banked).
    /// </summary>
    private void WriteRecognitionResult(Utf8JsonWriter writer, UnitDecision recognised)
    {
        writer.WriteNumber("creditsEarned", recognised.Points.Value);
        writer.WriteStartArray("result");
        writer.WriteStartObject();
        writer.WriteStartArray("type");
        writer.WriteStringValue("Result");
        writer.WriteEndArray();
        writer.WriteString("resultDescription", RecognitionResultId);
        var full = recognised.Outcome == RecognitionOutcome.Full;
        writer.WriteString("value", full ? FullValue : PartialValue);
        writer.WriteString("status", full ? "Completed" : "InProgress");
        writer.WriteEndObject();
        writer.WriteEndArray();
        if (!full)
        {
            Note("partial-recognition", recognised.Unit.ToString(), string.Create(
                CultureInfo.InvariantCulture,
                $"The unit is recognised in part (coverage {recognised.Coverage:0.####}): the badge's result is in progress, it earns the {recognised.Points} points awarded now, and the evidence lists the outcomes covered."));
        }

        Note("recognition-trace", "report.trace", $"The {report!.Trace.Length} rule results of rule set {report.RuleSetId}@{report.RuleSetVersion} are not written: Open Badges has no place for the reasoning of a recognition; the evidence lists what each covered outcome rests on.");
    }

    /// <summary>One evidence entry per covered outcome, saying what it rests on (Open Badges evidence needs no URL).</summary>
    private static void WriteRecognitionEvidence(Utf8JsonWriter writer, UnitDecision recognised)
    {
        writer.WriteStartArray("evidence");
        foreach (var covered in recognised.CoveredOutcomes)
        {
            writer.WriteStartObject();
            writer.WriteStartArray("type");
            writer.WriteStringValue("Evidence");
            writer.WriteEndArray();
            writer.WriteString("name", covered.Outcome.ToString());
            writer.WriteString("narrative", $"Learning outcome {covered.Outcome}: {covered.Evidence} on {LocalDatePattern.Iso.Format(covered.Evidence.AssessedOn)}.");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private string ResultDescriptionId(GradingScheme scheme) => $"{AchievementId}:result:{JsonLdWriting.UrnSegment(scheme.Id)}";

    private void WriteResultDescription(Utf8JsonWriter writer, GradingScheme scheme)
    {
        writer.WriteStartObject();
        writer.WriteString("id", ResultDescriptionId(scheme));
        writer.WriteStartArray("type");
        writer.WriteStringValue("ResultDescription");
        writer.WriteEndArray();
        writer.WriteString("name", Text(scheme.Title, "grading scheme " + scheme.Id + ".title"));
        switch (scheme.Kind)
        {
            case GradingKind.Numeric:
                writer.WriteString("resultType", "RawScore");
                writer.WriteString("requiredValue", Number(scheme.PassMark!.Value));
                writer.WriteString("valueMin", Number(scheme.Minimum!.Value));
                writer.WriteString("valueMax", Number(scheme.Maximum!.Value));
                if (!scheme.HigherIsBetter)
                {
                    Note("grading-direction", "grading scheme " + scheme.Id, "Open Badges scores have no direction; the scheme's lower-is-better direction is not written.");
                }

                break;
            case GradingKind.Ordinal:
                writer.WriteString("resultType", "LetterGrade");
                WriteAllowedValues(writer, scheme.Labels);
                writer.WriteString("requiredValue", scheme.LowestPassingLabel);
                break;
            default:
                writer.WriteString("resultType", "Result");
                WriteAllowedValues(writer, [GradingScheme.Fail, GradingScheme.Pass]);
                writer.WriteString("requiredValue", GradingScheme.Pass);
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteAllowedValues(Utf8JsonWriter writer, ImmutableArray<string> values)
    {
        // Open Badges orders allowed values from the lowest to the highest, as the grading scheme does.
        writer.WriteStartArray("allowedValue");
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string TypeName(LearningOutcomeType type) => type switch
    {
        LearningOutcomeType.Knowledge => "Knowledge",
        LearningOutcomeType.Skill => "Skill",
        _ => "Competence",
    };

    /// <summary>The text in the credential's language (or the closest one), noting the languages left out.</summary>
    private string Text(LocalizedText text, string subject)
    {
        var value = text.GetBestMatch(options.Language);
        if (!text.Contains(options.Language))
        {
            Note("language", subject, $"The text has no {options.Language} version; another language of it is written.");
        }

        if (text.Count > 1)
        {
            var dropped = text.Languages.Where(l => !string.Equals(text.Get(l), value, StringComparison.Ordinal)).Select(l => l.Value);
            Note("language", subject, $"Open Badges text holds one language; the {string.Join(", ", dropped)} version(s) are not written.");
        }

        return value;
    }

    private void Note(string code, string subject, string message)
    {
        var note = new ExportNote(code, subject, message);
        if (!notes.Contains(note))
        {
            notes.Add(note);
        }
    }
}
