namespace Ecvet.Tests;

public sealed class AssessmentMethodTests
{
    [Fact]
    public void Values_AreStable() =>
        Enum.GetValues<AssessmentMethod>().Select(m => ((int)m, m.ToString())).Should().Equal(
            (1, "Observation"),
            (2, "PracticalDemonstration"),
            (3, "Oral"),
            (4, "Written"),
            (5, "Portfolio"),
            (6, "Simulation"),
            (7, "Project"),
            (8, "Interview"),
            (9, "Other"));

    [Fact]
    public void Default_IsNotAMethod() => Enum.IsDefined(default(AssessmentMethod)).Should().BeFalse();
}
