namespace Ecvet.Cli.Matching;

/// <summary>The settings of one <c>ecvet tag</c> run, echoed in the JSON output; <see cref="Model"/> is the sentence
/// model's identifier when meaning counts (<c>--semantic</c>).</summary>
internal sealed record TagSettings(string Esco, int Top, double Threshold, string? Model = null);
