using Ecvet.Assessment;
using Ecvet.Interop.Internal;
using Ecvet.Recognition;
using Ecvet.Serialization;

namespace Ecvet.Interop;

/// <summary>Exports to 1EdTech Open Badges 3.0.</summary>
/// <remarks>
/// <para>
/// A unit of a qualification becomes an unsigned <c>OpenBadgeCredential</c> (an AchievementCredential): its
/// <c>Achievement</c> has the unit's name, a description naming the qualification and the points, criteria whose
/// narrative lists the learning outcomes, <c>alignment</c>s to the ECVET credit scheme (<c>ext:CreditScheme</c>: OB3's
/// <c>creditsAvailable</c> and <c>creditsEarned</c> carry no scheme, so the alignment names it), to the EQF level
/// (<c>ext:EQFLevel</c>) and to each ESCO skill of the outcomes (<c>ext:EscoSkill</c>), and <c>creditsAvailable</c>, the
/// unit's points in the qualification. The <c>AchievementSubject</c> earns those points (<c>creditsEarned</c>) when the
/// unit is awarded: with no assessment result, issuing the badge awards it; with one, only a passed result does, and the
/// result is written with its grade, status (<c>Completed</c>, <c>Failed</c>, <c>InProgress</c>) and a
/// <c>ResultDescription</c> of the grading scheme.
/// </para>
/// <para>
/// The achievement's identifier is the unit's ELM identifier (see <see cref="ElmExport"/>), so both exports name the same
/// thing. The credential is unsigned: sign it with <see cref="ExportResult.SignWith"/>. What Open Badges cannot hold
/// (other languages, outcome weights, assessor and date of the assessment, …) is listed in
/// <see cref="ExportResult.Notes"/>.
/// </para>
/// </remarks>
public static class OpenBadgesExport
{
    /// <summary>Exports a unit of a qualification as an unsigned Open Badges 3.0 credential.</summary>
    /// <param name="document">The qualification and its units.</param>
    /// <param name="unit">The unit, which the qualification allocates points to.</param>
    /// <param name="options">The credential's identifier, issuer, issuance date and subject.</param>
    /// <param name="result">The learner's assessment result for the unit, if any.</param>
    /// <returns>The credential and the notes on what Open Badges could not express.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/>, <paramref name="unit"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The qualification has no unit <paramref name="unit"/>, or <paramref name="result"/> is not a result of that unit.
    /// </exception>
    public static ExportResult UnitAchievement(QualificationDocument document, UnitId unit, OpenBadgeCredentialOptions options, AssessmentResult? result = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(options);
        if (!document.Qualification.Contains(unit))
        {
            throw new ArgumentException($"The qualification '{document.Qualification.Id}' has no unit '{unit}'.", nameof(unit));
        }

        if (result is not null && result.Unit != unit)
        {
            throw new ArgumentException(
                $"The result is not a result of unit '{unit}': it assesses {(result.Unit is { } other ? $"unit '{other}'" : $"the outcome '{result.Outcome}'")}.",
                nameof(result));
        }

        return new OpenBadgeWriter(document, unit, options, result).Export();
    }

    /// <summary>
    /// Exports a unit that a recognition report recognises, in full or in part, as an unsigned Open Badges 3.0
    /// credential: the subject earns the points awarded now (<c>creditsEarned</c>, ECVET points, the scheme named by the
    /// achievement's <c>ext:CreditScheme</c> alignment), and its <c>result</c> is the home institution's decision
    /// (<c>full</c>, status <c>Completed</c>; <c>partial</c>, status <c>InProgress</c>); the credential's evidence lists
    /// what each covered outcome rests on, and <c>awardedDate</c> is the day of the recognition.
    /// </summary>
    /// <param name="document">The home qualification the report decided on, with its units.</param>
    /// <param name="report">The recognition report.</param>
    /// <param name="unit">The unit, recognised in full or in part by the report.</param>
    /// <param name="options">The credential's identifier, issuer, issuance date and subject.</param>
    /// <returns>The credential and the notes on what Open Badges could not express.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The report is about another qualification or has no decision on <paramref name="unit"/>, or the unit is deferred
    /// or not recognised.
    /// </exception>
    public static ExportResult RecognisedUnit(QualificationDocument document, RecognitionReport report, UnitId unit, OpenBadgeCredentialOptions options)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(options);
        ElmExport.CheckReport(document, report, transcript: null);
        var decision = ElmExport.RecognisedDecision(report, unit, nameof(unit));
        return new OpenBadgeWriter(document, report, decision, options).Export();
    }
}
