namespace Ecvet.Matching.Semantic.Tests;

public sealed class MeanPoolingTests
{
    [Fact]
    public void Pool_PaddedTokens_AreLeftOutOfTheMean()
    {
        // Two real tokens (1,0) and (0,1), one padding token (100,100): the mean of the real ones is (0.5,0.5).
        float[] hidden = [1, 0, 0, 1, 100, 100];
        long[] mask = [1, 1, 0];
        var pooled = new float[2];
        MeanPooling.Pool(hidden, mask, pooled);
        pooled[0].Should().BeApproximately(MathF.Sqrt(0.5f), 1e-6f);
        pooled[1].Should().BeApproximately(MathF.Sqrt(0.5f), 1e-6f);
    }

    [Fact]
    public void Pool_Result_HasUnitLength()
    {
        float[] hidden = [3, 0, 0, 0, 4, 0];
        long[] mask = [1, 1];
        var pooled = new float[3];
        MeanPooling.Pool(hidden, mask, pooled);
        pooled.Should().Equal(0.6f, 0.8f, 0f);
    }

    [Fact]
    public void Pool_AllZeroVector_StaysZeroInsteadOfNaN()
    {
        var pooled = new float[2];
        MeanPooling.Pool(new float[4], [1, 1], pooled);
        pooled.Should().Equal(0f, 0f);
    }
}
