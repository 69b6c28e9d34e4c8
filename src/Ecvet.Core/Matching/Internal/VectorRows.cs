using System.Runtime.InteropServices;

namespace Ecvet.Matching.Internal;

/// <summary>
/// The memory of sentence vectors (the meaning signal's, and <c>CatalogueEmbeddings</c>' in
/// <c>Ecvet.Matching.Semantic</c>, which compiles this same file): <see cref="Count"/> rows of single-precision floats, row-major in
/// one block, each row <see cref="Stride"/> floats (the dimension padded with zeros to a multiple of
/// <see cref="DotProducts.StrideMultiple"/>), the first row starting on a 64-byte boundary.
/// </summary>
/// <remarks>The block lives on the pinned object heap, so the garbage collector never moves it and the alignment found
/// at allocation holds for the block's lifetime; with a stride of whole cache lines, every row and every vector load of
/// <see cref="DotProducts"/> is aligned, and no load straddles two cache lines.</remarks>
internal sealed class VectorRows
{
    private const int AlignmentBytes = 64;

    private readonly float[] _block;
    private readonly int _offset;

    /// <summary>Allocates room for <paramref name="count"/> rows of <paramref name="dimension"/> floats, all zeros.</summary>
    public VectorRows(int count, int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        Count = count;
        Dimension = dimension;
        Stride = DotProducts.Stride(dimension);

        // Zeroed: the padding lanes must be zero, and the rows are written afterwards anyway. The slack of one stride
        // multiple leaves room to move the start to the next 64-byte boundary.
        _block = GC.AllocateArray<float>(checked((count * Stride) + DotProducts.StrideMultiple), pinned: true);
        var address = Marshal.UnsafeAddrOfPinnedArrayElement(_block, 0);
        _offset = (int)((AlignmentBytes - (address % AlignmentBytes)) % AlignmentBytes) / sizeof(float);
    }

    /// <summary>Copies vectors given one after another (<paramref name="dimension"/> floats each) into rows of their own.</summary>
    public static VectorRows Copy(ReadOnlySpan<float> vectors, int dimension)
    {
        var rows = new VectorRows(vectors.Length / dimension, dimension);
        for (var i = 0; i < rows.Count; i++)
        {
            vectors.Slice(i * dimension, dimension).CopyTo(rows.Row(i));
        }

        return rows;
    }

    /// <summary>The number of rows.</summary>
    public int Count { get; }

    /// <summary>The number of meaningful floats per row.</summary>
    public int Dimension { get; }

    /// <summary>The floats from one row's start to the next's.</summary>
    public int Stride { get; }

    /// <summary>Every row, one after another, padding included.</summary>
    public Span<float> All => _block.AsSpan(_offset, Count * Stride);

    /// <summary>One row, padding included (<see cref="Stride"/> floats; the first <see cref="Dimension"/> are the vector).</summary>
    public Span<float> Row(int ordinal) => _block.AsSpan(_offset + (ordinal * Stride), Stride);
}
