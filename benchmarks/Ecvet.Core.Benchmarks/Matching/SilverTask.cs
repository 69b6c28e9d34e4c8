using System.Globalization;
using Ecvet.Matching;

namespace Ecvet.Benchmarks.Matching;

/// <summary>Which catalogue a benchmark or evaluation runs against.</summary>
public enum CatalogueKind
{
    /// <summary>One entry per concept, its preferred label only (ESCO: 13,896 entries).</summary>
    PreferredLabels,

    /// <summary>
    /// Every label of every concept (ESCO: about 109k labels). Ecvet indexes one entry per concept with the alternative
    /// labels as synonyms; the peers index one document per label and de-duplicate hits to concepts.
    /// </summary>
    AllLabels,
}

/// <summary>One concept of the silver task.</summary>
/// <param name="Id">The concept id (ESCO concept URI).</param>
/// <param name="Preferred">The preferred label.</param>
/// <param name="Alternatives">The alternative labels, without the query strings.</param>
public sealed record SilverConcept(string Id, string Preferred, IReadOnlyList<string> Alternatives);

/// <summary>
/// The silver matching task, built once per process with seed 42: a sample of ESCO alternative labels as queries, each
/// from a different concept, whose answer is that concept; every query string is removed from the catalogues. Without
/// the ESCO file (<c>ECVET_ESCO_CSV</c>) a small generated catalogue of the same shape stands in, so that the benchmarks
/// still run (their numbers then say nothing about ESCO).
/// </summary>
public sealed class SilverTask
{
    /// <summary>The seed of every random choice.</summary>
    public const int Seed = 42;

    /// <summary>The number of queries sampled.</summary>
    public const int QueryCount = 2_000;

    private static readonly Lazy<SilverTask> Shared = new(() => Create(Seed));

    private SilverTask(string source, bool isEsco, IReadOnlyList<SilverConcept> concepts, string[] queries, int[] answers)
    {
        Source = source;
        IsEsco = isEsco;
        Concepts = concepts;
        Queries = queries;
        Answers = answers;
        Preferred = [.. concepts.Select(c => CatalogueEntry.Create(c.Id, c.Preferred))];
        AllLabels = [.. concepts.Select(c => CatalogueEntry.Create(c.Id, c.Preferred, c.Alternatives))];
        var docs = new List<LabelDocument>(concepts.Count * 8);
        for (var i = 0; i < concepts.Count; i++)
        {
            foreach (var label in new[] { concepts[i].Preferred }.Concat(concepts[i].Alternatives).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                docs.Add(new LabelDocument(i, label));
            }
        }

        LabelDocuments = [.. docs];
        PreferredDocuments = [.. concepts.Select((c, i) => new LabelDocument(i, c.Preferred))];
    }

    /// <summary>The task, built on first use.</summary>
    public static SilverTask Instance => Shared.Value;

    /// <summary>The same task drawn with another seed: other queries, other labels removed. For tuning, so that the
    /// reported seed's queries are never used to choose a setting.</summary>
    public static SilverTask WithSeed(int seed) => Create(seed);

    /// <summary>Where the data came from.</summary>
    public string Source { get; }

    /// <summary>Whether the data is the real ESCO file.</summary>
    public bool IsEsco { get; }

    /// <summary>The concepts, ordered by id.</summary>
    public IReadOnlyList<SilverConcept> Concepts { get; }

    /// <summary>The queries.</summary>
    public string[] Queries { get; }

    /// <summary>The index into <see cref="Concepts"/> of each query's answer.</summary>
    public int[] Answers { get; }

    /// <summary>The preferred-label catalogue for Ecvet, entry i = concept i.</summary>
    public CatalogueEntry[] Preferred { get; }

    /// <summary>The all-labels catalogue for Ecvet (alternative labels as synonyms), entry i = concept i.</summary>
    public CatalogueEntry[] AllLabels { get; }

    /// <summary>One document per preferred label, for the peers.</summary>
    public LabelDocument[] PreferredDocuments { get; }

    /// <summary>One document per distinct label of each concept, for the peers.</summary>
    public LabelDocument[] LabelDocuments { get; }

    /// <summary>The Ecvet catalogue of a kind.</summary>
    public CatalogueEntry[] Entries(CatalogueKind kind) => kind == CatalogueKind.PreferredLabels ? Preferred : AllLabels;

    /// <summary>The peers' documents of a kind.</summary>
    public LabelDocument[] Documents(CatalogueKind kind) => kind == CatalogueKind.PreferredLabels ? PreferredDocuments : LabelDocuments;

    /// <summary>A one-line description for reports.</summary>
    public string Describe(CatalogueKind kind) => string.Create(CultureInfo.InvariantCulture,
        $"{kind}: {Entries(kind).Length:N0} concepts, {Documents(kind).Length:N0} label documents");

    private static SilverTask Create(int seed)
    {
        var path = EscoPath.Locate();
        return path is null
            ? Build("generated stand-in catalogue (ESCO not found: " + EscoPath.Hint + ")", isEsco: false, Generate(), 500, seed)
            : Build("ESCO v1.1.1 skills CSV (" + path + ")", isEsco: true,
                [.. EscoSkillsCsv.ReadFile(path).Select(e => new SilverConcept(e.Id, e.Text, e.Synonyms))], QueryCount, seed);
    }

    private static SilverTask Build(string source, bool isEsco, List<SilverConcept> concepts, int queryCount, int seed)
    {
        concepts.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var preferred = new HashSet<string>(concepts.Select(c => c.Preferred), StringComparer.OrdinalIgnoreCase);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var random = new Random(seed);
        var order = Enumerable.Range(0, concepts.Count).ToArray();
        random.Shuffle(order);

        var queries = new List<string>(queryCount);
        var answers = new List<int>(queryCount);
        foreach (var index in order)
        {
            // An alternative label that is another concept's preferred label has two right answers: not a fair query.
            var candidates = concepts[index].Alternatives.Where(a => !preferred.Contains(a) && !used.Contains(a)).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var query = candidates[random.Next(candidates.Count)];
            used.Add(query);
            queries.Add(query);
            answers.Add(index);
            if (queries.Count == queryCount)
            {
                break;
            }
        }

        var pruned = concepts
            .Select(c => c with
            {
                // Every engine sees the same labels: no query string, no repeat of the preferred label, no duplicates.
                Alternatives = [.. c.Alternatives
                    .Where(a => !used.Contains(a) && !a.Equals(c.Preferred, StringComparison.OrdinalIgnoreCase))
                    .Distinct(StringComparer.OrdinalIgnoreCase)],
            })
            .ToList();
        return new SilverTask(source, isEsco, pruned, [.. queries], [.. answers]);
    }

    // A small catalogue with the ESCO shape: short labels over a shared vocabulary, alternatives that reword them.
    private static List<SilverConcept> Generate()
    {
        var random = new Random(Seed);
        string[] syllables = ["pre", "pa", "re", "cook", "ser", "ve", "clean", "plan", "or", "der", "stock", "dish", "bake", "fish", "meat", "sau", "ce", "hy", "gie", "ne", "tem", "pe", "ra", "tu", "lo", "gis", "tic", "man", "age", "team"];
        var vocabulary = Enumerable.Range(0, 600)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => syllables[random.Next(syllables.Length)])))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var concepts = new List<SilverConcept>(3_000);
        for (var i = 0; i < 3_000; i++)
        {
            var words = Enumerable.Range(0, random.Next(2, 6)).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray();
            var alternatives = new List<string>();
            for (var a = 0; a < 4; a++)
            {
                var variant = (string[])words.Clone();
                variant[random.Next(variant.Length)] = vocabulary[random.Next(vocabulary.Length)];
                random.Shuffle(variant);
                alternatives.Add(string.Join(' ', variant));
            }

            concepts.Add(new SilverConcept(string.Create(CultureInfo.InvariantCulture, $"urn:generated:{i:D5}"), string.Join(' ', words), alternatives));
        }

        return concepts;
    }
}

/// <summary>A label indexed as its own document by the peers.</summary>
/// <param name="Concept">The index of the label's concept.</param>
/// <param name="Text">The label.</param>
public readonly record struct LabelDocument(int Concept, string Text);
