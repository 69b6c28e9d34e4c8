using System.Collections.Immutable;
using Ecvet.Serialization;

namespace Ecvet.Matching;

/// <summary>
/// Builds an <see cref="OutcomeIndex"/> straight from the domain: the learning outcomes of a unit catalogue, of the
/// units a qualification allocates points to, or of a qualification document.
/// </summary>
/// <remarks>
/// Each learning outcome becomes one entry as <see cref="CatalogueEntry.Create(LearningOutcome, LanguageTag?)"/> makes
/// it (its identifier, statement in the preferred language, type, EQF level and ESCO skills), in catalogue order: unit
/// by unit, outcome by outcome. An outcome listed by several units is indexed once. A match's
/// <see cref="CatalogueEntry.Id"/> is the outcome's <see cref="LearningOutcomeId"/>.
/// </remarks>
public static class OutcomeIndexing
{
    /// <summary>The catalogue entries of every learning outcome of the units, in order, each outcome once.</summary>
    /// <param name="units">The units.</param>
    /// <param name="language">The preferred language of the statements; English when <see langword="null"/>.</param>
    /// <returns>The entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    /// <exception cref="ArgumentException">Two units hold different outcomes with the same identifier.</exception>
    public static ImmutableArray<CatalogueEntry> ToCatalogueEntries(this UnitCatalogue units, LanguageTag? language = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        return Entries(units.Units, language, nameof(units));
    }

    /// <summary>Builds an index over every learning outcome of the units.</summary>
    /// <param name="units">The units; at least one outcome in all.</param>
    /// <param name="language">The preferred language of the statements; English when <see langword="null"/>.</param>
    /// <param name="options">The index options; <see langword="null"/> for <see cref="OutcomeIndexOptions.Default"/>.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    /// <exception cref="ArgumentException">The units hold no outcome, or two units hold different outcomes with the same identifier.</exception>
    public static OutcomeIndex ToOutcomeIndex(this UnitCatalogue units, LanguageTag? language = null, OutcomeIndexOptions? options = null)
    {
        var entries = units.ToCatalogueEntries(language);
        return Build(entries, options, nameof(units), "The unit catalogue holds");
    }

    /// <summary>
    /// Builds an index over the learning outcomes of the units <paramref name="qualification"/> allocates points to,
    /// looked up in <paramref name="units"/>.
    /// </summary>
    /// <param name="qualification">The qualification.</param>
    /// <param name="units">The catalogue holding its units (and possibly others, which are left out).</param>
    /// <param name="language">The preferred language of the statements; English when <see langword="null"/>.</param>
    /// <param name="options">The index options; <see langword="null"/> for <see cref="OutcomeIndexOptions.Default"/>.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="qualification"/> or <paramref name="units"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A unit of the qualification is not in <paramref name="units"/>, its units hold no outcome, or two of them hold
    /// different outcomes with the same identifier.
    /// </exception>
    public static OutcomeIndex ToOutcomeIndex(this Qualification qualification, UnitCatalogue units, LanguageTag? language = null,
        OutcomeIndexOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(qualification);
        ArgumentNullException.ThrowIfNull(units);
        var missing = qualification.ValidateAgainst(units);
        if (!missing.IsEmpty)
        {
            throw new ArgumentException(
                $"The catalogue lacks {missing.Length} unit(s) of {qualification.Id}: {string.Join(", ", missing)}.", nameof(units));
        }

        var own = qualification.Allocations.Select(a => units.Get(a.UnitId));
        return Build(Entries(own, language, nameof(units)), options, nameof(qualification), $"The units of {qualification.Id} hold");
    }

    /// <summary>Builds an index over the learning outcomes of a qualification document's units.</summary>
    /// <param name="document">The document.</param>
    /// <param name="language">The preferred language of the statements; English when <see langword="null"/>.</param>
    /// <param name="options">The index options; <see langword="null"/> for <see cref="OutcomeIndexOptions.Default"/>.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">Its units hold no outcome, or two of them hold different outcomes with the same identifier.</exception>
    public static OutcomeIndex ToOutcomeIndex(this QualificationDocument document, LanguageTag? language = null, OutcomeIndexOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Qualification.ToOutcomeIndex(document.Units, language, options);
    }

    private static ImmutableArray<CatalogueEntry> Entries(IEnumerable<UnitOfLearningOutcomes> units, LanguageTag? language, string paramName)
    {
        var entries = ImmutableArray.CreateBuilder<CatalogueEntry>();
        var seen = new Dictionary<LearningOutcomeId, (LearningOutcome Outcome, UnitId Unit)>();
        foreach (var unit in units)
        {
            foreach (var outcome in unit.LearningOutcomes)
            {
                if (seen.TryGetValue(outcome.Id, out var first))
                {
                    // The same outcome shared by two units is one thing to match; two different ones under one id are not.
                    if (!first.Outcome.Equals(outcome))
                    {
                        throw new ArgumentException(
                            $"Units {first.Unit} and {unit.Id} hold different learning outcomes with the identifier {outcome.Id}; an index needs one outcome per identifier.",
                            paramName);
                    }

                    continue;
                }

                seen.Add(outcome.Id, (outcome, unit.Id));
                entries.Add(CatalogueEntry.Create(outcome, language));
            }
        }

        return entries.ToImmutable();
    }

    private static OutcomeIndex Build(ImmutableArray<CatalogueEntry> entries, OutcomeIndexOptions? options, string paramName, string holder) =>
        entries.IsEmpty
            ? throw new ArgumentException($"{holder} no learning outcome to index.", paramName)
            : OutcomeIndex.Build(entries, options);
}
