using Ecvet.Recognition;
using static Ecvet.Tests.Recognition.RecognitionValues;

namespace Ecvet.Tests.Recognition;

/// <summary>The rules of a <see cref="RuleResult"/> read from a document: what it refuses, when it blocks, its equality and its text.</summary>
public sealed class RuleResultRuleTests
{
    [Theory]
    [InlineData("MOU 001")]
    [InlineData("1-MOU")]
    [InlineData("")]
    public void Constructor_NotARuleIdentifier_SaysSo(string id)
    {
        var act = () => Result(id);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("ruleId").WithMessage($"'{id}' is not a rule identifier.*");
    }

    [Fact]
    public void Constructor_UndefinedScopeSeverityOrTruth_NamesIt()
    {
        var scope = () => Result(scope: (RuleScope)99);
        var severity = () => Result(severity: (RuleSeverity)2);
        var truth = () => Result(truth: (Truth)3);

        scope.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("scope").WithMessage("Not a defined rule scope.*");
        severity.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("severity").WithMessage("Not a defined rule severity.*");
        truth.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("truth").WithMessage("Not a defined truth value.*");
    }

    [Fact]
    public void Constructor_AnEvidencePathNotText_NamesTheEvidence()
    {
        var act = () => Result(evidence: ["agreement:$.versions[0]", " "]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("evidence");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" fi-cook-u3")]
    public void Constructor_SubjectNotText_NamesIt(string text)
    {
        var act = () => Result(subject: text);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("subject");
    }

    [Fact]
    public void Constructor_CodeOrMessageNotText_NamesIt()
    {
        var code = () => Result(code: "");
        var message = () => Result(message: "");
        var nullMessage = () => Result(message: null!);

        code.Should().ThrowExactly<ArgumentException>().WithParameterName("code");
        message.Should().ThrowExactly<ArgumentException>().WithParameterName("message");
        nullMessage.Should().ThrowExactly<ArgumentNullException>().WithParameterName("message");
    }

    [Fact]
    public void Properties_AreWhatTheLineWasMadeWith()
    {
        var result = Result("VAL-001", Truth.NotEvaluable, "fi-cook-u3", RuleSeverity.Advisory, "Valid.", "unitValid.notEvaluable",
            RuleScope.Unit, "qualification:$.units[2]", "transcript:$.entries[0]");

        result.RuleId.Should().Be("VAL-001");
        result.Scope.Should().Be(RuleScope.Unit);
        result.Severity.Should().Be(RuleSeverity.Advisory);
        result.Subject.Should().Be("fi-cook-u3");
        result.Truth.Should().Be(Truth.NotEvaluable);
        result.Code.Should().Be("unitValid.notEvaluable");
        result.Message.Should().Be("Valid.");
        result.Evidence.Should().Equal("qualification:$.units[2]", "transcript:$.entries[0]");
    }

    [Fact]
    public void Constructor_NoSubjectAndDefaultEvidence_IsTheMobilityWithNoEvidence()
    {
        var result = new RuleResult("MOU-001", RuleScope.Mobility, RuleSeverity.Blocking, null, Truth.True, "c", "m", default);

        result.Subject.Should().BeNull();
        result.Evidence.IsDefault.Should().BeFalse();
        result.Evidence.Should().BeEmpty();
    }

    [Theory]
    [InlineData(RuleSeverity.Blocking, Truth.False, true)]
    [InlineData(RuleSeverity.Blocking, Truth.True, false)]
    [InlineData(RuleSeverity.Blocking, Truth.NotEvaluable, false)]
    [InlineData(RuleSeverity.Advisory, Truth.False, false)]
    public void IsBlockingFailure_OnlyABlockingRuleThatIsFalse(RuleSeverity severity, Truth truth, bool expected)
    {
        Result(truth: truth, severity: severity).IsBlockingFailure.Should().Be(expected);
    }

    [Fact]
    public void Equals_SameContent_IsEqualWithTheSameHash()
    {
        var left = Result(subject: "fi-cook-u3", evidence: "agreement:$.versions[0]");
        var right = Result(subject: "fi-cook-u3", evidence: "agreement:$.versions[0]");

        left.Equals(right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
        left.Equals(null).Should().BeFalse();
    }

    public static TheoryData<string> Differences => [.. Changes.Keys];

    private static readonly Dictionary<string, Func<RuleResult>> Changes = new()
    {
        ["rule"] = () => Result("LA-003", subject: "fi-cook-u3", evidence: "agreement:$"),
        ["scope"] = () => Result(subject: "fi-cook-u3", scope: RuleScope.Unit, evidence: "agreement:$"),
        ["severity"] = () => Result(subject: "fi-cook-u3", severity: RuleSeverity.Advisory, evidence: "agreement:$"),
        ["subject"] = () => Result(subject: "fi-cook-u4", evidence: "agreement:$"),
        ["no subject"] = () => Result(evidence: "agreement:$"),
        ["truth"] = () => Result(truth: Truth.True, subject: "fi-cook-u3", evidence: "agreement:$"),
        ["code"] = () => Result(subject: "fi-cook-u3", code: "other", evidence: "agreement:$"),
        ["message"] = () => Result(subject: "fi-cook-u3", message: "Other.", evidence: "agreement:$"),
        ["evidence"] = () => Result(subject: "fi-cook-u3", evidence: "agreement:$.versions"),
    };

    [Theory]
    [MemberData(nameof(Differences))]
    public void Equals_OnePropertyDiffers_IsNotEqual(string difference)
    {
        Changes[difference]().Should().NotBe(Result(subject: "fi-cook-u3", evidence: "agreement:$"));
    }

    [Fact]
    public void ToString_IsTheRuleSubjectTruthAndCode()
    {
        Result("MOU-002", subject: "fi-u3", code: "mouValidForPeriod.false").ToString().Should().Be("MOU-002 [fi-u3] False (mouValidForPeriod.false)");
        Result("MOU-002", Truth.True, code: "mouValidForPeriod.true").ToString().Should().Be("MOU-002 True (mouValidForPeriod.true)");
    }
}
