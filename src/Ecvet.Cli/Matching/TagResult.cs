using Ecvet.Matching;

namespace Ecvet.Cli.Matching;

/// <summary>The skills suggested for one query, in rank order.</summary>
/// <param name="Number">The 1-based query number.</param>
/// <param name="Query">The query text.</param>
/// <param name="Suggestions">The suggestions, best first; empty when nothing matched.</param>
internal sealed record TagResult(int Number, string Query, IReadOnlyList<EscoSuggestion> Suggestions);
