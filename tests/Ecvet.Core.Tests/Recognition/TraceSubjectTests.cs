using Ecvet.Recognition;
using Ecvet.Recognition.Internal;
using static Ecvet.Tests.Recognition.RecognitionFixture;

namespace Ecvet.Tests.Recognition;

/// <summary>A trace line's message: the finding when the rule holds, else the rule's message then the finding.</summary>
public sealed class TraceSubjectTests
{
    private static readonly RecognitionRule Rule =
        RecognitionRule.Create("T-1", RuleScope.Mobility, RuleSeverity.Blocking, Condition.Check(CheckKind.MouSigned), "The MoU must be signed.");

    [Theory]
    [InlineData(Truth.True, "Found.")]
    [InlineData(Truth.False, "The MoU must be signed. Found.")]
    [InlineData(Truth.NotEvaluable, "The MoU must be signed. Found.")]
    public void MessageOf_EachTruth_PutsTheRulesMessageBeforeAFindingThatDoesNotHold(Truth truth, string message)
    {
        TraceSubject.MessageOf(Rule, new Verdict(truth, "x", "Found.", [])).Should().Be(message);
    }

    [Fact]
    public void Describe_TheMobility_WritesTheFindingAndEvidence()
    {
        var analysis = MobilityAnalysis.Run(WorkedExample().WithMou(Mou(signed: false)), RecognitionPolicy.Default, Today, TextOutcomeMatcher.Default);

        var (message, evidence) = new TraceSubject(analysis, null, null).Describe(Rule, Truth.False);

        message.Should().Be("The MoU must be signed. MoU mou-cook-fi-es-2025 is not signed on its content by every signing organisation.");
        evidence.Should().Equal("mou:$.signatures");
    }

    [Fact]
    public void Describe_AUnit_AsksTheCheckOfThatUnit()
    {
        var analysis = MobilityAnalysis.Run(WorkedExample(), RecognitionPolicy.Default, Today, TextOutcomeMatcher.Default);
        var rule = RecognitionRule.Create("T-2", RuleScope.Unit, RuleSeverity.Blocking, Condition.Check(CheckKind.UnitAllocated), "Allocated.");

        var (message, evidence) = new TraceSubject(analysis, analysis.Units[0], null).Describe(rule, Truth.True);

        message.Should().Be("Unit fi-cook-u3 carries 50 points in the home qualification.");
        evidence.Should().Equal("agreement:$.versions[0].content.expected[0].unit");
    }
}
