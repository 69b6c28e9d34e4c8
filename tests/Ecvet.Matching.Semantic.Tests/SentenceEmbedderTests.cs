using System.Numerics.Tensors;

namespace Ecvet.Matching.Semantic.Tests;

[Collection(DefaultEmbedderGroup.Name)]
public sealed class SentenceEmbedderTests(DefaultEmbedder fixture)
{
    private readonly SentenceEmbedder _embedder = fixture.Embedder;

    [Fact]
    public void Tokenize_EnglishSentence_GivesTheBertBaseUncasedIds()
    {
        // [CLS] hello world ! [SEP] in the bert-base-uncased vocabulary all-MiniLM-L6-v2 uses.
        _embedder.Tokenize("Hello world!").Should().Equal(101, 7592, 2088, 999, 102);
    }

    [Fact]
    public void Tokenize_UnknownWord_SplitsIntoWordPieces()
    {
        // "tokenisation" is not in the vocabulary: token + ##isation.
        _embedder.Tokenize("Tokenisation").Should().Equal(101, 19204, 6648, 102);
    }

    [Fact]
    public void Tokenize_LongText_IsTruncatedAtTheLimitAndKeepsTheSeparator()
    {
        var text = string.Join(' ', Enumerable.Repeat("weld", 600));
        var ids = _embedder.Tokenize(text);
        ids.Should().HaveCount(_embedder.Options.MaxTokens);
        ids[0].Should().Be(101);
        ids[^1].Should().Be(102);
    }

    [Fact]
    public void Embed_AnyText_GivesAUnitVectorOfTheModelDimension()
    {
        _embedder.Dimension.Should().Be(384);
        var vector = _embedder.Embed("Prepares cold starters according to hygiene rules.");
        vector.Should().HaveCount(384);
        TensorPrimitives.Norm(vector).Should().BeApproximately(1f, 1e-5f);
    }

    [Fact]
    public void Embed_ParaphraseWithNoSharedWord_ScoresAboveAnotherKitchenTask()
    {
        // The example: the same competence with no content word in common, against another kitchen task.
        var home = _embedder.Embed("Stores raw materials following FIFO.");
        var paraphrase = _embedder.Embed("Keeps the cold room stock rotated and labelled.");
        var otherTask = _embedder.Embed("Garnishes plates before they leave the pass.");
        TensorPrimitives.Dot(home, paraphrase).Should().BeGreaterThan(TensorPrimitives.Dot(home, otherTask));
    }

    [Fact]
    public void Embed_UnrelatedTexts_ScoreWellBelowParaphrases()
    {
        var a = _embedder.Embed("Isolates the circuit and proves it dead before work starts.");
        var b = _embedder.Embed("Switches off and locks off the supply, then checks that no voltage is present.");
        var c = _embedder.Embed("Cuts and styles hair according to the client's wishes.");
        TensorPrimitives.Dot(a, b).Should().BeGreaterThan(TensorPrimitives.Dot(a, c) + 0.2f);
    }

    [Fact]
    public void EmbedBatch_TextsOfDifferentLengths_EqualTheVectorsEmbeddedOneByOne()
    {
        string[] texts = ["Welds steel plates.", "Bakes bread.", "Sets up logins for new staff and gives each person only the permissions their role requires.", ""];
        var batch = new float[texts.Length * _embedder.Dimension];
        _embedder.EmbedBatch(texts, batch);
        for (var i = 0; i < texts.Length; i++)
        {
            var single = _embedder.Embed(texts[i]);
            var fromBatch = batch.AsSpan(i * _embedder.Dimension, _embedder.Dimension).ToArray();
            TensorPrimitives.Distance(single, fromBatch).Should().BeLessThan(1e-4f, texts[i]);
        }
    }

    [Fact]
    public void CatalogueSearch_ParaphraseAtTheCheckout_FindsTheTillOutcomeFirst()
    {
        string[] home =
        [
            "Connects a three-phase motor and checks its direction of rotation.",
            "Feeds livestock according to a feeding plan and monitors their condition.",
            "Processes cash and card payments at the checkout and balances the till at the end of the day.",
        ];
        var embeddings = CatalogueEmbeddings.Compute(_embedder, home);
        var found = new VectorMatch[1];
        embeddings.Search(_embedder.Embed("Works the register, takes money and bank cards from shoppers and cashes up after closing."), found);
        found[0].Ordinal.Should().Be(2);
    }

    [Fact]
    public void EmbedBatch_WrongDestinationLength_ThrowsNamingTheDestination()
    {
        var act = () => _embedder.EmbedBatch(["a", "b"], new float[_embedder.Dimension]);
        act.Should().Throw<ArgumentException>().WithParameterName("destination");
    }

    [Fact]
    public void EmbedBatch_NullText_ThrowsNamingTheIndex()
    {
        var act = () => _embedder.EmbedBatch(["a", null!], new float[2 * _embedder.Dimension]);
        act.Should().Throw<ArgumentNullException>().WithMessage("*texts[1]*");
    }

    [Fact]
    public void ModelId_RecordsTheModelFileHashAndTheOptionsThatChangeVectors()
    {
        _embedder.ModelId.Should().StartWith(SentenceEmbedder.DefaultModelName + ";onnx-sha256=4a64cee3d4134bbd")
            .And.Contain("max-tokens=256").And.Contain("dim=384");
    }

    [Fact]
    public void ModelId_OtherTokenLimit_Differs()
    {
        using var shorter = SentenceEmbedder.CreateDefault(new SentenceEmbedderOptions { MaxTokens = 128 });
        shorter.ModelId.Should().NotBe(_embedder.ModelId);
    }

    [Fact]
    public void FromFiles_MissingModel_Throws()
    {
        var act = () => SentenceEmbedder.FromFiles(Path.Combine(Path.GetTempPath(), "no-such-model.onnx"), "vocab.txt");
        act.Should().Throw<FileNotFoundException>();
    }
}
