using System.Collections.Immutable;
using CsCheck;
using Ecvet.Tests.Support;

namespace Ecvet.Tests;

public sealed class QualificationTests
{
    private static readonly QualificationId Id = QualificationId.Parse("fi-cook");
    private static readonly LocalizedText Title = LocalizedText.English("Cook").With(LanguageTag.Parse("fi"), "Kokki");
    private static readonly InstitutionId AwardingBody = QualificationSamples.AwardingBody;
    private static readonly NqfLevel FinnishLevel4 = NqfLevel.Create("FI", "4", EqfLevel.Level4);
    private static readonly IscedFCode Catering = IscedFCode.Parse("1013");

    [Fact]
    public void Create_KeepsEverything()
    {
        var qualification = Cook();

        qualification.Id.Should().Be(Id);
        qualification.Title.Should().Be(Title);
        qualification.AwardingBody.Should().Be(AwardingBody);
        qualification.EqfLevel.Should().Be(EqfLevel.Level4);
        qualification.NqfLevel.Should().Be(FinnishLevel4);
        qualification.Field.Should().Be(Catering);
        qualification.TotalPoints.Should().Be(CreditPoints.From(180));
        qualification.ReferenceFullTimeYears.Should().Be(3m);
        qualification.Allocations.Select(a => a.UnitId.Value).Should().Equal("cook-u1", "cook-u2", "cook-u3");
    }

    [Fact]
    public void Create_NoAllocations_IsValidButIncomplete()
    {
        var qualification = Qualification.Create(Id, Title, AwardingBody, CreditPoints.From(180), []);
        qualification.Allocations.Should().BeEmpty();
        qualification.EqfLevel.Should().BeNull();
        qualification.NqfLevel.Should().BeNull();
        qualification.Field.Should().BeNull();
        qualification.ReferenceFullTimeYears.Should().BeNull();
        qualification.AllocatedPoints.Should().Be(CreditPoints.Zero);
        qualification.UnallocatedPoints.Should().Be(CreditPoints.From(180));
        qualification.IsComplete.Should().BeFalse();
    }

    [Fact]
    public void Create_DefaultAllocationArray_IsNormalisedToEmpty()
    {
        var qualification = Qualification.Create(Id, Title, AwardingBody, CreditPoints.From(180), default(ImmutableArray<UnitAllocation>));
        qualification.Allocations.IsDefault.Should().BeFalse();
        qualification.Allocations.Should().BeEmpty();
    }

    [Fact]
    public void Create_NullId_ThrowsArgumentNull()
    {
        var act = () => Qualification.Create(null!, Title, AwardingBody, CreditPoints.From(180), []);
        act.Should().Throw<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void Create_NullTitle_ThrowsArgumentNull()
    {
        var act = () => Qualification.Create(Id, null!, AwardingBody, CreditPoints.From(180), []);
        act.Should().Throw<ArgumentNullException>().WithParameterName("title");
    }

    [Fact]
    public void Create_NullAwardingBody_ThrowsArgumentNull()
    {
        var act = () => Qualification.Create(Id, Title, null!, CreditPoints.From(180), []);
        act.Should().Throw<ArgumentNullException>().WithParameterName("awardingBody");
    }

    [Fact]
    public void Create_NullAllocations_ThrowsArgumentNull()
    {
        var act = () => Qualification.Create(Id, Title, AwardingBody, CreditPoints.From(180), null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("allocations");
    }

    [Fact]
    public void Create_ZeroTotal_ThrowsArgumentOutOfRange()
    {
        var act = () => Qualification.Create(Id, Title, AwardingBody, CreditPoints.Zero, []);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("totalPoints");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Create_ReferenceYearsNotPositive_ThrowsArgumentOutOfRange(decimal years)
    {
        var act = () => Qualification.Create(Id, Title, AwardingBody, CreditPoints.From(180), [], referenceFullTimeYears: years);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("referenceFullTimeYears");
    }

    [Fact]
    public void Create_NullAllocation_ThrowsArgument()
    {
        var act = () => Qualification.Create(Id, Title, AwardingBody, CreditPoints.From(180), [null!]);
        act.Should().Throw<ArgumentException>().WithParameterName("allocations");
    }

    [Fact]
    public void Create_DuplicateUnit_ThrowsArgumentNamingIt()
    {
        var act = () => Qualification.Create(
            Id, Title, AwardingBody, CreditPoints.From(180), [QualificationSamples.Allocation("cook-u1", 20), QualificationSamples.Allocation("cook-u1", 30)]);
        act.Should().Throw<ArgumentException>().WithParameterName("allocations").WithMessage("*'cook-u1'*");
    }

    [Fact]
    public void Create_AllocationsAboveTotal_ThrowsArgument()
    {
        var act = () => Qualification.Create(
            Id, Title, AwardingBody, CreditPoints.From(50), [QualificationSamples.Allocation("cook-u1", 20), QualificationSamples.Allocation("cook-u2", 30.5m)]);
        act.Should().Throw<ArgumentException>().WithParameterName("allocations").WithMessage("*50.5*50*");
    }

    [Fact]
    public void IsComplete_WhenAllocationsSumToTotal()
    {
        var qualification = Cook();
        qualification.AllocatedPoints.Should().Be(CreditPoints.From(180));
        qualification.UnallocatedPoints.Should().Be(CreditPoints.Zero);
        qualification.IsComplete.Should().BeTrue();
        qualification.WithoutUnit(UnitId.Parse("cook-u2")).IsComplete.Should().BeFalse();
    }

    [Fact]
    public void Warnings_TotalMatchesReferenceYears_IsEmpty() => Cook().Warnings.Should().BeEmpty();

    [Fact]
    public void Warnings_NoReferenceYears_IsEmpty() =>
        Qualification.Create(Id, Title, AwardingBody, CreditPoints.From(170), []).Warnings.Should().BeEmpty();

    [Fact]
    public void Warnings_TotalDiffersFromSixtyPerYear_ReportsItWithoutThrowing()
    {
        var qualification = Qualification.Create(Id, Title, AwardingBody, CreditPoints.From(170), [], referenceFullTimeYears: 2.5m);
        qualification.Warnings.Should().ContainSingle().Which.Should().Contain("170").And.Contain("2.5").And.Contain("150");
    }

    [Fact]
    public void Warnings_NqfLevelReferencedToAnotherEqfLevel_ReportsIt()
    {
        var qualification = Qualification.Create(
            Id, Title, AwardingBody, CreditPoints.From(180), [], EqfLevel.Level5, FinnishLevel4);
        qualification.Warnings.Should().ContainSingle().Which.Should().Contain("FI 4").And.Contain("EQF level 5");
    }

    [Fact]
    public void Warnings_NqfLevelWithoutReferenceOrWithoutEqfLevel_IsEmpty()
    {
        Qualification.Create(Id, Title, AwardingBody, CreditPoints.From(180), [], EqfLevel.Level5, NqfLevel.Create("FI", "4")).Warnings.Should().BeEmpty();
        Qualification.Create(Id, Title, AwardingBody, CreditPoints.From(180), [], nqfLevel: FinnishLevel4).Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Warnings_BothProblems_ReportsBoth() =>
        Qualification.Create(Id, Title, AwardingBody, CreditPoints.From(170), [], EqfLevel.Level5, FinnishLevel4, referenceFullTimeYears: 3m)
            .Warnings.Should().HaveCount(2);

    [Fact]
    public void Warnings_AreInvariantCulture()
    {
        var qualification = Qualification.Create(Id, Title, AwardingBody, CreditPoints.From(170.5m), [], referenceFullTimeYears: 2.5m);
        CultureScope.Run("fi-FI", () => qualification.Warnings.Single()).Should().Contain("170.5").And.Contain("2.5");
    }

    [Fact]
    public void GetAllocation_PresentAndMissing()
    {
        Cook().GetAllocation(UnitId.Parse("cook-u3")).Points.Should().Be(CreditPoints.From(70));
        var act = () => Cook().GetAllocation(UnitId.Parse("cook-u9"));
        act.Should().Throw<KeyNotFoundException>().WithMessage("*'cook-u9'*");
    }

    [Fact]
    public void TryGetAllocation_Missing_ReturnsFalse()
    {
        Cook().TryGetAllocation(UnitId.Parse("cook-u9"), out var allocation).Should().BeFalse();
        allocation.Should().BeNull();
        Cook().Contains(UnitId.Parse("cook-u9")).Should().BeFalse();
        Cook().Contains(UnitId.Parse("cook-u1")).Should().BeTrue();
    }

    [Fact]
    public void TryGetAllocation_NullId_ThrowsArgumentNull()
    {
        var act = () => Cook().TryGetAllocation(null!, out _);
        act.Should().Throw<ArgumentNullException>().WithParameterName("unitId");
    }

    [Fact]
    public void RelativeWeight_IsShareOfTotal()
    {
        Cook().RelativeWeight(UnitId.Parse("cook-u2")).Should().Be(0.5m);
        Cook().RelativeWeight(UnitId.Parse("cook-u1")).Should().BeApproximately(1m / 9m, 0.0000001m);
    }

    [Fact]
    public void RelativeWeight_MissingUnit_ThrowsKeyNotFound()
    {
        var act = () => Cook().RelativeWeight(UnitId.Parse("cook-u9"));
        act.Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void ValidateAgainst_ReportsUnitsMissingFromCatalogue()
    {
        var catalogue = UnitCatalogue.Create([QualificationSamples.Unit("cook-u1"), QualificationSamples.Unit("other")]);
        Cook().ValidateAgainst(catalogue).Select(id => id.Value).Should().Equal("cook-u2", "cook-u3");
    }

    [Fact]
    public void ValidateAgainst_AllPresent_IsEmpty()
    {
        var catalogue = UnitCatalogue.Create(new[] { "cook-u3", "cook-u1", "cook-u2" }.Select(id => QualificationSamples.Unit(id)));
        Cook().ValidateAgainst(catalogue).Should().BeEmpty();
    }

    [Fact]
    public void ValidateAgainst_Null_ThrowsArgumentNull()
    {
        var act = () => Cook().ValidateAgainst(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("catalogue");
    }

    [Fact]
    public void WithUnit_NewUnit_Appends()
    {
        var qualification = Cook().WithoutUnit(UnitId.Parse("cook-u1")).WithUnit(QualificationSamples.Allocation("cook-u4", 20, isMandatory: false));
        qualification.Allocations.Select(a => a.UnitId.Value).Should().Equal("cook-u2", "cook-u3", "cook-u4");
        qualification.IsComplete.Should().BeTrue();
    }

    [Fact]
    public void WithUnit_ExistingUnit_ReplacesInPlace()
    {
        var qualification = Cook().WithUnit(QualificationSamples.Allocation("cook-u2", 80));
        qualification.Allocations.Select(a => (a.UnitId.Value, a.Points.Value)).Should().Equal(("cook-u1", 20m), ("cook-u2", 80m), ("cook-u3", 70m));
        qualification.IsComplete.Should().BeFalse();
    }

    [Fact]
    public void WithUnit_AboveTotal_ThrowsArgument()
    {
        var act = () => Cook().WithUnit(QualificationSamples.Allocation("cook-u4", 0.5m));
        act.Should().Throw<ArgumentException>().WithParameterName("allocation").WithMessage("*180.5*");
    }

    [Fact]
    public void WithUnit_Null_ThrowsArgumentNull()
    {
        var act = () => Cook().WithUnit(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("allocation");
    }

    [Fact]
    public void WithoutUnit_Missing_ThrowsKeyNotFound()
    {
        var act = () => Cook().WithoutUnit(UnitId.Parse("cook-u9"));
        act.Should().Throw<KeyNotFoundException>().WithMessage("*'cook-u9'*");
    }

    [Fact]
    public void WithoutUnit_Null_ThrowsArgumentNull()
    {
        var act = () => Cook().WithoutUnit(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("unitId");
    }

    [Fact]
    public void Equality_FollowsContract()
    {
        var qualification = Cook();
        var same = Cook();
        same.Allocations.Should().NotBeSameAs(qualification.Allocations);

        EqualityContract.Check(qualification, same, qualification.WithUnit(QualificationSamples.Allocation("cook-u2", 80)));
        EqualityContract.Check(qualification, same, Qualification.Create(Id, Title, AwardingBody, CreditPoints.From(180), qualification.Allocations.Reverse(), EqfLevel.Level4, FinnishLevel4, Catering, 3m));
        EqualityContract.Check(qualification, same, Qualification.Create(Id, Title, AwardingBody, CreditPoints.From(180), qualification.Allocations, EqfLevel.Level5, FinnishLevel4, Catering, 3m));
        EqualityContract.Check(qualification, same, Qualification.Create(Id, Title, AwardingBody, CreditPoints.From(180), qualification.Allocations, EqfLevel.Level4, FinnishLevel4, Catering));
        EqualityContract.Check(qualification, same, Qualification.Create(Id, Title, AwardingBody, CreditPoints.From(180), qualification.Allocations, EqfLevel.Level4, NqfLevel.Create("FI", "4"), Catering, 3m));
        EqualityContract.Check(qualification, same, Qualification.Create(Id, Title, AwardingBody, CreditPoints.From(180), qualification.Allocations, EqfLevel.Level4, FinnishLevel4, IscedFCode.Parse("101"), 3m));
    }

    [Fact]
    public void Create_AnyAllocations_AcceptedExactlyWhenTheyFitTheTotal()
    {
        var gen = from total in Gen.Int[1, 400]
                  from points in Gen.Int[1, 200].Array[0, 8]
                  select (total, points);

        gen.Sample(sample =>
        {
            var allocations = sample.points.Select((p, i) => QualificationSamples.Allocation($"u{i}", p / 2m)).ToArray();
            var sum = sample.points.Sum() / 2m;
            var create = () => Qualification.Create(Id, Title, AwardingBody, CreditPoints.From(sample.total), allocations);
            if (sum > sample.total)
            {
                create.Should().Throw<ArgumentException>().WithParameterName("allocations");
                return;
            }

            var qualification = create();
            qualification.AllocatedPoints.Value.Should().Be(sum);
            (qualification.AllocatedPoints + qualification.UnallocatedPoints).Should().Be(qualification.TotalPoints);
            qualification.IsComplete.Should().Be(sum == sample.total);
            allocations.Sum(a => qualification.RelativeWeight(a.UnitId)).Should().BeApproximately(sum / sample.total, 0.000001m);
        });
    }

    [Fact]
    public void ToString_ShowsIdTitleAndTotal() => Cook().ToString().Should().Be("fi-cook: Cook (180 ECVET points)");

    [Fact]
    public void WithUnit_FirstUnit_ReplacesInPlace()
    {
        var qualification = Cook().WithUnit(QualificationSamples.Allocation("cook-u1", 10));

        qualification.Allocations.Select(a => (a.UnitId.Value, a.Points.Value)).Should().Equal(("cook-u1", 10m), ("cook-u2", 90m), ("cook-u3", 70m));
    }

    [Fact]
    public void Create_ZeroTotal_SaysTheTotalMustBeAboveZero()
    {
        var act = () => Qualification.Create(Id, Title, AwardingBody, CreditPoints.Zero, []);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("totalPoints")
            .WithMessage("A qualification's total must be greater than zero points.*");
    }

    [Fact]
    public void Create_SameUnitTwice_NamesTheUnit()
    {
        var act = () => Qualification.Create(
            Id, Title, AwardingBody, CreditPoints.From(180), [QualificationSamples.Allocation("cook-u1", 20), QualificationSamples.Allocation("cook-u1", 30)]);

        act.Should().Throw<ArgumentException>().WithParameterName("allocations").WithMessage("Duplicate unit 'cook-u1'.*");
    }

    private static Qualification Cook() =>
        Qualification.Create(
            Id,
            LocalizedText.English("Cook").With(LanguageTag.Parse("fi"), "Kokki"),
            AwardingBody,
            CreditPoints.From(180),
            [QualificationSamples.Allocation("cook-u1", 20), QualificationSamples.Allocation("cook-u2", 90), QualificationSamples.Allocation("cook-u3", 70)],
            EqfLevel.Level4,
            FinnishLevel4,
            Catering,
            3m);
}
