using System.Collections.Immutable;
using Ecvet.Matching.Internal.Signals;

namespace Ecvet.Matching.Internal;

/// <summary>Renders why a query scored what it did against one entry: the shared terms with their weights, the
/// entry's terms the query lacks, the query's terms the entry lacks, the surface that scored and the shared ESCO
/// skills.</summary>
internal static class Explainer
{
    /// <summary>Explains a pair already scored on the cold path.</summary>
    /// <param name="data">The index.</param>
    /// <param name="query">The query outcome, or <see langword="null"/> for a text query.</param>
    /// <param name="vector">The analysed query.</param>
    /// <param name="ordinal">The entry.</param>
    /// <param name="evidence">The pair's evidence, its parts kept apart.</param>
    /// <param name="raw">The raw text cosine (0 when the texts are not comparable).</param>
    /// <param name="surface">The surface that gave the text score, or -1 when none did.</param>
    public static MatchExplanation Explain(IndexData data, CatalogueEntry? query, QueryVector vector, int ordinal,
        PairEvidence evidence, double raw, int surface)
    {
        var match = evidence.ToMatch(ordinal);
        var comparable = data.Languages.Comparable(vector.Language, ordinal);
        if (surface < 0)
        {
            surface = data.EntrySurfaceStart[ordinal] < data.EntrySurfaceStart[ordinal + 1] ? data.EntrySurfaceStart[ordinal] : -1;
        }

        var shared = ImmutableArray.CreateBuilder<MatchedTerm>();
        var missing = ImmutableArray.CreateBuilder<string>();
        var entryTerms = new HashSet<int>();
        if (surface >= 0)
        {
            for (var p = data.SurfaceTermStart[surface]; p < data.SurfaceTermStart[surface + 1]; p++)
            {
                var t = data.SurfaceTerms[p];
                entryTerms.Add(t);
                var wq = vector.Weights[t];
                if (comparable && wq > 0)
                {
                    shared.Add(new MatchedTerm(data.TermWords[t], wq, data.SurfaceTermWeights[p], wq * data.SurfaceTermWeights[p]));
                }
                else
                {
                    missing.Add(data.TermWords[t]);
                }
            }
        }

        var extra = ImmutableArray.CreateBuilder<string>();
        foreach (var (t, word) in vector.Words)
        {
            if (t < 0 || !entryTerms.Contains(t) || !comparable)
            {
                extra.Add(word);
            }
        }

        var entry = data.Entries[ordinal];
        var sharedSkills = query is null
            ? []
            : query.EscoSkills.Intersect(entry.EscoSkills).ToImmutableArray();
        var field = surface < 0 ? MatchedField.Text : data.SurfaceField[surface] switch
        {
            IndexData.FieldSynonym => MatchedField.Synonym,
            IndexData.FieldDescription => MatchedField.Description,
            _ => MatchedField.Text,
        };
        return new MatchExplanation(entry, match, raw, field,
            [.. shared.OrderByDescending(s => s.Contribution).ThenBy(s => s.Term, StringComparer.Ordinal)],
            missing.ToImmutable(), extra.ToImmutable(), sharedSkills, vector.LanguageName,
            evidence.Words, evidence.Meaning, evidence.Cosine, evidence.DifferenceCosine);
    }
}
