namespace Ecvet.Cli.Output;

/// <summary>
/// The JSON document of <c>ecvet match --format json</c>: the settings, the thresholds the labels are taken against,
/// the sentence model when meaning counts (<c>--semantic</c>; null otherwise), and the queries.
/// </summary>
internal sealed record MatchReport(string Catalogue, int Entries, int Top, double Threshold, double AcceptThreshold, double ReviewThreshold,
    string? Model, IReadOnlyList<QueryReport> Queries);

/// <summary>One query and its matches.</summary>
internal sealed record QueryReport(int Query, string Text, IReadOnlyList<MatchItemReport> Matches);

/// <summary>
/// One match: rank from 1, the catalogue entry, scores rounded to 4 decimals, and the label of the similarity
/// (<c>accept</c>, <c>review</c>, or <c>no lexical evidence</c>; <c>no evidence</c> when meaning counts too).
/// </summary>
internal sealed record MatchItemReport(int Rank, string Id, string Type, string Text, double Similarity, double Coverage, string Label);
