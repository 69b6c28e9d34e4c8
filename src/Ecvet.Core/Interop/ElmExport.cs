using Ecvet.Interop.Internal;
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
/// Credentials of recognised credit (<c>EuropeanDigitalCredential</c> with <c>LearningAchievement</c>s) will be exported
/// from recognition reports beside this method; they reuse the unit identifiers written here
/// (<c>specifiedBy</c>), so a credential points at the same specification.
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
}
