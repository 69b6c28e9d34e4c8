namespace Ecvet.Tests;

public sealed class CompetenceRoleTests
{
    [Fact]
    public void Values_AreStable() =>
        Enum.GetValues<CompetenceRole>().Select(r => ((int)r, r.ToString())).Should().Equal(
            (1, "Awarding"),
            (2, "PointsAllocation"),
            (3, "Assessment"),
            (4, "Validation"),
            (5, "Recognition"),
            (6, "TrainingProvider"),
            (7, "Intermediary"));

    [Fact]
    public void Default_IsNotARole() => Enum.IsDefined(default(CompetenceRole)).Should().BeFalse();
}
