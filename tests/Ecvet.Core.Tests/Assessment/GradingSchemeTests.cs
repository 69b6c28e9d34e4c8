using Ecvet.Assessment;
using Ecvet.Tests.Agreements;
using Ecvet.Tests.Support;

namespace Ecvet.Tests.Assessment;

public sealed class GradingSchemeTests
{
    private static readonly LocalizedText Title = TestValues.En("Scheme");

    [Fact]
    public void PassFail_KnowsPassAndFail()
    {
        var scheme = GradingScheme.PassFail("pf", Title);

        scheme.Kind.Should().Be(GradingKind.PassFail);
        scheme.IsPassing("pass").Should().BeTrue();
        scheme.IsPassing("fail").Should().BeFalse();
        scheme.IsValidGrade("Pass").Should().BeFalse();
        scheme.ToString().Should().Be("pf (pass/fail)");
    }

    [Theory]
    [InlineData("5", true)]
    [InlineData("5.0", true)]
    [InlineData("10", true)]
    [InlineData("4.99", false)]
    [InlineData("0", false)]
    public void Numeric_HigherIsBetter_PassesFromPassMark(string grade, bool passes) =>
        GradingScheme.Numeric("es-0-10", Title, 0, 10, 5).IsPassing(grade).Should().Be(passes);

    [Theory]
    [InlineData("1", true)]
    [InlineData("4", true)]
    [InlineData("4.3", false)]
    [InlineData("6", false)]
    public void Numeric_LowerIsBetter_PassesUpToPassMark(string grade, bool passes) =>
        GradingScheme.Numeric("de-1-6", Title, 1, 6, 4, higherIsBetter: false).IsPassing(grade).Should().Be(passes);

    [Theory]
    [InlineData("11")]
    [InlineData("-1")]
    [InlineData("5,5")]
    [InlineData("five")]
    [InlineData("1e1")]
    public void Numeric_GradeOutsideScheme_IsInvalidAndIsPassingThrowsNamingGrade(string text)
    {
        var scheme = GradingScheme.Numeric("es-0-10", Title, 0, 10, 5);

        scheme.IsValidGrade(text).Should().BeFalse();
        var act = () => scheme.IsPassing(text);
        act.Should().Throw<ArgumentException>().WithParameterName("grade");
    }

    [Fact]
    public void Numeric_ParsesInvariantCultureWhateverTheCurrentCulture() =>
        CultureScope.Run("fi-FI", () => GradingScheme.Numeric("es-0-10", Title, 0, 10, 5).IsPassing("7.5")).Should().BeTrue();

    [Theory]
    [InlineData("A", true)]
    [InlineData("E", true)]
    [InlineData("FX", false)]
    [InlineData("F", false)]
    public void Ordinal_PassesFromLowestPassingLabel(string grade, bool passes) =>
        GradingScheme.Ordinal("ects", Title, ["F", "FX", "E", "D", "C", "B", "A"], "E").IsPassing(grade).Should().Be(passes);

    [Fact]
    public void Ordinal_LabelsAreCaseSensitive() =>
        GradingScheme.Ordinal("ects", Title, ["F", "E"], "E").IsValidGrade("e").Should().BeFalse();

    [Fact]
    public void Numeric_MaximumNotAboveMinimum_ThrowsNamingMaximum()
    {
        var act = () => GradingScheme.Numeric("x", Title, 10, 10, 10);

        act.Should().Throw<ArgumentException>().WithParameterName("maximum");
    }

    [Fact]
    public void Numeric_PassMarkOutsideRange_ThrowsNamingPassMark()
    {
        var act = () => GradingScheme.Numeric("x", Title, 0, 10, 11);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("passMark");
    }

    [Theory]
    [InlineData("0.00001", "10", "5", "minimum")]
    [InlineData("-1000000.5", "10", "5", "minimum")]
    [InlineData("0", "1000001", "5", "maximum")]
    [InlineData("0", "10", "5.00000000000000000001", "passMark")]
    public void Numeric_TooPreciseOrTooLarge_ThrowsNamingTheValue(string minimum, string maximum, string passMark, string paramName)
    {
        static decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        var act = () => GradingScheme.Numeric("x", Title, D(minimum), D(maximum), D(passMark));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(paramName).WithMessage("*4 decimal places*");
    }

    [Fact]
    public void Numeric_AtTheLimits_IsAccepted()
    {
        var scheme = GradingScheme.Numeric("x", Title, -1_000_000m, 1_000_000m, 0.0001m);

        scheme.PassMark.Should().Be(0.0001m);
        GradingScheme.Numeric("y", Title, 1.5000m, 2, 1.75m).Minimum.Should().Be(1.5m, "trailing zeros are not decimal places of the value");
    }

    [Fact]
    public void Numeric_MessagesUseInvariantCulture()
    {
        var message = Support.CultureScope.Run("fi-FI", () =>
        {
            try
            {
                GradingScheme.Numeric("x", Title, 7.5m, 7.5m, 7.5m);
                return null;
            }
            catch (ArgumentException ex)
            {
                return ex.Message;
            }
        });

        message.Should().Contain("(7.5)").And.NotContain("7,5");
    }

    [Fact]
    public void Ordinal_OneLabel_ThrowsNamingLabels()
    {
        var act = () => GradingScheme.Ordinal("x", Title, ["A"], "A");

        act.Should().Throw<ArgumentException>().WithParameterName("labels");
    }

    [Fact]
    public void Ordinal_RepeatedLabel_ThrowsNamingLabels()
    {
        var act = () => GradingScheme.Ordinal("x", Title, ["A", "B", "A"], "A");

        act.Should().Throw<ArgumentException>().WithParameterName("labels");
    }

    [Fact]
    public void Ordinal_UnknownLowestPassingLabel_ThrowsNamingLowestPassingLabel()
    {
        var act = () => GradingScheme.Ordinal("x", Title, ["F", "A"], "C");

        act.Should().Throw<ArgumentException>().WithParameterName("lowestPassingLabel");
    }

    [Fact]
    public void PassFail_BadId_ThrowsNamingId()
    {
        var act = () => GradingScheme.PassFail(" pf", Title);

        act.Should().Throw<ArgumentException>().WithParameterName("id");
    }

    [Fact]
    public void PassFail_NullTitle_ThrowsNamingTitle()
    {
        var act = () => GradingScheme.PassFail("pf", null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("title");
    }

    [Fact]
    public void Equals_ComparesLabelsByValue() =>
        EqualityContract.Check(
            GradingScheme.Ordinal("x", Title, ["F", "A"], "A"),
            GradingScheme.Ordinal("x", Title, new List<string> { "F", "A" }, "A"),
            GradingScheme.Ordinal("x", Title, ["F", "A"], "F"));
}
