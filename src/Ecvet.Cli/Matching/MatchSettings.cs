namespace Ecvet.Cli.Matching;

/// <summary>The settings of one <c>ecvet match</c> run, echoed in the JSON output.</summary>
internal sealed record MatchSettings(string Catalogue, int Top, double Threshold);
