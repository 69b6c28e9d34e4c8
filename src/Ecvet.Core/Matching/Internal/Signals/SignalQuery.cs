namespace Ecvet.Matching.Internal.Signals;

/// <summary>What the signals know of a query: the outcome (<see langword="null"/> for a bare text query, which has only
/// its text and language), its text, its language as the index resolved it, and its embedding when the caller has
/// already computed it (<see langword="null"/> otherwise: the meaning signal then embeds the text).</summary>
internal readonly record struct SignalQuery(CatalogueEntry? Outcome, string Text, QueryLanguage Language, float[]? Vector = null);
