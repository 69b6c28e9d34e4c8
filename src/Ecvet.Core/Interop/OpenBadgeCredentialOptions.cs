using System.Collections.Immutable;
using NodaTime;

namespace Ecvet.Interop;

/// <summary>
/// What an Open Badges 3.0 credential needs that a qualification does not say: the credential's identifier, its
/// issuer, its issuance date and, optionally, its subject (<see cref="OpenBadgesExport"/>).
/// </summary>
/// <remarks>
/// Identifiers are absolute URIs (a URL, a <c>urn:uuid:</c> or a DID). Open Badges text properties hold one language,
/// so the export writes every text in <see cref="Language"/> (or the closest language the text has) and notes the
/// other languages it leaves out. ESCO skill alignments need a name (<c>targetName</c>); give the preferred labels in
/// <see cref="EscoSkillLabels"/> (for example from <c>Ecvet.Matching.EscoSkillsCsv</c>), otherwise the export names
/// each skill by its identifier and notes it. Equality compares every property, the labels as a set of
/// (skill, label) pairs. This type is immutable and thread-safe.
/// </remarks>
public sealed record OpenBadgeCredentialOptions
{
    private readonly Uri credentialId = null!;
    private readonly Uri issuerId = null!;
    private readonly Uri? subjectId;
    private readonly string? issuerName;
    private readonly LanguageTag language = LanguageTag.English;
    private readonly ImmutableDictionary<EscoSkillRef, string> escoSkillLabels = ImmutableDictionary<EscoSkillRef, string>.Empty;

    /// <summary>The credential's identifier, an absolute URI such as <c>urn:uuid:…</c>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is not an absolute URI.</exception>
    public required Uri CredentialId
    {
        get => credentialId;
        init => credentialId = CheckAbsolute(value, nameof(CredentialId));
    }

    /// <summary>The issuer's profile identifier, an absolute URI (the issuer's URL or DID).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is not an absolute URI.</exception>
    public required Uri IssuerId
    {
        get => issuerId;
        init => issuerId = CheckAbsolute(value, nameof(IssuerId));
    }

    /// <summary>The issuer's name, when it should be shown; non-empty text.</summary>
    /// <exception cref="ArgumentException">The value is empty, has white space at either end or control characters.</exception>
    public string? IssuerName
    {
        get => issuerName;
        init => issuerName = value is null ? null : Utility.Preconditions.CheckText(value, nameof(IssuerName));
    }

    /// <summary>When the credential is issued.</summary>
    public required Instant IssuedOn { get; init; }

    /// <summary>The learner's identifier (an absolute URI such as a DID), or <see langword="null"/> for a credential that names no subject yet.</summary>
    /// <exception cref="ArgumentException">The value is not an absolute URI.</exception>
    public Uri? SubjectId
    {
        get => subjectId;
        init => subjectId = value is null ? null : CheckAbsolute(value, nameof(SubjectId));
    }

    /// <summary>The language of the credential's text; English by default.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public LanguageTag Language
    {
        get => language;
        init => language = value ?? throw new ArgumentNullException(nameof(Language));
    }

    /// <summary>Preferred labels of ESCO skills, in <see cref="Language"/>, used to name skill alignments.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A label is not valid text.</exception>
    public ImmutableDictionary<EscoSkillRef, string> EscoSkillLabels
    {
        get => escoSkillLabels;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(EscoSkillLabels));
            foreach (var label in value.Values)
            {
                Utility.Preconditions.CheckText(label, nameof(EscoSkillLabels));
            }

            escoSkillLabels = value;
        }
    }

    /// <summary>Whether both options have equal properties. See the type documentation.</summary>
    /// <param name="other">The options to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(OpenBadgeCredentialOptions? other) =>
        other is not null
        && CredentialId == other.CredentialId
        && IssuerId == other.IssuerId
        && string.Equals(IssuerName, other.IssuerName, StringComparison.Ordinal)
        && IssuedOn == other.IssuedOn
        && SubjectId == other.SubjectId
        && Language == other.Language
        && EscoSkillLabels.Count == other.EscoSkillLabels.Count
        && EscoSkillLabels.All(pair => other.EscoSkillLabels.TryGetValue(pair.Key, out var label) && string.Equals(label, pair.Value, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Order-independent over the labels, as equality is.
        var labels = 0;
        foreach (var (skill, label) in EscoSkillLabels)
        {
            labels ^= HashCode.Combine(skill, StringComparer.Ordinal.GetHashCode(label));
        }

        return HashCode.Combine(CredentialId, IssuerId, IssuerName, IssuedOn, SubjectId, Language, labels);
    }

    private static Uri CheckAbsolute(Uri value, string name)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return value.IsAbsoluteUri ? value : throw new ArgumentException($"{name} must be an absolute URI; '{value}' is relative.", name);
    }
}
