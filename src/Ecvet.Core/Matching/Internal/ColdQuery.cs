using Ecvet.Matching.Internal.Signals;

namespace Ecvet.Matching.Internal;

/// <summary>A query made ready once for the cold paths (compare, explain, unit comparison): its analysed text and the
/// signals bound to it.</summary>
/// <param name="Vector">The analysed text.</param>
/// <param name="Evidence">The signals bound to the query.</param>
/// <param name="Outcome">The query outcome, or <see langword="null"/> for a text query.</param>
internal readonly record struct ColdQuery(QueryVector Vector, PreparedEvidence Evidence, CatalogueEntry? Outcome);
