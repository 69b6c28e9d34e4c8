using Ecvet.Agreements;

namespace Ecvet.Tests.Agreements;

public sealed class SignatoryPolicyTests
{
    [Fact]
    public void Default_IsAdultAtEighteen() => SignatoryPolicy.Default.AdultAge.Should().Be(18);

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    public void WithAdultAge_OutOfRange_ThrowsNamingAdultAge(int age)
    {
        var act = () => SignatoryPolicy.Default.WithAdultAge(age);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("adultAge");
    }

    [Fact]
    public void WithAdultAge_Sixteen_IsKept() => SignatoryPolicy.Default.WithAdultAge(16).ToString().Should().Be("adult at 16");
}

public sealed class AgreementEndTests
{
    [Fact]
    public void Create_CancelledWithoutReason_ThrowsNamingReason()
    {
        var act = () => AgreementEnd.Restore(AgreementEndKind.Cancelled, TestValues.At(1));

        act.Should().Throw<ArgumentNullException>().WithParameterName("reason");
    }

    [Fact]
    public void Create_ClosedWithoutReason_IsAccepted() =>
        AgreementEnd.Restore(AgreementEndKind.Closed, TestValues.At(1)).ToString().Should().Be("Closed at 2026-03-01T09:00:00Z");

    [Fact]
    public void Create_UndefinedKind_ThrowsNamingKind()
    {
        var act = () => AgreementEnd.Restore((AgreementEndKind)9, TestValues.At(1));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
    }
}

public sealed class ProposalRejectionTests
{
    [Fact]
    public void Create_KeepsFields()
    {
        var rejection = ProposalRejection.Restore(SignatoryRole.Home, "Unit not in the MoU", TestValues.At(4));

        rejection.RejectedBy.Should().Be(SignatoryRole.Home);
        rejection.Comment.Should().Be("Unit not in the MoU");
        rejection.RejectedAt.Should().Be(TestValues.At(4));
    }

    [Fact]
    public void Create_EmptyComment_ThrowsNamingComment()
    {
        var act = () => ProposalRejection.Restore(SignatoryRole.Home, "", TestValues.At(4));

        act.Should().Throw<ArgumentException>().WithParameterName("comment");
    }

    [Fact]
    public void Create_UndefinedRole_ThrowsNamingRejectedBy()
    {
        var act = () => ProposalRejection.Restore(0, "No", TestValues.At(4));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rejectedBy");
    }
}

public sealed class AssessmentArrangementTests
{
    [Fact]
    public void Create_Methods_KeepsOrder() =>
        AssessmentArrangement.Create([AssessmentMethod.Observation, AssessmentMethod.Oral]).ToString().Should().Be("Observation, Oral");

    [Fact]
    public void Create_NoMethod_ThrowsNamingMethods()
    {
        var act = () => AssessmentArrangement.Create([]);

        act.Should().Throw<ArgumentException>().WithParameterName("methods");
    }

    [Fact]
    public void Create_RepeatedMethod_ThrowsNamingMethods()
    {
        var act = () => AssessmentArrangement.Create([AssessmentMethod.Oral, AssessmentMethod.Oral]);

        act.Should().Throw<ArgumentException>().WithParameterName("methods");
    }

    [Fact]
    public void Create_UndefinedMethod_ThrowsNamingMethods()
    {
        var act = () => AssessmentArrangement.Create([(AssessmentMethod)77]);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("methods");
    }

    [Fact]
    public void Equals_ComparesMethodsByValue() =>
        AssessmentArrangement.Create([AssessmentMethod.Oral]).Should().Be(AssessmentArrangement.Create(new List<AssessmentMethod> { AssessmentMethod.Oral }));
}
