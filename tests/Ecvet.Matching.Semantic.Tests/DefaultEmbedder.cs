namespace Ecvet.Matching.Semantic.Tests;

/// <summary>One built-in model for every test class (loading it takes about a second).</summary>
public sealed class DefaultEmbedder : IDisposable
{
    public SentenceEmbedder Embedder { get; } = SentenceEmbedder.CreateDefault();

    public void Dispose() => Embedder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class DefaultEmbedderGroup : ICollectionFixture<DefaultEmbedder>
{
    public const string Name = "default embedder";
}
