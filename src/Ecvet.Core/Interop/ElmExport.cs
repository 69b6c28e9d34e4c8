using System.Collections.Immutable;
using Ecvet.Assessment;
using Ecvet.Interop.Internal;
using Ecvet.Recognition;
using Ecvet.Serialization;

namespace Ecvet.Interop;

/// <summary>
/// Exports to the European Learning Model (ELM) v3, the JSON-LD model of Europass European Digital Credentials.
/// </summary>
/// <remarks>
/// <para>
/// A qualification becomes an ELM <c>Qualification</c>: its title as a language map, its EQF level and NQF level as
/// concepts in their schemes, its ISCED-F field as <c>thematicArea</c>, its ECVET points as a <c>creditPoint</c> in the
/// ECVET framework (the points as a string), and its units as <c>hasPart</c> partial qualifications, each with its own
/// credit points and its learning outcomes as <c>LearningOutcome</c> nodes (skill type, related ESCO skills).
/// </para>
/// <para>
/// Identifiers are stable <c>urn:epass:…</c> URNs built from the source identifiers (percent-encoded), so the same
/// input always gives the same bytes. The document names the W3C credentials v1 context and the EDC application profile
/// context, as the official samples do; it validates against the EDC generic SHACL shapes (see the repository's
/// <c>.ci/elm-shacl</c> check). What ELM cannot hold (outcome weights, critical marks, assessment methods, …) is listed
/// in <see cref="ExportResult.Notes"/>.
/// </para>
/// <para>
/// Recognised credit becomes an unsigned <c>EuropeanDigitalCredential</c> (<see cref="RecognisedCredit"/>,
/// <see cref="RecognisedUnit"/>): the learner is the credential subject and holds one <c>LearningAchievement</c> per unit
/// recognised in full or in part, with the credit received (<c>creditReceived</c>, ECVET points), the host assessments
/// that prove it (<c>provenBy</c>: grade and grade status, from the transcript the report's evidence points into), the
/// home institution's award (<c>awardedBy</c>: awarding body and date) and the unit's specification
/// (<c>specifiedBy</c>, the same node and identifier as in the qualification export). Deferred and unrecognised units
/// are not achievements: they are listed in the notes.
/// </para>
/// </remarks>
public static class ElmExport
{
    /// <summary>Exports a qualification, with the units it allocates points to, as an ELM v3 <c>Qualification</c>.</summary>
    /// <param name="document">The qualification and its units.</param>
    /// <param name="options">The options; <see cref="ElmExportOptions.Default"/> when null.</param>
    /// <returns>The JSON-LD document and the notes on what ELM could not express.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static ExportResult Qualification(QualificationDocument document, ElmExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ElmQualificationWriter(document, options ?? ElmExportOptions.Default).Export();
    }

    /// <summary>
    /// Exports every unit a recognition report recognises, in full or in part, as an unsigned Europass credential: an ELM
    /// v3 <c>EuropeanDigitalCredential</c> whose subject, the learner, holds one <c>LearningAchievement</c> per unit.
    /// </summary>
    /// <param name="document">The home qualification the report decided on, with its units.</param>
    /// <param name="report">The recognition report.</param>
    /// <param name="transcript">
    /// The host's transcript the report was made from, whose entries the evidence points into (grades and grading
    /// schemes), or <see langword="null"/>: then each assessment is written with its status as the grade.
    /// </param>
    /// <param name="options">The credential's identifier, the awarding (home) and host institutions, sealing details.</param>
    /// <returns>The JSON-LD credential and the notes, among them every unit that is deferred or not recognised.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/>, <paramref name="report"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The report is about another qualification, decides on a unit the qualification does not have, the transcript is
    /// for another agreement, or the report recognises no unit (a credential holds at least one achievement).
    /// </exception>
    public static ExportResult RecognisedCredit(QualificationDocument document, RecognitionReport report, PersonalTranscript? transcript, ElmCredentialOptions options)
    {
        Check(document, report, transcript, options);
        var recognised = report.Decisions.Where(ElmCredentialWriter.IsRecognised).ToImmutableArray();
        if (recognised.IsEmpty)
        {
            throw new ArgumentException(
                $"The report for agreement {report.Agreement} recognises no unit ({string.Join("; ", report.Decisions)}): a credential holds at least one achievement.",
                nameof(report));
        }

        return new ElmCredentialWriter(document, report, transcript, options, recognised, wholeReport: true).Export();
    }

    /// <summary>
    /// Exports one unit a recognition report recognises, in full or in part, as an unsigned Europass credential with one
    /// <c>LearningAchievement</c> (see <see cref="RecognisedCredit"/>).
    /// </summary>
    /// <param name="document">The home qualification the report decided on, with its units.</param>
    /// <param name="report">The recognition report.</param>
    /// <param name="unit">The unit, recognised in full or in part by the report.</param>
    /// <param name="transcript">The host's transcript the report was made from, or <see langword="null"/>.</param>
    /// <param name="options">The credential's identifier, the awarding (home) and host institutions, sealing details.</param>
    /// <returns>The JSON-LD credential and the notes.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="transcript"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The report is about another qualification or has no decision on <paramref name="unit"/>, the unit is deferred or
    /// not recognised, or the transcript is for another agreement.
    /// </exception>
    public static ExportResult RecognisedUnit(QualificationDocument document, RecognitionReport report, UnitId unit, PersonalTranscript? transcript, ElmCredentialOptions options)
    {
        ArgumentNullException.ThrowIfNull(unit);
        Check(document, report, transcript, options);
        var decision = RecognisedDecision(report, unit, nameof(unit));
        return new ElmCredentialWriter(document, report, transcript, options, [decision], wholeReport: false).Export();
    }

    /// <summary>The decision on a unit, which must be recognised in full or in part; shared with the Open Badges export.</summary>
    internal static UnitDecision RecognisedDecision(RecognitionReport report, UnitId unit, string paramName)
    {
        var decision = report.GetDecision(unit)
            ?? throw new ArgumentException($"The report for agreement {report.Agreement} has no decision on unit '{unit}'.", paramName);
        return ElmCredentialWriter.IsRecognised(decision)
            ? decision
            : throw new ArgumentException($"Unit '{unit}' is {decision.Outcome} in the report, not recognised in full or in part: there is no achievement to export.", paramName);
    }

    /// <summary>Checks that a report belongs to a qualification (and a transcript to its agreement); shared with the Open Badges export.</summary>
    internal static void CheckReport(QualificationDocument document, RecognitionReport report, PersonalTranscript? transcript)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(report);
        if (report.Qualification != document.Qualification.Id)
        {
            throw new ArgumentException($"The report decides on qualification '{report.Qualification}', not '{document.Qualification.Id}'.", nameof(report));
        }

        foreach (var decision in report.Decisions)
        {
            if (!document.Qualification.Contains(decision.Unit))
            {
                throw new ArgumentException($"The report decides on unit '{decision.Unit}', which the qualification '{document.Qualification.Id}' does not have.", nameof(report));
            }
        }

        if (transcript is not null && transcript.Agreement.ToString() != report.Agreement)
        {
            throw new ArgumentException($"The transcript {transcript.Id} is for agreement {transcript.Agreement}, not {report.Agreement}.", nameof(transcript));
        }
    }

    private static void Check(QualificationDocument document, RecognitionReport report, PersonalTranscript? transcript, ElmCredentialOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        CheckReport(document, report, transcript);
    }
}
