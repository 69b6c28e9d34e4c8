namespace Ecvet.Matching.Internal.Signals;

/// <summary>
/// Shared ESCO skills: two outcomes annotated with common ESCO skills are similar by
/// <see cref="OutcomeIndexOptions.EscoSkillWeight"/> times the Dice share of their skills, and the entry is covered by
/// that weight times the share of its skills the query holds. Entries sharing a skill with the query are nominated, so
/// they are scored whatever their text; no other entry gains anything.
/// </summary>
internal sealed class EscoSkillSignal : MatchSignal
{
    private readonly CatalogueEntry[] _entries;
    private readonly Dictionary<EscoSkillRef, int[]> _skillEntries;
    private readonly double _weight;

    public EscoSkillSignal(CatalogueEntry[] entries, OutcomeIndexOptions options)
    {
        _entries = entries;
        _weight = options.EscoSkillWeight;
        var lists = new Dictionary<EscoSkillRef, List<int>>();
        for (var e = 0; e < entries.Length; e++)
        {
            foreach (var skill in entries[e].EscoSkills.Distinct())
            {
                if (!lists.TryGetValue(skill, out var list))
                {
                    lists[skill] = list = [];
                }

                list.Add(e);
            }
        }

        _skillEntries = [];
        foreach (var (skill, list) in lists)
        {
            _skillEntries[skill] = [.. list];
        }
    }

    // An entry sharing no skill gains nothing.
    // Without the attribute on the query no pair of it gets evidence from this signal.
    public override MatchSignal? Prepare(in SignalQuery query) => query.Outcome is null || query.Outcome.EscoSkills.IsEmpty ? null : this;

    public override double MaxBoost(in SignalQuery query) => 0;

    public override void Nominate(in SignalQuery query, ref Candidates candidates)
    {
        if (query.Outcome is not { } outcome)
        {
            return;
        }

        foreach (var skill in outcome.EscoSkills)
        {
            if (_skillEntries.TryGetValue(skill, out var list))
            {
                foreach (var e in list)
                {
                    candidates.Add(e);
                }
            }
        }
    }

    public override void Apply(in SignalQuery query, int ordinal, ref PairEvidence evidence)
    {
        if (query.Outcome is not { } outcome)
        {
            return;
        }

        var entry = _entries[ordinal];
        var shared = SharedSkills(outcome, entry);
        if (shared > 0)
        {
            var similarity = _weight * 2.0 * shared / (outcome.EscoSkills.Distinct().Count() + entry.EscoSkills.Distinct().Count());
            evidence.Boost(similarity, _weight * shared / entry.EscoSkills.Distinct().Count(), MatchEvidence.SharedEscoSkill);
        }
    }

    private static int SharedSkills(CatalogueEntry a, CatalogueEntry b)
    {
        if (a.EscoSkills.IsEmpty || b.EscoSkills.IsEmpty)
        {
            return 0;
        }

        var count = 0;
        foreach (var skill in a.EscoSkills.Distinct())
        {
            if (b.EscoSkills.Contains(skill))
            {
                count++;
            }
        }

        return count;
    }
}
