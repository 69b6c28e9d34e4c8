using System.Globalization;
using Ecvet.Recognition;
using Ecvet.Recognition.Internal;
using NodaTime;

namespace Ecvet.Tests.Recognition;

/// <summary>A verdict's text is written with the invariant culture, only when described.</summary>
public sealed class VerdictTextTests
{
    private static readonly VerdictCodes Describing = new("probe");

    [Fact]
    public void Text_UnderAnotherCulture_IsWrittenInvariantly()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fi-FI");
            var verdict = Verdict.Of(Describing, Truth.True, $"{1.5m} and {1234.5:N1} on {new LocalDate(2026, 3, 2)}", $"p:$.x[{1.25}]");

            verdict.Detail.Should().Be("1.5 and 1,234.5 on Monday, 02 March 2026");
            verdict.Paths.Should().Equal("p:$.x[1.25]");
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Text_FormattedWithAFormat_UsesIt()
    {
        Verdict.Of(Describing, Truth.True, $"{0.655:0.00}|{42:D4}").Detail.Should().Be("0.66|0042");
    }

    [Fact]
    public void Text_StringHoles_AreWrittenAndNullIsNothing()
    {
        string? none = null;
        var some = "some";

        Verdict.Of(Describing, Truth.True, $"[{none}][{some}]").Detail.Should().Be("[][some]");
    }

    [Fact]
    public void Text_AConstant_IsKeptAsItIs()
    {
        const string text = "A constant finding.";

        Verdict.Of(Describing, Truth.True, text).Detail.Should().BeSameAs(text);
    }
}
