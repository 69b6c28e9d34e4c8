namespace Ecvet.Matching.Semantic;

/// <summary>How a <see cref="SentenceEmbedder"/> tokenises, truncates, batches and runs its model.</summary>
/// <remarks>
/// Every property is checked when it is set: an out-of-range value throws <see cref="ArgumentOutOfRangeException"/>
/// naming the property. The defaults suit all-MiniLM-L6-v2 and other uncased English BERT-style models.
/// </remarks>
public sealed record SentenceEmbedderOptions
{
    /// <summary>The largest <see cref="MaxTokens"/> accepted: BERT-style models have 512 positions.</summary>
    public const int MaxTokensLimit = 512;

    /// <summary>The options of the built-in English model.</summary>
    public static SentenceEmbedderOptions Default { get; } = new();

    /// <summary>
    /// Token limit per text, the classification and separator tokens included; longer texts are truncated. Default 256,
    /// the limit all-MiniLM-L6-v2 was trained with. Between 3 and <see cref="MaxTokensLimit"/>.
    /// </summary>
    public int MaxTokens
    {
        get;
        init => field = value is >= 3 and <= MaxTokensLimit ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxTokens), value, $"MaxTokens must be between 3 and {MaxTokensLimit}.");
    } = 256;

    /// <summary>Texts run through the model together in <see cref="SentenceEmbedder.EmbedBatch"/>; default 32, at least 1.</summary>
    public int BatchSize
    {
        get;
        init => field = value >= 1 ? value
            : throw new ArgumentOutOfRangeException(nameof(BatchSize), value, "BatchSize must be at least 1.");
    } = 32;

    /// <summary>Whether the tokenizer lower-cases text first (uncased models, the default) or keeps case (cased models).</summary>
    public bool LowerCase { get; init; } = true;

    /// <summary>Threads ONNX Runtime may use for one model run; 0 (the default) lets it choose. At least 0.</summary>
    public int IntraOpThreads
    {
        get;
        init => field = value >= 0 ? value
            : throw new ArgumentOutOfRangeException(nameof(IntraOpThreads), value, "IntraOpThreads must be 0 (automatic) or more.");
    }
}
