namespace Ecvet.Matching.Semantic;

/// <summary>One result of <see cref="CatalogueEmbeddings.Search"/>: the ordinal of a catalogue text and its cosine
/// similarity to the query, in [-1, 1] (unit vectors: the dot product).</summary>
/// <param name="Ordinal">The position of the text in the catalogue the embeddings were computed for.</param>
/// <param name="Cosine">The cosine similarity between the query vector and the text's vector.</param>
public readonly record struct VectorMatch(int Ordinal, float Cosine);
