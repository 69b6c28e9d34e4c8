using Ecvet.Interop.Internal;
using NodaTime;

namespace Ecvet.Interop;

/// <summary>
/// What a Europass credential of recognised credit needs that a recognition report does not say: the credential's
/// identifier, the awarding (home) institution as an organisation, optionally the host institution, the issuance instant
/// and the issuer's eIDAS legal identifier (<see cref="ElmExport.RecognisedCredit"/>).
/// </summary>
/// <remarks>
/// <para>
/// The EDC profile requires every organisation to have a legal name and a location (a country), which an institution
/// identifier alone does not give: <see cref="AwardingBody"/> (and <see cref="Host"/>) are full
/// <see cref="Organisation"/>s, such as a memorandum of understanding names. The awarding body also issues the
/// credential.
/// </para>
/// <para>
/// An unsigned credential lacks two things until the issuing service seals it, as the official unsigned sample does:
/// the issuance instant (<see cref="IssuedOn"/>) and the issuer's eIDAS legal identifier
/// (<see cref="IssuerEidasIdentifier"/>). Give them when they are known and the credential carries them; otherwise
/// <c>validFrom</c> is the awarding date and the notes say what sealing must add.
/// </para>
/// <para>
/// <see cref="Language"/> is the language of the credential's display and of the texts the export writes itself (the
/// achievements' descriptions, grades); it must be an official EU language or another Erasmus+ programme language, whose
/// code the EU language authority table knows. Equality compares every property. This type is immutable and thread-safe.
/// </para>
/// </remarks>
public sealed record ElmCredentialOptions
{
    private readonly Uri credentialId = null!;
    private readonly Organisation awardingBody = null!;
    private readonly string? issuerEidasIdentifier;
    private readonly LanguageTag language = LanguageTag.English;

    /// <summary>The credential's identifier, an absolute URI such as <c>urn:uuid:…</c>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is not an absolute URI.</exception>
    public required Uri CredentialId
    {
        get => credentialId;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(CredentialId));
            credentialId = value.IsAbsoluteUri
                ? value
                : throw new ArgumentException($"{nameof(CredentialId)} must be an absolute URI; '{value}' is relative.", nameof(CredentialId));
        }
    }

    /// <summary>The home institution that recognises the credit and awards the achievements; it issues the credential.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public required Organisation AwardingBody
    {
        get => awardingBody;
        init => awardingBody = value ?? throw new ArgumentNullException(nameof(AwardingBody));
    }

    /// <summary>
    /// The host institution whose assessments prove the achievements, or <see langword="null"/>: then the assessments
    /// name no assessing organisation and are awarded through the home institution's recognition (a note says so).
    /// </summary>
    public Organisation? Host { get; init; }

    /// <summary>When the credential is issued, or <see langword="null"/> when the issuing service sets it on sealing.</summary>
    public Instant? IssuedOn { get; init; }

    /// <summary>
    /// The issuer's eIDAS legal identifier (its notation, such as a business registration number), or
    /// <see langword="null"/> when the issuing service adds it on sealing.
    /// </summary>
    /// <exception cref="ArgumentException">The value is empty, has white space at either end or control characters.</exception>
    public string? IssuerEidasIdentifier
    {
        get => issuerEidasIdentifier;
        init => issuerEidasIdentifier = value is null ? null : Utility.Preconditions.CheckText(value, nameof(IssuerEidasIdentifier));
    }

    /// <summary>The language of the credential's display and of the texts the export writes; English by default.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The EU language authority table has no code for the language.</exception>
    public LanguageTag Language
    {
        get => language;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Language));
            language = ElmLanguages.IsKnown(value)
                ? value
                : throw new ArgumentException($"The EU language authority table has no code for '{value}': give an official EU language or another Erasmus+ programme language.", nameof(Language));
        }
    }
}
