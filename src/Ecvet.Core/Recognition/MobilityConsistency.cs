using System.Collections.Immutable;
using System.Globalization;
using Ecvet.Agreements;
using Ecvet.Assessment;
using NodaTime.Text;

namespace Ecvet.Recognition;

/// <summary>
/// Checks the documents of one mobility against each other: the transcript against the agreement (agreement, learner,
/// issuer, the units and points it records, the days of its assessments), the agreement against the MoU and the home
/// qualification. Each document already validated itself when it was made; this finds what only two together show.
/// </summary>
/// <remarks>
/// The agreement version read is the one recognition reads: the version in force under the policy's signatories, else the
/// newest. The recognition engine runs this check once per evaluation and its rules that relate documents (LA-001,
/// LA-005, LA-007, ASM-003, ASM-005) answer from the findings. Pure and thread-safe.
/// </remarks>
public static class MobilityConsistency
{
    /// <summary>Finds every contradiction between the documents of a mobility.</summary>
    /// <param name="record">The mobility's documents.</param>
    /// <param name="policy">Gives the signatories (which agreement version is read) and the assessment grace days;
    /// <see cref="RecognitionPolicy.Default"/> when null.</param>
    /// <returns>The findings, whole-document ones first, then per transcript entry and per expected unit in document order;
    /// empty when the documents agree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static ImmutableArray<ConsistencyFinding> Check(MobilityRecord record, RecognitionPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        policy ??= RecognitionPolicy.Default;
        var agreement = record.Agreement;
        var version = agreement.GetVersionInForce(policy.Signatories) ?? agreement.LatestVersion;
        var content = version.Content;
        var versionIndex = agreement.Versions.IndexOf(version);
        var findings = ImmutableArray.CreateBuilder<ConsistencyFinding>();

        if (content.Mou is { } mouId && record.Mou is { } mou && mou.Id != mouId)
        {
            findings.Add(new(ConsistencyCode.MouNotTheAgreements, ConsistencySeverity.Error, "mou:$.id",
                string.Create(CultureInfo.InvariantCulture, $"The agreement names MoU {mouId}, but MoU {mou.Id} was given.")));
        }

        var qualification = record.Qualification.Qualification;
        if (content.Qualification.Id != qualification.Id)
        {
            findings.Add(new(ConsistencyCode.QualificationNotTheAgreements, ConsistencySeverity.Error, "qualification:$.qualification.id",
                string.Create(CultureInfo.InvariantCulture, $"The agreement names qualification {content.Qualification.Id}, but qualification {qualification.Id} was given.")));
        }

        if (record.Transcript is { } transcript)
        {
            CheckTranscript(transcript, record, content, policy, findings);
        }

        var catalogue = record.Qualification.Units;
        for (var j = 0; j < content.Expected.Length; j++)
        {
            var expected = content.Expected[j];
            if (!catalogue.Contains(expected.Unit))
            {
                findings.Add(new(ConsistencyCode.ExpectedUnitNotInQualification, ConsistencySeverity.Error, ExpectedPath(versionIndex, j, "unit"),
                    string.Create(CultureInfo.InvariantCulture, $"The agreement expects learning in unit {expected.Unit}, which qualification {qualification.Id} does not hold."), j));
            }

            if (qualification.TryGetAllocation(expected.Unit, out var allocation) && expected.ExpectedPoints > allocation.Points)
            {
                findings.Add(new(ConsistencyCode.ExpectedPointsAboveAllocation, ConsistencySeverity.Error, ExpectedPath(versionIndex, j, "expectedPoints"),
                    string.Create(CultureInfo.InvariantCulture, $"The agreement expects {expected.ExpectedPoints} points for unit {expected.Unit}, above its allocation of {allocation.Points}."), j));
            }
        }

        return findings.DrainToImmutable();
    }

    private static void CheckTranscript(PersonalTranscript transcript, MobilityRecord record, LearningAgreementContent content,
        RecognitionPolicy policy, ImmutableArray<ConsistencyFinding>.Builder findings)
    {
        if (transcript.Agreement != record.Agreement.Id)
        {
            findings.Add(new(ConsistencyCode.TranscriptForAnotherAgreement, ConsistencySeverity.Error, "transcript:$.agreement",
                string.Create(CultureInfo.InvariantCulture, $"Transcript {transcript.Id} is for agreement {transcript.Agreement}, not {record.Agreement.Id}.")));
        }

        if (!SamePerson(transcript.Learner, content.Learner))
        {
            findings.Add(new(ConsistencyCode.TranscriptForAnotherLearner, ConsistencySeverity.Error, "transcript:$.learner",
                string.Create(CultureInfo.InvariantCulture, $"Transcript {transcript.Id} is for {Describe(transcript.Learner)}, not the agreement's learner {Describe(content.Learner)}.")));
        }

        if (transcript.IssuedBy != content.Host)
        {
            findings.Add(new(ConsistencyCode.TranscriptNotIssuedByHost, ConsistencySeverity.Error, "transcript:$.issuedBy",
                string.Create(CultureInfo.InvariantCulture, $"Transcript {transcript.Id} is issued by {transcript.IssuedBy}, not by the host {content.Host}.")));
        }

        var period = content.Period;
        var from = period.EarliestStart.PlusDays(-policy.AssessmentGraceDays);
        var to = period.LatestEnd.PlusDays(policy.AssessmentGraceDays);
        for (var i = 0; i < transcript.Entries.Length; i++)
        {
            var entry = transcript.Entries[i];
            var result = entry.Result;
            if (result.AssessedOn < from || result.AssessedOn > to)
            {
                findings.Add(new(ConsistencyCode.AssessmentOutsideMobility, ConsistencySeverity.Error, EntryPath(i, ".assessedOn"),
                    string.Create(CultureInfo.InvariantCulture, $"An assessment on {LocalDatePattern.Iso.Format(result.AssessedOn)} lies outside the mobility {period} give or take {policy.AssessmentGraceDays} days."), i));
            }

            if (result.IsHostTarget)
            {
                continue; // the host's own units and outcomes are the host's to name; the MoU and the matcher relate them
            }

            var expected = ExpectedFor(content, record.Qualification.Units, result);
            if (expected is null)
            {
                findings.Add(new(ConsistencyCode.EntryNotInAgreement, ConsistencySeverity.Warning, EntryPath(i, string.Empty),
                    string.Create(CultureInfo.InvariantCulture, $"The entry assesses {(result.Outcome is { } o ? $"outcome {o}" : $"unit {result.Unit}")} of the home qualification, which the agreement does not name; recognition does not use it."), i));
            }
            else if (result.Unit is not null && entry.CreditRecorded is { } credit && credit.Scheme == CreditScheme.Ecvet
                && credit.Points != expected.ExpectedPoints)
            {
                findings.Add(new(ConsistencyCode.CreditDiffersFromAgreement, ConsistencySeverity.Warning, EntryPath(i, ".creditRecorded"),
                    string.Create(CultureInfo.InvariantCulture, $"The entry records {credit} for unit {expected.Unit}, where the agreement expects {expected.ExpectedPoints} points."), i));
            }
        }
    }

    // The agreement's expected learning a home result belongs to: its unit, or the unit of its outcome when the agreement
    // targets that outcome (a whole unit targets all its outcomes).
    private static ExpectedLearning? ExpectedFor(LearningAgreementContent content, UnitCatalogue home, AssessmentResult result)
    {
        foreach (var expected in content.Expected)
        {
            if (result.Unit is { } unit)
            {
                if (expected.Unit == unit)
                {
                    return expected;
                }
            }
            else if (result.Outcome is { } outcome && home.TryGet(expected.Unit, out var homeUnit) && homeUnit.TryGetOutcome(outcome, out _)
                && (expected.IsWholeUnit || expected.Outcomes.Contains(outcome)))
            {
                return expected;
            }
        }

        return null;
    }

    // Paths are written only for a finding: the engine runs this check on every evaluation, and most find nothing.
    private static string EntryPath(int entry, string member) => string.Create(CultureInfo.InvariantCulture, $"transcript:$.entries[{entry}]{member}");

    private static string ExpectedPath(int version, int expected, string member) =>
        string.Create(CultureInfo.InvariantCulture, $"agreement:$.versions[{version}].content.expected[{expected}].{member}");

    // The same person: a shared identifier when both have identifiers, else the same name.
    private static bool SamePerson(Learner a, Learner b)
    {
        if (!a.Ids.IsEmpty && !b.Ids.IsEmpty)
        {
            foreach (var id in a.Ids)
            {
                if (b.Ids.Contains(id))
                {
                    return true;
                }
            }

            return false;
        }

        return Equals(a.Name, b.Name);
    }

    private static string Describe(Learner learner) =>
        !learner.Ids.IsEmpty ? learner.Ids[0].ToString() : learner.Name?.ToString() ?? "an unnamed learner";
}
