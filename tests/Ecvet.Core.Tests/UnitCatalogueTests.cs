using Ecvet.Tests.Support;

namespace Ecvet.Tests;

public sealed class UnitCatalogueTests
{
    private static readonly UnitOfLearningOutcomes U1 = QualificationSamples.Unit("cook-u1");
    private static readonly UnitOfLearningOutcomes U3 = QualificationSamples.Unit("cook-u3");

    [Fact]
    public void Empty_HasNoUnits()
    {
        UnitCatalogue.Empty.Count.Should().Be(0);
        UnitCatalogue.Empty.Units.Should().BeEmpty();
        UnitCatalogue.Empty.ToString().Should().Be("0 units");
    }

    [Fact]
    public void Create_KeepsOrderAndFindsById()
    {
        var catalogue = UnitCatalogue.Create([U3, U1]);
        catalogue.Units.Should().Equal(U3, U1);
        catalogue.Count.Should().Be(2);
        catalogue.Get(UnitId.Parse("cook-u1")).Should().BeSameAs(U1);
        catalogue.Contains(UnitId.Parse("cook-u3")).Should().BeTrue();
        catalogue.Contains(UnitId.Parse("cook-u9")).Should().BeFalse();
    }

    [Fact]
    public void Create_Null_ThrowsArgumentNull()
    {
        var act = () => UnitCatalogue.Create(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("units");
    }

    [Fact]
    public void Create_NullUnit_ThrowsArgument()
    {
        var act = () => UnitCatalogue.Create([U1, null!]);
        act.Should().Throw<ArgumentException>().WithParameterName("units");
    }

    [Fact]
    public void Create_DuplicateId_ThrowsArgumentNamingIt()
    {
        var act = () => UnitCatalogue.Create([U1, QualificationSamples.Unit("cook-u1", "other-lo")]);
        act.Should().Throw<ArgumentException>().WithParameterName("units").WithMessage("*'cook-u1'*");
    }

    [Fact]
    public void Create_DuplicateAmongFew_SaysWhichEntryRepeats()
    {
        var act = () => UnitCatalogue.Create([U1, U3, QualificationSamples.Unit("cook-u1", "other-lo")]);
        act.Should().Throw<DuplicateValueException>().WithParameterName("units").Which.Index.Should().Be(2);
    }

    [Fact]
    public void Create_DuplicateAmongMany_SaysWhichEntryRepeats()
    {
        // More than eight entries take the hashed path of the distinctness check.
        var units = Enumerable.Range(0, 12).Select(i => QualificationSamples.Unit("u" + i)).ToList();
        units.Insert(10, QualificationSamples.Unit("u4", "other-lo"));
        var act = () => UnitCatalogue.Create(units);
        act.Should().Throw<DuplicateValueException>().WithParameterName("units").Which.Index.Should().Be(10);
    }

    [Fact]
    public void Get_Missing_ThrowsKeyNotFound()
    {
        var act = () => UnitCatalogue.Create([U1]).Get(UnitId.Parse("cook-u9"));
        act.Should().Throw<KeyNotFoundException>().WithMessage("*'cook-u9'*");
    }

    [Fact]
    public void TryGet_MissingAndPresent()
    {
        var catalogue = UnitCatalogue.Create([U1]);
        catalogue.TryGet(UnitId.Parse("cook-u9"), out var missing).Should().BeFalse();
        missing.Should().BeNull();
        catalogue.TryGet(UnitId.Parse("cook-u1"), out var found).Should().BeTrue();
        found.Should().BeSameAs(U1);
    }

    [Fact]
    public void TryGet_NullId_ThrowsArgumentNull()
    {
        var act = () => UnitCatalogue.Empty.TryGet(null!, out _);
        act.Should().Throw<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void Contains_NullId_ThrowsArgumentNull()
    {
        var act = () => UnitCatalogue.Empty.Contains(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void WithUnit_NewAndExisting_AddsOrReplacesInPlace()
    {
        var replacement = QualificationSamples.Unit("cook-u1", "new-lo");
        var catalogue = UnitCatalogue.Create([U1]).WithUnit(U3).WithUnit(replacement);
        catalogue.Units.Should().Equal(replacement, U3);
    }

    [Fact]
    public void WithUnit_Null_ThrowsArgumentNull()
    {
        var act = () => UnitCatalogue.Empty.WithUnit(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("unit");
    }

    [Fact]
    public void Equality_IgnoresOrderAndArrayInstances()
    {
        var catalogue = UnitCatalogue.Create([U1, U3]);
        EqualityContract.Check(catalogue, UnitCatalogue.Create([QualificationSamples.Unit("cook-u3"), QualificationSamples.Unit("cook-u1")]), UnitCatalogue.Create([U1]));
        EqualityContract.Check(catalogue, UnitCatalogue.Create([U3, U1]), UnitCatalogue.Create([U1, QualificationSamples.Unit("cook-u3", "x")]));
        EqualityContract.Check(UnitCatalogue.Empty, UnitCatalogue.Create([]), catalogue);
    }

    [Fact]
    public void ToString_ListsIds()
    {
        UnitCatalogue.Create([U1, U3]).ToString().Should().Be("2 units: cook-u1, cook-u3");
        UnitCatalogue.Create([U1]).ToString().Should().Be("1 unit: cook-u1");
    }

    [Fact]
    public void Create_UnitTwice_NamesItsId()
    {
        var act = () => UnitCatalogue.Create([U1, U3, U1]);
        act.Should().Throw<DuplicateValueException>().WithMessage("Duplicate unit id 'cook-u1'.*").And.ParamName.Should().Be("units");
    }
}
