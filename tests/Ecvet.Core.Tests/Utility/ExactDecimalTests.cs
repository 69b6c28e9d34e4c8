using System.Globalization;
using System.Text;
using Ecvet.Utility;

namespace Ecvet.Tests.Utility;

public sealed class ExactDecimalTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("-0", "0")]
    [InlineData("0.000", "0")]
    [InlineData("180", "180")]
    [InlineData("180.000000000000000000000000000000000000", "180")]
    [InlineData("1800", "1800")]
    [InlineData("7.5", "7.5")]
    [InlineData("-7.25", "-7.25")]
    [InlineData("0.005", "0.005")]
    [InlineData("1e3", "1000")]
    [InlineData("1.5E+2", "150")]
    [InlineData("25e-1", "2.5")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("7922816251426433759354395033.5", "7922816251426433759354395033.5")]
    [InlineData("1.0000000000000000000000000001", "1.0000000000000000000000000001")]
    [InlineData("100000000000000000000000000000e-2", "1000000000000000000000000000")]
    public void TryParse_ExactNumber_ReadsIt(string text, string expected)
    {
        var value = decimal.Parse(expected, NumberStyles.Float, CultureInfo.InvariantCulture);
        ExactDecimal.TryParse(text.AsSpan(), out var fromChars).Should().BeTrue();
        fromChars.Should().Be(value);
        ExactDecimal.TryParse(Encoding.UTF8.GetBytes(text), out var fromUtf8).Should().BeTrue();
        fromUtf8.Should().Be(value);
    }

    [Theory]
    [InlineData("180.000000000000000000000000001")]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("1e-29")]
    [InlineData("1e-400")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1e29")]
    [InlineData("1e999999999999")]
    [InlineData("1.00000000000000000000000000001")]
    [InlineData("123456789012345678901234567891")]
    [InlineData("abc")]
    [InlineData("")]
    public void TryParse_NumberADecimalWouldRoundOrCannotHold_ReturnsFalse(string text)
    {
        // decimal.TryParse accepts several of these and rounds them: 180.000000000000000000000000001 reads as 180.
        ExactDecimal.TryParse(text.AsSpan(), out _).Should().BeFalse();
        ExactDecimal.TryParse(Encoding.UTF8.GetBytes(text), out _).Should().BeFalse();
    }

    [Fact]
    public void DecimalTryParse_BeyondPrecision_RoundsSilently() =>
        // Why ExactDecimal exists: the framework's parser gives 180 for this text.
        decimal.Parse("180.000000000000000000000000001", CultureInfo.InvariantCulture).Should().Be(180m);
}
