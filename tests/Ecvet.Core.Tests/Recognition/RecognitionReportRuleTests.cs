using System.Collections.Immutable;
using Ecvet.Recognition;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;
using static Ecvet.Tests.Recognition.RecognitionFixture;
using static Ecvet.Tests.Recognition.RecognitionValues;

namespace Ecvet.Tests.Recognition;

/// <summary>The rules of <see cref="RecognitionReport"/>: what its constructor refuses, its look-ups, its equality and its texts.</summary>
public sealed class RecognitionReportRuleTests
{
    private static readonly UnitId U1 = UnitId.Parse("fi-cook-u1");

    [Theory]
    [InlineData(null, "ruleSetId")]
    [InlineData("", "ruleSetId")]
    public void Constructor_RuleSetIdNotText_NamesIt(string? id, string name)
    {
        var act = () => Report(ruleSetId: id!);

        act.Should().Throw<ArgumentException>().WithParameterName(name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" 1.0")]
    public void Constructor_RuleSetVersionNotText_NamesIt(string? version)
    {
        var act = () => Report(ruleSetVersion: version!);

        act.Should().Throw<ArgumentException>().WithParameterName("ruleSetVersion");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Constructor_AgreementNotText_NamesIt(string? text)
    {
        var act = () => Report(agreement: text!);

        act.Should().Throw<ArgumentException>().WithParameterName("agreement");
    }

    [Fact]
    public void Constructor_EvaluatedBeforeTheYear1_NamesTheDay()
    {
        var act = () => Report(evaluatedOn: new LocalDate(0, 12, 31));

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("evaluatedOn");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Constructor_AgreementVersionBelow1_SaysVersionsStartAt1(int version)
    {
        var act = () => Report(agreementVersion: version);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("agreementVersion")
            .WithMessage("Agreement versions are numbered from 1.*");
    }

    [Fact]
    public void Constructor_AgreementVersion1_IsTheFirst()
    {
        Report(agreementVersion: 1).AgreementVersion.Should().Be(1);
    }

    [Fact]
    public void Constructor_NullLearnerQualificationOrHost_NamesIt()
    {
        var learner = () => new RecognitionReport("r", "1", Today, "la", 1, null!, QualificationRef.Id, Host, [], []);
        var qualification = () => new RecognitionReport("r", "1", Today, "la", 1, Learner(), null!, Host, [], []);
        var host = () => new RecognitionReport("r", "1", Today, "la", 1, Learner(), QualificationRef.Id, null!, [], []);

        learner.Should().ThrowExactly<ArgumentNullException>().WithParameterName("learner");
        qualification.Should().ThrowExactly<ArgumentNullException>().WithParameterName("qualification");
        host.Should().ThrowExactly<ArgumentNullException>().WithParameterName("host");
    }

    [Fact]
    public void Constructor_NullDecisionOrTraceLine_NamesTheCollection()
    {
        var decision = () => Report(decisions: [Decision(U3), null!]);
        var trace = () => Report(trace: [Result(), null!]);

        decision.Should().ThrowExactly<ArgumentException>().WithParameterName("decisions").WithMessage("The collection must not contain null.*");
        trace.Should().ThrowExactly<ArgumentException>().WithParameterName("trace").WithMessage("The collection must not contain null.*");
    }

    [Fact]
    public void Constructor_TwoDecisionsForOneUnit_SaysWhichUnit()
    {
        var act = () => Report(decisions: [Decision(U3), Decision(U4, RecognitionOutcome.Deferred, 0, 15), Decision(U3, points: 10)]);

        act.Should().ThrowExactly<DuplicateValueException>().WithParameterName("decisions")
            .WithMessage("Duplicate decision for the unit 'fi-cook-u3'.*").Which.Index.Should().Be(2);
    }

    [Fact]
    public void Constructor_DefaultArrays_AreEmpty()
    {
        var report = Report();

        report.Decisions.IsDefault.Should().BeFalse();
        report.Decisions.Should().BeEmpty();
        report.Trace.IsDefault.Should().BeFalse();
        report.Trace.Should().BeEmpty();
        report.TotalPoints.Should().Be(CreditPoints.Zero);
        report.Explain().Should().NotContain("Rules not met");
    }

    [Fact]
    public void Properties_AreWhatTheReportWasMadeWith()
    {
        var decisions = ImmutableArray.Create(Decision(U3));
        var trace = ImmutableArray.Create(Result());

        var report = new RecognitionReport("rules", "2.1", new LocalDate(2026, 7, 1), "la-7", 3, Learner(), QualificationRef.Id, Intermediary, decisions, trace);

        report.RuleSetId.Should().Be("rules");
        report.RuleSetVersion.Should().Be("2.1");
        report.EvaluatedOn.Should().Be(new LocalDate(2026, 7, 1));
        report.Agreement.Should().Be("la-7");
        report.AgreementVersion.Should().Be(3);
        report.Learner.Should().Be(Learner());
        report.Qualification.Should().Be(QualificationRef.Id);
        report.Host.Should().Be(Intermediary);
        report.Decisions.Should().Equal(decisions);
        report.Trace.Should().Equal(trace);
    }

    [Fact]
    public void TotalPoints_IsTheSumOverTheUnits()
    {
        var report = Report(decisions: [Decision(U3, RecognitionOutcome.Partial, 12.5m), Decision(U4, points: 15, allocation: 15), Decision(U5, RecognitionOutcome.Deferred, 0, 10)]);

        report.TotalPoints.Should().Be(CreditPoints.From(27.5m));
    }

    [Fact]
    public void GetDecision_ATargetedUnit_IsItsDecisionAndOtherwiseNull()
    {
        var u4 = Decision(U4, RecognitionOutcome.Deferred, 0, 15);
        var report = Report(decisions: [Decision(U3), u4]);

        report.GetDecision(U4).Should().BeSameAs(u4);
        report.GetDecision(U5).Should().BeNull();
    }

    [Fact]
    public void ResultsOf_IsEveryLineOfTheRuleInTraceOrder()
    {
        var first = Result("VAL-001", subject: "fi-cook-u3");
        var second = Result("VAL-001", Truth.True, subject: "fi-cook-u4");
        var report = Report(trace: [first, Result("LA-002"), second]);

        report.ResultsOf("VAL-001").Should().Equal(first, second);
        report.ResultsOf("VAL-002").Should().BeEmpty();
    }

    [Fact]
    public void Explain_EveryDecisionEvidenceReasonAndRuleNotMet_InThatOrder()
    {
        var u3 = Decision(U3, RecognitionOutcome.Partial, 25, 50, 0.75m,
            [Lo(3, 1), Lo(3, 2), Lo(3, 3), Lo(3, 4)],
            [new CoveredOutcome(Lo(3, 1), Assessed()), new CoveredOutcome(Lo(3, 2), Matched(0.914, Confirmed()))],
            [new PendingMatch(Lo(3, 4), HostLo(4), 0.8123)],
            ReasonCodes.Coverage, ReasonCodes.InProgress, ReasonCodes.AwaitingConfirmation, ReasonCodes.NoTranscript, "LA-002", "VAL-001", "REC-001", "ACC-001");
        var report = Report(
            decisions:
            [
                u3,
                Decision(U4, points: 15, allocation: 15, coverage: 1m),
                Decision(U5, RecognitionOutcome.Deferred, 0, 10, 0.5m),
                Decision(U1, RecognitionOutcome.NotRecognised, 0, 30, 0m),
            ],
            trace:
            [
                Result("LA-002", message: "The agreement is signed by all."),
                Result("VAL-001", Truth.True, message: "held"),
                Result("VAL-001", subject: "fi-cook-u4", severity: RuleSeverity.Advisory, message: "another unit's"),
                Result("VAL-001", Truth.NotEvaluable, subject: "fi-cook-u3-lo2", severity: RuleSeverity.Advisory, message: "this unit's outcome"),
                Result("REC-001", subject: "fi-cook-u3", message: "this unit"),
                Result("MOU-001", Truth.True, message: "the MoU holds"),
            ]);

        report.Explain().Should().Be(
            "Recognition for agreement la-2026-0042 (version 1) under rule set ecvet-default@1.0.0, on 2026-06-15.\n"
            + "Unit fi-cook-u3: recognised in part — 25 of 50 points; 2 of 4 targeted outcomes covered (coverage 0.75).\n"
            + "  ✓ fi-cook-u3-lo1: assessed by the host as fi-cook-u3-lo1.\n"
            + "  ✓ fi-cook-u3-lo2: matched host outcome es-cocina-lo1 (similarity 0.91, confirmed by Pekka Mäkinen).\n"
            + "  ? fi-cook-u3-lo4: host outcome es-cocina-lo4 is similar (0.81); confirm or refuse the match.\n"
            + "  because too little of the unit is covered.\n"
            + "  because an assessment is still in progress.\n"
            + "  because a match awaits confirmation.\n"
            + "  because there is no transcript yet.\n"
            + "  because LA-002: The agreement is signed by all.\n"
            + "  because VAL-001: this unit's outcome\n"
            + "  because REC-001: this unit\n"
            + "  because ACC-001.\n"
            + "Unit fi-cook-u4: recognised in full — 15 of 15 points; 0 of 0 targeted outcomes covered (coverage 1).\n"
            + "Unit fi-cook-u5: deferred — 0 of 10 points; 0 of 0 targeted outcomes covered (coverage 0.5).\n"
            + "Unit fi-cook-u1: not recognised — 0 of 30 points; 0 of 0 targeted outcomes covered (coverage 0).\n"
            + "Rules not met:\n"
            + "  ✗ LA-002 (blocking): The agreement is signed by all.\n"
            + "  ✗ VAL-001 [fi-cook-u4] (advisory): another unit's\n"
            + "  … VAL-001 [fi-cook-u3-lo2] (advisory, not evaluable): this unit's outcome\n"
            + "  ✗ REC-001 [fi-cook-u3] (blocking): this unit\n");
    }

    [Fact]
    public void Explain_EveryRuleHeld_HasNoRulesNotMet()
    {
        var report = Report(decisions: [Decision(U3)], trace: [Result(truth: Truth.True)]);

        report.Explain().Should().Be(
            "Recognition for agreement la-2026-0042 (version 1) under rule set ecvet-default@1.0.0, on 2026-06-15.\n"
            + "Unit fi-cook-u3: recognised in full — 50 of 50 points; 0 of 0 targeted outcomes covered (coverage 1).\n");
    }

    [Fact]
    public void Explain_OfAnEngineReport_NamesTheFailedOutcome()
    {
        var text = Evaluate(WorkedExample()).Explain();

        text.Should().StartWith("Recognition for agreement la-2026-0042 (version 1) under rule set ecvet-default@");
        text.Should().Contain("Unit fi-cook-u3: ");
    }

    [Fact]
    public void Equals_SameContentInOtherArrays_IsEqualWithTheSameHash()
    {
        var left = Report([Decision(U3)], [Result("LA-002", evidence: "agreement:$.versions[0]")]);
        var right = Report([Decision(U3)], [Result("LA-002", evidence: "agreement:$.versions[0]")]);

        left.Equals(right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
        left.Equals(null).Should().BeFalse();
    }

    public static TheoryData<string> Differences => [.. Changes.Keys];

    private static readonly Dictionary<string, Func<RecognitionReport>> Changes = new()
    {
        ["rule set id"] = () => Report([Decision(U3)], [Result()], ruleSetId: "other"),
        ["rule set version"] = () => Report([Decision(U3)], [Result()], ruleSetVersion: "1.0.1"),
        ["day"] = () => Report([Decision(U3)], [Result()], evaluatedOn: Today.PlusDays(1)),
        ["agreement"] = () => Report([Decision(U3)], [Result()], agreement: "la-2026-0043"),
        ["agreement version"] = () => Report([Decision(U3)], [Result()], agreementVersion: 2),
        ["learner"] = () => new RecognitionReport("ecvet-default", "1.0.0", Today, "la-2026-0042", 1, Learner(email: "other@edu.example.fi"),
            QualificationRef.Id, Host, [Decision(U3)], [Result()]),
        ["qualification"] = () => new RecognitionReport("ecvet-default", "1.0.0", Today, "la-2026-0042", 1, Learner(),
            QualificationId.Parse("fi-vq-other"), Host, [Decision(U3)], [Result()]),
        ["host"] = () => Report([Decision(U3)], [Result()], host: Intermediary),
        ["decisions"] = () => Report([Decision(U3, RecognitionOutcome.Partial, 25)], [Result()]),
        ["trace"] = () => Report([Decision(U3)], [Result(truth: Truth.True)]),
    };

    [Theory]
    [MemberData(nameof(Differences))]
    public void Equals_OnePropertyDiffers_IsNotEqual(string difference)
    {
        Changes[difference]().Should().NotBe(Report([Decision(U3)], [Result()]));
    }

    [Fact]
    public void ToString_IsTheAgreementAndTheDecisions()
    {
        var report = Report([Decision(U3), Decision(U4, RecognitionOutcome.Deferred, 0, 15, 0.5m)]);

        report.ToString().Should().Be("la-2026-0042: fi-cook-u3: Full, 50 of 50 points, coverage 1; fi-cook-u4: Deferred, 0 of 15 points, coverage 0.5");
    }
}
