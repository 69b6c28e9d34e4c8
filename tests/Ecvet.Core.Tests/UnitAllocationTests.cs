using Ecvet.Tests.Support;

namespace Ecvet.Tests;

public sealed class UnitAllocationTests
{
    private static readonly UnitId Unit = UnitId.Parse("cook-u1");

    [Fact]
    public void Create_Defaults_ToMandatory()
    {
        var allocation = UnitAllocation.Create(Unit, CreditPoints.From(20));
        allocation.UnitId.Should().Be(Unit);
        allocation.Points.Should().Be(CreditPoints.From(20));
        allocation.IsMandatory.Should().BeTrue();
    }

    [Fact]
    public void Create_Optional_KeepsFlag() =>
        UnitAllocation.Create(Unit, CreditPoints.From(15), isMandatory: false).IsMandatory.Should().BeFalse();

    [Fact]
    public void Create_NullUnit_ThrowsArgumentNull()
    {
        var act = () => UnitAllocation.Create(null!, CreditPoints.From(20));
        act.Should().Throw<ArgumentNullException>().WithParameterName("unitId");
    }

    [Fact]
    public void Create_ZeroPoints_ThrowsArgumentOutOfRange()
    {
        var act = () => UnitAllocation.Create(Unit, CreditPoints.Zero);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("points");
    }

    [Fact]
    public void Equality_FollowsContract()
    {
        var allocation = UnitAllocation.Create(Unit, CreditPoints.From(20));
        var same = UnitAllocation.Create(UnitId.Parse("cook-u1"), CreditPoints.From(20.00m));
        EqualityContract.Check(allocation, same, UnitAllocation.Create(Unit, CreditPoints.From(20.5m)));
        EqualityContract.Check(allocation, same, UnitAllocation.Create(Unit, CreditPoints.From(20), isMandatory: false));
        EqualityContract.Check(allocation, same, UnitAllocation.Create(UnitId.Parse("cook-u2"), CreditPoints.From(20)));
    }

    [Fact]
    public void ToString_ShowsUnitPointsAndKind()
    {
        UnitAllocation.Create(Unit, CreditPoints.From(20.5m)).ToString().Should().Be("cook-u1: 20.5 points, mandatory");
        UnitAllocation.Create(Unit, CreditPoints.From(15), isMandatory: false).ToString().Should().Be("cook-u1: 15 points, optional");
    }

    [Fact]
    public void Create_ZeroPoints_SaysTheAllocationMustBePositive()
    {
        var act = () => UnitAllocation.Create(Unit, CreditPoints.Zero);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("A unit's allocation must be greater than zero points.*")
            .And.ParamName.Should().Be("points");
    }
}
