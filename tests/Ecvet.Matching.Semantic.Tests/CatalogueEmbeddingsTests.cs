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
            .Select(i => new VectorMatch(i, TensorPrimitives.Dot(query, embeddings[i])))
            .OrderByDescending(m => m.Cosine).ThenBy(m => m.Ordinal).Take(3).ToArray();
        var found = new VectorMatch[3];
        embeddings.Search(query, found).Should().Be(3);
        found.Should().Equal(expected);
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

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
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
