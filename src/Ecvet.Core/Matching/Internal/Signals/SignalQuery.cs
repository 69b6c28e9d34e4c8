namespace Ecvet.Matching.Internal.Signals;

/// <summary>What the signals know of a query: the outcome (<see langword="null"/> for a bare text query, which has only
/// its text and language), its text and its language as the index resolved it.</summary>
internal readonly record struct SignalQuery(CatalogueEntry? Outcome, string Text, QueryLanguage Language);
