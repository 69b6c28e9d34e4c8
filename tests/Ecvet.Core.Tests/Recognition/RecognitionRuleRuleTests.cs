using Ecvet.Recognition;

namespace Ecvet.Tests.Recognition;

/// <summary>The rules of <see cref="RecognitionRule"/>: its identifier syntax, its limits, its pseudo-mutators and its text.</summary>
public sealed class RecognitionRuleRuleTests
{
    private static readonly Condition Valid = Condition.Check(CheckKind.MouValidForPeriod);

    private static RecognitionRule Rule(string id = "MOU-002", RuleScope scope = RuleScope.Agreement, RuleSeverity severity = RuleSeverity.Blocking,
        Condition? condition = null, string message = "The MoU is valid for the mobility period.") =>
        RecognitionRule.Create(id, scope, severity, condition ?? Valid, message);

    [Theory]
    [InlineData("A", true)]
    [InlineData("MOU-002", true)]
    [InlineData("a-1-b", true)]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ-12345", true)]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ-123456", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("1A", false)]
    [InlineData("-A", false)]
    [InlineData("ÄB", false)]
    [InlineData("A_B", false)]
    [InlineData("A B", false)]
    [InlineData("AÄ", false)]
    public void IsValidId_LettersDigitsAndDashesStartingWithALetter(string? id, bool expected)
    {
        RecognitionRule.IsValidId(id).Should().Be(expected);
    }

    [Fact]
    public void Create_NullIdentifier_NamesIt()
    {
        var act = () => Rule(id: null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void Create_NotAnIdentifier_SaysWhatOneIs()
    {
        var act = () => Rule(id: "MOU 2");

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("id")
            .WithMessage("'MOU 2' is not a rule identifier: 1–32 ASCII letters, digits or '-', starting with a letter.*");
    }

    [Fact]
    public void Create_UndefinedScopeOrSeverity_NamesIt()
    {
        var scope = () => Rule(scope: (RuleScope)5);
        var severity = () => Rule(severity: (RuleSeverity)(-1));

        scope.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("scope").WithMessage("Unknown rule scope.*");
        severity.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("severity").WithMessage("Unknown rule severity.*");
    }

    [Fact]
    public void Create_NullCondition_NamesIt()
    {
        var act = () => RecognitionRule.Create("MOU-002", RuleScope.Agreement, RuleSeverity.Blocking, null!, "m");

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("condition");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Trailing ")]
    public void Create_MessageNotText_NamesIt(string? text)
    {
        var act = () => Rule(message: text!);

        act.Should().Throw<ArgumentException>().WithParameterName("message");
    }

    [Fact]
    public void Create_MessageOf1000Characters_IsTheLongest()
    {
        Rule(message: new string('m', 1000)).Message.Should().HaveLength(RecognitionRule.MaxMessageLength);

        var act = () => Rule(message: new string('m', 1001));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("message").WithMessage("The message is longer than 1000 characters.*");
    }

    [Fact]
    public void Create_KeepsWhatItWasGiven()
    {
        var condition = Condition.Not(Valid);
        var rule = Rule("LA-007", RuleScope.Outcome, RuleSeverity.Advisory, condition, "Says why.");

        rule.Id.Should().Be("LA-007");
        rule.Scope.Should().Be(RuleScope.Outcome);
        rule.Severity.Should().Be(RuleSeverity.Advisory);
        rule.Condition.Should().BeSameAs(condition);
        rule.Message.Should().Be("Says why.");
    }

    [Fact]
    public void WithSeverity_ChangesOnlyTheSeverity()
    {
        Rule().WithSeverity(RuleSeverity.Advisory).Should().Be(Rule(severity: RuleSeverity.Advisory));
    }

    [Fact]
    public void WithCondition_ChangesOnlyTheCondition()
    {
        var other = Condition.Predicate("nationalCap");

        Rule(severity: RuleSeverity.Advisory).WithCondition(other).Should().Be(Rule(severity: RuleSeverity.Advisory, condition: other));
    }

    [Fact]
    public void WithCondition_Null_NamesIt()
    {
        var act = () => Rule().WithCondition(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("condition");
    }

    [Fact]
    public void ToString_IsTheIdentifierScopeSeverityAndCondition()
    {
        Rule().ToString().Should().Be("MOU-002 (Agreement, Blocking): mouValidForPeriod");
    }
}
