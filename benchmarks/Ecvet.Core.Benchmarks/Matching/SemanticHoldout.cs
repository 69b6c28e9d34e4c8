using System.Globalization;
using Ecvet.Matching;
using Ecvet.Matching.Semantic;
using Ecvet.Tests.Matching;

namespace Ecvet.Benchmarks.Matching;

/// <summary>
/// <c>--semantic-quality --holdout</c>: lexical <see cref="OutcomeIndex"/>, the hybrid of whole texts
/// (<see cref="MeaningCalibration.WholeTexts"/>, the library's default when the report was made, named <c>Default</c>
/// there) and the hybrid that weighs what differs (<see cref="MeaningCalibration.Default"/> since the report, named
/// <c>Differences</c> there) on the holdout pairs only (<see cref="LabelledSet.HoldoutPairs"/>),
/// in the tables of <c>--semantic-quality</c>, followed by the adoption rule of benchmarks/results/semantic-holdout-plan.md
/// applied to the figures. Nothing is fitted or chosen here, and nothing is written to disk: the report goes to the
/// output only.
/// </summary>
/// <remarks>Catalogue for ranking: every distinct home text of the older files and of the holdout file. Decisions: the
/// pair's own similarity against 0.80 (accept) and 0.55 (review). Other-language pairs, if any, are left out (the model
/// is English).</remarks>
public static class SemanticHoldout
{
    /// <summary>Runs the report.</summary>
    public static int Run(TextWriter output)
    {
        var pairs = LabelledSet.HoldoutPairs.Where(p => p.Kind != "other-language").ToArray();
        var homes = LabelledSet.Pairs.Concat(LabelledSet.HoldoutPairs).Select(p => p.HomeText).Distinct(StringComparer.Ordinal).ToArray();
        var ordinalOf = homes.Select((text, i) => (text, i)).ToDictionary(x => x.text, x => x.i, StringComparer.Ordinal);
        var catalogue = homes.Select((text, i) => CatalogueEntry.Create($"home-{i:0000}", text)).ToArray();
        var lexicalIndex = OutcomeIndex.Build(catalogue);

        using var embedder = SentenceEmbedder.CreateDefault();
        var hosts = pairs.Select(p => p.HostText).ToArray();
        var remembering = RememberingEmbedder.Embed(embedder, homes, hosts, out var homeVectors, out _);
        var defaultIndex = OutcomeIndex.Build(catalogue, OutcomeIndexOptions.Default with { MeaningCalibration = MeaningCalibration.WholeTexts },
            remembering, homeVectors);
        var differencesIndex = OutcomeIndex.Build(catalogue, OutcomeIndexOptions.Default with { MeaningCalibration = MeaningCalibration.Default },
            remembering, homeVectors);

        SemanticQuality.Engine Engine(string name, OutcomeIndex index) => new(name, (q, h) => index.Explain(pairs[q].HostText, h).Similarity, null)
        {
            Rank = q => index.Match(pairs[q].HostText, 10).Select(m => m.Ordinal).ToArray(),
        };

        var lexical = Engine("Lexical (OutcomeIndex, default options)", lexicalIndex);
        // The report's names are those of when it was made (the calibrations are unchanged): the current hybrid is now
        // MeaningCalibration.WholeTexts, the hybrid weighing what differs MeaningCalibration.Default.
        var current = Engine("Current hybrid (MeaningCalibration.Default)", defaultIndex);
        var differences = Engine("Hybrid weighing what differs (MeaningCalibration.Differences)", differencesIndex);
        SemanticQuality.Engine[] engines = [lexical, current, differences];

        var c = CultureInfo.InvariantCulture;
        output.WriteLine("# Semantic outcome matching quality: the holdout pairs");
        output.WriteLine();
        output.WriteLine(string.Create(c, $"Data: {LabelledSet.HoldoutFile} (tests/Ecvet.Core.Tests/Matching/Data), {pairs.Length} pairs without other-language ones, scored once with the method frozen in benchmarks/results/semantic-holdout-plan.md; catalogue: the {homes.Length} distinct home texts of the older files and the holdout file."));
        output.WriteLine(string.Create(c, $"Model: {embedder.ModelName} (built in), ModelId `{embedder.ModelId}`. Current hybrid: {MeaningCalibration.WholeTexts}; hybrid weighing what differs: {MeaningCalibration.Default}."));
        output.WriteLine();
        var all = Enumerable.Range(0, pairs.Length).ToArray();
        SemanticQuality.WriteTables(output, engines, pairs, all, ordinalOf, homes.Length, "holdout");

        // The adoption rule of the plan, applied as written.
        var low = all.Where(q => pairs[q].Kind == "equivalent-low-overlap").ToArray();
        var hard = all.Where(q => pairs[q].Kind == "hard-negative").ToArray();
        double P1(SemanticQuality.Engine e) => SemanticQuality.Fraction(low, q => SemanticQuality.RankOfHome(e, q, pairs, ordinalOf, homes.Length) == 1);
        double R5(SemanticQuality.Engine e) => SemanticQuality.Fraction(low, q => SemanticQuality.RankOfHome(e, q, pairs, ordinalOf, homes.Length) is > 0 and <= 5);
        int Accepted(SemanticQuality.Engine e) => hard.Count(q => e.Score(q, ordinalOf[pairs[q].HomeText]) >= ScoreCalibration.AcceptThreshold);
        int Reviewed(SemanticQuality.Engine e) => hard.Count(q => e.Score(q, ordinalOf[pairs[q].HomeText]) is >= ScoreCalibration.ReviewThreshold and < ScoreCalibration.AcceptThreshold);
        var met = Accepted(differences) == 0 && P1(differences) >= P1(current) && R5(differences) >= R5(current) && Reviewed(differences) <= Reviewed(current);
        output.WriteLine();
        output.WriteLine("## Adoption rule (fixed in the plan before this run)");
        output.WriteLine();
        output.WriteLine(string.Create(c, $"The hybrid weighing what differs replaces the default only if it accepts no hard negative ({Accepted(differences)} of {hard.Length} accepted) and is at least as good as the current hybrid on low-overlap P@1 ({P1(differences):0.00} against {P1(current):0.00}), Recall@5 ({R5(differences):0.00} against {R5(current):0.00}) and hard negatives to review ({Reviewed(differences)} against {Reviewed(current)} of {hard.Length}): **{(met ? "met" : "not met")}**."));
        return 0;
    }
}
