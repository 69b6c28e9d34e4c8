using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Ecvet.Matching.Internal;

/// <summary>
/// Dot products of one query with many rows of a row-major matrix whose row stride is a multiple of
/// <see cref="StrideMultiple"/> floats (rows padded with zeros): the inner loop of the meaning signal's scan and of
/// <c>CatalogueEmbeddings</c> in <c>Ecvet.Matching.Semantic</c>, which compiles this same file (one kernel, no
/// dependency between the packages' internals).
/// </summary>
/// <remarks>
/// <para>
/// Several rows are taken at once: each 16-float block of the query is loaded once for four rows, and four independent
/// accumulators keep the multiply-add units busy while the rows stream in; the scan is then bound by memory bandwidth,
/// not by one accumulator's latency or by a call per row. The padding means there is never a tail to handle.
/// </para>
/// <para>
/// Every row's sum is formed in the same order whether it is computed alone (<see cref="Dot"/>) or among others
/// (<see cref="DotRows"/>): per block, one fused multiply-add into the row's accumulator, then one horizontal sum. The
/// two therefore give bit-identical results, so a cosine read back for one entry equals the one a search ranked it by.
/// </para>
/// </remarks>
internal static class DotProducts
{
    /// <summary>Row strides are whole multiples of this many floats (64 bytes: one cache line, one 512-bit vector).</summary>
    public const int StrideMultiple = 16;

    /// <summary>Rows taken at once.</summary>
    private const int Rows = 4;

    /// <summary><paramref name="dimension"/> rounded up to a multiple of <see cref="StrideMultiple"/>.</summary>
    public static int Stride(int dimension) => checked((dimension + StrideMultiple - 1) / StrideMultiple * StrideMultiple);

    /// <summary>The dot product of <paramref name="query"/> and <paramref name="row"/>, both of the same padded length.</summary>
    public static float Dot(ReadOnlySpan<float> query, ReadOnlySpan<float> row)
    {
        Span<float> result = stackalloc float[1];
        DotRows(query, row, query.Length, result);
        return result[0];
    }

    /// <summary>Writes the dot product of <paramref name="query"/> with each of the first <c>destination.Length</c>
    /// rows of <paramref name="rows"/> (row i starts at <c>i × stride</c>) to <paramref name="destination"/>.</summary>
    /// <param name="query">The query, <paramref name="stride"/> floats (padded with zeros).</param>
    /// <param name="rows">At least <c>destination.Length × stride</c> floats.</param>
    /// <param name="stride">The row stride: the query's length, a multiple of <see cref="StrideMultiple"/>.</param>
    /// <param name="destination">One float per row.</param>
    public static void DotRows(ReadOnlySpan<float> query, ReadOnlySpan<float> rows, int stride, Span<float> destination)
    {
        // The callers guarantee these; the checks keep the unchecked reads below in bounds whatever happens.
        if (query.Length != stride || stride % StrideMultiple != 0 || rows.Length < (long)destination.Length * stride)
        {
            throw new ArgumentException("The query, rows and stride do not fit together.", nameof(rows));
        }

        ref var q = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(query);
        ref var r = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(rows);
        if (Vector512.IsHardwareAccelerated)
        {
            DotRows512(ref q, ref r, stride, destination);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            DotRows256(ref q, ref r, stride, destination);
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            DotRows128(ref q, ref r, stride, destination);
        }
        else
        {
            DotRowsScalar(ref q, ref r, stride, destination);
        }
    }

    internal static void DotRows512(ref float q, ref float rows, int stride, Span<float> destination)
    {
        var count = destination.Length;
        var i = 0;
        for (; i + Rows <= count; i += Rows)
        {
            ref var r0 = ref Unsafe.Add(ref rows, (nint)i * stride);
            ref var r1 = ref Unsafe.Add(ref r0, stride);
            ref var r2 = ref Unsafe.Add(ref r1, stride);
            ref var r3 = ref Unsafe.Add(ref r2, stride);
            var a0 = Vector512<float>.Zero;
            var a1 = Vector512<float>.Zero;
            var a2 = Vector512<float>.Zero;
            var a3 = Vector512<float>.Zero;
            for (nuint c = 0; c < (nuint)stride; c += (nuint)Vector512<float>.Count)
            {
                var x = Vector512.LoadUnsafe(ref q, c);
                a0 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref r0, c), x, a0);
                a1 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref r1, c), x, a1);
                a2 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref r2, c), x, a2);
                a3 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref r3, c), x, a3);
            }

            destination[i] = Vector512.Sum(a0);
            destination[i + 1] = Vector512.Sum(a1);
            destination[i + 2] = Vector512.Sum(a2);
            destination[i + 3] = Vector512.Sum(a3);
        }

        for (; i < count; i++)
        {
            ref var r0 = ref Unsafe.Add(ref rows, (nint)i * stride);
            var a0 = Vector512<float>.Zero;
            for (nuint c = 0; c < (nuint)stride; c += (nuint)Vector512<float>.Count)
            {
                a0 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref r0, c), Vector512.LoadUnsafe(ref q, c), a0);
            }

            destination[i] = Vector512.Sum(a0);
        }
    }

    internal static void DotRows256(ref float q, ref float rows, int stride, Span<float> destination)
    {
        var count = destination.Length;
        var i = 0;
        for (; i + Rows <= count; i += Rows)
        {
            ref var r0 = ref Unsafe.Add(ref rows, (nint)i * stride);
            ref var r1 = ref Unsafe.Add(ref r0, stride);
            ref var r2 = ref Unsafe.Add(ref r1, stride);
            ref var r3 = ref Unsafe.Add(ref r2, stride);
            var a0 = Vector256<float>.Zero;
            var a1 = Vector256<float>.Zero;
            var a2 = Vector256<float>.Zero;
            var a3 = Vector256<float>.Zero;
            for (nuint c = 0; c < (nuint)stride; c += (nuint)Vector256<float>.Count)
            {
                var x = Vector256.LoadUnsafe(ref q, c);
                a0 = MultiplyAdd(Vector256.LoadUnsafe(ref r0, c), x, a0);
                a1 = MultiplyAdd(Vector256.LoadUnsafe(ref r1, c), x, a1);
                a2 = MultiplyAdd(Vector256.LoadUnsafe(ref r2, c), x, a2);
                a3 = MultiplyAdd(Vector256.LoadUnsafe(ref r3, c), x, a3);
            }

            destination[i] = Vector256.Sum(a0);
            destination[i + 1] = Vector256.Sum(a1);
            destination[i + 2] = Vector256.Sum(a2);
            destination[i + 3] = Vector256.Sum(a3);
        }

        for (; i < count; i++)
        {
            ref var r0 = ref Unsafe.Add(ref rows, (nint)i * stride);
            var a0 = Vector256<float>.Zero;
            for (nuint c = 0; c < (nuint)stride; c += (nuint)Vector256<float>.Count)
            {
                a0 = MultiplyAdd(Vector256.LoadUnsafe(ref r0, c), Vector256.LoadUnsafe(ref q, c), a0);
            }

            destination[i] = Vector256.Sum(a0);
        }
    }

    internal static void DotRows128(ref float q, ref float rows, int stride, Span<float> destination)
    {
        var count = destination.Length;
        var i = 0;
        for (; i + Rows <= count; i += Rows)
        {
            ref var r0 = ref Unsafe.Add(ref rows, (nint)i * stride);
            ref var r1 = ref Unsafe.Add(ref r0, stride);
            ref var r2 = ref Unsafe.Add(ref r1, stride);
            ref var r3 = ref Unsafe.Add(ref r2, stride);
            var a0 = Vector128<float>.Zero;
            var a1 = Vector128<float>.Zero;
            var a2 = Vector128<float>.Zero;
            var a3 = Vector128<float>.Zero;
            for (nuint c = 0; c < (nuint)stride; c += (nuint)Vector128<float>.Count)
            {
                var x = Vector128.LoadUnsafe(ref q, c);
                a0 = MultiplyAdd(Vector128.LoadUnsafe(ref r0, c), x, a0);
                a1 = MultiplyAdd(Vector128.LoadUnsafe(ref r1, c), x, a1);
                a2 = MultiplyAdd(Vector128.LoadUnsafe(ref r2, c), x, a2);
                a3 = MultiplyAdd(Vector128.LoadUnsafe(ref r3, c), x, a3);
            }

            destination[i] = Vector128.Sum(a0);
            destination[i + 1] = Vector128.Sum(a1);
            destination[i + 2] = Vector128.Sum(a2);
            destination[i + 3] = Vector128.Sum(a3);
        }

        for (; i < count; i++)
        {
            ref var r0 = ref Unsafe.Add(ref rows, (nint)i * stride);
            var a0 = Vector128<float>.Zero;
            for (nuint c = 0; c < (nuint)stride; c += (nuint)Vector128<float>.Count)
            {
                a0 = MultiplyAdd(Vector128.LoadUnsafe(ref r0, c), Vector128.LoadUnsafe(ref q, c), a0);
            }

            destination[i] = Vector128.Sum(a0);
        }
    }

    // Fused where the hardware has it (software emulation of a fused multiply-add would be far slower than the two
    // operations); the choice is fixed per process, so every row of a run is summed the same way.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> MultiplyAdd(Vector256<float> a, Vector256<float> b, Vector256<float> sum) =>
        System.Runtime.Intrinsics.X86.Fma.IsSupported ? Vector256.FusedMultiplyAdd(a, b, sum) : (a * b) + sum;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<float> MultiplyAdd(Vector128<float> a, Vector128<float> b, Vector128<float> sum) =>
        System.Runtime.Intrinsics.X86.Fma.IsSupported || System.Runtime.Intrinsics.Arm.AdvSimd.IsSupported
            ? Vector128.FusedMultiplyAdd(a, b, sum)
            : (a * b) + sum;

    internal static void DotRowsScalar(ref float q, ref float rows, int stride, Span<float> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            ref var row = ref Unsafe.Add(ref rows, (nint)i * stride);
            var sum = 0f;
            for (var c = 0; c < stride; c++)
            {
                sum += Unsafe.Add(ref row, c) * Unsafe.Add(ref q, c);
            }

            destination[i] = sum;
        }
    }
}
