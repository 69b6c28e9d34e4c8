using System.Collections.Immutable;
using Ecvet.Assessment;
using Ecvet.Tests.Agreements;

namespace Ecvet.Tests.Assessment;

/// <summary>
/// Each rule of <see cref="GradingScheme"/> on its own: which argument a refusal names and what it says, the edges of
/// the numeric range and of the pass mark, and comparing two grades of each kind. Stored schemes reach the constructor
/// through <c>FromParts</c>, which takes any combination of parts; the public factories take only their kind's parts.
/// </summary>
public sealed class GradingSchemeRuleTests
{
    private static readonly LocalizedText Title = TestValues.En("Scheme");

    private static readonly GradingScheme PassFail = GradingScheme.PassFail("pf", Title);

    private static readonly GradingScheme TenPoint = GradingScheme.Numeric("es-0-10", Title, 0, 10, 5);

    private static readonly GradingScheme German = GradingScheme.Numeric("de-1-6", Title, 1, 6, 4, higherIsBetter: false);

    private static readonly GradingScheme Letters = GradingScheme.Ordinal("letters", Title, ["E", "D", "C"], "D");

    [Fact]
    public void Create_NullId_NamesId()
    {
        var act = () => GradingScheme.PassFail(null!, Title);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void Create_IdNotAToken_SaysWhy()
    {
        var act = () => GradingScheme.PassFail(" pf", Title);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("id")
            .WithMessage("' pf' is not a valid grading scheme id: an identifier is *");
    }

    [Fact]
    public void FromParts_UnknownKind_NamesKind()
    {
        var act = () => GradingScheme.FromParts("s", Title, (GradingKind)99, null, null, null, true, [], null);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("kind").WithMessage("Unknown grading kind.*");
    }

    [Theory]
    [InlineData(1, null, null, "minimum")]
    [InlineData(null, 10, null, "maximum")]
    [InlineData(null, null, 5, "passMark")]
    public void FromParts_NumbersOnAPassFailScheme_NameTheFirstGiven(int? minimum, int? maximum, int? passMark, string named)
    {
        var act = () => GradingScheme.FromParts("s", Title, GradingKind.PassFail, minimum, maximum, passMark, true, [], null);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName(named)
            .WithMessage("Only a numeric scheme has a minimum, a maximum and a pass mark.*");
    }

    [Fact]
    public void FromParts_LabelsOnANumericScheme_NameLabels()
    {
        var act = () => GradingScheme.FromParts("s", Title, GradingKind.Numeric, 0, 10, 5, true, ["A", "B"], null);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("labels").WithMessage("Only an ordinal scheme has labels.*");
    }

    [Fact]
    public void FromParts_LowestPassingLabelAlone_NamesIt()
    {
        var act = () => GradingScheme.FromParts("s", Title, GradingKind.PassFail, null, null, null, true, [], "A");

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("lowestPassingLabel").WithMessage("Only an ordinal scheme has labels.*");
    }

    [Theory]
    [InlineData(null, 10, 5, "minimum")]
    [InlineData(0, null, 5, "maximum")]
    [InlineData(0, 10, null, "passMark")]
    public void FromParts_NumericWithoutANumber_NamesTheMissingOne(int? minimum, int? maximum, int? passMark, string named)
    {
        var act = () => GradingScheme.FromParts("s", Title, GradingKind.Numeric, minimum, maximum, passMark, true, [], null);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName(named)
            .WithMessage("A numeric scheme needs a minimum, a maximum and a pass mark.*");
    }

    [Fact]
    public void FromParts_OrdinalWithoutLowestPassingLabel_NamesIt()
    {
        var act = () => GradingScheme.FromParts("s", Title, GradingKind.Ordinal, null, null, null, true, ["A", "B"], null);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("lowestPassingLabel");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Numeric_PassMarkOnABound_IsAccepted(int passMark) =>
        GradingScheme.Numeric("s", Title, 0, 10, passMark).PassMark.Should().Be(passMark);

    [Fact]
    public void Ordinal_NullLabels_NamesLabels()
    {
        var act = () => GradingScheme.Ordinal("s", Title, null!, "A");

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("labels");
    }

    [Fact]
    public void Ordinal_OneLabel_SaysTwoAreNeeded()
    {
        var act = () => GradingScheme.Ordinal("s", Title, ["A"], "A");

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("labels").WithMessage("An ordinal scheme needs at least two labels.*");
    }

    [Fact]
    public void Ordinal_BlankLabel_IsRefused()
    {
        var act = () => GradingScheme.Ordinal("s", Title, ["A", " "], "A");

        act.Should().Throw<ArgumentException>().WithParameterName("labels");
    }

    [Fact]
    public void Ordinal_SameLabelTwice_NamesTheLabel()
    {
        var act = () => GradingScheme.Ordinal("s", Title, ["A", "B", "A"], "A");

        act.Should().Throw<DuplicateValueException>().WithParameterName("labels").WithMessage("Duplicate label 'A'.*");
    }

    [Fact]
    public void Ordinal_LowestPassingLabelNotALabel_SaysSo()
    {
        var act = () => GradingScheme.Ordinal("s", Title, ["A", "B"], "C");

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("lowestPassingLabel")
            .WithMessage("The lowest passing label 'C' is not one of the labels.*");
    }

    [Fact]
    public void IsPassing_NullGrade_IsArgumentNull()
    {
        var act = () => TenPoint.IsPassing(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("grade");
    }

    [Theory]
    [InlineData(null, "5", "grade")]
    [InlineData("5", null, "minimum")]
    public void IsAtLeast_Null_IsArgumentNull(string? grade, string? minimum, string named)
    {
        var act = () => TenPoint.IsAtLeast(grade!, minimum!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName(named);
    }

    [Theory]
    [InlineData("eleven", "5", "grade")]
    [InlineData("5", "eleven", "minimum")]
    public void IsAtLeast_NotAGrade_NamesWhich(string grade, string minimum, string named)
    {
        var act = () => TenPoint.IsAtLeast(grade, minimum);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName(named)
            .WithMessage("'eleven' is not a grade of scheme 'es-0-10': expected a number in invariant culture, such as 7.5.*");
    }

    [Theory]
    [InlineData("pass", "pass", true)]
    [InlineData("pass", "fail", true)]
    [InlineData("fail", "fail", true)]
    [InlineData("fail", "pass", false)]
    public void IsAtLeast_PassFail(string grade, string minimum, bool expected) =>
        PassFail.IsAtLeast(grade, minimum).Should().Be(expected);

    [Theory]
    [InlineData("7", "5", true)]
    [InlineData("5", "5", true)]
    [InlineData("4.5", "5", false)]
    public void IsAtLeast_NumericHigherIsBetter(string grade, string minimum, bool expected) =>
        TenPoint.IsAtLeast(grade, minimum).Should().Be(expected);

    [Theory]
    [InlineData("2", "3", true)]
    [InlineData("3", "3", true)]
    [InlineData("3.5", "3", false)]
    public void IsAtLeast_NumericLowerIsBetter(string grade, string minimum, bool expected) =>
        German.IsAtLeast(grade, minimum).Should().Be(expected);

    [Theory]
    [InlineData("C", "D", true)]
    [InlineData("D", "D", true)]
    [InlineData("E", "D", false)]
    public void IsAtLeast_Ordinal(string grade, string minimum, bool expected) =>
        Letters.IsAtLeast(grade, minimum).Should().Be(expected);

    [Fact]
    public void CheckGrade_Null_SaysAGradeIsRequired()
    {
        var act = () => TenPoint.CheckGrade(null!, "graded");

        act.Should().Throw<ArgumentException>().WithMessage("'' is not a grade of scheme 'es-0-10': a grade is required.*");
    }

    [Theory]
    [MemberData(nameof(NotGrades))]
    public void CheckGrade_NotAGrade_SaysWhatWasExpected(GradingScheme scheme, string grade, string message)
    {
        var act = () => scheme.CheckGrade(grade, "graded");

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("graded").WithMessage(message + "*");
    }

    public static TheoryData<GradingScheme, string, string> NotGrades() => new()
    {
        { PassFail, "Pass", "'Pass' is not a grade of scheme 'pf': expected 'pass' or 'fail'." },
        { TenPoint, "seven", "'seven' is not a grade of scheme 'es-0-10': expected a number in invariant culture, such as 7.5." },
        { TenPoint, "11", "'11' is not a grade of scheme 'es-0-10': expected a number from 0 to 10." },
        { Letters, "B", "'B' is not a grade of scheme 'letters': expected one of E, D, C." },
    };

    [Fact]
    public void ToString_NamesKindRangeAndPassMark()
    {
        TenPoint.ToString().Should().Be("es-0-10 (numeric 0–10, pass 5)");
        German.ToString().Should().Be("de-1-6 (numeric 1–6, pass 4, lower is better)");
        Letters.ToString().Should().Be("letters (ordinal E < D < C, pass from D)");
    }

    [Fact]
    public void FromParts_TheFactoriesParts_GiveAnEqualScheme() =>
        GradingScheme.FromParts("letters", Title, GradingKind.Ordinal, null, null, null, true, ImmutableArray.Create("E", "D", "C"), "D")
            .Should().Be(Letters);
}
