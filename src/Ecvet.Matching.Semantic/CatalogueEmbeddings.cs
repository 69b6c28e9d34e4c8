using System.Buffers.Binary;
using System.Numerics.Tensors;
using System.Security.Cryptography;
using System.Text;
using Ecvet.Matching.Internal;

namespace Ecvet.Matching.Semantic;

/// <summary>
/// The vectors of a catalogue's texts (one per text, in catalogue order), computed once with an
/// <see cref="ITextEmbedder"/>, searched by exact cosine similarity with SIMD, and saved to or loaded from a compact
/// file that records the model and the catalogue it was made for.
/// </summary>
/// <remarks>
/// <para>
/// The file (<see cref="Save(Stream)"/>) is little-endian: the 8 bytes <c>ECVEMB01</c>; the model id (int32 byte count,
/// UTF-8); the dimension and the count (int32 each); the SHA-256 of the catalogue texts (32 bytes); then the vectors as
/// IEEE half-precision floats, row after row. Half precision halves the file (97k ESCO labels × 384 dimensions:
/// 75 MB) at a cosine error below 1e-3, far under any decision threshold. <see cref="Load(Stream, ITextEmbedder, IReadOnlyList{string})"/>
/// refuses a file of another model or catalogue, and a truncated or overlong one.
/// </para>
/// <para>
/// In memory the vectors are single-precision, converted once when computed or loaded: one block allocated where the
/// garbage collector never moves it, aligned to 64 bytes, each row padded with zeros to a multiple of 16 floats, so that
/// a search streams it with aligned 512-bit (or 256-, 128-bit) loads, several rows at a time (13,896 × 384: 21 MB).
/// </para>
/// <para>Immutable and safe to search from several threads at once.</para>
/// </remarks>
public sealed class CatalogueEmbeddings
{
    private const int HashLength = 32;
    private static ReadOnlySpan<byte> Magic => "ECVEMB01"u8;

    // Up to this many floats, a padded query lives on the stack.
    private const int MaxStackStride = 1024;

    // Rows scored per call of the dot-product kernel before the top-k pass reads their cosines (4 KiB of cosines:
    // they stay in L1 between the two).
    private const int BlockRows = 1024;

    private readonly VectorRows _rows;
    private readonly byte[] _catalogueHash;

    private CatalogueEmbeddings(string modelId, int dimension, int count, byte[] catalogueHash, VectorRows rows)
    {
        ModelId = modelId;
        Dimension = dimension;
        Count = count;
        _catalogueHash = catalogueHash;
        _rows = rows;
    }

    /// <summary>The <see cref="ITextEmbedder.ModelId"/> of the model the vectors were made with.</summary>
    public string ModelId { get; }

    /// <summary>The length of each vector.</summary>
    public int Dimension { get; }

    /// <summary>The number of vectors, one per catalogue text.</summary>
    public int Count { get; }

    /// <summary>The vector of the catalogue text at <paramref name="ordinal"/>.</summary>
    /// <param name="ordinal">From 0 to <see cref="Count"/> − 1.</param>
    public ReadOnlySpan<float> this[int ordinal]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(ordinal);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ordinal, Count);
            return _rows.Row(ordinal)[..Dimension];
        }
    }

    /// <summary>Embeds every text of a catalogue.</summary>
    /// <param name="embedder">The model.</param>
    /// <param name="texts">The catalogue texts, in catalogue order.</param>
    /// <param name="progress">Told the number of texts embedded so far after each chunk, for a progress display.</param>
    /// <param name="cancellationToken">Checked between chunks.</param>
    public static CatalogueEmbeddings Compute(ITextEmbedder embedder, IReadOnlyList<string> texts, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(texts);
        var dimension = embedder.Dimension;
        var rows = new VectorRows(texts.Count, dimension);

        // Chunks of a few hundred texts: progress and cancellation stay responsive, batching stays effective.
        const int Chunk = 256;
        var vectors = new float[checked(Math.Min(Chunk, texts.Count) * dimension)];
        for (var start = 0; start < texts.Count; start += Chunk)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(Chunk, texts.Count - start);
            var chunk = new string[count];
            for (var i = 0; i < count; i++)
            {
                chunk[i] = texts[start + i] ?? throw new ArgumentNullException(nameof(texts), $"texts[{start + i}] is null.");
            }

            embedder.EmbedBatch(chunk, vectors.AsSpan(0, count * dimension));
            for (var i = 0; i < count; i++)
            {
                vectors.AsSpan(i * dimension, dimension).CopyTo(rows.Row(start + i));
            }

            progress?.Report(start + count);
        }

        return new CatalogueEmbeddings(embedder.ModelId, dimension, texts.Count, HashTexts(texts), rows);
    }

    /// <summary>Loads embeddings saved with <see cref="Save(Stream)"/>, for the given model and catalogue.</summary>
    /// <param name="stream">The saved file, read from its current position to its end.</param>
    /// <param name="embedder">The model the vectors will be compared with: its <see cref="ITextEmbedder.ModelId"/> must be the file's.</param>
    /// <param name="texts">The catalogue texts, in catalogue order: they must be the texts the file was computed for.</param>
    /// <exception cref="InvalidDataException">The file is not an embeddings file, is truncated or has bytes after its
    /// vectors, or was made with another model or for another catalogue; the message says which.</exception>
    public static CatalogueEmbeddings Load(Stream stream, ITextEmbedder embedder, IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(texts);
        return Load(stream, embedder.ModelId, embedder.Dimension, HashTexts(texts), texts.Count);
    }

    /// <summary>Loads embeddings from a file; see <see cref="Load(Stream, ITextEmbedder, IReadOnlyList{string})"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="embedder">The model the vectors will be compared with.</param>
    /// <param name="texts">The catalogue texts the file must have been computed for.</param>
    public static CatalogueEmbeddings Load(string path, ITextEmbedder embedder, IReadOnlyList<string> texts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Load(stream, embedder, texts);
    }

    /// <summary>Writes the embeddings in the compact format described in the remarks of <see cref="CatalogueEmbeddings"/>.</summary>
    /// <param name="stream">Where to write.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var model = Encoding.UTF8.GetBytes(ModelId);
        var header = new byte[Magic.Length + 4 + model.Length + 8 + HashLength];
        Magic.CopyTo(header);
        var at = Magic.Length;
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(at), model.Length);
        model.CopyTo(header.AsSpan(at += 4));
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(at += model.Length), Dimension);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(at += 4), Count);
        _catalogueHash.CopyTo(header.AsSpan(at + 4));
        stream.Write(header);

        var rowsPerChunk = ChunkRows(Dimension, Count);
        var halves = new Half[rowsPerChunk * Dimension];
        for (var start = 0; start < Count; start += rowsPerChunk)
        {
            var rows = Math.Min(rowsPerChunk, Count - start);
            for (var i = 0; i < rows; i++)
            {
                TensorPrimitives.ConvertToHalf(this[start + i], halves.AsSpan(i * Dimension, Dimension));
            }

            WriteHalves(stream, halves.AsSpan(0, rows * Dimension));
        }
    }

    /// <summary>Writes the embeddings to a file, replacing it.</summary>
    /// <param name="path">The file.</param>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Save(stream);
    }

    /// <summary>The cosine similarity of <paramref name="query"/> to the catalogue text at <paramref name="ordinal"/>.</summary>
    /// <param name="query">A unit vector of the same model (<see cref="Dimension"/> floats).</param>
    /// <param name="ordinal">From 0 to <see cref="Count"/> − 1.</param>
    /// <remarks>Computed exactly as <see cref="Search"/> computes it, to the last bit.</remarks>
    public float Cosine(ReadOnlySpan<float> query, int ordinal)
    {
        CheckQuery(query);
        ArgumentOutOfRangeException.ThrowIfNegative(ordinal);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ordinal, Count);
        var stride = _rows.Stride;
        Span<float> padded = stride <= MaxStackStride ? stackalloc float[stride] : new float[stride];
        return DotProducts.Dot(Pad(query, padded), _rows.Row(ordinal));
    }

    /// <summary>
    /// Writes the catalogue texts most similar to <paramref name="query"/> to <paramref name="destination"/>, best first
    /// (ties: lower ordinal first), and returns how many were written: at most <c>destination.Length</c> and
    /// <see cref="Count"/>. An exact scan of every vector; it allocates nothing.
    /// </summary>
    /// <remarks>The cosines are those of <see cref="Cosine"/>; the texts are the first of a full sort of every text by
    /// them, without the sort: a heap of the best k, which most vectors fail to enter at one comparison.</remarks>
    /// <param name="query">A unit vector of the same model (<see cref="Dimension"/> finite floats).</param>
    /// <param name="destination">Room for the top k.</param>
    /// <exception cref="ArgumentException"><paramref name="query"/> has another length or a value that is not finite.</exception>
    public int Search(ReadOnlySpan<float> query, Span<VectorMatch> destination)
    {
        CheckQuery(query);
        var k = Math.Min(destination.Length, Count);
        if (k == 0)
        {
            return 0;
        }

        var stride = _rows.Stride;
        Span<float> padded = stride <= MaxStackStride ? stackalloc float[stride] : new float[stride];
        var q = Pad(query, padded);
        Span<float> cosines = stackalloc float[BlockRows];
        var top = new TopMatches(destination[..k]);
        var all = _rows.All;
        for (var start = 0; start < Count; start += BlockRows)
        {
            var rows = Math.Min(BlockRows, Count - start);
            var block = cosines[..rows];
            DotProducts.DotRows(q, all.Slice(start * stride, rows * stride), stride, block);
            var threshold = top.Threshold;
            for (var i = 0; i < block.Length; i++)
            {
                if (block[i] > threshold)
                {
                    top.Offer(start + i, block[i]);
                    threshold = top.Threshold;
                }
            }
        }

        return top.SortBestFirst();
    }

    private static CatalogueEmbeddings Load(Stream stream, string modelId, int dimension, byte[] catalogueHash, int count)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> fixedPart = stackalloc byte[12];
        ReadHeader(stream, fixedPart, "the file header");
        if (!fixedPart[..8].SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a catalogue embeddings file: it does not start with ECVEMB01.");
        }

        var modelLength = BinaryPrimitives.ReadInt32LittleEndian(fixedPart[8..]);
        if (modelLength is < 0 or > 1 << 16)
        {
            throw new InvalidDataException($"The embeddings file's model id length {modelLength} is not plausible: the file is damaged.");
        }

        var model = new byte[modelLength];
        ReadHeader(stream, model, "the model id");
        var savedModel = Encoding.UTF8.GetString(model);
        if (!string.Equals(savedModel, modelId, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"The embeddings file was made with another model: it records \"{savedModel}\", the embedder is \"{modelId}\". Compute the embeddings again with this model.");
        }

        var rest = new byte[8 + HashLength];
        ReadHeader(stream, rest, "the dimension, count and catalogue hash");
        var savedDimension = BinaryPrimitives.ReadInt32LittleEndian(rest);
        var savedCount = BinaryPrimitives.ReadInt32LittleEndian(rest.AsSpan(4));
        if (savedDimension != dimension)
        {
            throw new InvalidDataException($"The embeddings file has vectors of {savedDimension} dimensions; the embedder makes {dimension}.");
        }

        if (savedCount != count || !rest.AsSpan(8).SequenceEqual(catalogueHash))
        {
            throw new InvalidDataException($"The embeddings file was computed for another catalogue ({savedCount} texts; this catalogue has {count}, or the same number of other texts). Compute the embeddings again for this catalogue.");
        }

        // Converted to single precision here, once: a search never sees a half.
        var vectors = new VectorRows(count, dimension);
        var rowsPerChunk = ChunkRows(dimension, count);
        var halves = new Half[rowsPerChunk * dimension];
        for (var start = 0; start < count; start += rowsPerChunk)
        {
            var rows = Math.Min(rowsPerChunk, count - start);
            var chunk = halves.AsSpan(0, rows * dimension);
            var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(chunk);
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            if (read < bytes.Length)
            {
                throw new InvalidDataException($"The embeddings file is truncated: it ends inside vector {start + (read / 2 / dimension)} of {count}.");
            }

            if (!BitConverter.IsLittleEndian)
            {
                ReverseEndianness(chunk);
            }

            for (var i = 0; i < rows; i++)
            {
                var row = vectors.Row(start + i)[..dimension];
                TensorPrimitives.ConvertToSingle(chunk.Slice(i * dimension, dimension), row);

                // A NaN or infinity would never rank and never compare; only a damaged file holds one. (A sum of
                // magnitudes of halves cannot overflow: each is at most 65,504.)
                if (!float.IsFinite(TensorPrimitives.SumOfMagnitudes(row)))
                {
                    throw new InvalidDataException($"The embeddings file's vector {start + i} holds a value that is not a finite number: the file is damaged.");
                }
            }
        }

        if (stream.ReadByte() != -1)
        {
            throw new InvalidDataException($"The embeddings file has bytes after its {count} vectors: it is not the file that was saved.");
        }

        return new CatalogueEmbeddings(modelId, dimension, count, catalogueHash, vectors);
    }

    private static void ReadHeader(Stream stream, Span<byte> buffer, string what)
    {
        if (stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false) < buffer.Length)
        {
            throw new InvalidDataException($"The embeddings file is truncated: it ends inside {what}.");
        }
    }

    private static void WriteHalves(Stream stream, Span<Half> halves)
    {
        if (!BitConverter.IsLittleEndian)
        {
            ReverseEndianness(halves);
        }

        stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(halves));
    }

    private static void ReverseEndianness(Span<Half> halves)
    {
        var raw = System.Runtime.InteropServices.MemoryMarshal.Cast<Half, ushort>(halves);
        BinaryPrimitives.ReverseEndianness(raw, raw);
    }

    // Texts with their lengths, so that ["ab", "c"] and ["a", "bc"] differ.
    private static byte[] HashTexts(IReadOnlyList<string> texts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[4];
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i] ?? throw new ArgumentNullException(nameof(texts), $"texts[{i}] is null.");
            var bytes = Encoding.UTF8.GetBytes(text);
            BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }

        return hash.GetHashAndReset();
    }

    // Rows converted per read: about 256 KiB of halves, whole rows.
    private static int ChunkRows(int dimension, int count) => Math.Max(1, Math.Min(count, (1 << 17) / Math.Max(1, dimension)));

    // The query padded with zeros to the row stride (the padding lanes of the rows are zeros too).
    private static ReadOnlySpan<float> Pad(ReadOnlySpan<float> query, Span<float> padded)
    {
        if (padded.Length == query.Length)
        {
            return query;
        }

        query.CopyTo(padded);
        padded[query.Length..].Clear();
        return padded;
    }

    private void CheckQuery(ReadOnlySpan<float> query)
    {
        if (query.Length != Dimension)
        {
            throw new ArgumentException($"The query vector has {query.Length} dimensions; these embeddings have {Dimension}.", nameof(query));
        }

        // NaN compares with nothing and would break the order of the top k; an infinity makes every cosine infinite.
        if (!float.IsFinite(TensorPrimitives.SumOfMagnitudes(query)))
        {
            throw new ArgumentException("The query vector holds a value that is not a finite number.", nameof(query));
        }
    }
}
