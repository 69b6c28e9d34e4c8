using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;
using NodaTime;

namespace Ecvet.Agreements;

/// <summary>
/// A learning agreement with its whole history, following the Erasmus Without Paper lifecycle: versions with content
/// hashes and signatures, change proposals approved or rejected, and an end (closed or cancelled).
/// </summary>
/// <remarks>
/// <para>
/// Every content change makes a new version with a new <see cref="ContentHash"/>. Before anything is in force, the
/// draft is revised with <see cref="ReviseDraft"/>; once a version is in force, content changes only through
/// <see cref="ProposeChange"/> and <see cref="ApproveChange"/>. A signature counts only for the hash it signed.
/// The version in force is the latest version that every required signatory signed (learner, home, host, a guardian
/// for a minor, the intermediary when there is one; see <see cref="LearningAgreementContent.RequiredSignatories"/>).
/// </para>
/// <para>
/// The <see cref="GetStatus">status</see> is derived from this history and never stored. An agreement with a version
/// in force cannot be cancelled, only closed; nothing is ever deleted. Transitions are methods that return a new
/// instance; "now" is always a parameter.
/// </para>
/// <para>Equality compares every property, collections in order. This type is immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record LearningAgreement
{
    private LearningAgreement(LearningAgreementId id, ImmutableArray<LearningAgreementVersion> versions,
        ImmutableArray<ChangeProposal> proposals, AgreementEnd? end)
        : this(id, versions, proposals, end, checkedVersions: 0)
    {
    }

    /// <summary>Checks the history's structure; a transition passes how much of it is already checked.</summary>
    /// <param name="id">The agreement's identifier.</param>
    /// <param name="versions">The versions.</param>
    /// <param name="proposals">The pending and rejected proposals.</param>
    /// <param name="end">The end, if any.</param>
    /// <param name="checkedVersions">
    /// How many leading versions are those of an agreement already checked (a transition keeps them and adds or signs
    /// the last one): they are not checked again, so that replaying a history of n versions takes time linear in n, not
    /// quadratic. Zero checks every version.
    /// </param>
    private LearningAgreement(LearningAgreementId id, ImmutableArray<LearningAgreementVersion> versions,
        ImmutableArray<ChangeProposal> proposals, AgreementEnd? end, int checkedVersions)
    {
        ArgumentNullException.ThrowIfNull(id);
        versions = versions.OrEmpty();
        Preconditions.CheckNoNulls(versions, nameof(versions), checkedVersions);
        Preconditions.CheckNotEmpty(versions, nameof(versions), "version");
        for (var i = checkedVersions; i < versions.Length; i++)
        {
            if (versions[i].Number != i + 1)
            {
                throw new ArgumentException($"Versions must be numbered 1, 2, 3… in order; found {versions[i].Number} at position {i + 1}.", nameof(versions));
            }

            if (i > 0 && versions[i - 1].Origin is not null && versions[i].Origin is null)
            {
                throw new ArgumentException($"Version {i + 1} follows an approved change and must itself come from an approved change proposal.", nameof(versions));
            }
        }

        if (versions[0].Origin is not null)
        {
            throw new ArgumentException("The first version cannot come from a change proposal.", nameof(versions));
        }

        proposals = Preconditions.ToArrayWithoutNulls(proposals, nameof(proposals));
        Preconditions.CheckDistinct(proposals, p => p.Id, nameof(proposals), "proposal");
        foreach (var proposal in proposals)
        {
            if (proposal.BaseVersion > versions.Length || versions[proposal.BaseVersion - 1].Hash != proposal.BaseHash)
            {
                throw new ArgumentException($"The proposal {proposal.Id} is based on version {proposal.BaseVersion} with a hash that no version of this agreement has.", nameof(proposals));
            }
        }

        Id = id;
        Versions = versions;
        Proposals = proposals;
        End = end;
    }

    /// <summary>The agreement's identifier, the same for all versions.</summary>
    public LearningAgreementId Id { get; }

    /// <summary>All versions, numbered from 1: drafts, the first agreed version, and one per approved change.</summary>
    public ImmutableArray<LearningAgreementVersion> Versions { get; }

    /// <summary>The change proposals not approved: pending and rejected ones, in the order proposed. Approved proposals are the <see cref="LearningAgreementVersion.Origin"/> of their version.</summary>
    public ImmutableArray<ChangeProposal> Proposals { get; }

    /// <summary>How the agreement ended, if it did.</summary>
    public AgreementEnd? End { get; }

    /// <summary>The latest version (in force or still a draft).</summary>
    public LearningAgreementVersion LatestVersion => Versions[^1];

    /// <summary>The proposals still awaiting a decision.</summary>
    public ImmutableArray<ChangeProposal> PendingProposals => [.. Proposals.Where(p => !p.IsRejected)];

    /// <summary>Starts an agreement with a first draft.</summary>
    /// <param name="id">The agreement's identifier.</param>
    /// <param name="content">The draft content.</param>
    /// <returns>An agreement in <see cref="LearningAgreementStatus.Draft"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="content"/> is null.</exception>
    public static LearningAgreement Create(LearningAgreementId id, LearningAgreementContent content) =>
        new(id, [LearningAgreementVersion.Restore(1, content)], [], null);

    /// <summary>
    /// Restores a stored agreement from its full history, for readers of stored documents (a database row, another
    /// system's record; <see cref="Serialization.EcvetJson"/> reads JSON with it). To start an agreement use
    /// <see cref="Create"/> and the transitions. The history must be one the transitions could have produced: it is replayed through <see cref="Create"/>, <see cref="ReviseDraft"/>,
    /// <see cref="Sign"/>, <see cref="ProposeChange"/>, <see cref="ApproveChange"/>, <see cref="RejectChange"/>,
    /// <see cref="Close"/> and <see cref="Cancel"/>, under the default signatory policy or one with a lower age of majority
    /// (a stored history does not record the policy it was made under).
    /// </summary>
    /// <param name="id">The agreement's identifier.</param>
    /// <param name="versions">The versions, numbered 1, 2, 3…</param>
    /// <param name="proposals">The pending and rejected proposals, each based on one of the versions.</param>
    /// <param name="end">The end, if any.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The history is inconsistent; the message says how.</exception>
    /// <exception cref="InvalidEntryException">
    /// A step of the history is one the transitions refuse (such as a signature on a hash the version does not have, a
    /// version that follows a version in force without an approved proposal, or an end dated before the last signature);
    /// <see cref="InvalidEntryException.Location"/> says where, in the argument named by its parameter name.
    /// </exception>
    public static LearningAgreement Restore(LearningAgreementId id, IEnumerable<LearningAgreementVersion> versions,
        IEnumerable<ChangeProposal>? proposals = null, AgreementEnd? end = null)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var agreement = new LearningAgreement(id, [.. versions], proposals is null ? [] : [.. proposals], end);
        AgreementHistory.Check(agreement);
        return agreement;
    }

    /// <summary>The version in force: the latest version every required signatory signed; <see langword="null"/> before that.</summary>
    /// <param name="policy">The signatory policy; the default (adult at 18) when null.</param>
    /// <returns>The version in force, if any.</returns>
    public LearningAgreementVersion? GetVersionInForce(SignatoryPolicy? policy = null)
    {
        policy ??= SignatoryPolicy.Default;
        if (inForce is not { } known || !known.Policy.Equals(policy))
        {
            var index = Versions.Length - 1;
            while (index >= 0 && !Versions[index].IsFullySigned(policy))
            {
                index--;
            }

            known = inForce = new(policy, index);
        }

        return known.Index < 0 ? null : Versions[known.Index];
    }

    /// <summary>The status, derived from the versions, proposals and end.</summary>
    /// <param name="policy">The signatory policy; the default (adult at 18) when null.</param>
    /// <returns>The status.</returns>
    public LearningAgreementStatus GetStatus(SignatoryPolicy? policy = null)
    {
        if (End is { } end)
        {
            return end.Kind == AgreementEndKind.Cancelled ? LearningAgreementStatus.Cancelled : LearningAgreementStatus.Closed;
        }

        if (GetVersionInForce(policy) is not { } inForce)
        {
            return SignatureRules.AnyCounts(LatestVersion.Signatures, LatestVersion.Hash)
                ? LearningAgreementStatus.AwaitingSignatures
                : LearningAgreementStatus.Draft;
        }

        if (Proposals.Any(p => !p.IsRejected))
        {
            return LearningAgreementStatus.ChangeProposed;
        }

        return Proposals.Any(p => p.IsRejected && p.BaseVersion == inForce.Number)
            ? LearningAgreementStatus.ChangeRejected
            : LearningAgreementStatus.Agreed;
    }

    /// <summary>
    /// The required roles whose signature the <see cref="LatestVersion"/> still lacks: who must sign before the draft comes
    /// into force. Empty once the latest version is in force; a pending proposal's missing signatures are on
    /// <see cref="ChangeProposal.MissingSignatories"/>.
    /// </summary>
    /// <param name="policy">The signatory policy; the default (adult at 18) when null.</param>
    /// <returns>The missing roles, in the order <see cref="LearningAgreementContent.RequiredSignatories"/> lists them.</returns>
    public ImmutableArray<SignatoryRole> MissingSignatories(SignatoryPolicy? policy = null) => LatestVersion.MissingSignatories(policy);

    /// <summary>Replaces the draft by new content: a new version with a new hash, which needs every signature again.</summary>
    /// <param name="content">The revised content.</param>
    /// <param name="policy">The signatory policy; the default when null.</param>
    /// <returns>The agreement with a new latest version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="content"/> is the same as the latest draft.</exception>
    /// <exception cref="InvalidOperationException">A version is already in force (propose a change instead), or the agreement ended.</exception>
    public LearningAgreement ReviseDraft(LearningAgreementContent content, SignatoryPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        EnsureNotEnded();
        if (GetVersionInForce(policy) is not null)
        {
            throw new InvalidOperationException("A version is in force; change it with ProposeChange and ApproveChange.");
        }

        if (content.Hash == LatestVersion.Hash)
        {
            throw new ArgumentException("The revised content is the same as the latest draft.", nameof(content));
        }

        return CarryInForce(new(Id, Versions.Add(LearningAgreementVersion.Restore(Versions.Length + 1, content)), Proposals, End, Versions.Length));
    }

    /// <summary>
    /// Adds a signature to what it signed: the latest draft, or a pending change proposal, whichever has the signature's hash.
    /// </summary>
    /// <param name="signature">The signature.</param>
    /// <returns>The agreement with the signature recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="signature"/> is null.</exception>
    /// <exception cref="ArgumentException">The signature is in a role that signs memoranda (<see cref="SignatoryRole.Partner"/>), its hash is neither the draft awaiting signatures nor a pending proposal, that role already signed it, or it is dated before the proposal it signs.</exception>
    /// <exception cref="InvalidOperationException">The agreement ended.</exception>
    public LearningAgreement Sign(Signature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (!SignatureRules.SignsAgreements(signature.Role))
        {
            throw new ArgumentException($"A {signature.Role} signature belongs to a memorandum of understanding, not to a learning agreement.", nameof(signature));
        }

        EnsureNotEnded();
        var latest = LatestVersion;
        if (signature.SignedContent == latest.Hash && latest.Origin is null)
        {
            if (latest.IsSignedBy(signature.Role))
            {
                throw new ArgumentException($"Version {latest.Number} is already signed by the {signature.Role}.", nameof(signature));
            }

            return CarryInForce(new(Id, Versions.SetItem(Versions.Length - 1, latest.WithSignature(signature)), Proposals, End, Versions.Length - 1));
        }

        for (var i = 0; i < Proposals.Length; i++)
        {
            var proposal = Proposals[i];
            if (proposal.Id != signature.SignedContent)
            {
                continue;
            }

            if (proposal.IsRejected)
            {
                throw new ArgumentException("The proposal this signature signs was rejected; it takes no more signatures.", nameof(signature));
            }

            if (proposal.IsSignedBy(signature.Role))
            {
                throw new ArgumentException($"The proposal is already signed by the {signature.Role}.", nameof(signature));
            }

            if (signature.SignedAt < proposal.ProposedAt)
            {
                throw new ArgumentException($"The signature is dated {signature.SignedAt}, before the proposal was made ({proposal.ProposedAt}).", nameof(signature));
            }

            return CarryInForce(new(Id, Versions, Proposals.SetItem(i, proposal.WithSignature(signature)), End, Versions.Length));
        }

        throw new ArgumentException(
            $"The signature is for content {signature.SignedContent}, which is neither the draft awaiting signatures ({latest.Hash}) nor a pending proposal; a signature counts only for the hash it signed.",
            nameof(signature));
    }

    /// <summary>Proposes a change to the version in force. The version in force stays in force until the proposal is approved.</summary>
    /// <param name="content">The content as it would be after the change.</param>
    /// <param name="changes">The inserted and deleted components, with reasons.</param>
    /// <param name="proposedBy">Who proposes.</param>
    /// <param name="proposedAt">When (now, from a clock).</param>
    /// <param name="comment">A comment, if any.</param>
    /// <param name="policy">The signatory policy; the default when null.</param>
    /// <returns>The agreement with a pending proposal.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The content does not change, the same change is already proposed, a change is inconsistent, or <paramref name="proposedAt"/> is before the version in force was signed by all.</exception>
    /// <exception cref="InvalidOperationException">No version is in force yet (revise the draft instead), or the agreement ended.</exception>
    public LearningAgreement ProposeChange(LearningAgreementContent content, IEnumerable<ComponentChange> changes,
        SignatoryRole proposedBy, Instant proposedAt, string? comment = null, SignatoryPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(changes);
        EnsureNotEnded();
        var inForce = GetVersionInForce(policy)
            ?? throw new InvalidOperationException("No version is in force yet; revise the draft with ReviseDraft instead.");
        if (inForce.InForceSince(policy) is { } since && proposedAt < since)
        {
            throw new ArgumentException($"The change is proposed at {proposedAt}, before version {inForce.Number} came into force ({since}).", nameof(proposedAt));
        }

        var changeList = changes.ToImmutableArray();
        foreach (var change in changeList)
        {
            if (change?.Kind == ComponentChangeKind.Deleted && !inForce.Content.Expected.Any(e => e.Unit == change.Unit))
            {
                throw new ArgumentException($"Unit {change.Unit} is deleted but is not in the expected learning of version {inForce.Number}.", nameof(changes));
            }
        }

        if (Proposals.Any(p => p.Id == content.Hash))
        {
            throw new ArgumentException("This content has already been proposed.", nameof(content));
        }

        var proposal = ChangeProposal.Restore(inForce.Number, inForce.Hash, content, changeList, proposedBy, proposedAt, comment);
        return CarryInForce(new(Id, Versions, Proposals.Add(proposal), End, Versions.Length));
    }

    /// <summary>
    /// Approves a pending proposal that every required signatory signed: its content becomes a new version in force.
    /// </summary>
    /// <param name="proposalId">The proposal's identifier (the hash of its content).</param>
    /// <param name="policy">The signatory policy; the default when null.</param>
    /// <returns>The agreement with the new version in force.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposalId"/> is null.</exception>
    /// <exception cref="ArgumentException">No pending proposal has that identifier.</exception>
    /// <exception cref="EditConflictException">The proposal's base is no longer the version in force.</exception>
    /// <exception cref="InvalidOperationException">Required signatures on the proposal are missing, or the agreement ended.</exception>
    public LearningAgreement ApproveChange(ContentHash proposalId, SignatoryPolicy? policy = null)
    {
        var (index, proposal) = FindPending(proposalId);
        EnsureNotEnded();
        var inForce = GetVersionInForce(policy);
        if (inForce is null || proposal.BaseVersion != inForce.Number || proposal.BaseHash != inForce.Hash)
        {
            throw new EditConflictException(
                $"The proposal is based on version {proposal.BaseVersion}, but the version in force is {(inForce is null ? "none" : $"version {inForce.Number}")}; reject it and propose again on the current version.");
        }

        var missing = proposal.MissingSignatories(policy);
        if (!missing.IsEmpty)
        {
            throw new InvalidOperationException($"The proposal cannot be approved: missing signatures of {string.Join(", ", missing)}.");
        }

        var version = LearningAgreementVersion.Restore(Versions.Length + 1, proposal.ProposedContent, proposal.Signatures, proposal);
        return CarryInForce(new(Id, Versions.Add(version), Proposals.RemoveAt(index), End, Versions.Length));
    }

    /// <summary>Rejects a pending proposal. What is in force does not change.</summary>
    /// <param name="proposalId">The proposal's identifier.</param>
    /// <param name="rejectedBy">The role of the party rejecting.</param>
    /// <param name="comment">Why.</param>
    /// <param name="rejectedAt">When (now, from a clock).</param>
    /// <returns>The agreement with the proposal rejected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposalId"/> or <paramref name="comment"/> is null.</exception>
    /// <exception cref="ArgumentException">No pending proposal has that identifier, the comment is not valid text, or <paramref name="rejectedAt"/> is before the proposal or one of its signatures.</exception>
    /// <exception cref="InvalidOperationException">The agreement ended.</exception>
    public LearningAgreement RejectChange(ContentHash proposalId, SignatoryRole rejectedBy, string comment, Instant rejectedAt)
    {
        var (index, proposal) = FindPending(proposalId);
        EnsureNotEnded();
        var last = proposal.Signatures.Select(s => s.SignedAt).Append(proposal.ProposedAt).Max();
        if (rejectedAt < last)
        {
            throw new ArgumentException($"The rejection is dated {rejectedAt}, before the proposal's last event ({last}).", nameof(rejectedAt));
        }

        var rejected = proposal.WithRejection(ProposalRejection.Restore(rejectedBy, comment, rejectedAt));
        return CarryInForce(new(Id, Versions, Proposals.SetItem(index, rejected), End, Versions.Length));
    }

    /// <summary>Closes an agreement that has a version in force (the mobility ended or the transcript was issued). It stays on record.</summary>
    /// <param name="closedAt">When (now, from a clock).</param>
    /// <param name="reason">Why, if worth saying.</param>
    /// <param name="policy">The signatory policy; the default when null.</param>
    /// <returns>The closed agreement.</returns>
    /// <exception cref="ArgumentException"><paramref name="closedAt"/> is before a signature, proposal or rejection of the history.</exception>
    /// <exception cref="InvalidOperationException">No version is in force (cancel instead), or the agreement already ended.</exception>
    public LearningAgreement Close(Instant closedAt, string? reason = null, SignatoryPolicy? policy = null)
    {
        EnsureNotEnded();
        if (GetVersionInForce(policy) is null)
        {
            throw new InvalidOperationException("Only an agreement with a version in force can be closed; cancel a draft instead.");
        }

        CheckAfterHistory(closedAt, nameof(closedAt));
        return CarryInForce(new(Id, Versions, Proposals, AgreementEnd.Restore(AgreementEndKind.Closed, closedAt, reason), Versions.Length));
    }

    /// <summary>Cancels an agreement before any version is in force.</summary>
    /// <param name="cancelledAt">When (now, from a clock).</param>
    /// <param name="reason">Why.</param>
    /// <param name="policy">The signatory policy; the default when null.</param>
    /// <returns>The cancelled agreement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cancelledAt"/> is before a signature, proposal or rejection of the history.</exception>
    /// <exception cref="InvalidOperationException">A version is in force (an agreed agreement can only be closed), or the agreement already ended.</exception>
    public LearningAgreement Cancel(Instant cancelledAt, string reason, SignatoryPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(reason);
        EnsureNotEnded();
        if (GetVersionInForce(policy) is not null)
        {
            throw new InvalidOperationException("An agreed agreement cannot be cancelled, only closed.");
        }

        CheckAfterHistory(cancelledAt, nameof(cancelledAt));
        return CarryInForce(new(Id, Versions, Proposals, AgreementEnd.Restore(AgreementEndKind.Cancelled, cancelledAt, reason), Versions.Length));
    }

    // The version in force under the last policy asked about. A transition only adds a version or signs the latest one,
    // so it knows the answer for the next instance from this one (CarryInForce): replaying a long stored history then
    // never scans it again at every step. A cache, not state: equality ignores it.
    private InForceIndex? inForce;

    private sealed record InForceIndex(SignatoryPolicy Policy, int Index);

    private LearningAgreement CarryInForce(LearningAgreement next)
    {
        if (inForce is { } known)
        {
            var last = next.Versions.Length - 1;
            next.inForce = new(known.Policy, next.Versions[last].IsFullySigned(known.Policy) ? last : known.Index);
        }

        return next;
    }

    /// <inheritdoc />
    public bool Equals(LearningAgreement? other) => other is not null && Id == other.Id
        && Equality.SequenceEqual(Versions, other.Versions) && Equality.SequenceEqual(Proposals, other.Proposals)
        && Equals(End, other.End);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Equality.SequenceHash(Versions), Equality.SequenceHash(Proposals), End);

    /// <summary>The identifier, the number of versions and the status under the default policy.</summary>
    /// <returns>Text such as <c>la-2026-0042 v3 (Agreed)</c>.</returns>
    public override string ToString() => $"{Id} v{Versions.Length} ({GetStatus()})";

    private (int Index, ChangeProposal Proposal) FindPending(ContentHash proposalId)
    {
        ArgumentNullException.ThrowIfNull(proposalId);
        for (var i = 0; i < Proposals.Length; i++)
        {
            if (Proposals[i].Id == proposalId && !Proposals[i].IsRejected)
            {
                return (i, Proposals[i]);
            }
        }

        throw new ArgumentException($"No pending change proposal has the identifier {proposalId}.", nameof(proposalId));
    }

    /// <summary>An end is the last event: nothing recorded in the history is dated after it.</summary>
    private void CheckAfterHistory(Instant at, string paramName)
    {
        Instant? last = null;
        foreach (var version in Versions)
        {
            last = Latest(last, version.Signatures);
        }

        foreach (var proposal in Proposals)
        {
            last = Latest(last, proposal.Signatures);
            last = Max(last, proposal.ProposedAt);
            last = proposal.Rejection is { } rejection ? Max(last, rejection.RejectedAt) : last;
        }

        if (last is { } latest && at < latest)
        {
            throw new ArgumentException($"The end is dated {at}, before the last event of the history ({latest}).", paramName);
        }

        static Instant? Latest(Instant? last, ImmutableArray<Signature> signatures)
        {
            foreach (var signature in signatures)
            {
                last = Max(last, signature.SignedAt);
            }

            return last;
        }

        static Instant Max(Instant? a, Instant b) => a is { } x && x > b ? x : b;
    }

    private void EnsureNotEnded()
    {
        if (End is { } end)
        {
            throw new InvalidOperationException($"The agreement is {end.Kind.ToString().ToLowerInvariant()}; it can no longer change.");
        }
    }
}
