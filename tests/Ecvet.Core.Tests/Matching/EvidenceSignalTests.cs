using System.Globalization;
using Ecvet.Matching;
using Ecvet.Matching.Internal.Signals;

namespace Ecvet.Tests.Matching;

/// <summary>
/// Outcome queries pass over candidates that cannot enter the top k, bounding each by its text score combined with
/// the most every signal declares it can add. These tests add a made-up signal that raises scores and prove the
/// selection still equals combining every candidate, and that the proof fails when a signal understates its maximum.
/// </summary>
public sealed class EvidenceSignalTests
{
    private static readonly string[] Words =
    [
        "manage", "equipment", "safety", "install", "system", "data", "customer", "report", "maintain", "electrical",
        "food", "quality", "control", "vehicle", "test", "plan", "budget", "staff", "train", "document",
    ];

    [Fact]
    public void Match_SignalThatDeclaresItsMaximumBoost_EqualsCombiningEveryCandidate()
    {
        var (compared, changed) = CompareWithReference(honest: true, (index, query, top, threshold, because) =>
            index.Match(query, top, threshold).Should().Equal(index.MatchOutcomeReference(query, top, threshold), because));

        compared.Should().BeGreaterThan(1_000, "the generated queries must find matches for the comparison to mean anything");
        changed.Should().BeGreaterThan(100, "the made-up signal must change rankings for the comparison to mean anything");
    }

    [Fact]
    public void Match_SignalThatUnderstatesItsMaximumBoost_LosesMatches()
    {
        // The same signal declaring 0: pruning then skips candidates it would have raised into the top k.
        var differences = 0;
        CompareWithReference(honest: false, (index, query, top, threshold, _) =>
        {
            if (!index.Match(query, top, threshold).SequenceEqual(index.MatchOutcomeReference(query, top, threshold)))
            {
                differences++;
            }
        });

        differences.Should().BeGreaterThan(0);
    }

    private static (int Compared, int Changed) CompareWithReference(bool honest, Action<OutcomeIndex, CatalogueEntry, int, double, string> check)
    {
        var compared = 0;
        var changed = 0;
        for (var seed = 0; seed < 60; seed++)
        {
            var random = new Random(seed);
            var catalogue = Enumerable.Range(0, random.Next(5, 60))
                .Select(i => CatalogueEntry.Create(string.Create(CultureInfo.InvariantCulture, $"e{i:D2}"), Text(random, random.Next(1, 6)),
                    random.Next(3) == 0 ? [Text(random, random.Next(1, 4))] : null))
                .ToArray();
            var plain = OutcomeIndex.Build(catalogue);
            var index = OutcomeIndex.BuildWithSignals(catalogue, null, _ => [new MadeUpSignal(0.4, honest)]);
            for (var k = 0; k < 5; k++)
            {
                var query = CatalogueEntry.Create("q", Text(random, random.Next(1, 6)));
                foreach (var (top, threshold) in new[] { (1, 0.0), (3, 0.0), (10, 0.3), (100, 0.0) })
                {
                    check(index, query, top, threshold, $"seed {seed}, query {query.Text}, top {top}, threshold {threshold}");
                    var matches = index.Match(query, top, threshold);
                    compared += matches.Count;
                    changed += matches.Select(m => m.Ordinal).SequenceEqual(plain.Match(query, top, threshold).Select(m => m.Ordinal)) ? 0 : 1;
                }
            }
        }

        return (compared, changed);
    }

    private static string Text(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));

    // Raises every pair by up to `boost`, by a fraction fixed by the query's text and the entry.
    private sealed class MadeUpSignal(double boost, bool honest) : MatchSignal
    {
        public override double MaxBoost(in SignalQuery query) => honest ? boost : 0;

        public override void Apply(in SignalQuery query, int ordinal, ref PairEvidence evidence)
        {
            var text = query.Outcome?.Text ?? string.Empty;
            var fraction = (uint)((text.Length * 7919) + (ordinal * 104729) + text[0]) % 1000 / 999.0;
            evidence.Boost(boost * fraction, 0, MatchEvidence.None);
        }
    }
}
