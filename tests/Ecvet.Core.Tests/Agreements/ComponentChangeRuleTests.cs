using Ecvet.Agreements;
using static Ecvet.Tests.Agreements.Fixtures;

namespace Ecvet.Tests.Agreements;

/// <summary>The rules and text of <see cref="ComponentChange"/>, with their exact messages.</summary>
public sealed class ComponentChangeRuleTests
{
    [Fact]
    public void FromParts_UnknownKind_SaysSo()
    {
        var act = () => ComponentChange.FromParts((ComponentChangeKind)9, U3, ChangeReason.HealthOrSafety, null);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Unknown change kind.*").WithParameterName("kind");
    }

    [Fact]
    public void Insert_UnknownReason_SaysSo()
    {
        var act = () => ComponentChange.Insert(U3, (ChangeReason)99);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Unknown change reason.*").WithParameterName("reason");
    }

    [Fact]
    public void Insert_WithADeleteOnlyReason_NamesReasonAndKind()
    {
        var act = () => ComponentChange.Insert(U3, ChangeReason.NotAvailable);

        act.Should().Throw<ArgumentException>()
            .WithMessage("The reason NotAvailable does not apply to a component that is inserted.*").WithParameterName("reason");
    }

    [Fact]
    public void Delete_OtherWithoutText_SaysATextIsNeeded()
    {
        var act = () => ComponentChange.Delete(U3, ChangeReason.Other);

        act.Should().Throw<ArgumentNullException>().WithMessage("The reason Other needs a text.*").WithParameterName("reasonText");
    }

    [Fact]
    public void ToString_IsKindUnitAndReason() =>
        ComponentChange.Insert(U4, ChangeReason.SubstitutingDeleted).ToString().Should().Be("Inserted fi-cook-u4 (SubstitutingDeleted)");
}
