using Ecvet.Matching.Internal;
using System.Runtime.Intrinsics;

namespace Ecvet.Matching.Semantic.Tests;

/// <summary>Every width of the kernel under <see cref="CatalogueEmbeddings"/>, the ones this machine does not choose
/// too, against a plain double-precision dot product.</summary>
public sealed class DotProductsTests
{
    public delegate void Kernel(ref float query, ref float rows, int stride, Span<float> destination);

    public static TheoryData<string> Widths => ["512", "256", "128", "scalar"];

    [Theory]
    [MemberData(nameof(Widths))]
    public void DotRows_EveryWidth_AgreesWithADoublePrecisionDotOnEveryRow(string width)
    {
        var (kernel, accelerated) = width switch
        {
            "512" => ((Kernel)DotProducts.DotRows512, Vector512.IsHardwareAccelerated),
            "256" => ((Kernel)DotProducts.DotRows256, Vector256.IsHardwareAccelerated),
            "128" => ((Kernel)DotProducts.DotRows128, Vector128.IsHardwareAccelerated),
            _ => ((Kernel)DotProducts.DotRowsScalar, true),
        };
        if (!accelerated)
        {
            return; // Software emulation of a width the machine lacks says nothing about the kernel.
        }

        const int Dimension = 37;
        const int Count = 11; // two blocks of four and a remainder of three
        var stride = DotProducts.Stride(Dimension);
        var random = new Random(11);
        var query = new float[stride];
        var rows = new float[Count * stride];
        for (var d = 0; d < Dimension; d++)
        {
            query[d] = (float)((random.NextDouble() * 2) - 1);
            for (var r = 0; r < Count; r++)
            {
                rows[(r * stride) + d] = (float)((random.NextDouble() * 2) - 1);
            }
        }

        var found = new float[Count];
        kernel(ref query[0], ref rows[0], stride, found);
        for (var r = 0; r < Count; r++)
        {
            var expected = 0.0;
            for (var d = 0; d < Dimension; d++)
            {
                expected += (double)query[d] * rows[(r * stride) + d];
            }

            found[r].Should().BeApproximately((float)expected, 1e-5f, $"row {r}");
        }
    }

    [Fact]
    public void DotRows_QueryNotOfTheStride_Throws()
    {
        var act = () => DotProducts.DotRows(new float[17], new float[32], 16, new float[2]);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Stride_RoundsUpToWholeCacheLines()
    {
        DotProducts.Stride(1).Should().Be(16);
        DotProducts.Stride(16).Should().Be(16);
        DotProducts.Stride(17).Should().Be(32);
        DotProducts.Stride(384).Should().Be(384);
    }
}
