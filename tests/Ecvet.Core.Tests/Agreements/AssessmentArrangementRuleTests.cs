using Ecvet.Agreements;

namespace Ecvet.Tests.Agreements;

/// <summary>The rules of <see cref="AssessmentArrangement"/>, with their exact messages.</summary>
public sealed class AssessmentArrangementRuleTests
{
    [Fact]
    public void Create_Null_ThrowsNamingMethods()
    {
        var act = () => AssessmentArrangement.Create(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("methods");
    }

    [Fact]
    public void Create_NoMethod_SaysOneIsRequired()
    {
        var act = () => AssessmentArrangement.Create([]);

        act.Should().Throw<ArgumentException>().WithMessage("At least one assessment method is required.*").WithParameterName("methods");
    }

    [Fact]
    public void Create_UnknownMethod_SaysSo()
    {
        var act = () => AssessmentArrangement.Create([AssessmentMethod.Observation, (AssessmentMethod)999]);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Unknown assessment method.*").WithParameterName("methods");
    }

    [Fact]
    public void Create_MethodTwice_NamesIt()
    {
        var act = () => AssessmentArrangement.Create([AssessmentMethod.Observation, AssessmentMethod.Observation]);

        act.Should().Throw<DuplicateValueException>().WithMessage("Duplicate assessment method 'Observation'.*").WithParameterName("methods");
    }
}
