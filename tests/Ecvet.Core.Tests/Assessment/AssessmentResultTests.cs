using Ecvet.Assessment;
using Ecvet.Tests.Agreements;
using NodaTime;

namespace Ecvet.Tests.Assessment;

public sealed class AssessmentResultTests
{
    internal static readonly GradingScheme Scheme = GradingScheme.Numeric("es-fp-0-10", TestValues.En("Spanish VET 0–10"), 0, 10, 5);

    internal static readonly PersonName Assessor = PersonName.Create("Lucía", "Ferrer");

    private static readonly LocalDate Day = new(2026, 5, 20);

    [Fact]
    public void ForUnit_Passed_KeepsEverything()
    {
        var evidence = new Uri("https://portfolio.example.es/aino/menu-day");

        var result = AssessmentResult.ForUnit(Fixtures.U3, AssessmentStatus.Passed, Fixtures.Host, Assessor, Day,
            AssessmentMethod.PracticalDemonstration, Scheme, "8", [evidence]);

        result.Unit.Should().Be(Fixtures.U3);
        result.Outcome.Should().BeNull();
        result.IsPassed.Should().BeTrue();
        result.Grade.Should().Be("8");
        result.Evidence.Should().Equal(evidence);
        result.ToString().Should().Be("unit fi-cook-u3: Passed (8 in es-fp-0-10)");
    }

    [Fact]
    public void Equals_EvidenceDifferingOnlyInFragment_IsNotEqual()
    {
        // The document writes evidence links as given and the transcript hash covers them: equal results must agree.
        AssessmentResult With(string link) => AssessmentResult.ForUnit(Fixtures.U3, AssessmentStatus.Passed, Fixtures.Host, Assessor, Day,
            AssessmentMethod.Portfolio, Scheme, "8", [new Uri(link)]);

        With("https://evidence.example.org/p#week1").Should().NotBe(With("https://evidence.example.org/p#week2"));
        With("https://evidence.example.org/p#week1").Should().Be(With("https://evidence.example.org/p#week1"));
    }

    [Fact]
    public void ForOutcome_InProgress_HasNoGrade() =>
        AssessmentResult.ForOutcome(LearningOutcomeId.Parse("fi-cook-u3-lo1"), AssessmentStatus.InProgress, Fixtures.Host, Assessor, Day,
            AssessmentMethod.Observation, Scheme, null).Grade.Should().BeNull();

    [Fact]
    public void ForUnit_PassedWithFailingGrade_ThrowsNamingGrade()
    {
        var act = () => AssessmentResult.ForUnit(Fixtures.U3, AssessmentStatus.Passed, Fixtures.Host, Assessor, Day, AssessmentMethod.Oral, Scheme, "4");

        act.Should().Throw<ArgumentException>().WithParameterName("grade").WithMessage("*fails*Passed*");
    }

    [Fact]
    public void ForUnit_FailedWithPassingGrade_ThrowsNamingGrade()
    {
        var act = () => AssessmentResult.ForUnit(Fixtures.U3, AssessmentStatus.Failed, Fixtures.Host, Assessor, Day, AssessmentMethod.Oral, Scheme, "6");

        act.Should().Throw<ArgumentException>().WithParameterName("grade");
    }

    [Fact]
    public void ForUnit_GradeOutsideScheme_ThrowsNamingGrade()
    {
        var act = () => AssessmentResult.ForUnit(Fixtures.U3, AssessmentStatus.Passed, Fixtures.Host, Assessor, Day, AssessmentMethod.Oral, Scheme, "B");

        act.Should().Throw<ArgumentException>().WithParameterName("grade");
    }

    [Fact]
    public void ForUnit_FinishedWithoutGrade_ThrowsNamingGrade()
    {
        var act = () => AssessmentResult.ForUnit(Fixtures.U3, AssessmentStatus.Failed, Fixtures.Host, Assessor, Day, AssessmentMethod.Oral, Scheme, null);

        act.Should().Throw<ArgumentNullException>().WithParameterName("grade");
    }

    [Fact]
    public void ForUnit_InProgressWithGrade_ThrowsNamingGrade()
    {
        var act = () => AssessmentResult.ForUnit(Fixtures.U3, AssessmentStatus.InProgress, Fixtures.Host, Assessor, Day, AssessmentMethod.Oral, Scheme, "7");

        act.Should().Throw<ArgumentException>().WithParameterName("grade");
    }

    [Fact]
    public void ForUnit_RelativeEvidence_ThrowsNamingEvidence()
    {
        var act = () => AssessmentResult.ForUnit(Fixtures.U3, AssessmentStatus.Passed, Fixtures.Host, Assessor, Day, AssessmentMethod.Oral, Scheme, "7",
            [new Uri("files/photo.jpg", UriKind.Relative)]);

        act.Should().Throw<ArgumentException>().WithParameterName("evidence");
    }

    [Fact]
    public void ForUnit_RepeatedEvidence_ThrowsNamingEvidence()
    {
        var link = new Uri("https://portfolio.example.es/a");
        var act = () => AssessmentResult.ForUnit(Fixtures.U3, AssessmentStatus.Passed, Fixtures.Host, Assessor, Day, AssessmentMethod.Oral, Scheme, "7", [link, link]);

        act.Should().Throw<ArgumentException>().WithParameterName("evidence");
    }

    [Fact]
    public void ForUnit_NullUnit_ThrowsNamingUnit()
    {
        var act = () => AssessmentResult.ForUnit(null!, AssessmentStatus.Passed, Fixtures.Host, Assessor, Day, AssessmentMethod.Oral, Scheme, "7");

        act.Should().Throw<ArgumentNullException>().WithParameterName("unit");
    }

    [Fact]
    public void ForUnit_UndefinedStatus_ThrowsNamingStatus()
    {
        var act = () => AssessmentResult.ForUnit(Fixtures.U3, (AssessmentStatus)9, Fixtures.Host, Assessor, Day, AssessmentMethod.Oral, Scheme, "7");

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("status");
    }

    [Fact]
    public void ForUnit_UndefinedCatalogue_ThrowsNamingCatalogue()
    {
        var act = () => AssessmentResult.ForUnit(Fixtures.U3, AssessmentStatus.Passed, Fixtures.Host, Assessor, Day, AssessmentMethod.Oral, Scheme, "7",
            catalogue: (TargetCatalogue)0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("catalogue");
    }

    [Fact]
    public void ForOutcome_HostCatalogue_IsAHostTargetAndUnequalToTheHomeOne()
    {
        var id = LearningOutcomeId.Parse("lo-1");
        var home = AssessmentResult.ForOutcome(id, AssessmentStatus.Passed, Fixtures.Host, Assessor, Day, AssessmentMethod.Oral, Scheme, "7");
        var host = AssessmentResult.ForOutcome(id, AssessmentStatus.Passed, Fixtures.Host, Assessor, Day, AssessmentMethod.Oral, Scheme, "7", catalogue: TargetCatalogue.Host);

        home.Catalogue.Should().Be(TargetCatalogue.Home, "a result assesses a home target unless it says otherwise");
        host.IsHostTarget.Should().BeTrue();
        host.Should().NotBe(home);
        host.ToString().Should().StartWith("host outcome lo-1");
    }

    [Fact]
    public void ForUnit_UndefinedMethod_ThrowsNamingMethod()
    {
        var act = () => AssessmentResult.ForUnit(Fixtures.U3, AssessmentStatus.Passed, Fixtures.Host, Assessor, Day, (AssessmentMethod)99, Scheme, "7");

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("method");
    }

    [Fact]
    public void ForUnit_NullAssessor_ThrowsNamingAssessor()
    {
        var act = () => AssessmentResult.ForUnit(Fixtures.U3, AssessmentStatus.Passed, Fixtures.Host, null!, Day, AssessmentMethod.Oral, Scheme, "7");

        act.Should().Throw<ArgumentNullException>().WithParameterName("assessor");
    }

    [Fact]
    public void Equals_ComparesEvidenceByValue() =>
        Support.EqualityContract.Check(
            AssessmentResult.ForUnit(Fixtures.U3, AssessmentStatus.Passed, Fixtures.Host, Assessor, Day, AssessmentMethod.Oral, Scheme, "7", [new Uri("https://e.example/1")]),
            AssessmentResult.ForUnit(Fixtures.U3, AssessmentStatus.Passed, Fixtures.Host, Assessor, Day, AssessmentMethod.Oral, Scheme, "7", [new Uri("https://e.example/1")]),
            AssessmentResult.ForUnit(Fixtures.U3, AssessmentStatus.Passed, Fixtures.Host, Assessor, Day, AssessmentMethod.Oral, Scheme, "8", [new Uri("https://e.example/1")]));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///C:/evidence.pdf")]
    [InlineData("data:text/plain,evidence")]
    public void ForUnit_EvidenceWithAnotherScheme_ThrowsNamingEvidence(string link)
    {
        var act = () => AssessmentResult.ForUnit(Fixtures.U3, AssessmentStatus.Passed, Fixtures.Host, Assessor, Day,
            AssessmentMethod.Portfolio, Scheme, "8", [new Uri(link)]);
        act.Should().Throw<ArgumentException>().WithParameterName("evidence").WithMessage("*http, https or urn*");
    }

    [Fact]
    public void ForUnit_UrnEvidence_IsKept() =>
        AssessmentResult.ForUnit(Fixtures.U3, AssessmentStatus.Passed, Fixtures.Host, Assessor, Day,
            AssessmentMethod.Portfolio, Scheme, "8", [new Uri("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66")]).Evidence.Should().HaveCount(1);
}
