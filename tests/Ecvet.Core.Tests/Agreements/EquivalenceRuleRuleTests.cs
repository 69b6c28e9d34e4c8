using Ecvet.Agreements;
using static Ecvet.Tests.Agreements.Fixtures;

namespace Ecvet.Tests.Agreements;

/// <summary>Each invariant of <see cref="EquivalenceRule"/>, its equality property by property, and its text.</summary>
public sealed class EquivalenceRuleRuleTests
{
    private static readonly UnitId ColdKitchen = MobilityExamples.HostColdKitchen;
    private static readonly UnitId Pastry = MobilityExamples.HostPastry;
    private static readonly LearningOutcomeId Outcome1 = LearningOutcomeId.Parse("fi-cook-u3-lo1");
    private static readonly LearningOutcomeId Outcome2 = LearningOutcomeId.Parse("fi-cook-u3-lo2");

    private static EquivalenceRule Full() =>
        EquivalenceRule.Create([ColdKitchen, Pastry], U3, [Outcome1, Outcome2], "5", TestValues.En("Only in spring."), "es-fp-0-10");

    [Fact]
    public void Create_NullHostUnits_ThrowsNamingThem()
    {
        var act = () => EquivalenceRule.Create(null!, U3);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("hostUnits");
    }

    [Fact]
    public void Create_NoHostUnit_SaysOneIsRequired()
    {
        var act = () => EquivalenceRule.Create([], U3);

        act.Should().Throw<ArgumentException>().WithMessage("At least one host unit is required.*").WithParameterName("hostUnits");
    }

    [Fact]
    public void Create_HostUnitTwice_NamesIt()
    {
        var act = () => EquivalenceRule.Create([ColdKitchen, Pastry, ColdKitchen], U3);

        act.Should().Throw<DuplicateValueException>().WithMessage($"Duplicate host unit '{ColdKitchen}'.*").WithParameterName("hostUnits");
    }

    [Fact]
    public void Create_HomeOutcomeTwice_NamesIt()
    {
        var act = () => EquivalenceRule.Create([ColdKitchen], U3, [Outcome1, Outcome1]);

        act.Should().Throw<DuplicateValueException>().WithMessage($"Duplicate home outcome '{Outcome1}'.*").WithParameterName("homeOutcomes");
    }

    [Fact]
    public void Create_SchemeWithoutMinimumGrade_SaysTheGradeIsMissing()
    {
        var act = () => EquivalenceRule.Create([ColdKitchen], U3, minimumGradeScheme: "es-fp-0-10");

        act.Should().Throw<ArgumentException>()
            .WithMessage("A grading scheme is named only for a minimum grade; give the minimum grade too.*").WithParameterName("minimumGradeScheme");
    }

    [Fact]
    public void Create_SchemeWithMinimumGrade_KeepsBoth()
    {
        var rule = Full();

        rule.MinimumGrade.Should().Be("5");
        rule.MinimumGradeScheme.Should().Be("es-fp-0-10");
        rule.HostUnits.Should().Equal(ColdKitchen, Pastry);
        rule.HomeOutcomes.Should().Equal(Outcome1, Outcome2);
    }

    [Fact]
    public void Equals_SameParts_IsTrue()
    {
        Full().Should().Be(Full());
        Full().Equals(null).Should().BeFalse();
    }

    [Fact]
    public void Equals_DifferentHostUnits_IsFalse() =>
        EquivalenceRule.Create([ColdKitchen], U3, [Outcome1, Outcome2], "5", TestValues.En("Only in spring."), "es-fp-0-10").Should().NotBe(Full());

    [Fact]
    public void Equals_DifferentHomeUnit_IsFalse() =>
        EquivalenceRule.Create([ColdKitchen, Pastry], U4, [Outcome1, Outcome2], "5", TestValues.En("Only in spring."), "es-fp-0-10").Should().NotBe(Full());

    [Fact]
    public void Equals_DifferentHomeOutcomes_IsFalse() =>
        EquivalenceRule.Create([ColdKitchen, Pastry], U3, [Outcome1], "5", TestValues.En("Only in spring."), "es-fp-0-10").Should().NotBe(Full());

    [Fact]
    public void Equals_DifferentMinimumGrade_IsFalse() =>
        EquivalenceRule.Create([ColdKitchen, Pastry], U3, [Outcome1, Outcome2], "6", TestValues.En("Only in spring."), "es-fp-0-10").Should().NotBe(Full());

    [Fact]
    public void Equals_DifferentScheme_IsFalse() =>
        EquivalenceRule.Create([ColdKitchen, Pastry], U3, [Outcome1, Outcome2], "5", TestValues.En("Only in spring."), "es-fp-1-10").Should().NotBe(Full());

    [Fact]
    public void Equals_DifferentNote_IsFalse() =>
        EquivalenceRule.Create([ColdKitchen, Pastry], U3, [Outcome1, Outcome2], "5", TestValues.En("Only in autumn."), "es-fp-0-10").Should().NotBe(Full());

    [Fact]
    public void ToString_WholeUnitWithoutGrade_IsHostUnitsToHomeUnit() =>
        EquivalenceRule.Create([ColdKitchen, Pastry], U3).ToString().Should().Be($"{ColdKitchen} + {Pastry} ⇒ {U3}");

    [Fact]
    public void ToString_OutcomesAndGrade_SaysBoth() =>
        Full().ToString().Should().Be($"{ColdKitchen} + {Pastry} ⇒ {U3} (2 outcomes) (from 5)");
}
