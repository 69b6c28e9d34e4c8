using Ecvet.Assessment;
using Ecvet.Interop.Internal;
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
}
