using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using Ecvet.Agreements;
using Ecvet.Serialization;
using Ecvet.Serialization.Hashing;
using Ecvet.Utility;
using NodaTime;

namespace Ecvet.Assessment;

/// <summary>
/// The host's personal transcript for a learning agreement: the assessed outcomes and units with their results and the
/// credit the host records, when it was issued, and the signatures on its content hash.
/// </summary>
/// <remarks>
/// <para>
/// The <see cref="Hash"/> covers everything but the signatures (SHA-256 over the RFC 8785 canonical JSON), and a
/// signature counts only when it signed that hash. There is at least one entry; every result was assessed by the
/// issuing host, no outcome or unit of one catalogue (home or host) is listed twice, and grading schemes that share an identifier are the same scheme
/// (the document lists each scheme once and the entries refer to it by identifier).
/// </para>
/// <para>Equality compares every property, collections in order. This type is immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record PersonalTranscript
{
    private ContentHash? hash;

    private PersonalTranscript(TranscriptId id, LearningAgreementId agreement, Learner learner, InstitutionId issuedBy,
        MobilityPeriod period, Instant issuedAt, ImmutableArray<TranscriptEntry> entries, ImmutableArray<Signature> signatures)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(learner);
        ArgumentNullException.ThrowIfNull(issuedBy);
        ArgumentNullException.ThrowIfNull(period);
        entries = Preconditions.ToArrayWithoutNulls(entries, nameof(entries));
        Preconditions.CheckNotEmpty(entries, nameof(entries), "transcript entry");
        // A home and a host target may share an identifier; within one catalogue a target is listed once.
        Preconditions.CheckDistinct(entries, e => e.Result.TargetKey, nameof(entries), "assessed target");
        var schemes = new Dictionary<string, GradingScheme>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Result.AssessingInstitution != issuedBy)
            {
                throw new ArgumentException(
                    $"The result '{entry.Result}' was assessed by {entry.Result.AssessingInstitution}, not by the issuing host {issuedBy}.", nameof(entries));
            }

            // The document lists each grading scheme once and the entries name it by id, so one id must mean one scheme.
            var scheme = entry.Result.Scheme;
            if (!schemes.TryAdd(scheme.Id, scheme) && !schemes[scheme.Id].Equals(scheme))
            {
                throw new ArgumentException(
                    $"Two different grading schemes have the identifier '{scheme.Id}'; give each scheme its own identifier.", nameof(entries));
            }
        }

        Id = id;
        Agreement = agreement;
        Learner = learner;
        IssuedBy = issuedBy;
        Period = period;
        IssuedAt = Dates.Check(issuedAt, nameof(issuedAt));
        Entries = entries;
        Signatures = Preconditions.ToArrayWithoutNulls(signatures, nameof(signatures));
        CheckAssessedBeforeIssue();
        CheckSignatures();
    }

    // The latest offset on Earth: a result assessed on the local date of the issue anywhere is not after it.
    private static readonly Offset LatestOffset = Offset.FromHours(14);

    private void CheckAssessedBeforeIssue()
    {
        var issued = IssuedAt.WithOffset(LatestOffset).Date;
        for (var i = 0; i < Entries.Length; i++)
        {
            if (Entries[i].Result.AssessedOn > issued)
            {
                throw new InvalidEntryException(
                    $"The result '{Entries[i].Result}' is assessed on {Entries[i].Result.AssessedOn:uuuu-MM-dd}, after the transcript was issued ({IssuedAt}).",
                    "entries", string.Create(CultureInfo.InvariantCulture, $"[{i}].assessedOn"));
            }
        }
    }

    // Stored signatures are what Sign would have accepted: on this transcript's hash, one per role, not before the issue.
    private void CheckSignatures()
    {
        for (var i = 0; i < Signatures.Length; i++)
        {
            var signature = Signatures[i];
            var (member, problem) = !signature.Covers(Hash)
                ? ("signedContent", $"is for content {signature.SignedContent}, not for this transcript ({Hash})")
                : signature.SignedAt < IssuedAt
                    ? ("signedAt", $"is dated {signature.SignedAt}, before the transcript was issued ({IssuedAt})")
                    : (null, null);
            if (problem is null)
            {
                for (var j = 0; j < i; j++)
                {
                    if (Signatures[j].Role == signature.Role)
                    {
                        (member, problem) = ("role", $"repeats the role {signature.Role}, which signed already");
                        break;
                    }
                }
            }

            if (problem is not null)
            {
                throw new InvalidEntryException($"The signature of {signature.SignerName} {problem}.", "signatures",
                    string.Create(CultureInfo.InvariantCulture, $"[{i}].{member}"));
            }
        }
    }

    /// <summary>The transcript's identifier.</summary>
    public TranscriptId Id { get; }

    /// <summary>The learning agreement the transcript is for.</summary>
    public LearningAgreementId Agreement { get; }

    /// <summary>The learner.</summary>
    public Learner Learner { get; }

    /// <summary>The host institution that issues the transcript.</summary>
    public InstitutionId IssuedBy { get; }

    /// <summary>The mobility period.</summary>
    public MobilityPeriod Period { get; }

    /// <summary>When the transcript was issued.</summary>
    public Instant IssuedAt { get; }

    /// <summary>The assessed outcomes and units, at least one.</summary>
    public ImmutableArray<TranscriptEntry> Entries { get; }

    /// <summary>The signatures given on the transcript (only those on <see cref="Hash"/> count).</summary>
    public ImmutableArray<Signature> Signatures { get; }

    /// <summary>The SHA-256 hash of the transcript's content (everything but the signatures).</summary>
    public ContentHash Hash => hash ??= ContentHashing.Of(this);

    /// <summary>Issues the host's transcript for an agreement, taking learner, host and period from the version in force.</summary>
    /// <param name="id">The transcript's identifier.</param>
    /// <param name="agreement">The agreement; it must have a version in force.</param>
    /// <param name="entries">The assessed outcomes and units, all assessed by the host.</param>
    /// <param name="issuedAt">When (now, from a clock).</param>
    /// <param name="policy">The signatory policy used to find the version in force; the default when null.</param>
    /// <returns>The transcript, not yet signed.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An entry breaks an invariant.</exception>
    /// <exception cref="InvalidOperationException">
    /// No version of <paramref name="agreement"/> is in force: the same exception as <see cref="LearningAgreement.Close"/>
    /// and <see cref="LearningAgreement.ProposeChange"/> throw for that state.
    /// </exception>
    public static PersonalTranscript Issue(TranscriptId id, LearningAgreement agreement, IEnumerable<TranscriptEntry> entries,
        Instant issuedAt, SignatoryPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(entries);
        var inForce = agreement.GetVersionInForce(policy)
            ?? throw new InvalidOperationException($"Agreement {agreement.Id} has no version in force; a transcript needs an agreed agreement.");
        var content = inForce.Content;
        return new(id, agreement.Id, content.Learner, content.Host, content.Period, issuedAt, [.. entries], []);
    }

    /// <summary>
    /// Restores a stored transcript from all its parts, signatures included, for readers of stored documents (another
    /// system's record; <see cref="Serialization.EcvetJson"/> reads JSON with it). It checks the transcript on its own, as
    /// <see cref="Sign"/> would have; a new transcript is made with <see cref="Issue"/> from the agreement in force.
    /// </summary>
    /// <param name="id">The transcript's identifier.</param>
    /// <param name="agreement">The agreement it is for.</param>
    /// <param name="learner">The learner.</param>
    /// <param name="issuedBy">The host institution.</param>
    /// <param name="period">The mobility period.</param>
    /// <param name="issuedAt">When it was issued.</param>
    /// <param name="entries">The entries, at least one.</param>
    /// <param name="signatures">The signatures, if any.</param>
    /// <param name="gradingSchemes">
    /// The grading schemes as the stored document lists them apart from its entries (the JSON document's
    /// <c>gradingSchemes</c>, to which each entry refers by identifier), or <see langword="null"/> when it does not: each
    /// identifier once, and the scheme of every entry among them.
    /// </param>
    /// <returns>The transcript.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An invariant does not hold; the message names it.</exception>
    /// <exception cref="DuplicateValueException"><paramref name="gradingSchemes"/> lists an identifier twice; the index is the second.</exception>
    /// <exception cref="InvalidEntryException">
    /// An entry is assessed after the transcript was issued or in a scheme <paramref name="gradingSchemes"/> does not
    /// list, or a signature is one <see cref="Sign"/> would refuse (on another hash, a role twice, dated before the
    /// issue); the location says which.
    /// </exception>
    public static PersonalTranscript Restore(TranscriptId id, LearningAgreementId agreement, Learner learner, InstitutionId issuedBy,
        MobilityPeriod period, Instant issuedAt, IEnumerable<TranscriptEntry> entries, IEnumerable<Signature>? signatures = null,
        IEnumerable<GradingScheme>? gradingSchemes = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ImmutableArray<TranscriptEntry> entryArray = [.. entries];
        if (gradingSchemes is not null)
        {
            CheckListedSchemes(Preconditions.ToArrayWithoutNulls(gradingSchemes, nameof(gradingSchemes)), entryArray);
        }

        return new(id, agreement, learner, issuedBy, period, issuedAt, entryArray, signatures is null ? [] : [.. signatures]);
    }

    // A document that lists its grading schemes apart from the entries names each once, so that an entry's reference to
    // a scheme by identifier means one scheme; the entries are graded in listed schemes.
    private static void CheckListedSchemes(ImmutableArray<GradingScheme> schemes, ImmutableArray<TranscriptEntry> entries)
    {
        Preconditions.CheckDistinct(schemes, s => s.Id, "gradingSchemes", "grading scheme");
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i] is { } entry && !schemes.Contains(entry.Result.Scheme))
            {
                throw new InvalidEntryException(
                    $"The result '{entry.Result}' is graded in the scheme '{entry.Result.Scheme.Id}', which is not among the transcript's grading schemes.",
                    nameof(entries), string.Create(CultureInfo.InvariantCulture, $"[{i}].gradingScheme"));
            }
        }
    }

    /// <summary>Returns the transcript with one more signature, which must be on <see cref="Hash"/>.</summary>
    /// <param name="signature">The signature.</param>
    /// <returns>The signed transcript (same hash).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="signature"/> is null.</exception>
    /// <exception cref="ArgumentException">The signature is for another hash, that role already signed, or it is dated before the issue.</exception>
    public PersonalTranscript Sign(Signature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (!signature.Covers(Hash))
        {
            throw new ArgumentException($"The signature is for content {signature.SignedContent}, not for this transcript ({Hash}).", nameof(signature));
        }

        if (IsSignedBy(signature.Role))
        {
            throw new ArgumentException($"The transcript is already signed by the {signature.Role}.", nameof(signature));
        }

        if (signature.SignedAt < IssuedAt)
        {
            throw new ArgumentException($"The signature is dated {signature.SignedAt}, before the transcript was issued ({IssuedAt}).", nameof(signature));
        }

        return new(Id, Agreement, Learner, IssuedBy, Period, IssuedAt, Entries, Signatures.Add(signature)) { hash = hash };
    }

    /// <summary>Whether a signature in the given role counts for this transcript (it signed <see cref="Hash"/>).</summary>
    /// <param name="role">The role, usually <see cref="SignatoryRole.Host"/>.</param>
    /// <returns><see langword="true"/> when someone signed this exact content in that role.</returns>
    public bool IsSignedBy(SignatoryRole role) => SignatureRules.IsSignedBy(Signatures, Hash, role);

    /// <inheritdoc />
    public bool Equals(PersonalTranscript? other) => other is not null && Id == other.Id && Agreement == other.Agreement
        && Learner.Equals(other.Learner) && IssuedBy == other.IssuedBy && Period == other.Period && IssuedAt == other.IssuedAt
        && Equality.SequenceEqual(Entries, other.Entries) && Equality.SequenceEqual(Signatures, other.Signatures);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Agreement, IssuedAt, Equality.SequenceHash(Entries));

    /// <summary>The identifier, issuer and number of entries.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Id} by {IssuedBy}: {Entries.Length} entries";
}
