using System.Globalization;
using Xunit.Abstractions;

namespace Ecvet.Tests.Matching;

public sealed class LabelledSetProbe(ITestOutputHelper output)
{
    [Fact]
    public void Probe_CalibrationHalf_Prints()
    {
        var index = LabelledPairs.DefaultIndex;
        foreach (var group in LabelledPairs.CalibrationHalf.Select(p => LabelledPairs.Score(index, p)).GroupBy(s => s.Pair.Kind))
        {
            var raws = group.Select(s => s.Raw).Order().ToArray();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key,-26} n={raws.Length,2} raw: {string.Join(" ", raws.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)))}"));
            output.WriteLine("   decisions: " + string.Join(", ", group.GroupBy(s => s.Decision).Select(d => $"{d.Key}={d.Count()}")));
            foreach (var s in group)
            {
                var hostIndex = Ecvet.Matching.OutcomeIndex.Build(LabelledPairs.Pairs.Select(p => p.HostText).Distinct(StringComparer.Ordinal).Select((t, i) => Ecvet.Matching.CatalogueEntry.Create($"h{i}", t)));
                var ho = Enumerable.Range(0, hostIndex.Count).First(i => hostIndex.GetEntry(i).Text == s.Pair.HostText);
                var covHost = hostIndex.Explain(s.Pair.HomeText, ho).Coverage;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   cos {s.Raw:0.00} covHome {s.Coverage:0.00} covHost {covHost:0.00} {s.Decision} | {s.Pair.HostText}"));
            }
        }
    }
}
