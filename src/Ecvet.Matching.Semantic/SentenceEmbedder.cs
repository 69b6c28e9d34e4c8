using System.Globalization;
using System.Security.Cryptography;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace Ecvet.Matching.Semantic;

/// <summary>
/// Embeds texts with a BERT-style sentence-transformer ONNX model on the CPU: WordPiece tokenisation, truncation at
/// <see cref="SentenceEmbedderOptions.MaxTokens"/>, the model's token vectors, mean pooling over the attention mask and
/// L2 normalisation, as the sentence-transformers library does.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="CreateDefault"/> uses the built-in English model (all-MiniLM-L6-v2, 384 dimensions, Apache-2.0), which
/// ships inside this package: nothing is downloaded at run time. <see cref="FromFiles"/> loads any model exported
/// with the inputs <c>input_ids</c> and <c>attention_mask</c> (and optionally <c>token_type_ids</c>) and a token-vector
/// output (<c>last_hidden_state</c>, or the first output of rank 3), with its WordPiece <c>vocab.txt</c>, for example a
/// multilingual MiniLM.
/// </para>
/// <para>
/// Thread safety: <see cref="Embed(string, Span{float})"/> and <see cref="EmbedBatch"/> may be called from several
/// threads at once. Dispose the embedder to release the native model.
/// </para>
/// </remarks>
public sealed class SentenceEmbedder : ITextEmbedder, IDisposable
{
    /// <summary>The <see cref="ModelName"/> of the built-in English model.</summary>
    public const string DefaultModelName = "sentence-transformers/all-MiniLM-L6-v2";

    private const string DefaultModelResource = "Ecvet.Matching.Semantic.DefaultModel.model.onnx";
    private const string DefaultVocabularyResource = "Ecvet.Matching.Semantic.DefaultModel.vocab.txt";

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly SentenceEmbedderOptions _options;
    private readonly string[] _outputNames;
    private readonly bool _hasTokenTypes;

    private SentenceEmbedder(string modelName, byte[] model, byte[] vocabulary, SentenceEmbedderOptions options)
    {
        _options = options;
        _tokenizer = BertTokenizer.Create(new MemoryStream(vocabulary, writable: false), new BertOptions { LowerCaseBeforeTokenization = options.LowerCase });
        using var sessionOptions = new SessionOptions { IntraOpNumThreads = options.IntraOpThreads };
        _session = new InferenceSession(model, sessionOptions);
        try
        {
            var inputs = _session.InputMetadata;
            if (!inputs.ContainsKey("input_ids") || !inputs.ContainsKey("attention_mask"))
            {
                throw new ArgumentException($"The model {modelName} does not take the inputs input_ids and attention_mask (it takes {string.Join(", ", inputs.Keys)}).", nameof(model));
            }

            _hasTokenTypes = inputs.ContainsKey("token_type_ids");
            var output = _session.OutputMetadata.TryGetValue("last_hidden_state", out var hidden)
                ? new KeyValuePair<string, NodeMetadata>("last_hidden_state", hidden)
                : _session.OutputMetadata.FirstOrDefault(o => o.Value.Dimensions.Length == 3);
            if (output.Value is null || output.Value.Dimensions[2] <= 0)
            {
                throw new ArgumentException($"The model {modelName} has no token-vector output of a fixed width (an output of shape [batch, tokens, dimension]).", nameof(model));
            }

            _outputNames = [output.Key];
            Dimension = output.Value.Dimensions[2];
            ModelName = modelName;
            ModelId = string.Create(CultureInfo.InvariantCulture,
                $"{modelName};onnx-sha256={Convert.ToHexStringLower(SHA256.HashData(model))};vocab-sha256={Convert.ToHexStringLower(SHA256.HashData(vocabulary))};dim={Dimension};max-tokens={options.MaxTokens};lower-case={(options.LowerCase ? "yes" : "no")};pooling=mean-l2");
        }
        catch
        {
            _session.Dispose();
            throw;
        }
    }

    /// <summary>A readable name of the model, such as <see cref="DefaultModelName"/> or the model file's name.</summary>
    public string ModelName { get; }

    /// <inheritdoc />
    /// <remarks>The model name, the SHA-256 of the ONNX file and of the vocabulary, the dimension and the options that
    /// change vectors (token limit, lower-casing), so that vectors made otherwise are never mistaken for these.</remarks>
    public string ModelId { get; }

    /// <inheritdoc />
    public int Dimension { get; }

    /// <summary>The options this embedder runs with.</summary>
    public SentenceEmbedderOptions Options => _options;

    /// <summary>The built-in English model, all-MiniLM-L6-v2 (384 dimensions).</summary>
    /// <param name="options">Options; <see cref="SentenceEmbedderOptions.Default"/> when null.</param>
    public static SentenceEmbedder CreateDefault(SentenceEmbedderOptions? options = null)
    {
        var assembly = typeof(SentenceEmbedder).Assembly;
        using var model = assembly.GetManifestResourceStream(DefaultModelResource)
            ?? throw new InvalidOperationException($"The built-in model {DefaultModelResource} is missing from {assembly.GetName().Name}.");
        using var vocabulary = assembly.GetManifestResourceStream(DefaultVocabularyResource)
            ?? throw new InvalidOperationException($"The built-in vocabulary {DefaultVocabularyResource} is missing from {assembly.GetName().Name}.");
        return new SentenceEmbedder(DefaultModelName, ReadAll(model), ReadAll(vocabulary), options ?? SentenceEmbedderOptions.Default);
    }

    /// <summary>Loads a sentence-transformer ONNX model and its WordPiece vocabulary from files.</summary>
    /// <param name="modelPath">The ONNX model file.</param>
    /// <param name="vocabularyPath">The model's <c>vocab.txt</c>, one token per line.</param>
    /// <param name="options">Options (check <see cref="SentenceEmbedderOptions.LowerCase"/> and
    /// <see cref="SentenceEmbedderOptions.MaxTokens"/> against the model's card); the defaults when null.</param>
    /// <param name="modelName">The <see cref="ModelName"/>; the model file's name without extension when null.</param>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    /// <exception cref="ArgumentException">The model does not have the inputs and output described above.</exception>
    public static SentenceEmbedder FromFiles(string modelPath, string vocabularyPath, SentenceEmbedderOptions? options = null, string? modelName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(vocabularyPath);
        return new SentenceEmbedder(modelName ?? Path.GetFileNameWithoutExtension(modelPath), File.ReadAllBytes(modelPath), File.ReadAllBytes(vocabularyPath), options ?? SentenceEmbedderOptions.Default);
    }

    /// <summary>The token ids the model sees for <paramref name="text"/>: <c>[CLS]</c>, the WordPiece tokens and
    /// <c>[SEP]</c>, truncated to <see cref="SentenceEmbedderOptions.MaxTokens"/>.</summary>
    /// <param name="text">Any text.</param>
    public IReadOnlyList<int> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _tokenizer.EncodeToIds(text, _options.MaxTokens, addSpecialTokens: true, out _, out _, considerPreTokenization: true, considerNormalization: true);
    }

    /// <summary>The unit-length vector of <paramref name="text"/>, in a new array.</summary>
    /// <param name="text">Any text.</param>
    public float[] Embed(string text)
    {
        var vector = new float[Dimension];
        Embed(text, vector);
        return vector;
    }

    /// <inheritdoc />
    public void Embed(string text, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(text);
        EmbedBatch([text], destination);
    }

    /// <inheritdoc />
    /// <remarks>Texts are run <see cref="SentenceEmbedderOptions.BatchSize"/> at a time, in order of token count so
    /// that little padding is computed; a vector from a batch equals the one from <see cref="Embed(string)"/> to within
    /// float rounding (about 1e-6).</remarks>
    public void EmbedBatch(IReadOnlyList<string> texts, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (destination.Length != checked(texts.Count * Dimension))
        {
            throw new ArgumentException($"The destination must hold {texts.Count} × {Dimension} floats; it holds {destination.Length}.", nameof(destination));
        }

        var tokens = new IReadOnlyList<int>[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            tokens[i] = Tokenize(texts[i] ?? throw new ArgumentNullException(nameof(texts), $"texts[{i}] is null."));
        }

        var order = Enumerable.Range(0, texts.Count).OrderBy(i => tokens[i].Count).ToArray();
        for (var start = 0; start < order.Length; start += _options.BatchSize)
        {
            var batch = order.AsSpan(start, Math.Min(_options.BatchSize, order.Length - start));
            RunBatch(batch, tokens, destination);
        }
    }

    /// <summary>Releases the native model.</summary>
    public void Dispose() => _session.Dispose();

    private static byte[] ReadAll(Stream stream)
    {
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private void RunBatch(ReadOnlySpan<int> batch, IReadOnlyList<int>[] tokens, Span<float> destination)
    {
        var length = 0;
        foreach (var i in batch)
        {
            length = Math.Max(length, tokens[i].Count);
        }

        var ids = new long[batch.Length * length];
        var mask = new long[batch.Length * length];
        for (var row = 0; row < batch.Length; row++)
        {
            var text = tokens[batch[row]];
            for (var t = 0; t < text.Count; t++)
            {
                ids[(row * length) + t] = text[t];
                mask[(row * length) + t] = 1;
            }

            // Padding positions keep id 0 and mask 0 ([PAD] is id 0 in BERT vocabularies; the mask hides it anyway).
        }

        long[] shape = [batch.Length, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = _hasTokenTypes ? OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape) : null;
        var names = _hasTokenTypes ? new[] { "input_ids", "attention_mask", "token_type_ids" } : ["input_ids", "attention_mask"];
        var values = _hasTokenTypes ? new[] { idsValue, maskValue, typesValue! } : [idsValue, maskValue];
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, names, values, _outputNames);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var rowSize = length * Dimension;
        for (var row = 0; row < batch.Length; row++)
        {
            MeanPooling.Pool(
                hidden.Slice(row * rowSize, rowSize),
                mask.AsSpan(row * length, length),
                destination.Slice(batch[row] * Dimension, Dimension));
        }
    }
}
