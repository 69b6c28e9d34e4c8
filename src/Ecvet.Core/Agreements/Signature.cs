using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;
using NodaTime;

namespace Ecvet.Agreements;

/// <summary>
/// A signature on one exact content: who signed, in which role, when, with which application, and the
/// <see cref="ContentHash"/> of what was signed.
/// </summary>
/// <remarks>
/// <para>
/// As in Erasmus Without Paper, a signature counts only for the hash it signed: once the content changes (a new hash),
/// earlier signatures no longer count for it. The signer's name is required; position, e-mail, place and application
/// are optional. Texts are trimmed, non-empty and free of control characters; an e-mail address has one <c>@</c> with
/// text on both sides and no white space. The time is an <see cref="Instant"/> (written in UTC).
/// </para>
/// <para>Equality compares every property. This type is immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record Signature
{
    private Signature(SignatoryRole role, string signerName, string? signerPosition, string? signerEmail,
        Instant signedAt, string? place, string? application, ContentHash signedContent, InstitutionId? onBehalfOf)
    {
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown signatory role.");
        }

        Role = role;
        SignerName = Preconditions.CheckText(signerName, nameof(signerName));
        SignerPosition = signerPosition is null ? null : Preconditions.CheckText(signerPosition, nameof(signerPosition));
        SignerEmail = signerEmail is null ? null : CheckEmail(signerEmail, nameof(signerEmail));
        SignedAt = Dates.Check(signedAt, nameof(signedAt));
        Place = place is null ? null : Preconditions.CheckText(place, nameof(place));
        Application = application is null ? null : Preconditions.CheckText(application, nameof(application));
        SignedContent = signedContent ?? throw new ArgumentNullException(nameof(signedContent));
        OnBehalfOf = onBehalfOf;
    }

    /// <summary>The capacity in which the signer signed.</summary>
    public SignatoryRole Role { get; }

    /// <summary>The signer's name as it should be shown.</summary>
    public string SignerName { get; }

    /// <summary>The signer's position, such as <c>Mobility coordinator</c>; none for a learner or guardian.</summary>
    public string? SignerPosition { get; }

    /// <summary>The signer's e-mail address, if given.</summary>
    public string? SignerEmail { get; }

    /// <summary>When the signature was given.</summary>
    public Instant SignedAt { get; }

    /// <summary>Where the signature was given, if recorded.</summary>
    public string? Place { get; }

    /// <summary>The application used to sign, such as an EWP node or a mobility tool, if recorded.</summary>
    public string? Application { get; }

    /// <summary>The hash of the content signed; the signature counts for this content only.</summary>
    public ContentHash SignedContent { get; }

    /// <summary>The organisation the signer signs for, if recorded (required for a <see cref="SignatoryRole.Partner"/> signing a MoU).</summary>
    public InstitutionId? OnBehalfOf { get; }

    /// <summary>Creates a signature.</summary>
    /// <param name="role">The capacity in which the signer signs.</param>
    /// <param name="signerName">The signer's name.</param>
    /// <param name="signedContent">The hash of the content signed.</param>
    /// <param name="signedAt">When the signature is given.</param>
    /// <param name="signerPosition">The signer's position, if any.</param>
    /// <param name="signerEmail">The signer's e-mail address, if any.</param>
    /// <param name="place">Where the signature is given, if recorded.</param>
    /// <param name="application">The application used to sign, if recorded.</param>
    /// <param name="onBehalfOf">The organisation the signer signs for, if recorded.</param>
    /// <returns>The signature.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="signerName"/> or <paramref name="signedContent"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined role.</exception>
    /// <exception cref="ArgumentException">A text is empty, untrimmed or has control characters, or the e-mail address is malformed.</exception>
    public static Signature Create(SignatoryRole role, string signerName, ContentHash signedContent, Instant signedAt,
        string? signerPosition = null, string? signerEmail = null, string? place = null, string? application = null,
        InstitutionId? onBehalfOf = null) =>
        new(role, signerName, signerPosition, signerEmail, signedAt, place, application, signedContent, onBehalfOf);

    /// <summary>Whether this signature counts for the given content: it signed exactly that hash.</summary>
    /// <param name="content">The hash of the content in question.</param>
    /// <returns><see langword="true"/> when <see cref="SignedContent"/> equals <paramref name="content"/>.</returns>
    public bool Covers(ContentHash content) => SignedContent == content;

    /// <summary>A short description: role, signer, time and the first digits of the hash.</summary>
    /// <returns>Text such as <c>Host: Ana Ruiz at 2026-03-02T09:00:00Z on 3f5a9c01…</c>.</returns>
    public override string ToString() =>
        $"{Role}: {SignerName} at {SignedAt} on {SignedContent.Value[..8]}…";

    private static string CheckEmail(string email, string paramName)
    {
        Preconditions.CheckText(email, paramName);
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1 || email.AsSpan().ContainsAny(" \t\n"))
        {
            throw new ArgumentException($"'{email}' is not an e-mail address.", paramName);
        }

        return email;
    }
}
