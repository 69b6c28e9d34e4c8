using Ecvet.Agreements;
using static Ecvet.Tests.Agreements.Fixtures;

namespace Ecvet.Tests.Agreements;

/// <summary>The rules, equality and text of <see cref="MouQualification"/>.</summary>
public sealed class MouQualificationRuleTests
{
    private static MouQualification Create(InstitutionId? partner = null, QualificationReference? qualification = null, params UnitId[] units) =>
        MouQualification.Create(partner ?? Home, qualification ?? QualificationRef, (units.Length == 0 ? [U3, U4] : units).Select(u => MouUnit.Create(u)));

    [Fact]
    public void Create_NullUnits_ThrowsNamingThem()
    {
        var act = () => MouQualification.Create(Home, QualificationRef, null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("units");
    }

    [Fact]
    public void Create_NoUnit_SaysOneIsRequired()
    {
        var act = () => MouQualification.Create(Home, QualificationRef, []);

        act.Should().Throw<ArgumentException>().WithMessage("At least one unit is required.*").WithParameterName("units");
    }

    [Fact]
    public void Create_UnitTwice_NamesIt()
    {
        var act = () => Create(units: [U3, U4, U3]);

        act.Should().Throw<DuplicateValueException>().WithMessage($"Duplicate unit '{U3}'.*").WithParameterName("units");
    }

    [Fact]
    public void Equals_SameParts_IsTrue() => Create().Should().Be(Create());

    [Fact]
    public void Equals_Null_IsFalse() => Create().Equals(null).Should().BeFalse();

    [Fact]
    public void Equals_AnotherPartner_IsFalse() => Create(Host).Should().NotBe(Create());

    [Fact]
    public void Equals_AnotherQualification_IsFalse() =>
        Create(qualification: MobilityExamples.Mou().Qualifications[1].Qualification).Should().NotBe(Create());

    [Fact]
    public void Equals_OtherUnits_IsFalse() => Create(units: [U3]).Should().NotBe(Create());

    [Fact]
    public void ToString_IsPartnerQualificationAndUnitCount() =>
        Create().ToString().Should().Be($"{Home}: {QualificationRef}, 2 units");
}
