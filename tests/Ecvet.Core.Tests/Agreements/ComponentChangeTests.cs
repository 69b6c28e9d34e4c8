using Ecvet.Agreements;
using Ecvet.Tests.Support;

namespace Ecvet.Tests.Agreements;

public sealed class ComponentChangeTests
{
    private static readonly UnitId Unit = UnitId.Parse("cook-u3");

    [Theory]
    [InlineData(ChangeReason.NotAvailable)]
    [InlineData(ChangeReason.LanguageMismatch)]
    [InlineData(ChangeReason.TimetableConflict)]
    [InlineData(ChangeReason.PlacementChanged)]
    [InlineData(ChangeReason.HealthOrSafety)]
    public void Delete_DeletionReason_IsAccepted(ChangeReason reason)
    {
        var change = ComponentChange.Delete(Unit, reason);

        change.Kind.Should().Be(ComponentChangeKind.Deleted);
        change.Reason.Should().Be(reason);
        change.Unit.Should().Be(Unit);
    }

    [Theory]
    [InlineData(ChangeReason.SubstitutingDeleted)]
    [InlineData(ChangeReason.ExtendingMobility)]
    [InlineData(ChangeReason.AddingVirtualComponent)]
    public void Delete_InsertionOnlyReason_ThrowsNamingReason(ChangeReason code)
    {
        var act = () => ComponentChange.Delete(Unit, code);

        act.Should().Throw<ArgumentException>().WithParameterName("reason");
    }

    [Theory]
    [InlineData(ChangeReason.NotAvailable)]
    [InlineData(ChangeReason.LanguageMismatch)]
    [InlineData(ChangeReason.TimetableConflict)]
    public void Insert_DeletionOnlyReason_ThrowsNamingReason(ChangeReason code)
    {
        var act = () => ComponentChange.Insert(Unit, code);

        act.Should().Throw<ArgumentException>().WithParameterName("reason");
    }

    [Fact]
    public void Insert_OtherWithoutText_ThrowsNamingReasonText()
    {
        var act = () => ComponentChange.Insert(Unit, ChangeReason.Other);

        act.Should().Throw<ArgumentNullException>().WithParameterName("reasonText");
    }

    [Fact]
    public void Insert_OtherWithText_KeepsText() =>
        ComponentChange.Insert(Unit, ChangeReason.Other, "Employer request").ReasonText.Should().Be("Employer request");

    [Fact]
    public void Insert_UndefinedReason_ThrowsNamingReason()
    {
        var act = () => ComponentChange.Insert(Unit, (ChangeReason)42);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reason");
    }

    [Fact]
    public void Insert_NullUnit_ThrowsNamingUnit()
    {
        var act = () => ComponentChange.Insert(null!, ChangeReason.ExtendingMobility);

        act.Should().Throw<ArgumentNullException>().WithParameterName("unit");
    }

    [Fact]
    public void Equals_ComparesEveryProperty() =>
        EqualityContract.Check(
            ComponentChange.Insert(Unit, ChangeReason.SubstitutingDeleted),
            ComponentChange.Insert(UnitId.Parse("cook-u3"), ChangeReason.SubstitutingDeleted),
            ComponentChange.Insert(Unit, ChangeReason.ExtendingMobility));
}
