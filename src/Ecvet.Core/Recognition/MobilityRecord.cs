using System.Collections.Immutable;
using System.Globalization;
using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Serialization;
using Ecvet.Utility;

namespace Ecvet.Recognition;

/// <summary>
/// The documents of one mobility that recognition reads: the home qualification with its units, the learning agreement,
/// the host's transcript, the MoU, the host's own units and outcomes, and people's decisions on matches in the review band.
/// </summary>
/// <remarks>
/// <para>
/// Only the qualification and the agreement are required: a missing transcript or MoU makes the rules that need it not
/// evaluable, which defers recognition rather than failing it. How the documents relate (the transcript is for this
/// agreement, the MoU is the one it names) is checked by the rules, which report it with paths, not here.
/// </para>
/// <para>
/// <b>Provenance of evidence.</b> A transcript result assesses either a home unit or outcome (one the home qualification's
/// catalogue holds, named in the agreement) or one of the host's own units or outcomes, declared in
/// <see cref="HostUnits"/> with their type and text. A result whose target is in neither, or in both, is not used and
/// is reported.
/// </para>
/// <para>Equality compares every document. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class MobilityRecord : IEquatable<MobilityRecord>
{
    /// <summary>Creates a record of one mobility.</summary>
    /// <param name="qualification">The home qualification and its unit catalogue.</param>
    /// <param name="agreement">The learning agreement.</param>
    /// <param name="transcript">The host's personal transcript, if issued.</param>
    /// <param name="mou">The memorandum of understanding the agreement names, if any.</param>
    /// <param name="hostUnits">The host's own units with their outcomes, if the transcript assesses any.</param>
    /// <param name="confirmations">Decisions on review-band matches, each (host, home) pair at most once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="qualification"/> or <paramref name="agreement"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A confirmation is null, two decide the same pair, or one names a host outcome that none of
    /// <paramref name="hostUnits"/> holds or a home outcome that none of the qualification's units holds (a verdict on a
    /// pair the engine can never meet is a mistake, not a no-op).
    /// </exception>
    public MobilityRecord(QualificationDocument qualification, LearningAgreement agreement, PersonalTranscript? transcript = null,
        MemorandumOfUnderstanding? mou = null, UnitCatalogue? hostUnits = null, IEnumerable<MatchConfirmation>? confirmations = null)
    {
        Qualification = qualification ?? throw new ArgumentNullException(nameof(qualification));
        Agreement = agreement ?? throw new ArgumentNullException(nameof(agreement));
        Transcript = transcript;
        Mou = mou;
        HostUnits = hostUnits ?? UnitCatalogue.Empty;
        var list = MatchConfirmationSet.Check(confirmations, nameof(confirmations));
        CheckConfirmedOutcomesExist(list, qualification.Units, HostUnits);
        Confirmations = list;
    }

    /// <summary>The home qualification and its unit catalogue.</summary>
    public QualificationDocument Qualification { get; }

    /// <summary>The learning agreement.</summary>
    public LearningAgreement Agreement { get; }

    /// <summary>The host's transcript, if issued.</summary>
    public PersonalTranscript? Transcript { get; }

    /// <summary>The MoU, if any.</summary>
    public MemorandumOfUnderstanding? Mou { get; }

    /// <summary>The host's own units and outcomes; empty when none.</summary>
    public UnitCatalogue HostUnits { get; }

    /// <summary>Decisions on review-band matches.</summary>
    public ImmutableArray<MatchConfirmation> Confirmations { get; }

    private static void CheckConfirmedOutcomesExist(ImmutableArray<MatchConfirmation> confirmations, UnitCatalogue home, UnitCatalogue host)
    {
        for (var i = 0; i < confirmations.Length; i++)
        {
            var confirmation = confirmations[i];
            if (!Holds(host, confirmation.HostOutcome))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"confirmations[{i}] ({confirmation}) names the host outcome {confirmation.HostOutcome}, which none of the host's units holds."), nameof(confirmations));
            }

            if (!Holds(home, confirmation.HomeOutcome))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"confirmations[{i}] ({confirmation}) names the home outcome {confirmation.HomeOutcome}, which none of the home qualification's units holds."), nameof(confirmations));
            }
        }

        static bool Holds(UnitCatalogue catalogue, LearningOutcomeId outcome)
        {
            foreach (var unit in catalogue.Units)
            {
                if (unit.TryGetOutcome(outcome, out _))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Returns the record with another transcript.</summary>
    /// <param name="transcript">The transcript, or null for none.</param>
    /// <returns>The record.</returns>
    public MobilityRecord WithTranscript(PersonalTranscript? transcript) => new(Qualification, Agreement, transcript, Mou, HostUnits, Confirmations);

    /// <summary>Returns the record with another MoU.</summary>
    /// <param name="mou">The MoU, or null for none.</param>
    /// <returns>The record.</returns>
    public MobilityRecord WithMou(MemorandumOfUnderstanding? mou) => new(Qualification, Agreement, Transcript, mou, HostUnits, Confirmations);

    /// <summary>Returns the record with another agreement.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The record.</returns>
    public MobilityRecord WithAgreement(LearningAgreement agreement) => new(Qualification, agreement, Transcript, Mou, HostUnits, Confirmations);

    /// <summary>Returns the record with other confirmations.</summary>
    /// <param name="confirmations">The confirmations.</param>
    /// <returns>The record.</returns>
    public MobilityRecord WithConfirmations(IEnumerable<MatchConfirmation> confirmations) =>
        new(Qualification, Agreement, Transcript, Mou, HostUnits, confirmations);

    /// <summary>Returns the record with the verdicts of a set of confirmations, which must be for this record's agreement.</summary>
    /// <param name="confirmations">The set, as read from its document (<c>EcvetJson.ParseMatchConfirmationSet</c>).</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="confirmations"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The set is for another agreement, or a verdict names an outcome neither side holds (as for the constructor).
    /// </exception>
    public MobilityRecord WithConfirmations(MatchConfirmationSet confirmations)
    {
        ArgumentNullException.ThrowIfNull(confirmations);
        if (confirmations.Agreement != Agreement.Id)
        {
            // Verdicts on another agreement's matches would decide this one's by accident: same outcome ids, other learner.
            throw new ArgumentException($"The confirmations are for agreement {confirmations.Agreement}, not {Agreement.Id}.", nameof(confirmations));
        }

        return WithConfirmations(confirmations.Confirmations);
    }

    /// <inheritdoc />
    public bool Equals(MobilityRecord? other) => other is not null && Qualification.Equals(other.Qualification)
        && Agreement.Equals(other.Agreement) && Equals(Transcript, other.Transcript) && Equals(Mou, other.Mou)
        && HostUnits.Equals(other.HostUnits) && Equality.SequenceEqual(Confirmations, other.Confirmations);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MobilityRecord other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Qualification, Agreement, Transcript, Mou);

    /// <summary>The agreement and the qualification.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Agreement.Id} for {Qualification.Qualification.Id}";
}
