using System.Globalization;
using System.Text;
using Ecvet.Matching;
using Ecvet.Tests.Support;
using Xunit.Abstractions;

namespace Ecvet.Tests.Matching;

/// <summary>
/// The silver regression check on real ESCO v1.1.1 data: 2,000 alternative labels (one per sampled concept, seed 42,
/// never the preferred label) are matched against the catalogue of preferred labels; the gold answer is the concept.
/// Reported as skipped, with the reason, when the ESCO file is absent.
/// </summary>
public sealed class EscoSilverTests(ITestOutputHelper output)
{
    [EscoFact]
    public void Match_EscoAltLabelsAgainstPreferredLabels_MeetsTheQualityBar()
    {
        var skills = ReadSkills(EscoData.SkillsCsvPath!);
        skills.Should().HaveCount(13_896);
        var random = new Random(42);
        var queries = skills.Select((s, i) => (Skill: s, Concept: i))
            .Where(x => x.Skill.Alts.Any(a => a != x.Skill.Pref))
            .OrderBy(_ => random.Next()).Take(2000)
            .Select(x =>
            {
                var alts = x.Skill.Alts.Where(a => a != x.Skill.Pref).ToArray();
                return (Text: alts[random.Next(alts.Length)], x.Concept);
            })
            .ToArray();
        var queryTexts = queries.Select(q => q.Text).ToHashSet(StringComparer.Ordinal);

        var preferred = OutcomeIndex.Build(skills.Select((s, i) => CatalogueEntry.Create(s.Uri, s.Pref)));
        var (p1, mrr) = Evaluate(preferred, queries);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"preferred labels: P@1 {p1:0.000}, MRR@10 {mrr:0.000}"));
        p1.Should().BeGreaterThanOrEqualTo(0.65);
        mrr.Should().BeGreaterThanOrEqualTo(0.72);

        // The alternative labels, minus the query strings, as synonyms of their concept.
        var synonyms = OutcomeIndex.Build(skills.Select(s => CatalogueEntry.Create(s.Uri, s.Pref,
            s.Alts.Where(a => a != s.Pref && !queryTexts.Contains(a)))));
        (p1, mrr) = Evaluate(synonyms, queries);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"preferred labels + synonyms: P@1 {p1:0.000}, MRR@10 {mrr:0.000}"));
        p1.Should().BeGreaterThanOrEqualTo(0.74);
        mrr.Should().BeGreaterThanOrEqualTo(0.80);
    }

    private static (double P1, double Mrr) Evaluate(OutcomeIndex index, (string Text, int Concept)[] queries)
    {
        var destination = new OutcomeMatch[10];
        var hits = 0;
        var reciprocal = 0.0;
        foreach (var (text, concept) in queries)
        {
            var count = index.Match(text.AsSpan(), destination);
            for (var rank = 0; rank < count; rank++)
            {
                if (destination[rank].Ordinal == concept)
                {
                    hits += rank == 0 ? 1 : 0;
                    reciprocal += 1.0 / (rank + 1);
                    break;
                }
            }
        }

        return ((double)hits / queries.Length, reciprocal / queries.Length);
    }

    // A minimal RFC 4180 reader (quoted fields with doubled quotes and line breaks), enough for the ESCO skills file.
    private static List<(string Uri, string Pref, string[] Alts)> ReadSkills(string path)
    {
        var text = File.ReadAllText(path);
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        var header = rows[0];
        var uri = header.IndexOf("conceptUri");
        var pref = header.IndexOf("preferredLabel");
        var alt = header.IndexOf("altLabels");
        return [.. rows.Skip(1).Where(r => r.Count == header.Count).Select(r =>
            (r[uri], r[pref], r[alt].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))];
    }
}
