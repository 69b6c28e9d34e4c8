using Ecvet.Matching.Internal;
using System.Numerics.Tensors;

namespace Ecvet.Matching.Semantic.Tests;

public sealed class CatalogueEmbeddingsTests
{
    private static readonly string[] Catalogue =
    [
        "Welds steel plates in the flat position.", "Bakes bread and rolls.", "Installs socket outlets.", "Cuts hair.",
        "Feeds livestock.", "Repairs brakes.", "Backs up data.", "Lays bricks.",
    ];

    [Fact]
    public void SaveThenLoad_SameModelAndCatalogue_GivesTheVectorsBackToHalfPrecision()
    {
        var embedder = new FakeEmbedder("fake-a");
        var saved = CatalogueEmbeddings.Compute(embedder, Catalogue);
        var loaded = CatalogueEmbeddings.Load(new MemoryStream(Bytes(saved)), embedder, Catalogue);
        loaded.Count.Should().Be(Catalogue.Length);
        loaded.ModelId.Should().Be("fake-a");
        for (var i = 0; i < Catalogue.Length; i++)
        {
            TensorPrimitives.Distance(saved[i], loaded[i]).Should().BeLessThan(2e-3f);
        }
    }

    [Fact]
    public void Save_FileSize_IsHeaderPlusTwoBytesPerValue()
    {
        var saved = CatalogueEmbeddings.Compute(new FakeEmbedder("fake-a"), Catalogue);
        Bytes(saved).Length.Should().Be(8 + 4 + "fake-a".Length + 4 + 4 + 32 + (Catalogue.Length * FakeEmbedder.Size * 2));
    }

    [Fact]
    public void Load_FileOfAnotherModel_IsRefusedNamingBothModels()
    {
        var bytes = Bytes(CatalogueEmbeddings.Compute(new FakeEmbedder("fake-a"), Catalogue));
        var act = () => CatalogueEmbeddings.Load(new MemoryStream(bytes), new FakeEmbedder("fake-b"), Catalogue);
        act.Should().Throw<InvalidDataException>().WithMessage("*another model*fake-a*fake-b*");
    }

    [Fact]
    public void Load_FileOfAnotherCatalogue_IsRefused()
    {
        var embedder = new FakeEmbedder("fake-a");
        var bytes = Bytes(CatalogueEmbeddings.Compute(embedder, Catalogue));
        string[] reordered = [Catalogue[1], Catalogue[0], .. Catalogue[2..]];
        var act = () => CatalogueEmbeddings.Load(new MemoryStream(bytes), embedder, reordered);
        act.Should().Throw<InvalidDataException>().WithMessage("*another catalogue*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(14)]
    [InlineData(30)]
    [InlineData(70)]
    [InlineData(1)]
    public void Load_TruncatedFile_IsRefused(int bytesCut)
    {
        var embedder = new FakeEmbedder("fake-a");
        var bytes = Bytes(CatalogueEmbeddings.Compute(embedder, Catalogue));
        // bytesCut = 0 keeps nothing; other values keep that many bytes from the end's side: cut at 5, 14, 30 (header),
        // 70 (first vectors) and 1 byte short of the whole.
        var kept = bytesCut == 1 ? bytes.Length - 1 : bytesCut;
        var act = () => CatalogueEmbeddings.Load(new MemoryStream(bytes[..kept]), embedder, Catalogue);
        act.Should().Throw<InvalidDataException>().WithMessage("*truncated*");
    }

    [Fact]
    public void Load_BytesAfterTheVectors_IsRefused()
    {
        var embedder = new FakeEmbedder("fake-a");
        byte[] bytes = [.. Bytes(CatalogueEmbeddings.Compute(embedder, Catalogue)), 0];
        var act = () => CatalogueEmbeddings.Load(new MemoryStream(bytes), embedder, Catalogue);
        act.Should().Throw<InvalidDataException>().WithMessage("*bytes after*");
    }

    [Fact]
    public void Load_NotAnEmbeddingsFile_IsRefused()
    {
        var act = () => CatalogueEmbeddings.Load(new MemoryStream("kind\thome_text\thost_text\n"u8.ToArray()), new FakeEmbedder("fake-a"), Catalogue);
        act.Should().Throw<InvalidDataException>().WithMessage("*ECVEMB01*");
    }

    [Fact]
    public void SaveThenLoad_File_RoundTrips()
    {
        var embedder = new FakeEmbedder("fake-a");
        var path = Path.Combine(Path.GetTempPath(), $"ecvet-embeddings-{Guid.NewGuid():N}.bin");
        try
        {
            CatalogueEmbeddings.Compute(embedder, Catalogue).Save(path);
            CatalogueEmbeddings.Load(path, embedder, Catalogue).Count.Should().Be(Catalogue.Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(6)]
    public void Search_AnyQuery_ReturnsTheTopKOfAFullSortBestFirst(int queryOrdinal)
    {
        var embedder = new FakeEmbedder("fake-a");
        var embeddings = CatalogueEmbeddings.Compute(embedder, Catalogue);
        var query = embedder.Embed(Catalogue[queryOrdinal] + " again");
        var expected = Enumerable.Range(0, Catalogue.Length)
            .Select(i => new VectorMatch(i, embeddings.Cosine(query, i)))
            .OrderByDescending(m => m.Cosine).ThenBy(m => m.Ordinal).Take(3).ToArray();
        var found = new VectorMatch[3];
        embeddings.Search(query, found).Should().Be(3);
        found.Should().Equal(expected);
    }

    [Theory]
    [InlineData(6, 5, 3)]
    [InlineData(16, 1, 1)]
    [InlineData(17, 1023, 10)]
    [InlineData(384, 1025, 10)]
    [InlineData(384, 2100, 64)]
    [InlineData(100, 3001, 1)]
    [InlineData(40, 300, 300)]
    public void Search_RandomCatalogue_FindsTheTopKOfANaiveDoublePrecisionScan(int dimension, int count, int k)
    {
        var random = new Random((dimension * 7919) + count);
        var rows = RandomUnitVectors(random, count, dimension);
        var embeddings = CatalogueEmbeddings.Compute(new TableEmbedder(rows, dimension), Ordinals(count));
        for (var q = 0; q < 5; q++)
        {
            var query = RandomUnitVectors(random, 1, dimension);
            var naive = Enumerable.Range(0, count)
                .Select(i => (Ordinal: i, Cosine: DoubleDot(query, rows.AsSpan(i * dimension, dimension))))
                .OrderByDescending(m => m.Cosine).ThenBy(m => m.Ordinal).Take(k).ToArray();
            var found = new VectorMatch[k];
            embeddings.Search(query, found).Should().Be(Math.Min(k, count));
            found.Select(m => m.Ordinal).Should().Equal(naive.Select(m => m.Ordinal));
            for (var i = 0; i < naive.Length; i++)
            {
                found[i].Cosine.Should().BeApproximately((float)naive[i].Cosine, 1e-5f);
                found[i].Cosine.Should().Be(embeddings.Cosine(query, found[i].Ordinal), "a search ranks by the cosine Cosine returns, to the last bit");
            }
        }
    }

    [Fact]
    public void Search_EqualCosines_LowerOrdinalFirstAlsoAtTheCut()
    {
        // Five distinct vectors, each repeated across the catalogue: every cosine is shared by many ordinals, and the
        // top 7 cuts through a run of equal ones.
        const int Dimension = 20;
        const int Count = 1500;
        var random = new Random(7);
        var distinct = RandomUnitVectors(random, 5, Dimension);
        var rows = new float[Count * Dimension];
        for (var i = 0; i < Count; i++)
        {
            distinct.AsSpan((i * 3 % 5) * Dimension, Dimension).CopyTo(rows.AsSpan(i * Dimension));
        }

        var embeddings = CatalogueEmbeddings.Compute(new TableEmbedder(rows, Dimension), Ordinals(Count));
        var query = distinct[..Dimension];
        var expected = Enumerable.Range(0, Count)
            .Select(i => new VectorMatch(i, embeddings.Cosine(query, i)))
            .OrderByDescending(m => m.Cosine).ThenBy(m => m.Ordinal).Take(7).ToArray();
        var found = new VectorMatch[7];
        embeddings.Search(query, found).Should().Be(7);
        found.Should().Equal(expected);
        found.Select(m => m.Ordinal).Should().Equal(0, 5, 10, 15, 20, 25, 30);
    }

    [Fact]
    public void Search_EmptyDestination_ReturnsZero()
    {
        var embedder = new FakeEmbedder("fake-a");
        var embeddings = CatalogueEmbeddings.Compute(embedder, Catalogue);
        embeddings.Search(embedder.Embed("bread"), []).Should().Be(0);
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    public void Search_QueryWithANonFiniteValue_ThrowsNamingTheQuery(float value)
    {
        var embedder = new FakeEmbedder("fake-a");
        var embeddings = CatalogueEmbeddings.Compute(embedder, Catalogue);
        var query = embedder.Embed("bread");
        query[2] = value;
        var act = () => embeddings.Search(query, new VectorMatch[3]);
        act.Should().Throw<ArgumentException>().WithParameterName("query").WithMessage("*not a finite number*");
    }

    [Fact]
    public void Load_VectorHoldingNaN_IsRefusedNamingTheVector()
    {
        var embedder = new FakeEmbedder("fake-a");
        var bytes = Bytes(CatalogueEmbeddings.Compute(embedder, Catalogue));
        var header = bytes.Length - (Catalogue.Length * FakeEmbedder.Size * 2);
        BitConverter.GetBytes(Half.NaN).CopyTo(bytes, header + (((3 * FakeEmbedder.Size) + 1) * 2));
        var act = () => CatalogueEmbeddings.Load(new MemoryStream(bytes), embedder, Catalogue);
        act.Should().Throw<InvalidDataException>().WithMessage("*vector 3*not a finite number*");
    }

    [Fact]
    public void SaveThenLoad_DimensionNotAMultipleOfTheStride_KeepsEveryVectorAndItsSearch()
    {
        const int Dimension = 17;
        var random = new Random(3);
        var rows = RandomUnitVectors(random, 300, Dimension);
        var embedder = new TableEmbedder(rows, Dimension);
        var saved = CatalogueEmbeddings.Compute(embedder, Ordinals(300));
        var loaded = CatalogueEmbeddings.Load(new MemoryStream(Bytes(saved)), embedder, Ordinals(300));
        for (var i = 0; i < 300; i++)
        {
            TensorPrimitives.Distance(saved[i], loaded[i]).Should().BeLessThan(2e-3f);
            loaded[i].Length.Should().Be(Dimension);
        }

        var query = rows[(42 * Dimension)..(43 * Dimension)];
        var found = new VectorMatch[1];
        loaded.Search(query, found);
        found[0].Ordinal.Should().Be(42);
    }

    [Theory]
    [InlineData(1, 6)]
    [InlineData(3, 17)]
    [InlineData(1000, 384)]
    public void VectorRows_AnySize_StartsOn64BytesWithZeroPaddedRowsOfWholeCacheLines(int count, int dimension)
    {
        var rows = new VectorRows(count, dimension);
        (rows.Stride % 16).Should().Be(0);
        rows.Stride.Should().BeInRange(dimension, dimension + 15);
        unsafe
        {
            fixed (float* first = rows.All)
            {
                ((nint)first % 64).Should().Be(0);
            }
        }

        rows.All.Length.Should().Be(count * rows.Stride);
        rows.Row(count - 1)[dimension..].ToArray().Where(x => x != 0).Should().BeEmpty();
    }

    [Fact]
    public void Search_RoomForMoreThanTheCatalogue_ReturnsEveryText()
    {
        var embedder = new FakeEmbedder("fake-a");
        var embeddings = CatalogueEmbeddings.Compute(embedder, Catalogue);
        var found = new VectorMatch[20];
        embeddings.Search(embedder.Embed("bread"), found).Should().Be(Catalogue.Length);
        found.Take(Catalogue.Length).Select(m => m.Ordinal).Should().BeEquivalentTo(Enumerable.Range(0, Catalogue.Length));
        found.Take(Catalogue.Length).Select(m => m.Cosine).Should().BeInDescendingOrder();
    }

    [Fact]
    public void Search_QueryOfAnotherDimension_ThrowsNamingTheQuery()
    {
        var embeddings = CatalogueEmbeddings.Compute(new FakeEmbedder("fake-a"), Catalogue);
        var act = () => embeddings.Search(new float[3], new VectorMatch[1]);
        act.Should().Throw<ArgumentException>().WithParameterName("query");
    }

    [Fact]
    public void Compute_LargeCatalogue_ReportsProgressUpToTheCount()
    {
        var texts = Enumerable.Range(0, 600).Select(i => $"outcome {i}").ToArray();
        var reports = new List<int>();
        CatalogueEmbeddings.Compute(new FakeEmbedder("fake-a"), texts, new SynchronousProgress(reports.Add));
        reports.Should().Equal(256, 512, 600);
    }

    private static byte[] Bytes(CatalogueEmbeddings embeddings)
    {
        var stream = new MemoryStream();
        embeddings.Save(stream);
        return stream.ToArray();
    }

    private static string[] Ordinals(int count) =>
        [.. Enumerable.Range(0, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    private static float[] RandomUnitVectors(Random random, int count, int dimension)
    {
        var vectors = new float[count * dimension];
        for (var i = 0; i < count; i++)
        {
            var row = vectors.AsSpan(i * dimension, dimension);
            for (var d = 0; d < dimension; d++)
            {
                row[d] = (float)((random.NextDouble() * 2) - 1);
            }

            TensorPrimitives.Divide(row, TensorPrimitives.Norm(row), row);
        }

        return vectors;
    }

    private static double DoubleDot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += (double)a[i] * b[i];
        }

        return sum;
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    /// <summary>A stand-in model that answers the text "i" with row i of a table.</summary>
    private sealed class TableEmbedder(float[] rows, int dimension) : ITextEmbedder
    {
        public string ModelId => "table";

        public int Dimension => dimension;

        public void Embed(string text, Span<float> destination) =>
            rows.AsSpan(int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) * dimension, dimension).CopyTo(destination);

        public void EmbedBatch(IReadOnlyList<string> texts, Span<float> destination)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                Embed(texts[i], destination.Slice(i * dimension, dimension));
            }
        }
    }

    /// <summary>A deterministic stand-in model: letter counts folded into a few dimensions, normalised.</summary>
    private sealed class FakeEmbedder(string modelId) : ITextEmbedder
    {
        public const int Size = 6;

        public string ModelId => modelId;

        public int Dimension => Size;

        public float[] Embed(string text)
        {
            var vector = new float[Size];
            Embed(text, vector);
            return vector;
        }

        public void Embed(string text, Span<float> destination)
        {
            destination.Clear();
            destination[0] = 0.01f;
            foreach (var c in text)
            {
                destination[c % Size] += 1;
            }

            TensorPrimitives.Divide(destination, TensorPrimitives.Norm(destination), destination);
        }

        public void EmbedBatch(IReadOnlyList<string> texts, Span<float> destination)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                Embed(texts[i], destination.Slice(i * Size, Size));
            }
        }
    }
}
