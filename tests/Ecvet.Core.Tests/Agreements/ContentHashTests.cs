using System.Text;
using Ecvet.Agreements;
using Ecvet.Tests.Support;

namespace Ecvet.Tests.Agreements;

public sealed class ContentHashTests
{
    [Fact]
    public void OfJson_KnownText_IsSha256OfCanonicalBytes()
    {
        // SHA-256 of the 2 bytes "{}" is the well-known 44136fa3…; canonical form of "{ }" is "{}".
        ContentHash.OfJson("{ }").Value.Should().Be("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
    }

    [Fact]
    public void OfJson_OrderWhiteSpaceAndEscaping_DoNotMatter()
    {
        var a = ContentHash.OfJson("{\"b\":[1,2.50],\"a\":\"\\u00e9\"}");
        var b = ContentHash.OfJson(Encoding.UTF8.GetBytes("{\n  \"a\": \"é\",\n  \"b\": [1, 2.5]\n}"));

        a.Should().Be(b);
    }

    [Fact]
    public void OfJson_AnyValueChange_ChangesHash() =>
        ContentHash.OfJson("{\"a\":1}").Should().NotBe(ContentHash.OfJson("{\"a\":2}"));

    [Fact]
    public void OfJson_NotJson_ThrowsFormatException()
    {
        var act = () => ContentHash.OfJson("{\"a\":1,\"a\":2}");

        act.Should().Throw<FormatException>();
    }

    [Fact]
    public void OfJson_NullString_ThrowsArgumentNullNamingJson()
    {
        var act = () => ContentHash.OfJson((string)null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("json");
    }

    [Fact]
    public void Parse_UpperCase_IsNormalisedToLowerCaseAndRoundTrips()
    {
        var text = TestValues.HashA.Value.ToUpperInvariant();

        var hash = ContentHash.Parse(text);

        hash.Should().Be(TestValues.HashA);
        ContentHash.Parse(hash.ToString()).Should().Be(hash);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8")]
    [InlineData("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a0")]
    [InlineData("g4136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a")]
    public void Parse_NotSixtyFourHexDigits_ThrowsFormatException(string text)
    {
        var act = () => ContentHash.Parse(text);

        act.Should().Throw<FormatException>();
        ContentHash.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullNamingText()
    {
        var act = () => ContentHash.Parse(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Equals_ComparesValue() =>
        EqualityContract.Check(TestValues.HashA, ContentHash.Parse(TestValues.HashA.Value), TestValues.HashB);
}
