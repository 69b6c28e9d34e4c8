using Ecvet.Recognition;
using Ecvet.Tests.Agreements;
using NodaTime;
using static Ecvet.Tests.Recognition.RecognitionFixture;

namespace Ecvet.Tests.Recognition;

/// <summary>
/// The committed example mobility (<see cref="ExampleMobility"/>) through the default rule set: one unit by each kind of
/// evidence and one of each decision the README shows, and what a person's confirmation changes.
/// </summary>
public sealed class ExampleMobilityRecognitionTests
{
    private static MobilityRecord Record() => new(ExampleMobility.HomeQualification(), ExampleMobility.Agreement(), ExampleMobility.Transcript(),
        ExampleMobility.SignedMou(), ExampleMobility.HostQualification().Units);

    private static RecognitionReport Evaluate(MobilityRecord record) =>
        RecognitionEngine.Create(RuleSet.Default).Evaluate(record, ExampleMobility.Today);

    [Fact]
    public void Evaluate_Example_HygieneFullByEquivalenceDishesPartialDietsDeferred()
    {
        var report = Evaluate(Record());

        report.Decisions.Select(d => (d.Unit.Value, d.Outcome, d.Points.Value)).Should().Equal(
            ("fi-hrc-u2", RecognitionOutcome.Full, 25m),
            ("fi-hrc-u3", RecognitionOutcome.Partial, 0m),
            ("fi-hrc-u4", RecognitionOutcome.Deferred, 0m));
        report.GetDecision(ExampleMobility.HomeHygiene)!.CoveredOutcomes.Should().OnlyContain(c => c.Evidence.Kind == EvidenceKind.MouEquivalence);
        report.GetDecision(ExampleMobility.HomeDishes)!.CoveredOutcomes.Select(c => c.Evidence.Kind)
            .Should().Equal(EvidenceKind.HomeAssessment, EvidenceKind.MatchedHostOutcome);
        var pending = report.GetDecision(ExampleMobility.HomeSpecialDiets)!.AwaitingConfirmation.Should().ContainSingle().Subject;
        pending.HostOutcome.Should().Be(ExampleMobility.HostSpecialDiets);
        pending.Similarity.Should().BeInRange(0.55, 0.80);
    }

    [Fact]
    public void Evaluate_Example_EveryAgreementAndMouRuleHolds()
    {
        var report = Evaluate(Record());

        foreach (var id in new[] { "MOU-001", "MOU-002", "MOU-003", "MOU-005", "LA-001", "LA-002", "LA-003", "LA-006", "LA-007", "ASM-005" })
        {
            report.ResultsOf(id).Should().ContainSingle().Which.Truth.Should().Be(Truth.True, id);
        }

        // LA-004 is of unit scope: the rejected proposal holds up no unit.
        report.ResultsOf("LA-004").Should().HaveCount(report.Decisions.Length).And.OnlyContain(r => r.Truth == Truth.True);

        report.ResultsOf("LA-002")[0].Message.Should().Contain("guardian", "the learner is 17 when the mobility starts");
    }

    [Fact]
    public void Evaluate_ExampleWithTheConfirmation_RecognisesSpecialDietsInFull()
    {
        var record = Record().WithConfirmations(ExampleMobility.Confirmations().Confirmations);

        var decision = Evaluate(record).GetDecision(ExampleMobility.HomeSpecialDiets)!;

        decision.Outcome.Should().Be(RecognitionOutcome.Full);
        decision.Points.Should().Be(CreditPoints.From(15));
        decision.CoveredOutcomes.Single(c => c.Outcome == ExampleMobility.HomeSpecialDietsOutcome).Evidence.Confirmation
            .Should().Be(ExampleMobility.Confirmations().Confirmations[0]);
    }

    [Fact]
    public void Evaluate_AgreementForAnotherQualification_FailsLa007AndRecognisesNothing()
    {
        // The fixture agreement is for fi-vq-food-cook; the example's home qualification is fi-hrc-cook-2018.
        var record = new MobilityRecord(ExampleMobility.HomeQualification(), Agreement(), Transcript(Outcome(Lo(3, 1))), Mou());

        var report = Evaluate(record);

        var la007 = report.ResultsOf("LA-007").Should().ContainSingle().Subject;
        la007.Truth.Should().Be(Truth.False);
        la007.Message.Should().Contain("fi-vq-food-cook").And.Contain("fi-hrc-cook-2018");
        report.Decisions.Should().OnlyContain(d => d.Outcome == RecognitionOutcome.NotRecognised && d.Reasons.Contains("LA-007"));
    }

    [Fact]
    public void Evaluate_FixtureMobility_PassesLa007()
    {
        var report = RecognitionFixture.Evaluate(WorkedExample());

        report.ResultsOf("LA-007").Should().ContainSingle().Which.Truth.Should().Be(Truth.True);
    }

    [Fact]
    public void Create_ConfirmationOfAnUnknownHostOutcome_ThrowsNamingIt()
    {
        var stray = MatchConfirmation.Confirm(LearningOutcomeId.Parse("es-nowhere"), Lo(3, 4), "Mari Korhonen", Instant.FromUtc(2026, 6, 10, 9, 0));

        var act = () => new MobilityRecord(Qualification(), Agreement(), null, Mou(), HostUnits(), [stray]);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "confirmations" && e.Message.Contains("host outcome es-nowhere"));
    }

    [Fact]
    public void Create_ConfirmationOfAnUnknownHomeOutcome_ThrowsNamingIt()
    {
        var stray = MatchConfirmation.Confirm(HostLo(4), LearningOutcomeId.Parse("fi-cook-u9-lo1"), "Mari Korhonen", Instant.FromUtc(2026, 6, 10, 9, 0));

        var act = () => new MobilityRecord(Qualification(), Agreement(), null, Mou(), HostUnits(), [stray]);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "confirmations" && e.Message.Contains("home outcome fi-cook-u9-lo1"));
    }
}
