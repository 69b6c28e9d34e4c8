using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;

namespace Ecvet;

/// <summary>
/// An organisation taking part in ECVET: a VET school, awarding body, company or intermediary, with the competences it
/// holds in a partnership.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Id"/> is the primary identifier; <see cref="OtherIds"/> holds further identifiers in other schemes (an
/// Erasmus code, a PIC), none equal to <see cref="Id"/> and none repeated. An organisation has at least one
/// <see cref="CompetenceRole"/>, each at most once.
/// </para>
/// <para>
/// Equality compares every property; <see cref="OtherIds"/> and <see cref="Roles"/> are sets, compared regardless of
/// order (they keep the order given). This type is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record Organisation
{
    internal Organisation(
        InstitutionId id,
        ImmutableArray<InstitutionId> otherIds,
        LocalizedText name,
        CountryCode country,
        ImmutableArray<CompetenceRole> roles,
        ContactPoint? contact)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(country);
        otherIds = otherIds.OrEmpty();
        Preconditions.CheckNoNulls(otherIds, nameof(otherIds));
        Preconditions.CheckDistinct(otherIds, i => i, nameof(otherIds), "identifier");
        if (otherIds.Contains(id))
        {
            throw new ArgumentException($"The other identifiers repeat the primary identifier '{id}'.", nameof(otherIds));
        }

        roles = roles.OrEmpty();
        Preconditions.CheckNotEmpty(roles, nameof(roles), "competence role");
        foreach (var role in roles)
        {
            if (!Enum.IsDefined(role))
            {
                throw new ArgumentOutOfRangeException(nameof(roles), role, "Not a competence role.");
            }
        }

        Preconditions.CheckDistinct(roles, r => r, nameof(roles), "role");

        Id = id;
        OtherIds = otherIds;
        Name = name;
        Country = country;
        Roles = roles;
        Contact = contact;
    }

    /// <summary>The organisation's primary identifier.</summary>
    public InstitutionId Id { get; }

    /// <summary>Further identifiers of the organisation in other schemes; distinct, none equal to <see cref="Id"/>.</summary>
    public ImmutableArray<InstitutionId> OtherIds { get; }

    /// <summary>The organisation's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The country the organisation is established in.</summary>
    public CountryCode Country { get; }

    /// <summary>What the organisation is competent to do; at least one role, each at most once.</summary>
    public ImmutableArray<CompetenceRole> Roles { get; }

    /// <summary>How to reach the organisation, when given.</summary>
    public ContactPoint? Contact { get; }

    /// <summary>Creates an organisation.</summary>
    /// <param name="id">The primary identifier.</param>
    /// <param name="name">The name.</param>
    /// <param name="country">The country it is established in.</param>
    /// <param name="roles">What it is competent to do: at least one role, each at most once.</param>
    /// <param name="otherIds">Further identifiers in other schemes, if any; distinct, none equal to <paramref name="id"/>.</param>
    /// <param name="contact">How to reach it, if given.</param>
    /// <returns>The organisation.</returns>
    /// <exception cref="ArgumentNullException">
    /// <paramref name="id"/>, <paramref name="name"/>, <paramref name="country"/> or <paramref name="roles"/> is null.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A role is not defined.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="roles"/> is empty or repeats a role, or <paramref name="otherIds"/> holds null, a repeat or <paramref name="id"/>.
    /// </exception>
    public static Organisation Create(
        InstitutionId id,
        LocalizedText name,
        CountryCode country,
        IEnumerable<CompetenceRole> roles,
        IEnumerable<InstitutionId>? otherIds = null,
        ContactPoint? contact = null)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return new(id, Preconditions.ToImmutable(otherIds), name, country, Preconditions.ToImmutable(roles), contact);
    }

    /// <summary>Whether the organisation has the given role.</summary>
    /// <param name="role">The role.</param>
    /// <returns><see langword="true"/> when it has.</returns>
    public bool HasRole(CompetenceRole role) => Roles.Contains(role);

    /// <summary>Whether the identifier is the organisation's primary identifier or one of its other identifiers.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns><see langword="true"/> when it identifies this organisation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool IsIdentifiedBy(InstitutionId id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Id == id || OtherIds.Contains(id);
    }

    /// <summary>Returns a copy with another contact point.</summary>
    /// <param name="contact">The contact point, or <see langword="null"/> for none.</param>
    /// <returns>The changed organisation.</returns>
    public Organisation WithContact(ContactPoint? contact) => new(Id, OtherIds, Name, Country, Roles, contact);

    /// <summary>Whether both organisations have equal properties. See the type documentation.</summary>
    /// <param name="other">The organisation to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(Organisation? other) =>
        other is not null
        && Id == other.Id
        && Equality.SetEqual(OtherIds, other.OtherIds)
        && Name == other.Name
        && Country == other.Country
        && Equality.SetEqual(Roles, other.Roles)
        && Contact == other.Contact;

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Id, Equality.SetHash(OtherIds), Name, Country, Equality.SetHash(Roles), Contact);

    /// <summary>The name in English or the first language, identifier and country, such as <c>Example College (schac:example.fi, FI)</c>.</summary>
    /// <returns>A display string.</returns>
    public override string ToString() => $"{Name.GetBestMatch(LanguageTag.English)} ({Id}, {Country})";
}
