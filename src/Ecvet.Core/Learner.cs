using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;
using NodaTime;

namespace Ecvet;

/// <summary>
/// A learner taking part in a mobility: identifiers, name, birth date, citizenship and e-mail address.
/// </summary>
/// <remarks>
/// <para>
/// A learner has at least one identifier or a name. Identifiers are distinct (at most one of each scheme and value).
/// <see cref="BirthDate"/> decides whether the learner is a minor (a guardian must then sign a learning agreement);
/// <see cref="Email"/>, when given, is a syntactically valid ASCII address (<c>local@domain</c>, domain of at least two
/// labels; internationalised domains in their <c>xn--</c> form).
/// </para>
/// <para>
/// Equality compares every property, identifiers in order. <see cref="ToString()"/> gives the name, or the first
/// identifier. This is personal data: log it with care. This type is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record Learner
{
    /// <summary>The longest e-mail address, 254 characters.</summary>
    public const int MaxEmailLength = EmailSyntax.MaxLength;

    private Learner(ImmutableArray<LearnerId> ids, PersonName? name, LocalDate? birthDate, CountryCode? citizenship, string? email)
    {
        Ids = ids;
        Name = name;
        BirthDate = birthDate;
        Citizenship = citizenship;
        Email = email;
    }

    /// <summary>The learner's identifiers, distinct, possibly empty when <see cref="Name"/> is given.</summary>
    public ImmutableArray<LearnerId> Ids { get; }

    /// <summary>The learner's name, or <see langword="null"/> when only identifiers are known.</summary>
    public PersonName? Name { get; }

    /// <summary>The date of birth, when known.</summary>
    public LocalDate? BirthDate { get; }

    /// <summary>The country of citizenship, when known.</summary>
    public CountryCode? Citizenship { get; }

    /// <summary>The e-mail address, when known.</summary>
    public string? Email { get; }

    /// <summary>Returns a learner.</summary>
    /// <param name="ids">The identifiers; may be null or empty when <paramref name="name"/> is given.</param>
    /// <param name="name">The name; may be null when an identifier is given.</param>
    /// <param name="birthDate">The date of birth, in the ISO calendar; or <see langword="null"/>.</param>
    /// <param name="citizenship">The country of citizenship, or <see langword="null"/>.</param>
    /// <param name="email">The e-mail address, or <see langword="null"/>.</param>
    /// <returns>The learner.</returns>
    /// <exception cref="ArgumentException">
    /// Neither an identifier nor a name is given; <paramref name="ids"/> contains null or a duplicate;
    /// <paramref name="birthDate"/> is not in the ISO calendar; or <paramref name="email"/> is not a valid address.
    /// </exception>
    public static Learner Create(
        IEnumerable<LearnerId>? ids,
        PersonName? name,
        LocalDate? birthDate = null,
        CountryCode? citizenship = null,
        string? email = null) =>
        new(CheckIds(ToArray(ids), name), name, CheckBirthDate(birthDate), citizenship, CheckEmail(email));

    /// <summary>Returns a copy with the given identifiers.</summary>
    /// <param name="ids">The identifiers; may be empty when the learner has a name.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="ids"/> contains null or a duplicate, or is empty and the learner has no name.</exception>
    public Learner WithIds(IEnumerable<LearnerId>? ids) => new(CheckIds(ToArray(ids), Name), Name, BirthDate, Citizenship, Email);

    /// <summary>Returns a copy with the given name.</summary>
    /// <param name="name">The name; may be null when the learner has an identifier.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null and the learner has no identifier.</exception>
    public Learner WithName(PersonName? name)
    {
        if (name is null && Ids.IsEmpty)
        {
            throw new ArgumentException("A learner needs at least one identifier or a name.", nameof(name));
        }

        return new(Ids, name, BirthDate, Citizenship, Email);
    }

    /// <summary>Returns a copy with the given date of birth.</summary>
    /// <param name="birthDate">The date, in the ISO calendar; or <see langword="null"/>.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="birthDate"/> is not in the ISO calendar.</exception>
    public Learner WithBirthDate(LocalDate? birthDate) => new(Ids, Name, CheckBirthDate(birthDate), Citizenship, Email);

    /// <summary>Returns a copy with the given citizenship.</summary>
    /// <param name="citizenship">The country, or <see langword="null"/>.</param>
    /// <returns>The copy.</returns>
    public Learner WithCitizenship(CountryCode? citizenship) => new(Ids, Name, BirthDate, citizenship, Email);

    /// <summary>Returns a copy with the given e-mail address.</summary>
    /// <param name="email">The address, or <see langword="null"/>.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="email"/> is not a valid address.</exception>
    public Learner WithEmail(string? email) => new(Ids, Name, BirthDate, Citizenship, CheckEmail(email));

    /// <summary>The learner's age in whole years on a date, or <see langword="null"/> when the birth date is unknown.</summary>
    /// <remarks>
    /// NodaTime's calendar arithmetic decides anniversaries: someone born on 29 February is a year older on 28 February
    /// of a common year. Where the law counts such birthdays from 1 March, compare dates explicitly.
    /// </remarks>
    /// <param name="date">The date, in the ISO calendar, not before the birth date.</param>
    /// <returns>The completed years between <see cref="BirthDate"/> and <paramref name="date"/> (NodaTime <see cref="Period.Between(LocalDate, LocalDate, PeriodUnits)"/>).</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the birth date.</exception>
    public int? AgeOn(LocalDate date)
    {
        if (BirthDate is not { } birth)
        {
            return null;
        }

        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("The date must be in the ISO calendar.", nameof(date));
        }

        if (date < birth)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"The date is before the learner's birth date {birth:uuuu-MM-dd}.");
        }

        return Period.Between(birth, date, PeriodUnits.Years).Years;
    }

    /// <summary>
    /// Whether the learner is younger than <paramref name="adultAge"/> on a date, or <see langword="null"/> when the
    /// birth date is unknown (the caller decides what an unknown age means).
    /// </summary>
    /// <param name="date">The date, in the ISO calendar, not before the birth date.</param>
    /// <param name="adultAge">The age of majority, from 1 to 150; 18 by default.</param>
    /// <returns><see langword="true"/> when the learner's age on <paramref name="date"/> is below <paramref name="adultAge"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="adultAge"/> is out of range, or <paramref name="date"/> is before the birth date.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool? IsMinorOn(LocalDate date, int adultAge = 18)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(adultAge, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(adultAge, 150);
        return AgeOn(date) is { } age ? age < adultAge : null;
    }

    /// <summary>See the type documentation.</summary>
    /// <param name="other">The learner to compare with.</param>
    /// <returns>Whether every property is equal.</returns>
    public bool Equals(Learner? other) =>
        other is not null
        && Ids.AsSpan().SequenceEqual(other.Ids.AsSpan())
        && Equals(Name, other.Name)
        && BirthDate == other.BirthDate
        && Equals(Citizenship, other.Citizenship)
        && string.Equals(Email, other.Email, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var id in Ids)
        {
            hash.Add(id);
        }

        hash.Add(Name);
        hash.Add(BirthDate);
        hash.Add(Citizenship);
        hash.Add(Email, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>The name, or the first identifier when there is no name.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Name?.ToString() ?? Ids[0].ToString();

    // null and a default (uninitialised) ImmutableArray both mean "no identifiers".
    private static ImmutableArray<LearnerId> ToArray(IEnumerable<LearnerId>? ids) => ids switch
    {
        null => [],
        ImmutableArray<LearnerId> { IsDefault: true } => [],
        _ => [.. ids],
    };

    private static ImmutableArray<LearnerId> CheckIds(ImmutableArray<LearnerId> ids, PersonName? name)
    {
        var seen = new HashSet<LearnerId>();
        foreach (var id in ids)
        {
            if (id is null)
            {
                throw new ArgumentException("The identifiers must not contain null.", nameof(ids));
            }

            if (!seen.Add(id))
            {
                throw new ArgumentException($"The identifier '{id}' is given twice.", nameof(ids));
            }
        }

        if (ids.IsEmpty && name is null)
        {
            throw new ArgumentException("A learner needs at least one identifier or a name.", nameof(ids));
        }

        return ids;
    }

    private static LocalDate? CheckBirthDate(LocalDate? birthDate) =>
        birthDate is { } date && date.Calendar != CalendarSystem.Iso
            ? throw new ArgumentException("The birth date must be in the ISO calendar.", nameof(birthDate))
            : birthDate is { } iso ? Dates.Check(iso, nameof(birthDate)) : null;

    private static string? CheckEmail(string? email)
    {
        if (email is not null && !EmailSyntax.IsValid(email))
        {
            throw new ArgumentException(
                $"'{email}' is not an e-mail address; expected local@domain in ASCII, such as 'aino.virtanen@example.fi'.", nameof(email));
        }

        return email;
    }
}
