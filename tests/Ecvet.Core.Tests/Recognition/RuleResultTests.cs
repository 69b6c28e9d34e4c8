using Ecvet.Recognition;
using static Ecvet.Tests.Recognition.RecognitionFixture;

namespace Ecvet.Tests.Recognition;

/// <summary>A trace line the engine made writes its message and evidence on first read; the text never depends on when or where.</summary>
public sealed class RuleResultTests
{
    private static string[] Texts(RecognitionReport report) =>
        [.. report.Trace.Select(r => $"{r.RuleId} {r.Subject} {r.Truth} {r.Code} {r.Message} [{string.Join(", ", r.Evidence)}]")];

    [Fact]
    public void Message_ReadOnManyThreadsAtOnce_IsTheTextReadByOneThread()
    {
        var expected = Texts(Evaluate(WorkedExample()));

        for (var round = 0; round < 10; round++)
        {
            var report = Evaluate(WorkedExample());
            var seen = new string[8][];
            Parallel.For(0, seen.Length, t => seen[t] = Texts(report));

            seen.Should().AllSatisfy(texts => texts.Should().Equal(expected));
        }
    }

    [Fact]
    public void Message_OfARuleThatDoesNotHold_IsTheRulesMessageThenTheFinding()
    {
        var record = WorkedExample();
        var report = Evaluate(record.WithAgreement(Agreement(null, Ecvet.Agreements.SignatoryRole.Learner, Ecvet.Agreements.SignatoryRole.Home)));
        var rule = RuleSet.Default.Rules.Single(r => r.Id == "LA-002");

        var result = report.ResultsOf("LA-002").Should().ContainSingle().Subject;

        result.Truth.Should().Be(Truth.False);
        result.Message.Should().StartWith(rule.Message + " Version 1, the newest, lacks the signature of the host");
        result.Evidence.Should().Equal("agreement:$.versions[0].signatures");
    }

    [Fact]
    public void Equals_ReportReadBeforeAndAfterItsTextIsWritten_IsEqual()
    {
        var read = Evaluate(WorkedExample());
        _ = Texts(read);

        Evaluate(WorkedExample()).Should().Be(read);
    }
}
