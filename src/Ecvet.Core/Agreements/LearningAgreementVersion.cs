using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;

namespace Ecvet.Agreements;

/// <summary>
/// One version of a learning agreement: its number, its content and content hash, the signatures given on it, and the
/// approved change proposal it came from (none for drafts and the first agreed version).
/// </summary>
/// <remarks>
/// <para>
/// A signature counts for a version only when it signed the version's <see cref="Hash"/>; a signature on any other hash
/// never counts, and an agreement restored with <see cref="LearningAgreement.Restore"/> refuses it, as
/// <see cref="LearningAgreement.Sign"/> would have. A version is in force when every required signatory signed its hash.
/// </para>
/// <para>Equality compares every property, signatures in order. This type is immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record LearningAgreementVersion
{
    private LearningAgreementVersion(int number, LearningAgreementContent content, ImmutableArray<Signature> signatures, ChangeProposal? origin)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentNullException.ThrowIfNull(content);
        signatures = Preconditions.ToArrayWithoutNulls(signatures, nameof(signatures));
        SignatureRules.CheckAgreementRoles(signatures, nameof(signatures));
        if (origin is not null)
        {
            if (origin.Id != content.Hash)
            {
                throw new ArgumentException($"The originating proposal {origin.Id} does not propose this content ({content.Hash}).", nameof(origin));
            }

            if (origin.BaseVersion != number - 1)
            {
                throw new ArgumentException($"The originating proposal is based on version {origin.BaseVersion}, not on version {number - 1}.", nameof(origin));
            }
        }

        Number = number;
        Content = content;
        Signatures = signatures;
        Origin = origin;
    }

    /// <summary>The version number, from 1.</summary>
    public int Number { get; }

    /// <summary>What this version says.</summary>
    public LearningAgreementContent Content { get; }

    /// <summary>The hash of <see cref="Content"/>.</summary>
    public ContentHash Hash => Content.Hash;

    /// <summary>The signatures given on this version (only those on <see cref="Hash"/> count).</summary>
    public ImmutableArray<Signature> Signatures { get; }

    /// <summary>The approved change proposal this version came from; <see langword="null"/> for drafts and the first agreed version.</summary>
    public ChangeProposal? Origin { get; }

    /// <summary>
    /// Restores a stored version, for readers of stored documents: a version counts only inside an agreement restored with
    /// <see cref="LearningAgreement.Restore"/>, which replays its signatures and origin through the transitions. New
    /// versions come from <see cref="LearningAgreement.ReviseDraft"/> and <see cref="LearningAgreement.ApproveChange"/>.
    /// </summary>
    /// <param name="number">The version number, from 1.</param>
    /// <param name="content">The content.</param>
    /// <param name="signatures">The signatures given on it, if any.</param>
    /// <param name="origin">The approved proposal it came from, if any; it must propose exactly this content on the previous version.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is below 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="signatures"/> contains null or a <see cref="SignatoryRole.Partner"/> signature (a role of memoranda), or <paramref name="origin"/> does not match.</exception>
    public static LearningAgreementVersion Restore(int number, LearningAgreementContent content,
        IEnumerable<Signature>? signatures = null, ChangeProposal? origin = null) =>
        new(number, content, signatures is null ? [] : [.. signatures], origin);

    /// <summary>Whether a signature in the given role counts for this version (it signed <see cref="Hash"/>).</summary>
    /// <param name="role">The role.</param>
    /// <returns><see langword="true"/> when someone signed this exact content in that role.</returns>
    public bool IsSignedBy(SignatoryRole role) => SignatureRules.IsSignedBy(Signatures, Hash, role);

    /// <summary>The required roles whose signature on <see cref="Hash"/> is still missing.</summary>
    /// <param name="policy">The signatory policy; the default when null.</param>
    /// <returns>The missing roles; empty when the version is fully signed.</returns>
    public ImmutableArray<SignatoryRole> MissingSignatories(SignatoryPolicy? policy = null) =>
        SignatureRules.Missing(Signatures, Hash, Content.RequiredSignatories(policy));

    /// <summary>Whether every required signatory signed this version's hash.</summary>
    /// <param name="policy">The signatory policy; the default when null.</param>
    /// <returns><see langword="true"/> when nothing is missing.</returns>
    public bool IsFullySigned(SignatoryPolicy? policy = null)
    {
        // Asked for every version whenever a status is read: answered without building the list of missing roles.
        Span<SignatoryRole> roles = stackalloc SignatoryRole[LearningAgreementContent.MaxSignatories];
        foreach (var role in roles[..Content.FillRequiredSignatories(policy, roles)])
        {
            if (!SignatureRules.IsSignedBy(Signatures, Hash, role))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// When the version came into force: the latest of the first counting signatures of the required roles;
    /// <see langword="null"/> when it is not fully signed.
    /// </summary>
    internal NodaTime.Instant? InForceSince(SignatoryPolicy? policy)
    {
        NodaTime.Instant? since = null;
        foreach (var role in Content.RequiredSignatories(policy))
        {
            NodaTime.Instant? first = null;
            foreach (var signature in Signatures)
            {
                if (signature.Role == role && signature.Covers(Hash) && (first is null || signature.SignedAt < first))
                {
                    first = signature.SignedAt;
                }
            }

            if (first is null)
            {
                return null;
            }

            since = since is { } s && s > first ? s : first;
        }

        return since;
    }

    /// <summary>Returns this version with one more signature.</summary>
    internal LearningAgreementVersion WithSignature(Signature signature) => new(Number, Content, Signatures.Add(signature), Origin);

    /// <inheritdoc />
    public bool Equals(LearningAgreementVersion? other) => other is not null && Number == other.Number
        && Content.Equals(other.Content) && Equality.SequenceEqual(Signatures, other.Signatures) && Equals(Origin, other.Origin);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, Content, Equality.SequenceHash(Signatures));

    /// <summary>The number and the start of the hash.</summary>
    /// <returns>Text such as <c>v2 3f5a9c01…</c>.</returns>
    public override string ToString() => $"v{Number} {Hash.Value[..8]}…";
}
