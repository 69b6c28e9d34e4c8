using Ecvet.Matching;
using Ecvet.Matching.Internal;

namespace Ecvet.Tests.Matching;

/// <summary>
/// The plain forms the fast query paths of <see cref="OutcomeIndex"/> are proved against (and benchmarked beside):
/// every entry scored on every surface, every outcome candidate combined and sorted. Slow, obviously right, and kept
/// out of the library.
/// </summary>
internal static class ReferenceScorers
{
    /// <summary>
    /// The text query path without pruning or accumulators: every entry scored on every surface, straight from the
    /// forward index, with the same float operations in the same order, and the query analysed without the word cache.
    /// </summary>
    public static int MatchExhaustive(this OutcomeIndex index, ReadOnlySpan<char> query, Span<OutcomeMatch> destination, double threshold)
    {
        var data = index.Data;
        var language = data.Languages.OfText(query);
        if (language.IsForeign)
        {
            return 0;
        }

        var rawThreshold = index.Scorer.RawThreshold(threshold);
        var scratch = index.Scorer.GetScratch();
        QueryTerms.Prepare(data, query, language, scratch, useWordCache: false);
        var terms = scratch.QueryTerms.AsSpan(0, scratch.QueryCount).ToArray();
        var weights = scratch.QueryWeight.AsSpan(0, scratch.QueryCount).ToArray();
        var filter = data.Languages.Filters(language);
        var found = new List<(int Entry, float Score, float Cov)>();
        for (var e = 0; e < data.Entries.Length && terms.Length > 0; e++)
        {
            if (filter && !data.Languages.IsIn(e, language))
            {
                continue;
            }

            float best = 0;
            float bestCov = 0;
            for (var s = data.EntrySurfaceStart[e]; s < data.EntrySurfaceStart[e + 1]; s++)
            {
                var start = data.SurfaceTermStart[s];
                var surfaceTerms = data.SurfaceTerms.AsSpan(start, data.SurfaceTermStart[s + 1] - start);
                float score = 0;
                float cov = 0;
                for (var j = 0; j < terms.Length; j++)
                {
                    var at = surfaceTerms.BinarySearch(terms[j]);
                    if (at >= 0)
                    {
                        score += weights[j] * data.SurfaceTermWeights[start + at];
                        cov += data.SurfaceTermCovers[start + at];
                    }
                }

                if (score > best || (score == best && cov > bestCov))
                {
                    best = score;
                    bestCov = cov;
                }
            }

            if (best > 0 && best >= (float)rawThreshold)
            {
                found.Add((e, best, bestCov));
            }
        }

        found.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : data.IdRank[a.Entry].CompareTo(data.IdRank[b.Entry]));
        var count = Math.Min(destination.Length, found.Count);
        for (var i = 0; i < count; i++)
        {
            var (entry, score, cov) = found[i];
            destination[i] = new OutcomeMatch(entry, data.Options.Calibration.Apply(score), Math.Clamp(cov, 0, 1), MatchEvidence.SharedTerms);
        }

        return count;
    }

    /// <summary>The outcome query path without selection: every candidate (found by text or sharing an ESCO skill; every
    /// entry when a signal can raise entries the text did not find) combined with all its evidence, all of them
    /// sorted.</summary>
    public static List<OutcomeMatch> MatchOutcomeReference(this OutcomeIndex index, CatalogueEntry query, int top, double threshold)
    {
        var data = index.Data;
        var language = data.Languages.Of(query);
        var scratch = index.Scorer.Accumulate(query.Text, language, 0, 0);
        var raw = new Dictionary<int, (double Raw, double Cov)>(scratch.ResultCount);
        for (var i = 0; i < scratch.ResultCount; i++)
        {
            raw[scratch.ResultEntry[i]] = (scratch.ResultScore[i], index.Scorer.SurfaceCover(scratch, scratch.ResultSurface[i]));
        }

        // The entries sharing an ESCO skill with the query, looked up directly rather than through the signals.
        for (var e = 0; e < data.Entries.Length; e++)
        {
            if (query.EscoSkills.Intersect(data.Entries[e].EscoSkills).Any())
            {
                raw.TryAdd(e, (0, 0));
            }

        }

        // Meaning, or any signal that can raise an entry the text did not find, makes every entry a candidate.
        var evidence = index.Evidence.Prepare(query, query.Text, language);
        if (index.Embedder is not null || evidence.Bound(0) > 0)
        {
            for (var e = 0; e < data.Entries.Length; e++)
            {
                raw.TryAdd(e, (0, 0));
            }
        }

        var results = new List<OutcomeMatch>(raw.Count);
        foreach (var (e, (r, c)) in raw)
        {
            var match = evidence.Combine(e, r, c);
            if (match.Similarity > 0 && match.Similarity >= threshold)
            {
                results.Add(match);
            }
        }

        results.Sort((a, b) => a.Similarity != b.Similarity ? b.Similarity.CompareTo(a.Similarity) : data.IdRank[a.Ordinal].CompareTo(data.IdRank[b.Ordinal]));
        return results.Count > top ? results.GetRange(0, top) : results;
    }
}
