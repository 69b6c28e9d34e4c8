using System.Collections.Frozen;
using Ecvet.Recognition;
using Ecvet.Recognition.Internal;
using static Ecvet.Tests.Recognition.RecognitionFixture;

namespace Ecvet.Tests.Recognition;

/// <summary>
/// How a condition tree is evaluated: not flips the value and wraps the code, allOf and anyOf follow Kleene logic with the
/// evidence of every part when no part decides, and named predicates answer with their findings. On the worked example,
/// mouSigned, agreementSigned and mouLinksInstitutions hold, noMouPathAllowed does not, and a unit check asked of the
/// mobility is not evaluable.
/// </summary>
public sealed class ConditionEvaluatorTests
{
    private const string Content0 = "agreement:$.versions[0].content";

    private static readonly Condition Holds = Condition.Check(CheckKind.MouSigned);
    private static readonly Condition HoldsToo = Condition.Check(CheckKind.AgreementSigned);
    private static readonly Condition HoldsThird = Condition.Check(CheckKind.MouLinksInstitutions);
    private static readonly Condition Fails = Condition.Check(CheckKind.NoMouPathAllowed);
    private static readonly Condition FailsToo = Condition.Check(CheckKind.QualificationFullyAllocated);
    private static readonly Condition Open = Condition.Check(CheckKind.MouListsUnit);
    private static readonly Condition OpenToo = Condition.Check(CheckKind.UnitAllocated);

    private const string HoldsLine = "MoU mou-cook-fi-es-2025 is signed by all its signing organisations.";
    private const string HoldsTooLine = "Version 1 is signed on its content by learner, home, host.";
    private const string FailsLine = "The agreement belongs to MoU mou-cook-fi-es-2025.";
    private const string OpenLine = "This check applies to a unit; use it in a unit or outcome rule.";

    private static string Line(Condition condition, RuleScope scope = RuleScope.Mobility, IReadOnlyDictionary<string, RecognitionPredicate>? predicates = null) =>
        Lines(condition, scope, predicates).Should().ContainSingle().Subject;

    private static string[] Lines(Condition condition, RuleScope scope = RuleScope.Mobility, IReadOnlyDictionary<string, RecognitionPredicate>? predicates = null)
    {
        var rule = RecognitionRule.Create("T-1", scope, RuleSeverity.Blocking, condition, "Rule.");
        var engine = RecognitionEngine.Create(RuleSet.Create("conditions", "1", RuleSet.Default.Policy, [rule]), null, predicates);
        return [.. engine.Evaluate(WorkedExample(), Today).Trace.Select(r => $"{r.Truth} {r.Code} | {r.Message} | {string.Join(", ", r.Evidence)}")];
    }

    private static MobilityAnalysis Analysis() => MobilityAnalysis.Run(WorkedExample(), RecognitionPolicy.Default, Today, TextOutcomeMatcher.Default);

    [Fact]
    public void Not_OfAHoldingCheck_IsFalseWithItsFindingAndEvidence()
    {
        Line(Condition.Not(Holds)).Should().Be($"False not(mouSigned.true) | Rule. {HoldsLine} | mou:$.signatures");
    }

    [Fact]
    public void Not_OfAFailingCheck_IsTrue()
    {
        Line(Condition.Not(Fails)).Should().Be($"True not(noMouPathAllowed.false) | {FailsLine} | {Content0}.mou");
    }

    [Fact]
    public void Not_OfAnOpenCheck_StaysOpen()
    {
        Line(Condition.Not(Open)).Should().Be($"NotEvaluable not(mouListsUnit.notEvaluable) | Rule. {OpenLine} | ");
    }

    [Fact]
    public void Not_Twice_IsTheValueWithTheCodeWrappedTwice()
    {
        Line(Condition.Not(Condition.Not(Holds))).Should().Be($"True not(not(mouSigned.true)) | {HoldsLine} | mou:$.signatures");
    }

    [Fact]
    public void AllOf_EveryPartHolds_IsTheLastPartWithTheEvidenceOfEvery()
    {
        Line(Condition.AllOf(Holds, HoldsToo)).Should().Be($"True agreementSigned.true | {HoldsTooLine} | mou:$.signatures, agreement:$.versions[0].signatures");
    }

    [Fact]
    public void AllOf_APartFailsAfterAnOpenOne_IsThatPartAlone()
    {
        Line(Condition.AllOf(Holds, Open, Fails, FailsToo)).Should().Be($"False noMouPathAllowed.false | Rule. {FailsLine} | {Content0}.mou");
    }

    [Fact]
    public void AllOf_OpenPartsAndNoFailure_IsTheFirstOpenPart()
    {
        Line(Condition.AllOf(Holds, Open, OpenToo, HoldsToo)).Should().Be($"NotEvaluable mouListsUnit.notEvaluable | Rule. {OpenLine} | ");
    }

    [Fact]
    public void AnyOf_APartHolds_IsThatPartAlone()
    {
        Line(Condition.AnyOf(Fails, Open, HoldsToo, Holds)).Should().Be($"True agreementSigned.true | {HoldsTooLine} | agreement:$.versions[0].signatures");
    }

    [Fact]
    public void AnyOf_EveryPartFails_IsTheLastPartWithTheEvidenceOfEvery()
    {
        Line(Condition.AnyOf(Fails, Condition.Not(Holds))).Should().Be(
            $"False not(mouSigned.true) | Rule. {HoldsLine} | {Content0}.mou, mou:$.signatures");
    }

    [Fact]
    public void AnyOf_OpenPartsAndNoneHolds_IsTheFirstOpenPart()
    {
        Line(Condition.AnyOf(Fails, OpenToo, Open)).Should().Be($"NotEvaluable unitAllocated.notEvaluable | Rule. {OpenLine} | ");
    }

    [Fact]
    public void AllOf_PartsCitingTheSamePath_CiteItOnce()
    {
        Line(Condition.AllOf(Holds, HoldsThird, Holds)).Should().Be(
            $"True mouSigned.true | {HoldsLine} | mou:$.signatures, mou:$.signingOrganisations");
    }

    [Fact]
    public void Evaluate_Deciding_GivesTheValueAndCodeWithoutFindings()
    {
        var analysis = Analysis();
        var condition = Condition.AllOf(Holds, HoldsToo);

        var decided = ConditionEvaluator.Evaluate(condition, analysis, null, null, describe: false, predicates: null);
        var described = ConditionEvaluator.Evaluate(condition, analysis, null, null, describe: true, predicates: null);

        decided.Truth.Should().Be(Truth.True);
        decided.Code.Should().Be("agreementSigned.true");
        decided.Detail.Should().BeEmpty();
        decided.Paths.Should().BeEmpty();
        described.Code.Should().Be(decided.Code);
        described.Paths.Should().Equal("mou:$.signatures", "agreement:$.versions[0].signatures");
    }

    [Fact]
    public void Evaluate_PredicateNotRegistered_IsNotEvaluable()
    {
        var analysis = Analysis();
        var others = new Dictionary<string, RegisteredPredicate> { ["other"] = new("other", _ => Truth.True) }.ToFrozenDictionary();

        foreach (var predicates in new[] { null, others })
        {
            var verdict = ConditionEvaluator.Evaluate(Condition.Predicate("cap"), analysis, null, null, describe: true, predicates);

            verdict.Truth.Should().Be(Truth.NotEvaluable);
            verdict.Code.Should().Be("predicate:cap.notEvaluable");
            verdict.Detail.Should().Be("The predicate 'cap' is not registered.");
            verdict.Paths.Should().BeEmpty();
        }
    }

    [Theory]
    [InlineData(Truth.True, "True predicate:cap.true | The predicate 'cap' is true.")]
    [InlineData(Truth.False, "False predicate:cap.false | Rule. The predicate 'cap' is false.")]
    [InlineData(Truth.NotEvaluable, "NotEvaluable predicate:cap.notEvaluable | Rule. The predicate 'cap' is notEvaluable.")]
    [InlineData((Truth)42, "NotEvaluable predicate:cap.notEvaluable | Rule. The predicate 'cap' returned an undefined value.")]
    public void Predicate_ItsAnswer_IsTheValueWithItsFindingAtTheSubject(Truth answer, string line)
    {
        var predicates = new Dictionary<string, RecognitionPredicate> { ["cap"] = _ => answer };

        Line(Condition.Predicate("cap"), RuleScope.Mobility, predicates).Should().Be($"{line} | {Content0}");
        Line(Condition.Predicate("cap"), RuleScope.Unit, predicates).Should().Be($"{line} | {Content0}.expected[0]");
        Lines(Condition.Predicate("cap"), RuleScope.Outcome, predicates)[1].Should().Be($"{line} | qualification:$.units[2].learningOutcomes[1]");
    }

    [Fact]
    public void Predicate_InsideNotOrAComposite_IsAskedOncePerSubjectAndAnswers()
    {
        var asked = 0;
        var predicates = new Dictionary<string, RecognitionPredicate> { ["cap"] = _ => { asked++; return Truth.False; } };

        Line(Condition.Not(Condition.Predicate("cap")), RuleScope.Mobility, predicates).Should().Be(
            $"True not(predicate:cap.false) | The predicate 'cap' is false. | {Content0}");
        asked.Should().Be(1);

        Line(Condition.AllOf(Holds, Condition.Predicate("cap")), RuleScope.Unit, predicates).Should().Be(
            $"False predicate:cap.false | Rule. The predicate 'cap' is false. | {Content0}.expected[0]");
        asked.Should().Be(2);

        Line(Condition.AnyOf(Condition.Not(Condition.AllOf(Holds, Condition.Predicate("cap"))), Fails), RuleScope.Mobility, predicates).Should().Be(
            $"True not(predicate:cap.false) | The predicate 'cap' is false. | {Content0}");
        asked.Should().Be(3);
    }

    [Fact]
    public void CallsPredicate_EachShape_FindsAPredicateAnywhere()
    {
        var cap = Condition.Predicate("cap");

        ConditionEvaluator.CallsPredicate(cap).Should().BeTrue();
        ConditionEvaluator.CallsPredicate(Condition.Not(cap)).Should().BeTrue();
        ConditionEvaluator.CallsPredicate(Condition.AllOf(Holds, cap)).Should().BeTrue();
        ConditionEvaluator.CallsPredicate(Condition.AnyOf(Holds, Condition.Not(cap))).Should().BeTrue();
        ConditionEvaluator.CallsPredicate(Holds).Should().BeFalse();
        ConditionEvaluator.CallsPredicate(Condition.Not(Holds)).Should().BeFalse();
        ConditionEvaluator.CallsPredicate(Condition.AllOf(Holds, Fails)).Should().BeFalse();
    }
}
