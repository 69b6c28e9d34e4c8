using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Serialization.Hashing;
using Ecvet.Utility;
using NodaTime;

namespace Ecvet.Agreements;

/// <summary>
/// What one version of a learning agreement says: learner, home, host and intermediary, the MoU it belongs to (or why
/// there is none), the mobility period, the qualification being taken, the units already achieved and the expected
/// learning per unit. Its <see cref="Hash"/> is what signatures sign.
/// </summary>
/// <remarks>
/// <para>
/// Invariants: home, host and intermediary are three different institutions; exactly one of <see cref="Mou"/> and
/// <see cref="NoMouJustification"/> is present (the no-MoU path is explicit); there is at least one expected learning,
/// at most one per unit, and none for a unit already achieved; units already achieved are listed once each.
/// </para>
/// <para>
/// Equality compares every property, collections in order. The <see cref="Hash"/> is SHA-256 over the RFC 8785 canonical
/// JSON of this content, so it changes with any field and not with formatting. This type is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record LearningAgreementContent
{
    private ContentHash? hash;

    private LearningAgreementContent(Learner learner, InstitutionId home, InstitutionId host, InstitutionId? intermediary,
        MouId? mou, LocalizedText? noMouJustification, MobilityPeriod period, QualificationReference qualification,
        ImmutableArray<UnitId> unitsAlreadyAchieved, ImmutableArray<ExpectedLearning> expected)
    {
        ArgumentNullException.ThrowIfNull(learner);
        ArgumentNullException.ThrowIfNull(home);
        ArgumentNullException.ThrowIfNull(host);
        if (home == host)
        {
            throw new ArgumentException($"The host must differ from the home institution ({home}).", nameof(host));
        }

        if (intermediary is not null && (intermediary == home || intermediary == host))
        {
            throw new ArgumentException($"The intermediary ({intermediary}) must differ from home and host.", nameof(intermediary));
        }

        if ((mou is null) == (noMouJustification is null))
        {
            throw new ArgumentException(
                "Give either the MoU the agreement belongs to or, on the no-MoU path, the justification; exactly one of them.",
                mou is null ? nameof(noMouJustification) : nameof(mou));
        }

        ArgumentNullException.ThrowIfNull(period);
        if (learner.BirthDate is { } born && born > period.EarliestStart)
        {
            throw new ArgumentException($"The learner is born on {born:uuuu-MM-dd}, after the mobility starts ({period.EarliestStart:uuuu-MM-dd}).", nameof(learner));
        }

        ArgumentNullException.ThrowIfNull(qualification);
        unitsAlreadyAchieved = unitsAlreadyAchieved.OrEmpty();
        CheckNoNulls(unitsAlreadyAchieved, nameof(unitsAlreadyAchieved));
        Preconditions.CheckDistinct(unitsAlreadyAchieved, u => u, nameof(unitsAlreadyAchieved), "unit");
        expected = expected.OrEmpty();
        CheckNoNulls(expected, nameof(expected));
        Preconditions.CheckNotEmpty(expected, nameof(expected), "expected learning");
        Preconditions.CheckDistinct(expected, e => e.Unit, nameof(expected), "expected learning for unit");
        foreach (var item in expected)
        {
            if (unitsAlreadyAchieved.Contains(item.Unit))
            {
                throw new ArgumentException($"Unit {item.Unit} is already achieved and cannot be expected again.", nameof(expected));
            }
        }

        Learner = learner;
        Home = home;
        Host = host;
        Intermediary = intermediary;
        Mou = mou;
        NoMouJustification = noMouJustification;
        Period = period;
        Qualification = qualification;
        UnitsAlreadyAchieved = unitsAlreadyAchieved;
        Expected = expected;
    }

    /// <summary>The learner.</summary>
    public Learner Learner { get; }

    /// <summary>The home (sending) competent institution.</summary>
    public InstitutionId Home { get; }

    /// <summary>The host (receiving) competent institution.</summary>
    public InstitutionId Host { get; }

    /// <summary>The intermediary organisation, if one is involved.</summary>
    public InstitutionId? Intermediary { get; }

    /// <summary>The memorandum of understanding the agreement belongs to; <see langword="null"/> on the no-MoU path.</summary>
    public MouId? Mou { get; }

    /// <summary>Why there is no MoU (for example validation of prior learning); present exactly when <see cref="Mou"/> is not.</summary>
    public LocalizedText? NoMouJustification { get; }

    /// <summary>The mobility period.</summary>
    public MobilityPeriod Period { get; }

    /// <summary>The qualification the learner is taking at home.</summary>
    public QualificationReference Qualification { get; }

    /// <summary>The units of that qualification the learner has already achieved.</summary>
    public ImmutableArray<UnitId> UnitsAlreadyAchieved { get; }

    /// <summary>The learning expected abroad, one entry per home unit.</summary>
    public ImmutableArray<ExpectedLearning> Expected { get; }

    /// <summary>The SHA-256 hash of this content's canonical JSON; what signatures sign.</summary>
    public ContentHash Hash => hash ??= ContentHashing.Of(this);

    /// <summary>Creates the content of an agreement that belongs to a memorandum of understanding.</summary>
    /// <param name="learner">The learner.</param>
    /// <param name="home">The home institution.</param>
    /// <param name="host">The host institution, not the home.</param>
    /// <param name="mou">The memorandum of understanding.</param>
    /// <param name="period">The mobility period.</param>
    /// <param name="qualification">The qualification being taken.</param>
    /// <param name="expected">The expected learning, at least one, one per unit.</param>
    /// <param name="unitsAlreadyAchieved">Units already achieved, if any.</param>
    /// <param name="intermediary">An intermediary organisation, if any.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An invariant of the type does not hold; the message names it.</exception>
    public static LearningAgreementContent Create(Learner learner, InstitutionId home, InstitutionId host, MouId mou,
        MobilityPeriod period, QualificationReference qualification, IEnumerable<ExpectedLearning> expected,
        IEnumerable<UnitId>? unitsAlreadyAchieved = null, InstitutionId? intermediary = null)
    {
        ArgumentNullException.ThrowIfNull(mou);
        ArgumentNullException.ThrowIfNull(expected);
        return new(learner, home, host, intermediary, mou, null, period, qualification,
            unitsAlreadyAchieved is null ? [] : [.. unitsAlreadyAchieved], [.. expected]);
    }

    /// <summary>Creates the content of an agreement outside any memorandum of understanding (the explicit no-MoU path).</summary>
    /// <param name="learner">The learner.</param>
    /// <param name="home">The home institution.</param>
    /// <param name="host">The host institution, not the home.</param>
    /// <param name="noMouJustification">Why there is no MoU and which procedures apply instead.</param>
    /// <param name="period">The mobility period.</param>
    /// <param name="qualification">The qualification being taken.</param>
    /// <param name="expected">The expected learning, at least one, one per unit.</param>
    /// <param name="unitsAlreadyAchieved">Units already achieved, if any.</param>
    /// <param name="intermediary">An intermediary organisation, if any.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An invariant of the type does not hold; the message names it.</exception>
    public static LearningAgreementContent CreateWithoutMou(Learner learner, InstitutionId home, InstitutionId host,
        LocalizedText noMouJustification, MobilityPeriod period, QualificationReference qualification,
        IEnumerable<ExpectedLearning> expected, IEnumerable<UnitId>? unitsAlreadyAchieved = null, InstitutionId? intermediary = null)
    {
        ArgumentNullException.ThrowIfNull(noMouJustification);
        ArgumentNullException.ThrowIfNull(expected);
        return new(learner, home, host, intermediary, null, noMouJustification, period, qualification,
            unitsAlreadyAchieved is null ? [] : [.. unitsAlreadyAchieved], [.. expected]);
    }

    /// <summary>Creates content from all its parts, as read from JSON.</summary>
    internal static LearningAgreementContent FromParts(Learner learner, InstitutionId home, InstitutionId host,
        InstitutionId? intermediary, MouId? mou, LocalizedText? noMouJustification, MobilityPeriod period,
        QualificationReference qualification, ImmutableArray<UnitId> unitsAlreadyAchieved, ImmutableArray<ExpectedLearning> expected) =>
        new(learner, home, host, intermediary, mou, noMouJustification, period, qualification, unitsAlreadyAchieved, expected);

    /// <summary>Returns a copy with other expected learning.</summary>
    /// <param name="expected">The expected learning, at least one, one per unit.</param>
    /// <returns>The new content, with a new hash.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> is null.</exception>
    /// <exception cref="ArgumentException">An invariant of the type does not hold.</exception>
    public LearningAgreementContent WithExpected(IEnumerable<ExpectedLearning> expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        return new(Learner, Home, Host, Intermediary, Mou, NoMouJustification, Period, Qualification, UnitsAlreadyAchieved, [.. expected]);
    }

    /// <summary>Returns a copy with another mobility period.</summary>
    /// <param name="period">The new period.</param>
    /// <returns>The new content, with a new hash.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public LearningAgreementContent WithPeriod(MobilityPeriod period) =>
        new(Learner, Home, Host, Intermediary, Mou, NoMouJustification, period, Qualification, UnitsAlreadyAchieved, Expected);

    /// <summary>Returns a copy with another intermediary (or none).</summary>
    /// <param name="intermediary">The intermediary, or null for none.</param>
    /// <returns>The new content, with a new hash.</returns>
    /// <exception cref="ArgumentException"><paramref name="intermediary"/> is the home or the host.</exception>
    public LearningAgreementContent WithIntermediary(InstitutionId? intermediary) =>
        new(Learner, Home, Host, intermediary, Mou, NoMouJustification, Period, Qualification, UnitsAlreadyAchieved, Expected);

    /// <summary>Whether the learner is younger than the policy's age of majority on the first day of the mobility.</summary>
    /// <param name="policy">The signatory policy; <see cref="SignatoryPolicy.Default"/> (18) when null.</param>
    /// <returns><see langword="true"/> when a guardian must sign. A learner without a known birth date counts as an adult.</returns>
    public bool IsLearnerMinor(SignatoryPolicy? policy = null)
    {
        policy ??= SignatoryPolicy.Default;
        if (LearnerBirthDate is not { } birthDate)
        {
            return false;
        }

        var start = Period.EarliestStart;
        return birthDate > start || NodaTime.Period.Between(birthDate, start, PeriodUnits.Years).Years < policy.AdultAge;
    }

    /// <summary>
    /// The roles that must sign this content: learner, home and host; a guardian when the learner is a minor on the
    /// first day of the mobility; the intermediary when there is one.
    /// </summary>
    /// <param name="policy">The signatory policy; <see cref="SignatoryPolicy.Default"/> when null.</param>
    /// <returns>The required roles, in the order of <see cref="SignatoryRole"/>.</returns>
    public ImmutableArray<SignatoryRole> RequiredSignatories(SignatoryPolicy? policy = null)
    {
        Span<SignatoryRole> roles = stackalloc SignatoryRole[MaxSignatories];
        return [.. roles[..FillRequiredSignatories(policy, roles)]];
    }

    /// <summary>The most roles that can be required: learner, guardian, home, host and intermediary.</summary>
    internal const int MaxSignatories = 5;

    /// <summary>
    /// Writes the required roles into <paramref name="roles"/> (at least <see cref="MaxSignatories"/> long) and returns
    /// how many: the status and the recognition engine ask this for every version they read, without a list to keep.
    /// </summary>
    internal int FillRequiredSignatories(SignatoryPolicy? policy, Span<SignatoryRole> roles)
    {
        var count = 0;
        roles[count++] = SignatoryRole.Learner;
        if (IsLearnerMinor(policy))
        {
            roles[count++] = SignatoryRole.Guardian;
        }

        roles[count++] = SignatoryRole.Home;
        roles[count++] = SignatoryRole.Host;
        if (Intermediary is not null)
        {
            roles[count++] = SignatoryRole.Intermediary;
        }

        return count;
    }

    /// <inheritdoc />
    public bool Equals(LearningAgreementContent? other) => other is not null && (ReferenceEquals(this, other) || (
        Learner.Equals(other.Learner) && Home == other.Home && Host == other.Host && Intermediary == other.Intermediary
        && Mou == other.Mou && Equals(NoMouJustification, other.NoMouJustification) && Period == other.Period
        && Qualification == other.Qualification && Equality.SequenceEqual(UnitsAlreadyAchieved, other.UnitsAlreadyAchieved)
        && Equality.SequenceEqual(Expected, other.Expected)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Learner, Home, Host, Period, Equality.SequenceHash(Expected));

    /// <summary>The learner, home, host and period.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Learner}: {Home} → {Host}, {Period}";

    private LocalDate? LearnerBirthDate => Learner.BirthDate;

    private static void CheckNoNulls<T>(ImmutableArray<T> values, string paramName)
        where T : class
    {
        foreach (var value in values)
        {
            if (value is null)
            {
                throw new ArgumentException("The collection must not contain null.", paramName);
            }
        }
    }
}
