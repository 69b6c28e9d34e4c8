using Ecvet.Matching;

namespace Ecvet.Benchmarks.Matching;

/// <summary>
/// Every label of the ESCO skills CSV, as one list of texts to embed: per concept (in file order) its preferred label,
/// then its alternative labels, each label once per concept (compared ignoring case, as
/// <see cref="SilverTask.LabelDocuments"/> does). ESCO v1.1.1 English: 13,896 concepts, 99,145 labels.
/// </summary>
public static class EscoLabels
{
    /// <summary>The number of labels of ESCO v1.1.1 English counted this way (13,896 preferred + 85,249 alternative):
    /// the size used when the file is not at hand.</summary>
    public const int V111EnglishCount = 99_145;

    /// <summary>The labels of the ESCO file at <paramref name="path"/>.</summary>
    public static string[] Read(string path)
    {
        var labels = new List<string>(V111EnglishCount);
        foreach (var concept in EscoSkillsCsv.ReadFile(path))
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { concept.Text };
            labels.Add(concept.Text);
            foreach (var alternative in concept.Synonyms)
            {
                if (seen.Add(alternative))
                {
                    labels.Add(alternative);
                }
            }
        }

        return [.. labels];
    }
}
