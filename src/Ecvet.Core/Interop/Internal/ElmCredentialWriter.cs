using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Ecvet.Assessment;
using Ecvet.Recognition;
using Ecvet.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Ecvet.Interop.Internal;

/// <summary>
/// Writes the units a recognition report recognises (in full or in part) as an unsigned ELM v3
/// <c>EuropeanDigitalCredential</c>: the learner as the credential subject, one <c>LearningAchievement</c> per unit with
/// the credit received, the host assessments that prove it and the home institution's award, specified by the unit as
/// the qualification export writes it. What is deferred or not recognised, and what ELM cannot hold, become notes.
/// </summary>
internal sealed class ElmCredentialWriter
{
    private const string TranscriptEntryPrefix = "transcript:$.entries[";

    private readonly QualificationDocument document;
    private readonly RecognitionReport report;
    private readonly PersonalTranscript? transcript;
    private readonly ElmCredentialOptions options;
    private readonly ImmutableArray<UnitDecision> recognised;
    private readonly bool wholeReport;
    private readonly ElmQualificationWriter specifications;
    private readonly ImmutableArray<ExportNote>.Builder notes = ImmutableArray.CreateBuilder<ExportNote>();
    private readonly string language;
    private readonly string agreementSegment;

    internal ElmCredentialWriter(QualificationDocument document, RecognitionReport report, PersonalTranscript? transcript,
        ElmCredentialOptions options, ImmutableArray<UnitDecision> recognised, bool wholeReport)
    {
        this.wholeReport = wholeReport;
        this.document = document;
        this.report = report;
        this.transcript = transcript;
        this.options = options;
        this.recognised = recognised;
        specifications = new ElmQualificationWriter(document, ElmExportOptions.Default);
        language = options.Language.Value;
        agreementSegment = JsonLdWriting.UrnSegment(report.Agreement);
    }

    /// <summary>Whether a decision becomes an achievement: only units recognised in full or in part do.</summary>
    internal static bool IsRecognised(UnitDecision decision) => decision.Outcome is RecognitionOutcome.Full or RecognitionOutcome.Partial;

    internal ExportResult Export()
    {
        foreach (var decision in report.Decisions.Where(d => wholeReport && !IsRecognised(d)))
        {
            var reasons = decision.Reasons.IsEmpty ? string.Empty : $" ({string.Join(", ", decision.Reasons)})";
            Note(
                decision.Outcome == RecognitionOutcome.Deferred ? "unit-deferred" : "unit-not-recognised",
                decision.Unit.ToString(),
                $"The unit is {(decision.Outcome == RecognitionOutcome.Deferred ? "deferred" : "not recognised")}{reasons}: a credential holds achievements only, so it is not written.");
        }

        var bytes = JsonLdWriting.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("@context");
            writer.WriteStringValue(ElmVocabulary.CredentialsContext);
            writer.WriteStringValue(ElmVocabulary.EdcContext);
            writer.WriteEndArray();
            writer.WriteString("id", options.CredentialId.OriginalString);
            writer.WriteStartArray("type");
            writer.WriteStringValue("VerifiableCredential");
            writer.WriteStringValue("EuropeanDigitalCredential");
            writer.WriteEndArray();
            WriteConcept(writer, "credentialProfiles", ElmVocabulary.GenericCredentialProfile, ElmVocabulary.CredentialProfileScheme, "Generic");
            writer.WriteStartObject("credentialSchema");
            writer.WriteString("id", ElmVocabulary.EdcGenericFullSchema);
            writer.WriteString("type", "ShaclValidator2017");
            writer.WriteEndObject();
            writer.WritePropertyName("issuer");
            WriteOrganisation(writer, options.AwardingBody, options.IssuerEidasIdentifier);
            if (options.IssuedOn is { } issued)
            {
                var instant = InstantPattern.General.Format(issued);
                writer.WriteString("issued", instant);
                writer.WriteString("issuanceDate", instant);
                writer.WriteString("validFrom", instant);
            }
            else
            {
                writer.WriteString("validFrom", DateTime(report.EvaluatedOn));
            }

            WriteSubject(writer);
            WriteDisplay(writer);
            writer.WriteEndObject();
        });

        if (options.IssuedOn is null)
        {
            Note("unsealed-issued", "credential.issued", "No issuance instant was given (ElmCredentialOptions.IssuedOn): the issuing service sets it when it seals the credential; validFrom is the day of the recognition.");
        }

        if (options.IssuerEidasIdentifier is null)
        {
            Note("unsealed-eidas", "credential.issuer", $"No eIDAS legal identifier of the issuer {options.AwardingBody.Id} was given (ElmCredentialOptions.IssuerEidasIdentifier): the issuing service adds it when it seals the credential.");
        }

        Note("recognition-trace", "report.trace", $"The {report.Trace.Length} rule results of rule set {report.RuleSetId}@{report.RuleSetVersion} are not written: ELM has no place for the reasoning of a recognition; the achievements' descriptions summarise each decision.");
        notes.AddRange(specifications.Notes);
        return new ExportResult(bytes, notes.ToImmutable(), isSigned: false);
    }

    private void WriteSubject(Utf8JsonWriter writer)
    {
        var learner = report.Learner;
        var learnerSegment = learner.Ids.IsEmpty ? agreementSegment + ":learner" : JsonLdWriting.UrnSegment(learner.Ids[0].ToString());
        writer.WriteStartObject("credentialSubject");
        writer.WriteString("id", $"urn:epass:person:{learnerSegment}");
        writer.WriteString("type", "Person");
        if (!learner.Ids.IsEmpty)
        {
            writer.WriteStartArray("identifier");
            foreach (var id in learner.Ids)
            {
                writer.WriteStartObject();
                writer.WriteString("id", $"urn:epass:identifier:{JsonLdWriting.UrnSegment(id.ToString())}");
                writer.WriteString("type", "Identifier");
                writer.WriteString("notation", id.Value);
                writer.WriteString("schemeName", id.ToString()[..^(id.Value.Length + 1)]);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (learner.Name is { } name)
        {
            // Names are not translated; ELM holds them as language maps, so they are written in the credential's language.
            if (name.GivenNames is { } given)
            {
                WriteText(writer, "givenName", given);
            }

            WriteText(writer, "familyName", name.FamilyName);
            WriteText(writer, "fullName", name.ToString());
        }

        if (learner.BirthDate is { } birth)
        {
            writer.WriteString("dateOfBirth", DateTime(birth));
        }

        if (learner.Citizenship is { } country)
        {
            writer.WritePropertyName("citizenshipCountry");
            WriteCountry(writer, country);
        }

        if (learner.Email is { } email)
        {
            writer.WriteStartObject("contactPoint");
            writer.WriteString("id", $"urn:epass:contactPoint:{learnerSegment}");
            writer.WriteString("type", "ContactPoint");
            writer.WriteStartObject("emailAddress");
            writer.WriteString("id", "mailto:" + email);
            writer.WriteString("type", "Mailbox");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteStartArray("hasClaim");
        foreach (var decision in recognised)
        {
            WriteAchievement(writer, decision);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void WriteAchievement(Utf8JsonWriter writer, UnitDecision decision)
    {
        var unit = document.Units.Get(decision.Unit);
        var allocation = document.Qualification.GetAllocation(decision.Unit);
        var subject = decision.Unit.ToString();
        var segment = agreementSegment + ":" + JsonLdWriting.UrnSegment(subject);
        writer.WriteStartObject();
        writer.WriteString("id", $"urn:epass:learningAchievement:{segment}");
        writer.WriteString("type", "LearningAchievement");
        JsonLdWriting.WriteLanguageMap(writer, "title", unit.Title);
        WriteText(writer, "description", Describe(decision));
        WriteAwardingProcess(writer, $"urn:epass:awardingProcess:{segment}", options.AwardingBody, report.EvaluatedOn);
        if (decision.Points > CreditPoints.Zero)
        {
            ElmQualificationWriter.WriteCreditPoint(writer, $"urn:epass:creditPoint:{segment}:received", decision.Points, "creditReceived");
        }

        var assessments = Assessments(decision);
        if (assessments.Count > 0)
        {
            writer.WriteStartArray("provenBy");
            for (var i = 0; i < assessments.Count; i++)
            {
                WriteAssessment(writer, $"{segment}:{(i + 1).ToString(CultureInfo.InvariantCulture)}", assessments[i]);
            }

            writer.WriteEndArray();
        }

        writer.WritePropertyName("specifiedBy");
        specifications.WriteUnit(writer, allocation, unit);
        writer.WriteEndObject();

        if (decision.Outcome == RecognitionOutcome.Partial)
        {
            Note("partial-recognition", subject, string.Create(
                CultureInfo.InvariantCulture,
                $"The unit is recognised in part (coverage {decision.Coverage:0.####}, {decision.Points} of {decision.Allocation} points now): ELM cannot mark an achievement partial, so the achievement's description names the outcomes covered, and it is specified by the whole unit."));
        }
    }

    /// <summary>The host assessments behind a decision: one per transcript entry the evidence points at, in order of first use.</summary>
    private List<Assessment> Assessments(UnitDecision decision)
    {
        var byKey = new Dictionary<string, Assessment>(StringComparer.Ordinal);
        var ordered = new List<Assessment>();
        foreach (var covered in decision.CoveredOutcomes)
        {
            var evidence = covered.Evidence;
            var keys = evidence.Paths.Where(p => p.StartsWith(TranscriptEntryPrefix, StringComparison.Ordinal)).ToList();
            if (keys.Count == 0)
            {
                keys.Add($"{evidence.Kind}:{evidence.Source}");
            }

            foreach (var key in keys)
            {
                if (!byKey.TryGetValue(key, out var assessment))
                {
                    assessment = new Assessment(key, evidence, Entry(key));
                    byKey.Add(key, assessment);
                    ordered.Add(assessment);
                }

                assessment.Outcomes.Add(covered);
            }
        }

        return ordered;
    }

    private TranscriptEntry? Entry(string path)
    {
        if (transcript is null || !path.StartsWith(TranscriptEntryPrefix, StringComparison.Ordinal) || !path.EndsWith(']'))
        {
            return null;
        }

        var index = path.AsSpan(TranscriptEntryPrefix.Length, path.Length - TranscriptEntryPrefix.Length - 1);
        return int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < transcript.Entries.Length
            ? transcript.Entries[i]
            : null;
    }

    private void WriteAssessment(Utf8JsonWriter writer, string segment, Assessment assessment)
    {
        var result = assessment.Entry?.Result;
        var evidence = assessment.Evidence;
        writer.WriteStartObject();
        writer.WriteString("id", $"urn:epass:learningAssessment:{segment}");
        writer.WriteString("type", "LearningAssessment");
        if (assessment.Entry is { } entry)
        {
            JsonLdWriting.WriteLanguageMap(writer, "title", entry.Title);
        }
        else
        {
            WriteText(writer, "title", $"Assessment of {evidence.Source}");
        }

        WriteText(writer, "description", "Evidence for " + string.Join("; ", assessment.Outcomes.Select(c => $"{c.Outcome}: {c.Evidence}")) + ".");

        // Only passed results are evidence, so the grade status is "pass"; without the transcript the grade is that status.
        writer.WriteStartObject("grade");
        writer.WriteString("id", $"urn:epass:note:{segment}:grade");
        writer.WriteString("type", "Note");
        writer.WriteStartObject("noteLiteral");
        writer.WriteString(language, result?.Grade ?? "passed");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartObject("gradeStatus");
        writer.WriteString("id", ElmVocabulary.GradeStatusPass);
        writer.WriteString("type", "Concept");
        ElmQualificationWriter.WriteScheme(writer, ElmVocabulary.GradeStatusScheme);
        writer.WriteStartObject("prefLabel");
        writer.WriteString("en", "pass");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteString("dateIssued", DateTime(result?.AssessedOn ?? evidence.AssessedOn));
        var host = options.Host is { } h && h.IsIdentifiedBy(result?.AssessingInstitution ?? report.Host) ? h : null;
        WriteAwardingProcess(writer, $"urn:epass:awardingProcess:{segment}", host ?? options.AwardingBody, result?.AssessedOn ?? evidence.AssessedOn);
        if (host is not null)
        {
            writer.WritePropertyName("assessedBy");
            WriteOrganisation(writer, host, eidas: null);
        }

        if (result is not null)
        {
            writer.WriteStartObject("specifiedBy");
            writer.WriteString("id", $"urn:epass:learningAssessmentSpec:{segment}");
            writer.WriteString("type", "LearningAssessmentSpecification");
            JsonLdWriting.WriteLanguageMap(writer, "title", assessment.Entry!.Title);
            writer.WriteStartObject("gradingScheme");
            writer.WriteString("id", $"urn:epass:gradingScheme:{JsonLdWriting.UrnSegment(result.Scheme.Id)}");
            writer.WriteString("type", "GradingScheme");
            JsonLdWriting.WriteLanguageMap(writer, "title", result.Scheme.Title);
            writer.WriteEndObject();
            writer.WriteEndObject();
            Note("assessment-details", assessment.Key, $"ELM names no assessor or method of a learning assessment outside controlled vocabularies; {result.Assessor} ({result.Method}) is not written.");
        }

        writer.WriteEndObject();

        if (result is null)
        {
            Note("no-transcript", evidence.Source, "No transcript entry was found for this evidence (give the transcript the report was made from): the assessment is written with its status as the grade, without a grading scheme.");
        }

        if (host is null)
        {
            Note("no-host", report.Host.ToString(), $"The host {report.Host} was not given as an organisation (ElmCredentialOptions.Host): the assessments name no assessing body and are awarded through the home institution's recognition.");
        }

        Note("grade-status-concept", "gradeStatus", "The grade status is a concept with a local identifier: the EU vocabulary of grade statuses is not known here.");
    }

    private static void WriteAwardingProcess(Utf8JsonWriter writer, string id, Organisation body, LocalDate date)
    {
        writer.WriteStartObject("awardedBy");
        writer.WriteString("id", id);
        writer.WriteString("type", "AwardingProcess");
        writer.WritePropertyName("awardingBody");
        WriteOrganisation(writer, body, eidas: null);
        writer.WriteString("awardingDate", DateTime(date));
        writer.WriteEndObject();
    }

    private static void WriteOrganisation(Utf8JsonWriter writer, Organisation organisation, string? eidas)
    {
        var segment = JsonLdWriting.UrnSegment(organisation.Id.ToString());
        writer.WriteStartObject();
        writer.WriteString("id", $"urn:epass:organisation:{segment}");
        writer.WriteString("type", "Organisation");
        JsonLdWriting.WriteLanguageMap(writer, "legalName", organisation.Name);
        writer.WriteStartArray("identifier");
        foreach (var id in organisation.OtherIds.Insert(0, organisation.Id))
        {
            writer.WriteStartObject();
            writer.WriteString("id", $"urn:epass:identifier:{JsonLdWriting.UrnSegment(id.ToString())}");
            writer.WriteString("type", "Identifier");
            writer.WriteString("notation", id.Value);
            writer.WriteString("schemeName", id.ToString()[..^(id.Value.Length + 1)]);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (eidas is not null)
        {
            writer.WriteStartObject("eIDASIdentifier");
            writer.WriteString("id", $"urn:epass:legalIdentifier:{segment}:eidas");
            writer.WriteString("type", "LegalIdentifier");
            writer.WriteString("notation", eidas);
            writer.WritePropertyName("spatial");
            WriteCountry(writer, organisation.Country);
            writer.WriteEndObject();
        }

        writer.WriteStartObject("location");
        writer.WriteString("id", $"urn:epass:location:{segment}");
        writer.WriteString("type", "Location");
        writer.WriteStartObject("address");
        writer.WriteString("id", $"urn:epass:address:{segment}");
        writer.WriteString("type", "Address");
        writer.WritePropertyName("countryCode");
        WriteCountry(writer, organisation.Country);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteCountry(Utf8JsonWriter writer, CountryCode country)
    {
        writer.WriteStartObject();
        writer.WriteString("id", $"{ElmVocabulary.CountryScheme}/{country.Alpha3}");
        writer.WriteString("type", "Concept");
        ElmQualificationWriter.WriteScheme(writer, ElmVocabulary.CountryScheme);
        writer.WriteString("notation", country.Value);
        writer.WriteEndObject();
    }

    private void WriteDisplay(Utf8JsonWriter writer)
    {
        var title = $"Recognised ECVET credit: {document.Qualification.Title.GetBestMatch(options.Language)}";
        var (languageUri, languageName) = ElmLanguages.Concept(options.Language);
        writer.WriteStartObject("displayParameter");
        writer.WriteString("id", $"urn:epass:displayParameter:{agreementSegment}");
        writer.WriteString("type", "DisplayParameter");
        WriteText(writer, "title", title);
        WriteConcept(writer, "primaryLanguage", languageUri, ElmLanguages.Scheme, languageName);
        WriteConcept(writer, "language", languageUri, ElmLanguages.Scheme, languageName);
        writer.WriteStartObject("individualDisplay");
        writer.WriteString("id", $"urn:epass:individualDisplay:{agreementSegment}");
        writer.WriteString("type", "IndividualDisplay");
        WriteConcept(writer, "language", languageUri, ElmLanguages.Scheme, languageName);
        writer.WriteStartObject("displayDetail");
        writer.WriteString("id", $"urn:epass:displayDetail:{agreementSegment}:1");
        writer.WriteString("type", "DisplayDetail");
        writer.WriteStartObject("image");
        writer.WriteString("id", $"urn:epass:mediaObject:{agreementSegment}:1");
        writer.WriteString("type", "MediaObject");
        writer.WriteBase64String("content", ElmDisplayImage.Svg(title, report, recognised, document, options.Language));
        WriteConcept(writer, "contentEncoding", ElmVocabulary.Base64Encoding, ElmVocabulary.EncodingScheme, "base64");
        WriteConcept(writer, "contentType", ElmVocabulary.SvgFileType, ElmVocabulary.FileTypeScheme, "SVG");
        writer.WriteEndObject();
        writer.WriteNumber("page", 1);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        Note("display-image", "displayParameter", "The display image is an SVG page summarising the credential, drawn by the library; an issuing service may replace it with its own rendering.");
    }

    private static void WriteConcept(Utf8JsonWriter writer, string name, string id, string scheme, string label)
    {
        writer.WriteStartObject(name);
        writer.WriteString("id", id);
        writer.WriteString("type", "Concept");
        ElmQualificationWriter.WriteScheme(writer, scheme);
        writer.WriteStartObject("prefLabel");
        writer.WriteString("en", label);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private void WriteText(Utf8JsonWriter writer, string name, string text)
    {
        writer.WriteStartObject(name);
        writer.WriteString(language, text);
        writer.WriteEndObject();
    }

    private static string Describe(UnitDecision decision)
    {
        var covered = string.Join(", ", decision.CoveredOutcomes.Select(c => c.Outcome.ToString()));
        return decision.Outcome == RecognitionOutcome.Full
            ? string.Create(CultureInfo.InvariantCulture, $"Recognised in full: {decision.Points} ECVET points; learning outcomes {covered}.")
            : string.Create(CultureInfo.InvariantCulture,
                $"Recognised in part: {decision.CoveredOutcomes.Length} of {decision.TargetedOutcomes.Length} targeted learning outcomes ({covered}), coverage {decision.Coverage:0.####}; {decision.Points} of {decision.Allocation} ECVET points awarded now.");
    }

    /// <summary>ELM dates are xsd:dateTime: a calendar day is written at midnight UTC.</summary>
    private static string DateTime(LocalDate date) => LocalDatePattern.Iso.Format(date) + "T00:00:00Z";

    private void Note(string code, string subject, string message)
    {
        var note = new ExportNote(code, subject, message);
        if (!notes.Contains(note))
        {
            notes.Add(note);
        }
    }

    /// <summary>One host assessment (a transcript entry, or one piece of evidence without one) and the outcomes it proves.</summary>
    private sealed class Assessment(string key, OutcomeEvidence evidence, TranscriptEntry? entry)
    {
        /// <summary>Where the assessment is in the inputs (a transcript entry's path), or the evidence's kind and source.</summary>
        public string Key { get; } = key;

        public OutcomeEvidence Evidence { get; } = evidence;

        public TranscriptEntry? Entry { get; } = entry;

        public List<CoveredOutcome> Outcomes { get; } = [];
    }
}
