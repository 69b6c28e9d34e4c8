using Ecvet.Matching;

namespace Ecvet.Cli.Matching;

/// <summary>The matches of one query, in rank order.</summary>
/// <param name="Number">The 1-based query number.</param>
/// <param name="Query">The query text.</param>
/// <param name="Matches">The matches, best first; empty when nothing matched.</param>
internal sealed record QueryResult(int Number, string Query, IReadOnlyList<OutcomeMatch> Matches);
