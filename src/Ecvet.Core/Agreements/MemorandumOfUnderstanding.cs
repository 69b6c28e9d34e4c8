using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Serialization.Hashing;
using Ecvet.Utility;
using NodaTime;

namespace Ecvet.Agreements;

/// <summary>
/// A memorandum of understanding (MoU) between competent institutions: who signs and who else is covered, the
/// qualifications and units in scope, the assessment, documentation, validation and recognition procedures, its
/// validity, mobility durations, review arrangements, signatures and pre-agreed equivalences.
/// </summary>
/// <remarks>
/// <para>
/// Invariants: at least two signing organisations with distinct identifiers; covered organisations distinct from them
/// and from each other; every qualification in scope belongs to a signing organisation; <see cref="ValidUntil"/>, when
/// present, is not before <see cref="ValidFrom"/>; mobility durations are positive and the minimum does not exceed the
/// maximum (compared from <see cref="ValidFrom"/>); every signature is a <see cref="SignatoryRole.Partner"/> signature on
/// behalf of a signing organisation, at most one per organisation.
/// </para>
/// <para>
/// The <see cref="Hash"/> covers everything but the signatures; a signature counts only for that hash, and
/// <see cref="IsFullySigned"/> tells whether every signing organisation signed it.
/// Equality compares every property, collections in order. This type is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record MemorandumOfUnderstanding
{
    private ContentHash? hash;

    private MemorandumOfUnderstanding(MouId id, string? fileCode, ImmutableArray<Organisation> signingOrganisations,
        ImmutableArray<Organisation> coveredOrganisations, ImmutableArray<MouQualification> qualifications, MouProcedures procedures,
        LocalDate validFrom, LocalDate? validUntil, Period? minimumMobilityDuration, Period? maximumMobilityDuration,
        LocalizedText? reviewArrangements, ImmutableArray<EquivalenceRule> preAgreedEquivalences, ImmutableArray<Signature> signatures)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        FileCode = fileCode is null ? null : Preconditions.CheckText(fileCode, nameof(fileCode));
        signingOrganisations = Preconditions.ToArrayWithoutNulls(signingOrganisations, nameof(signingOrganisations));
        if (signingOrganisations.Length < 2)
        {
            throw new ArgumentException("A memorandum of understanding needs at least two signing organisations.", nameof(signingOrganisations));
        }

        Preconditions.CheckDistinct(signingOrganisations, o => o.Id, nameof(signingOrganisations), "signing organisation");
        coveredOrganisations = Preconditions.ToArrayWithoutNulls(coveredOrganisations, nameof(coveredOrganisations));
        Preconditions.CheckDistinct(coveredOrganisations, o => o.Id, nameof(coveredOrganisations), "covered organisation");
        foreach (var covered in coveredOrganisations)
        {
            if (signingOrganisations.Any(s => s.Id == covered.Id))
            {
                throw new ArgumentException($"{covered.Id} is already a signing organisation.", nameof(coveredOrganisations));
            }
        }

        qualifications = Preconditions.ToArrayWithoutNulls(qualifications, nameof(qualifications));
        Preconditions.CheckNotEmpty(qualifications, nameof(qualifications), "qualification in scope");
        foreach (var qualification in qualifications)
        {
            if (!signingOrganisations.Any(s => s.Id == qualification.Partner))
            {
                throw new ArgumentException($"The qualification {qualification.Qualification.Id} belongs to {qualification.Partner}, which does not sign the memorandum.", nameof(qualifications));
            }
        }

        Procedures = procedures ?? throw new ArgumentNullException(nameof(procedures));
        if (validUntil is { } until && until < validFrom)
        {
            throw new ArgumentException($"The end of validity {until:uuuu-MM-dd} is before its start {validFrom:uuuu-MM-dd}.", nameof(validUntil));
        }

        CheckPositive(minimumMobilityDuration, validFrom, nameof(minimumMobilityDuration));
        CheckPositive(maximumMobilityDuration, validFrom, nameof(maximumMobilityDuration));
        if (minimumMobilityDuration is not null && maximumMobilityDuration is not null
            && validFrom + minimumMobilityDuration > validFrom + maximumMobilityDuration)
        {
            throw new ArgumentException($"The minimum mobility duration {minimumMobilityDuration} exceeds the maximum {maximumMobilityDuration}.", nameof(minimumMobilityDuration));
        }

        preAgreedEquivalences = Preconditions.ToArrayWithoutNulls(preAgreedEquivalences, nameof(preAgreedEquivalences));
        signatures = Preconditions.ToArrayWithoutNulls(signatures, nameof(signatures));
        foreach (var signature in signatures)
        {
            if (signature.Role != SignatoryRole.Partner || signature.OnBehalfOf is null || !signingOrganisations.Any(s => s.Id == signature.OnBehalfOf))
            {
                throw new ArgumentException($"The signature of {signature.SignerName} must be a Partner signature on behalf of a signing organisation.", nameof(signatures));
            }
        }

        Preconditions.CheckDistinct(signatures, s => s.OnBehalfOf!, nameof(signatures), "signature for organisation");
        SigningOrganisations = signingOrganisations;
        CoveredOrganisations = coveredOrganisations;
        Qualifications = qualifications;
        ValidFrom = Dates.Check(validFrom, nameof(validFrom));
        ValidUntil = validUntil is { } lastDay ? Dates.Check(lastDay, nameof(validUntil)) : null;
        MinimumMobilityDuration = minimumMobilityDuration;
        MaximumMobilityDuration = maximumMobilityDuration;
        ReviewArrangements = reviewArrangements;
        PreAgreedEquivalences = preAgreedEquivalences;
        Signatures = signatures;
        CheckEquivalencesInScope();
        CheckSignaturesOnHash();
    }

    /// <summary>The MoU's identifier.</summary>
    public MouId Id { get; }

    /// <summary>The file code, an optional reference (MoU template header).</summary>
    public string? FileCode { get; }

    /// <summary>The organisations that sign, at least two, with their roles.</summary>
    public ImmutableArray<Organisation> SigningOrganisations { get; }

    /// <summary>Other organisations covered (for example VET providers under a chamber's MoU).</summary>
    public ImmutableArray<Organisation> CoveredOrganisations { get; }

    /// <summary>The qualifications and units in scope, per partner.</summary>
    public ImmutableArray<MouQualification> Qualifications { get; }

    /// <summary>The assessment, documentation, validation and recognition procedures.</summary>
    public MouProcedures Procedures { get; }

    /// <summary>The first day of validity.</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>The last day of validity; <see langword="null"/> when open-ended.</summary>
    public LocalDate? ValidUntil { get; }

    /// <summary>The shortest planned mobility, if agreed.</summary>
    public Period? MinimumMobilityDuration { get; }

    /// <summary>The longest planned mobility, if agreed.</summary>
    public Period? MaximumMobilityDuration { get; }

    /// <summary>Who reviews the partnership, how and when, if agreed.</summary>
    public LocalizedText? ReviewArrangements { get; }

    /// <summary>Pre-agreed equivalences of host units to home units or outcomes.</summary>
    public ImmutableArray<EquivalenceRule> PreAgreedEquivalences { get; }

    /// <summary>The partners' signatures (only those on <see cref="Hash"/> count).</summary>
    public ImmutableArray<Signature> Signatures { get; }

    /// <summary>The SHA-256 hash of the MoU's content (everything but the signatures).</summary>
    public ContentHash Hash => hash ??= ContentHashing.Of(this);

    /// <summary>Creates a memorandum of understanding.</summary>
    /// <param name="id">The MoU's identifier.</param>
    /// <param name="signingOrganisations">The signing organisations, at least two, distinct.</param>
    /// <param name="qualifications">The qualifications in scope, each of a signing organisation.</param>
    /// <param name="procedures">The procedures.</param>
    /// <param name="validFrom">The first day of validity.</param>
    /// <param name="validUntil">The last day of validity, if not open-ended; not before <paramref name="validFrom"/>.</param>
    /// <param name="coveredOrganisations">Other organisations covered, if any.</param>
    /// <param name="minimumMobilityDuration">The shortest planned mobility, if agreed; positive, date-based.</param>
    /// <param name="maximumMobilityDuration">The longest planned mobility, if agreed; positive, date-based, not below the minimum.</param>
    /// <param name="reviewArrangements">Review arrangements, if agreed.</param>
    /// <param name="preAgreedEquivalences">Pre-agreed equivalences, if any.</param>
    /// <param name="fileCode">A file code, if any.</param>
    /// <param name="signatures">Partner signatures so far, if any.</param>
    /// <returns>The memorandum.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An invariant does not hold; the message and parameter name say which.</exception>
    /// <exception cref="InvalidEntryException">
    /// A pre-agreed equivalence recognises a unit no qualification of the memorandum lists, or a signature is not on the
    /// memorandum's hash; the location says which.
    /// </exception>
    public static MemorandumOfUnderstanding Create(MouId id, IEnumerable<Organisation> signingOrganisations,
        IEnumerable<MouQualification> qualifications, MouProcedures procedures, LocalDate validFrom, LocalDate? validUntil = null,
        IEnumerable<Organisation>? coveredOrganisations = null, Period? minimumMobilityDuration = null,
        Period? maximumMobilityDuration = null, LocalizedText? reviewArrangements = null,
        IEnumerable<EquivalenceRule>? preAgreedEquivalences = null, string? fileCode = null, IEnumerable<Signature>? signatures = null)
    {
        ArgumentNullException.ThrowIfNull(signingOrganisations);
        ArgumentNullException.ThrowIfNull(qualifications);
        return new(id, fileCode, [.. signingOrganisations], Preconditions.ToImmutable(coveredOrganisations), [.. qualifications],
            procedures, validFrom, validUntil, minimumMobilityDuration, maximumMobilityDuration, reviewArrangements,
            Preconditions.ToImmutable(preAgreedEquivalences), Preconditions.ToImmutable(signatures));
    }

    /// <summary>Whether the MoU is valid on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> is within the validity (open end included).</returns>
    public bool IsValidOn(LocalDate date) => date >= ValidFrom && (ValidUntil is not { } until || date <= until);

    /// <summary>Whether the MoU is valid for the whole of a mobility period.</summary>
    /// <param name="period">The mobility period (its earliest start and latest end are checked).</param>
    /// <returns><see langword="true"/> when both ends are within the validity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public bool IsValidFor(MobilityPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return IsValidOn(period.EarliestStart) && IsValidOn(period.LatestEnd);
    }

    /// <summary>Whether both institutions sign or are covered by the MoU.</summary>
    /// <param name="first">One institution.</param>
    /// <param name="second">The other.</param>
    /// <returns><see langword="true"/> when both are parties.</returns>
    public bool Covers(InstitutionId first, InstitutionId second) => IsParty(first) && IsParty(second);

    /// <summary>Whether every signing organisation signed this MoU's <see cref="Hash"/>.</summary>
    /// <returns><see langword="true"/> when no signature is missing.</returns>
    public bool IsFullySigned() => SigningOrganisations.All(o => Signatures.Any(s => s.OnBehalfOf == o.Id && s.Covers(Hash)));

    /// <summary>Returns the MoU with one more partner signature, which must be on <see cref="Hash"/>.</summary>
    /// <param name="signature">A <see cref="SignatoryRole.Partner"/> signature on behalf of a signing organisation.</param>
    /// <returns>The MoU with the signature (same hash).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="signature"/> is null.</exception>
    /// <exception cref="ArgumentException">The signature is for another hash, or not a partner signature, or that organisation already signed.</exception>
    public MemorandumOfUnderstanding Sign(Signature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (!signature.Covers(Hash))
        {
            throw new ArgumentException($"The signature is for content {signature.SignedContent}, not for this memorandum ({Hash}).", nameof(signature));
        }

        if (signature.Role != SignatoryRole.Partner || signature.OnBehalfOf is null || !SigningOrganisations.Any(o => o.Id == signature.OnBehalfOf))
        {
            throw new ArgumentException($"The signature of {signature.SignerName} must be a Partner signature on behalf of a signing organisation.", nameof(signature));
        }

        if (Signatures.Any(s => s.OnBehalfOf == signature.OnBehalfOf))
        {
            throw new ArgumentException($"{signature.OnBehalfOf} has already signed this memorandum.", nameof(signature));
        }

        return new(Id, FileCode, SigningOrganisations, CoveredOrganisations, Qualifications, Procedures, ValidFrom, ValidUntil,
            MinimumMobilityDuration, MaximumMobilityDuration, ReviewArrangements, PreAgreedEquivalences, Signatures.Add(signature))
        { hash = hash };
    }

    /// <inheritdoc />
    public bool Equals(MemorandumOfUnderstanding? other) => other is not null && Id == other.Id && FileCode == other.FileCode
        && Equality.SequenceEqual(SigningOrganisations, other.SigningOrganisations)
        && Equality.SequenceEqual(CoveredOrganisations, other.CoveredOrganisations)
        && Equality.SequenceEqual(Qualifications, other.Qualifications) && Procedures == other.Procedures
        && ValidFrom == other.ValidFrom && ValidUntil == other.ValidUntil
        && MinimumMobilityDuration == other.MinimumMobilityDuration && MaximumMobilityDuration == other.MaximumMobilityDuration
        && Equals(ReviewArrangements, other.ReviewArrangements)
        && Equality.SequenceEqual(PreAgreedEquivalences, other.PreAgreedEquivalences)
        && Equality.SequenceEqual(Signatures, other.Signatures);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, ValidFrom, ValidUntil, Equality.SequenceHash(SigningOrganisations), Equality.SequenceHash(Qualifications));

    /// <summary>The identifier, partners and validity.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        $"{Id}: {string.Join(", ", SigningOrganisations.Select(o => o.Id))}, valid {ValidFrom:uuuu-MM-dd}–{(ValidUntil is { } u ? u.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "open")}";

    // A pre-agreed equivalence recognises a home unit of the memorandum: one it does not list is in no one's scope.
    private void CheckEquivalencesInScope()
    {
        if (PreAgreedEquivalences.IsEmpty)
        {
            return;
        }

        var units = Qualifications.SelectMany(q => q.Units).Select(u => u.Unit).ToHashSet();
        for (var i = 0; i < PreAgreedEquivalences.Length; i++)
        {
            if (!units.Contains(PreAgreedEquivalences[i].HomeUnit))
            {
                throw new InvalidEntryException(
                    $"The equivalence recognises unit {PreAgreedEquivalences[i].HomeUnit}, which no qualification of the memorandum lists.",
                    "preAgreedEquivalences", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{i}].homeUnit"));
            }
        }
    }

    // A stored signature binds to this content, as Sign requires: one on another hash is not kept silently.
    private void CheckSignaturesOnHash()
    {
        for (var i = 0; i < Signatures.Length; i++)
        {
            if (!Signatures[i].Covers(Hash))
            {
                throw new InvalidEntryException(
                    $"The signature of {Signatures[i].SignerName} is for content {Signatures[i].SignedContent}, not for this memorandum ({Hash}).",
                    "signatures", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{i}].signedContent"));
            }
        }
    }

    private bool IsParty(InstitutionId id) =>
        SigningOrganisations.Any(o => o.Id == id) || CoveredOrganisations.Any(o => o.Id == id);

    private static void CheckPositive(Period? duration, LocalDate from, string paramName)
    {
        if (duration is null)
        {
            return;
        }

        if (duration.HasTimeComponent || from + duration <= from)
        {
            throw new ArgumentOutOfRangeException(paramName, duration, "A mobility duration must be a positive number of days, weeks, months or years.");
        }
    }
}
