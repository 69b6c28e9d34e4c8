using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;
using NodaTime;

namespace Ecvet.Agreements;

/// <summary>
/// A proposed change to a learning agreement in force: the new content, the inserted and deleted components with
/// their reasons, the version it is based on, the signatures collected on the new content, and a rejection if any.
/// </summary>
/// <remarks>
/// <para>
/// The proposal's <see cref="Id"/> is the hash of the proposed content, so it changes exactly when the content does
/// (as EWP's <c>changes-proposal/@id</c>). A proposal never changes what is in force by itself: only its approval, with
/// every required signature on <see cref="Id"/>, makes it a new version. A rejected proposal takes no more signatures.
/// </para>
/// <para>
/// Invariants: at least one component change, or a different mobility period; a unit is inserted at most once and
/// deleted at most once; an inserted unit is in the proposed content's expected learning.
/// Equality compares every property, collections in order. This type is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record ChangeProposal
{
    private ChangeProposal(int baseVersion, ContentHash baseHash, LearningAgreementContent proposedContent,
        ImmutableArray<ComponentChange> changes, SignatoryRole proposedBy, Instant proposedAt, string? comment,
        ImmutableArray<Signature> signatures, ProposalRejection? rejection)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(baseVersion, 1);
        ArgumentNullException.ThrowIfNull(baseHash);
        ArgumentNullException.ThrowIfNull(proposedContent);
        if (proposedContent.Hash == baseHash)
        {
            throw new ArgumentException("The proposed content is the same as the base version's; there is nothing to change.", nameof(proposedContent));
        }

        changes = Preconditions.ToArrayWithoutNulls(changes, nameof(changes));
        Preconditions.CheckDistinct(changes, c => (c.Kind, c.Unit), nameof(changes), "change of unit");
        foreach (var change in changes)
        {
            if (change.Kind == ComponentChangeKind.Inserted && !proposedContent.Expected.Any(e => e.Unit == change.Unit))
            {
                throw new ArgumentException($"Unit {change.Unit} is inserted but is not in the proposed expected learning.", nameof(changes));
            }
        }

        if (!Enum.IsDefined(proposedBy))
        {
            throw new ArgumentOutOfRangeException(nameof(proposedBy), proposedBy, "Unknown signatory role.");
        }

        BaseVersion = baseVersion;
        BaseHash = baseHash;
        ProposedContent = proposedContent;
        Changes = changes;
        ProposedBy = proposedBy;
        ProposedAt = Dates.Check(proposedAt, nameof(proposedAt));
        Comment = comment is null ? null : Preconditions.CheckText(comment, nameof(comment));
        Signatures = Preconditions.ToArrayWithoutNulls(signatures, nameof(signatures));
        SignatureRules.CheckAgreementRoles(Signatures, nameof(signatures));
        Rejection = rejection;
    }

    /// <summary>The proposal's identifier: the hash of <see cref="ProposedContent"/>.</summary>
    public ContentHash Id => ProposedContent.Hash;

    /// <summary>The number of the version in force the proposal changes.</summary>
    public int BaseVersion { get; }

    /// <summary>The hash of the version the proposal changes.</summary>
    public ContentHash BaseHash { get; }

    /// <summary>The content as it would be once approved.</summary>
    public LearningAgreementContent ProposedContent { get; }

    /// <summary>The inserted and deleted components, with reasons.</summary>
    public ImmutableArray<ComponentChange> Changes { get; }

    /// <summary>Who proposed the change.</summary>
    public SignatoryRole ProposedBy { get; }

    /// <summary>When the change was proposed.</summary>
    public Instant ProposedAt { get; }

    /// <summary>A comment from the proposer, if any.</summary>
    public string? Comment { get; }

    /// <summary>The signatures collected on the proposed content (only those on <see cref="Id"/> count).</summary>
    public ImmutableArray<Signature> Signatures { get; }

    /// <summary>The rejection, once rejected; <see langword="null"/> while pending.</summary>
    public ProposalRejection? Rejection { get; }

    /// <summary>Whether the proposal was rejected.</summary>
    public bool IsRejected => Rejection is not null;

    /// <summary>
    /// Restores a stored proposal with its signatures and rejection, for readers of stored documents: it counts only inside
    /// an agreement restored with <see cref="LearningAgreement.Restore"/>, which replays it through the transitions.
    /// New proposals come from <see cref="LearningAgreement.ProposeChange"/>.
    /// </summary>
    /// <param name="baseVersion">The number of the version it changes.</param>
    /// <param name="baseHash">The hash of that version.</param>
    /// <param name="proposedContent">The new content.</param>
    /// <param name="changes">The inserted and deleted components.</param>
    /// <param name="proposedBy">Who proposes.</param>
    /// <param name="proposedAt">When.</param>
    /// <param name="comment">A comment, if any.</param>
    /// <param name="signatures">Signatures collected so far, if any.</param>
    /// <param name="rejection">The rejection, if rejected.</param>
    /// <returns>The proposal.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseVersion"/> is below 1 or <paramref name="proposedBy"/> is not defined.</exception>
    /// <exception cref="ArgumentException">The content does not change, a change is repeated or inconsistent with the content, or a signature is in the <see cref="SignatoryRole.Partner"/> role (a role of memoranda).</exception>
    public static ChangeProposal Restore(int baseVersion, ContentHash baseHash, LearningAgreementContent proposedContent,
        IEnumerable<ComponentChange> changes, SignatoryRole proposedBy, Instant proposedAt, string? comment = null,
        IEnumerable<Signature>? signatures = null, ProposalRejection? rejection = null)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return new(baseVersion, baseHash, proposedContent, [.. changes], proposedBy, proposedAt, comment,
            signatures is null ? [] : [.. signatures], rejection);
    }

    /// <summary>Whether a signature in the given role counts for this proposal (it signed <see cref="Id"/>).</summary>
    /// <param name="role">The role.</param>
    /// <returns><see langword="true"/> when someone signed the proposed content in that role.</returns>
    public bool IsSignedBy(SignatoryRole role) => SignatureRules.IsSignedBy(Signatures, Id, role);

    /// <summary>The required roles whose signature on <see cref="Id"/> is still missing.</summary>
    /// <param name="policy">The signatory policy; the default when null.</param>
    /// <returns>The missing roles.</returns>
    public ImmutableArray<SignatoryRole> MissingSignatories(SignatoryPolicy? policy = null) =>
        SignatureRules.Missing(Signatures, Id, ProposedContent.RequiredSignatories(policy));

    internal ChangeProposal WithSignature(Signature signature) => new(BaseVersion, BaseHash, ProposedContent, Changes,
        ProposedBy, ProposedAt, Comment, Signatures.Add(signature), Rejection);

    internal ChangeProposal WithRejection(ProposalRejection rejection) => new(BaseVersion, BaseHash, ProposedContent, Changes,
        ProposedBy, ProposedAt, Comment, Signatures, rejection);

    /// <inheritdoc />
    public bool Equals(ChangeProposal? other) => other is not null && BaseVersion == other.BaseVersion
        && BaseHash == other.BaseHash && ProposedContent.Equals(other.ProposedContent)
        && Equality.SequenceEqual(Changes, other.Changes) && ProposedBy == other.ProposedBy
        && ProposedAt == other.ProposedAt && Comment == other.Comment
        && Equality.SequenceEqual(Signatures, other.Signatures) && Equals(Rejection, other.Rejection);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(BaseVersion, BaseHash, ProposedContent, Equality.SequenceHash(Changes), ProposedAt);

    /// <summary>The base version, the changes and the state.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        $"proposal {Id.Value[..8]}… on v{BaseVersion}: {string.Join("; ", Changes)}{(IsRejected ? " (rejected)" : string.Empty)}";
}
