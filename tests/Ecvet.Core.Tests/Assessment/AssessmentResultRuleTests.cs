using Ecvet.Assessment;
using Ecvet.Tests.Agreements;
using NodaTime;

namespace Ecvet.Tests.Assessment;

/// <summary>
/// Each rule of <see cref="AssessmentResult"/> on its own: which argument a refusal names and what it says. Stored
/// results reach the constructor through <c>FromParts</c>, which takes an outcome and a unit both; the public factories
/// take one.
/// </summary>
public sealed class AssessmentResultRuleTests
{
    private static readonly GradingScheme Scheme = AssessmentResultTests.Scheme;

    private static readonly PersonName Assessor = AssessmentResultTests.Assessor;

    private static readonly LocalDate Day = new(2026, 5, 20);

    private static readonly LearningOutcomeId Outcome = LearningOutcomeId.Parse("fi-cook-u3-lo1");

    private static AssessmentResult Make(AssessmentStatus status = AssessmentStatus.Passed, string? grade = "8",
        TargetCatalogue catalogue = TargetCatalogue.Home, AssessmentMethod method = AssessmentMethod.PracticalDemonstration,
        InstitutionId? institution = null, GradingScheme? scheme = null, IEnumerable<Uri>? evidence = null) =>
        AssessmentResult.ForUnit(Fixtures.U3, status, institution ?? Fixtures.Host, Assessor, Day, method, scheme ?? Scheme, grade, evidence, catalogue);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void FromParts_NotExactlyOneTarget_NamesWhich(bool both)
    {
        var act = () => AssessmentResult.FromParts(both ? Outcome : null, both ? Fixtures.U3 : null, TargetCatalogue.Home,
            AssessmentStatus.Passed, Fixtures.Host, Assessor, Day, AssessmentMethod.PracticalDemonstration, Scheme, "8", []);

        // Both given: the outcome is named; neither given: the unit.
        act.Should().ThrowExactly<ArgumentException>().WithParameterName(both ? "outcome" : "unit")
            .WithMessage("An assessment result targets exactly one learning outcome or one unit.*");
    }

    [Fact]
    public void Create_UnknownCatalogue_SaysSo()
    {
        var act = () => Make(catalogue: (TargetCatalogue)9);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("catalogue")
            .WithMessage("Unknown target catalogue; a result assesses a home or a host target.*");
    }

    [Fact]
    public void Create_UnknownStatus_SaysSo()
    {
        var act = () => Make(status: (AssessmentStatus)9);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("status").WithMessage("Unknown assessment status.*");
    }

    [Fact]
    public void Create_UnknownMethod_SaysSo()
    {
        var act = () => Make(method: (AssessmentMethod)99);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("method").WithMessage("Unknown assessment method.*");
    }

    [Fact]
    public void Create_NullInstitution_IsArgumentNull()
    {
        var act = () => AssessmentResult.ForUnit(Fixtures.U3, AssessmentStatus.Passed, null!, Assessor, Day,
            AssessmentMethod.PracticalDemonstration, Scheme, "8");

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("assessingInstitution");
    }

    [Fact]
    public void Create_NullScheme_IsArgumentNull()
    {
        var act = () => AssessmentResult.ForUnit(Fixtures.U3, AssessmentStatus.Passed, Fixtures.Host, Assessor, Day,
            AssessmentMethod.PracticalDemonstration, null!, "8");

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("scheme");
    }

    [Fact]
    public void ForOutcome_NullOutcome_IsArgumentNull()
    {
        var act = () => AssessmentResult.ForOutcome(null!, AssessmentStatus.Passed, Fixtures.Host, Assessor, Day,
            AssessmentMethod.PracticalDemonstration, Scheme, "8");

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("outcome");
    }

    [Fact]
    public void ForOutcome_KeepsItsEvidence()
    {
        var link = new Uri("https://portfolio.example.es/aino/menu-day");

        var result = AssessmentResult.ForOutcome(Outcome, AssessmentStatus.Passed, Fixtures.Host, Assessor, Day,
            AssessmentMethod.PracticalDemonstration, Scheme, "8", [link]);

        result.Outcome.Should().Be(Outcome);
        result.Evidence.Should().Equal(link);
    }

    [Fact]
    public void Create_InProgressWithAGrade_SaysThereIsNoneYet()
    {
        var act = () => Make(AssessmentStatus.InProgress, "8");

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("grade").WithMessage("An assessment in progress has no grade yet.*");
    }

    [Fact]
    public void Create_FailedWithoutAGrade_SaysAGradeIsNeeded()
    {
        var act = () => Make(AssessmentStatus.Failed, null);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("grade").WithMessage("A result with status Failed needs a grade.*");
    }

    [Fact]
    public void Create_GradeNotOfTheScheme_NamesTheScheme()
    {
        var act = () => Make(grade: "eleven");

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("grade")
            .WithMessage("'eleven' is not a grade of scheme 'es-fp-0-10': *");
    }

    [Theory]
    [InlineData(AssessmentStatus.Passed, "3", "The grade '3' fails in scheme 'es-fp-0-10', but the status is Passed.")]
    [InlineData(AssessmentStatus.Failed, "7", "The grade '7' passes in scheme 'es-fp-0-10', but the status is Failed.")]
    public void Create_GradeAndStatusDisagree_SaysBoth(AssessmentStatus status, string given, string message)
    {
        var act = () => Make(status, given);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("grade").WithMessage(message + "*");
    }

    [Fact]
    public void Create_EvidenceNotALink_SaysWhich()
    {
        var act = () => Make(evidence: [new Uri("file:///home/aino/menu.pdf")]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("evidence").WithMessage("An evidence link must be *'file:///home/aino/menu.pdf' is not.*");
    }

    [Fact]
    public void Create_SameEvidenceTwice_NamesIt()
    {
        var link = new Uri("https://portfolio.example.es/aino/menu-day");

        var act = () => Make(evidence: [link, link]);

        act.Should().Throw<DuplicateValueException>().WithParameterName("evidence").WithMessage("Duplicate evidence link *");
    }

    [Fact]
    public void ToString_InProgress_HasNoGrade() =>
        Make(AssessmentStatus.InProgress, null).ToString().Should().Be("unit fi-cook-u3: InProgress");
}
