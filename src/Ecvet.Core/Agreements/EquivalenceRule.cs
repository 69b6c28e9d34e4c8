using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;

namespace Ecvet.Agreements;

/// <summary>
/// A pre-agreed equivalence in a memorandum of understanding: achieving all the listed host units (with at least the
/// minimum grade, if set) counts for the home unit, or for the listed home outcomes.
/// </summary>
/// <remarks>
/// There is at least one host unit, each once; <see cref="HomeOutcomes"/> empty means the whole home unit. Several
/// rules for the same home unit are alternatives. Equality compares every property, collections in order.
/// This type is immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record EquivalenceRule
{
    private EquivalenceRule(ImmutableArray<UnitId> hostUnits, UnitId homeUnit, ImmutableArray<LearningOutcomeId> homeOutcomes,
        string? minimumGrade, string? minimumGradeScheme, LocalizedText? note)
    {
        hostUnits = Preconditions.ToArrayWithoutNulls(hostUnits, nameof(hostUnits));
        Preconditions.CheckNotEmpty(hostUnits, nameof(hostUnits), "host unit");
        Preconditions.CheckDistinct(hostUnits, u => u, nameof(hostUnits), "host unit");
        HomeUnit = homeUnit ?? throw new ArgumentNullException(nameof(homeUnit));
        homeOutcomes = Preconditions.ToArrayWithoutNulls(homeOutcomes, nameof(homeOutcomes));
        Preconditions.CheckDistinct(homeOutcomes, o => o, nameof(homeOutcomes), "home outcome");
        HostUnits = hostUnits;
        HomeOutcomes = homeOutcomes;
        MinimumGrade = minimumGrade is null ? null : Preconditions.CheckText(minimumGrade, nameof(minimumGrade));
        if (minimumGradeScheme is not null && minimumGrade is null)
        {
            throw new ArgumentException("A grading scheme is named only for a minimum grade; give the minimum grade too.", nameof(minimumGradeScheme));
        }

        MinimumGradeScheme = minimumGradeScheme is null ? null : Preconditions.CheckText(minimumGradeScheme, nameof(minimumGradeScheme));
        Note = note;
    }

    /// <summary>The host units that must all be achieved.</summary>
    public ImmutableArray<UnitId> HostUnits { get; }

    /// <summary>The home unit they count for.</summary>
    public UnitId HomeUnit { get; }

    /// <summary>The home outcomes they count for; empty for the whole home unit.</summary>
    public ImmutableArray<LearningOutcomeId> HomeOutcomes { get; }

    /// <summary>Whether the rule counts for the whole home unit.</summary>
    public bool IsWholeUnit => HomeOutcomes.IsEmpty;

    /// <summary>The lowest grade (in the host's grading scheme) for which the rule applies, if any.</summary>
    public string? MinimumGrade { get; }

    /// <summary>
    /// The identifier of the host grading scheme <see cref="MinimumGrade"/> belongs to. The recognition engine applies a
    /// minimum grade only to results graded in this scheme; a minimum grade without it cannot be checked.
    /// </summary>
    public string? MinimumGradeScheme { get; }

    /// <summary>A note, if any.</summary>
    public LocalizedText? Note { get; }

    /// <summary>Creates a rule.</summary>
    /// <param name="hostUnits">The host units, at least one, each once.</param>
    /// <param name="homeUnit">The home unit.</param>
    /// <param name="homeOutcomes">The home outcomes; empty or null for the whole unit.</param>
    /// <param name="minimumGrade">The lowest grade for which the rule applies, if any.</param>
    /// <param name="note">A note, if any.</param>
    /// <param name="minimumGradeScheme">The identifier of the grading scheme of <paramref name="minimumGrade"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hostUnits"/> or <paramref name="homeUnit"/> is null.</exception>
    /// <exception cref="ArgumentException">No host unit, a repetition, a minimum grade or scheme that is not valid text, or a scheme without a grade.</exception>
    public static EquivalenceRule Create(IEnumerable<UnitId> hostUnits, UnitId homeUnit, IEnumerable<LearningOutcomeId>? homeOutcomes = null,
        string? minimumGrade = null, LocalizedText? note = null, string? minimumGradeScheme = null)
    {
        ArgumentNullException.ThrowIfNull(hostUnits);
        return new([.. hostUnits], homeUnit, homeOutcomes is null ? [] : [.. homeOutcomes], minimumGrade, minimumGradeScheme, note);
    }

    /// <inheritdoc />
    public bool Equals(EquivalenceRule? other) => other is not null && Equality.SequenceEqual(HostUnits, other.HostUnits)
        && HomeUnit == other.HomeUnit && Equality.SequenceEqual(HomeOutcomes, other.HomeOutcomes)
        && MinimumGrade == other.MinimumGrade && MinimumGradeScheme == other.MinimumGradeScheme && Equals(Note, other.Note);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Equality.SequenceHash(HostUnits), HomeUnit, Equality.SequenceHash(HomeOutcomes), MinimumGrade);

    /// <summary>The rule as <c>host units ⇒ home unit</c>.</summary>
    /// <returns>Text such as <c>es-u4 + es-u5 ⇒ fi-u3 (from 7)</c>.</returns>
    public override string ToString() =>
        $"{string.Join(" + ", HostUnits)} ⇒ {HomeUnit}{(IsWholeUnit ? string.Empty : $" ({HomeOutcomes.Length} outcomes)")}{(MinimumGrade is null ? string.Empty : $" (from {MinimumGrade})")}";
}
