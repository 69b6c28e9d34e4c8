using Ecvet.Serialization.Internal;

namespace Ecvet.Tests.Serialization;

public sealed class JsonPathTests
{
    [Fact]
    public void ToString_NamesAndIndexes_DotAndBrackets()
    {
        var path = new JsonPath();
        path.Push("units");
        path.Push(3);
        path.Push("title");
        path.ToString("en").Should().Be("$.units[3].title.en");
    }

    [Fact]
    public void ToString_NameNotPlain_Quoted()
    {
        var path = new JsonPath();
        path.Push("title");
        path.ToString("pt-BR").Should().Be("$.title['pt-BR']");
        path.ToString("it's").Should().Be("$.title['it\\'s']");
    }

    [Fact]
    public void ToString_Empty_IsRoot() => new JsonPath().ToString().Should().Be("$");

    [Fact]
    public void Restore_GoesBackToSnapshot()
    {
        var path = new JsonPath();
        path.Push("a");
        var snapshot = path.Snapshot();
        path.Push(1);
        path.Restore(snapshot);
        path.ToString().Should().Be("$.a");
    }
}
