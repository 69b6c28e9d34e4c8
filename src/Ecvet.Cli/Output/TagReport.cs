namespace Ecvet.Cli.Output;

/// <summary>
/// The JSON document of <c>ecvet tag --format json</c>: the settings, the thresholds the labels are taken against, the
/// sentence model when meaning counts (<c>--semantic</c>; null otherwise), and the queries.
/// </summary>
internal sealed record TagReport(string Esco, int Skills, int Top, double Threshold, double AcceptThreshold, double ReviewThreshold,
    string? Model, IReadOnlyList<TagQueryReport> Queries);

/// <summary>One query and the skills suggested for it.</summary>
internal sealed record TagQueryReport(int Query, string Text, IReadOnlyList<TagItemReport> Skills);

/// <summary>
/// One suggested skill: rank from 1, its URI and preferred label, the similarity rounded to 4 decimals with its label
/// (as <c>ecvet match</c> gives it), and the labels of the skill that matched.
/// </summary>
internal sealed record TagItemReport(int Rank, string Skill, string PreferredLabel, double Similarity, string Label, IReadOnlyList<TagLabelReport> MatchedLabels);

/// <summary>A label of the skill that matched: <c>kind</c> is <c>preferred</c>, <c>alternative</c> or
/// <c>description</c>; <c>by</c> is <c>words</c> (shared words) or <c>meaning</c> (the label closest in meaning).</summary>
internal sealed record TagLabelReport(string Text, string Kind, string By);
