using System.Globalization;
using System.Text;
using Ecvet.Serialization.Hashing;

namespace Ecvet.Tests.Agreements;

public sealed class JsonCanonicalizerTests
{
    private static readonly string DataDirectory = Path.Combine(AppContext.BaseDirectory, "Agreements", "TestData", "Jcs");

    [Theory]
    [InlineData("arrays")]
    [InlineData("french")]
    [InlineData("structures")]
    [InlineData("unicode")]
    [InlineData("values")]
    [InlineData("weird")]
    public void Canonicalize_Rfc8785TestVector_GivesExpectedBytes(string name)
    {
        var input = File.ReadAllBytes(Path.Combine(DataDirectory, "input", name + ".json"));
        var expected = File.ReadAllBytes(Path.Combine(DataDirectory, "output", name + ".json"));

        var actual = JsonCanonicalizer.Canonicalize(input);

        Encoding.UTF8.GetString(actual).Should().Be(Encoding.UTF8.GetString(expected));
        actual.Should().Equal(expected);
    }

    [Theory]
    [InlineData("0000000000000000", "0")]
    [InlineData("8000000000000000", "0")]
    [InlineData("0000000000000001", "5e-324")]
    [InlineData("8000000000000001", "-5e-324")]
    [InlineData("7fefffffffffffff", "1.7976931348623157e+308")]
    [InlineData("ffefffffffffffff", "-1.7976931348623157e+308")]
    [InlineData("4340000000000000", "9007199254740992")]
    [InlineData("c340000000000000", "-9007199254740992")]
    [InlineData("4340000000000001", "9007199254740994")]
    [InlineData("4340000000000002", "9007199254740996")]
    [InlineData("4430000000000000", "295147905179352830000")]
    [InlineData("44b52d02c7e14af5", "9.999999999999997e+22")]
    [InlineData("44b52d02c7e14af6", "1e+23")]
    [InlineData("44b52d02c7e14af7", "1.0000000000000001e+23")]
    [InlineData("444b1ae4d6e2ef4e", "999999999999999700000")]
    [InlineData("444b1ae4d6e2ef4f", "999999999999999900000")]
    [InlineData("444b1ae4d6e2ef50", "1e+21")]
    [InlineData("3eb0c6f7a0b5ed8c", "9.999999999999997e-7")]
    [InlineData("3eb0c6f7a0b5ed8d", "0.000001")]
    [InlineData("41b3de4355555553", "333333333.3333332")]
    [InlineData("41b3de4355555554", "333333333.33333325")]
    [InlineData("41b3de4355555555", "333333333.3333333")]
    [InlineData("41b3de4355555556", "333333333.3333334")]
    [InlineData("41b3de4355555557", "333333333.33333343")]
    [InlineData("becbf647612f3696", "-0.0000033333333333333333")]
    [InlineData("43143ff3c1cb0959", "1424953923781206.2")]
    public void FormatNumber_Rfc8785Sample_GivesEcmaScriptText(string ieeeHex, string expected)
    {
        var value = BitConverter.Int64BitsToDouble(long.Parse(ieeeHex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));

        JsonCanonicalizer.FormatNumber(value).Should().Be(expected);
    }

    [Theory]
    [InlineData("12.50", "12.5")]
    [InlineData("1E2", "100")]
    [InlineData("-0.0", "0")]
    [InlineData("0.1", "0.1")]
    [InlineData("1e-7", "1e-7")]
    [InlineData("123456789012345678901234", "1.2345678901234569e+23")]
    public void Canonicalize_NumberSpelling_IsNormalised(string json, string expected) =>
        Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(json)).Should().Be(expected);

    [Fact]
    public void Canonicalize_WhiteSpaceAndOrder_DoNotMatter()
    {
        var a = JsonCanonicalizer.Canonicalize("{ \"b\" : [1, 2, {\"y\":1,\"x\":2}], \"a\": \"\\u0041\" }");
        var b = JsonCanonicalizer.Canonicalize("{\"a\":\"A\",\"b\":[1,2,{\"x\":2,\"y\":1}]}");

        a.Should().Equal(b);
        Encoding.UTF8.GetString(a).Should().Be("{\"a\":\"A\",\"b\":[1,2,{\"x\":2,\"y\":1}]}");
    }

    [Fact]
    public void Canonicalize_KeysOutsideTheBasicPlane_SortByUtf16CodeUnits()
    {
        // U+1F602 is the surrogate pair D83D DE02, which sorts before U+FB33 in UTF-16 although not in code points.
        var actual = Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize("{\"\\ufb33\":1,\"\\ud83d\\ude02\":2}"));

        actual.Should().Be("{\"\ud83d\ude02\":2,\"\ufb33\":1}");
    }

    [Theory]
    [InlineData("{\"a\":1,\"a\":2}")]
    [InlineData("[\"\\ud800\"]")]
    [InlineData("[1e400]")]
    [InlineData("{\"a\":1,}")]
    [InlineData("[1] [2]")]
    [InlineData("")]
    public void Canonicalize_NotIJson_ThrowsFormatException(string json)
    {
        var act = () => JsonCanonicalizer.Canonicalize(json);

        act.Should().Throw<FormatException>();
    }

    [Fact]
    public void FormatNumber_NaN_ThrowsFormatException()
    {
        var act = () => JsonCanonicalizer.FormatNumber(double.NaN);

        act.Should().Throw<FormatException>();
    }
}
