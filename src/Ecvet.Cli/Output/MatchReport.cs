namespace Ecvet.Cli.Output;

/// <summary>The JSON document of <c>ecvet match --format json</c>.</summary>
internal sealed record MatchReport(string Catalogue, int Entries, int Top, double Threshold, IReadOnlyList<QueryReport> Queries);

/// <summary>One query and its matches.</summary>
internal sealed record QueryReport(int Query, string Text, IReadOnlyList<MatchItemReport> Matches);

/// <summary>One match: rank from 1, the catalogue entry, scores rounded to 4 decimals.</summary>
internal sealed record MatchItemReport(int Rank, string Id, string Type, string Text, double Similarity, double Coverage);
