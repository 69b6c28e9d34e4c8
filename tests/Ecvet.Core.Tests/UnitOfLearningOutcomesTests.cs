using System.Collections.Immutable;
using Ecvet.Tests.Support;
using NodaTime;

namespace Ecvet.Tests;

public sealed class UnitOfLearningOutcomesTests
{
    private static readonly UnitId Id = UnitId.Parse("cook-u3");
    private static readonly LocalizedText Title = LocalizedText.English("Hot and cold dishes");
    private static readonly EscoOccupationRef Cook = EscoOccupationRef.Parse("http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e");

    [Fact]
    public void Create_Minimal_HasEmptyListsAndNoOptionals()
    {
        var unit = UnitOfLearningOutcomes.Create(Id, Title, [QualificationSamples.Outcome("lo1")]);

        unit.Id.Should().Be(Id);
        unit.Title.Should().Be(Title);
        unit.LearningOutcomes.Should().ContainSingle();
        unit.AssessmentMethods.IsDefault.Should().BeFalse();
        unit.AssessmentMethods.Should().BeEmpty();
        unit.AssessmentProcedure.Should().BeNull();
        unit.Level.Should().BeNull();
        unit.ValidityPeriod.Should().BeNull();
        unit.Occupations.IsDefault.Should().BeFalse();
        unit.Occupations.Should().BeEmpty();
    }

    [Fact]
    public void Create_Full_KeepsEverythingInOrder()
    {
        var unit = Full();

        unit.LearningOutcomes.Select(o => o.Id.Value).Should().Equal("lo1", "lo2", "lo3");
        unit.AssessmentMethods.Should().Equal(AssessmentMethod.PracticalDemonstration, AssessmentMethod.Observation);
        unit.AssessmentProcedure.Should().Be(LocalizedText.English("Skills demonstration in a restaurant kitchen."));
        unit.Level.Should().Be(EqfLevel.Level4);
        unit.ValidityPeriod.Should().Be(Period.FromYears(5));
        unit.Occupations.Should().Equal(Cook);
    }

    [Fact]
    public void Create_DefaultArrays_AreNormalisedToEmpty()
    {
        var unit = UnitOfLearningOutcomes.Create(
            Id, Title, [QualificationSamples.Outcome("lo1")], default(ImmutableArray<AssessmentMethod>), occupations: default(ImmutableArray<EscoOccupationRef>));
        unit.AssessmentMethods.IsDefault.Should().BeFalse();
        unit.Occupations.IsDefault.Should().BeFalse();
    }

    [Fact]
    public void Create_NullId_ThrowsArgumentNull()
    {
        var act = () => UnitOfLearningOutcomes.Create(null!, Title, [QualificationSamples.Outcome("lo1")]);
        act.Should().Throw<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void Create_NullTitle_ThrowsArgumentNull()
    {
        var act = () => UnitOfLearningOutcomes.Create(Id, null!, [QualificationSamples.Outcome("lo1")]);
        act.Should().Throw<ArgumentNullException>().WithParameterName("title");
    }

    [Fact]
    public void Create_NullOutcomes_ThrowsArgumentNull()
    {
        var act = () => UnitOfLearningOutcomes.Create(Id, Title, null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("learningOutcomes");
    }

    [Fact]
    public void Create_NoOutcomes_ThrowsArgument()
    {
        var act = () => UnitOfLearningOutcomes.Create(Id, Title, []);
        act.Should().Throw<ArgumentException>().WithParameterName("learningOutcomes");
    }

    [Fact]
    public void Create_DefaultOutcomeArray_ThrowsArgument()
    {
        var act = () => UnitOfLearningOutcomes.Create(Id, Title, default(ImmutableArray<LearningOutcome>));
        act.Should().Throw<ArgumentException>().WithParameterName("learningOutcomes");
    }

    [Fact]
    public void Create_NullOutcome_ThrowsArgument()
    {
        var act = () => UnitOfLearningOutcomes.Create(Id, Title, [QualificationSamples.Outcome("lo1"), null!]);
        act.Should().Throw<ArgumentException>().WithParameterName("learningOutcomes");
    }

    [Fact]
    public void Create_DuplicateOutcomeId_ThrowsArgumentNamingIt()
    {
        var act = () => UnitOfLearningOutcomes.Create(
            Id, Title, [QualificationSamples.Outcome("lo1"), QualificationSamples.Outcome("lo1", LearningOutcomeType.Knowledge, "Other.")]);
        act.Should().Throw<ArgumentException>().WithParameterName("learningOutcomes").WithMessage("*'lo1'*");
    }

    [Fact]
    public void Create_DuplicateAssessmentMethod_ThrowsArgument()
    {
        var act = () => UnitOfLearningOutcomes.Create(
            Id, Title, [QualificationSamples.Outcome("lo1")], [AssessmentMethod.Oral, AssessmentMethod.Written, AssessmentMethod.Oral]);
        act.Should().Throw<ArgumentException>().WithParameterName("assessmentMethods");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Create_UndefinedAssessmentMethod_ThrowsArgumentOutOfRange(int method)
    {
        var act = () => UnitOfLearningOutcomes.Create(Id, Title, [QualificationSamples.Outcome("lo1")], [(AssessmentMethod)method]);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("assessmentMethods");
    }

    public static TheoryData<Period> InvalidPeriods() =>
    [
        Period.Zero,
        Period.FromYears(-1),
        Period.FromYears(5) - Period.FromMonths(1),
        Period.FromHours(12),
        Period.FromYears(1) + Period.FromMinutes(1),
    ];

    [Theory]
    [MemberData(nameof(InvalidPeriods))]
    public void Create_InvalidValidityPeriod_ThrowsArgumentOutOfRange(Period period)
    {
        var act = () => UnitOfLearningOutcomes.Create(Id, Title, [QualificationSamples.Outcome("lo1")], validityPeriod: period);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("validityPeriod");
    }

    [Fact]
    public void Create_DatePeriodsOfEveryUnit_AreAccepted()
    {
        var period = Period.FromYears(1) + Period.FromMonths(6) + Period.FromWeeks(2) + Period.FromDays(3);
        UnitOfLearningOutcomes.Create(Id, Title, [QualificationSamples.Outcome("lo1")], validityPeriod: period).ValidityPeriod.Should().Be(period);
    }

    [Fact]
    public void Create_DuplicateOccupation_ThrowsArgument()
    {
        var act = () => UnitOfLearningOutcomes.Create(Id, Title, [QualificationSamples.Outcome("lo1")], occupations: [Cook, EscoOccupationRef.Parse(Cook.ToString())]);
        act.Should().Throw<ArgumentException>().WithParameterName("occupations");
    }

    [Fact]
    public void Create_NullOccupation_ThrowsArgument()
    {
        var act = () => UnitOfLearningOutcomes.Create(Id, Title, [QualificationSamples.Outcome("lo1")], occupations: [null!]);
        act.Should().Throw<ArgumentException>().WithParameterName("occupations");
    }

    [Fact]
    public void GetOutcome_Present_ReturnsIt() => Full().GetOutcome(LearningOutcomeId.Parse("lo2")).Type.Should().Be(LearningOutcomeType.Knowledge);

    [Fact]
    public void GetOutcome_Missing_ThrowsKeyNotFound()
    {
        var act = () => Full().GetOutcome(LearningOutcomeId.Parse("lo9"));
        act.Should().Throw<KeyNotFoundException>().WithMessage("*'lo9'*");
    }

    [Fact]
    public void TryGetOutcome_Missing_ReturnsFalse()
    {
        Full().TryGetOutcome(LearningOutcomeId.Parse("lo9"), out var outcome).Should().BeFalse();
        outcome.Should().BeNull();
    }

    [Fact]
    public void TryGetOutcome_NullId_ThrowsArgumentNull()
    {
        var act = () => Full().TryGetOutcome(null!, out _);
        act.Should().Throw<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void CriticalOutcomes_AndTotalWeight_AreDerived()
    {
        var unit = Full();
        unit.CriticalOutcomes.Select(o => o.Id.Value).Should().Equal("lo3");
        unit.TotalOutcomeWeight.Should().Be(4m);
    }

    [Fact]
    public void WithOutcome_NewId_Appends()
    {
        var unit = Full().WithOutcome(QualificationSamples.Outcome("lo4"));
        unit.LearningOutcomes.Select(o => o.Id.Value).Should().Equal("lo1", "lo2", "lo3", "lo4");
    }

    [Fact]
    public void WithOutcome_ExistingId_ReplacesInPlace()
    {
        var unit = Full().WithOutcome(QualificationSamples.Outcome("lo2", LearningOutcomeType.Competence));
        unit.LearningOutcomes.Select(o => o.Id.Value).Should().Equal("lo1", "lo2", "lo3");
        unit.GetOutcome(LearningOutcomeId.Parse("lo2")).Type.Should().Be(LearningOutcomeType.Competence);
    }

    [Fact]
    public void WithOutcome_Null_ThrowsArgumentNull()
    {
        var act = () => Full().WithOutcome(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("outcome");
    }

    [Fact]
    public void WithValidityPeriod_Revalidates()
    {
        Full().WithValidityPeriod(null).ValidityPeriod.Should().BeNull();
        var act = () => Full().WithValidityPeriod(Period.Zero);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("validityPeriod");
    }

    [Fact]
    public void Equality_FollowsContract()
    {
        var unit = Full();
        var same = Full();
        same.LearningOutcomes.Should().NotBeSameAs(unit.LearningOutcomes);

        EqualityContract.Check(unit, same, unit.WithValidityPeriod(Period.FromYears(3)));
        EqualityContract.Check(unit, same, unit.WithOutcome(QualificationSamples.Outcome("lo4")));
        EqualityContract.Check(unit, same, Full(methods: [AssessmentMethod.Observation, AssessmentMethod.PracticalDemonstration]));
        EqualityContract.Check(unit, same, Full(occupations: []));
        EqualityContract.Check(unit, same, Full(outcomeOrder: ["lo2", "lo1", "lo3"]));
    }

    [Fact]
    public void ToString_ShowsIdAndTitle() => Full().ToString().Should().Be("cook-u3: Hot and cold dishes");

    [Fact]
    public void Create_NoOutcomes_SaysOneIsRequired()
    {
        var act = () => UnitOfLearningOutcomes.Create(Id, Title, []);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("learningOutcomes")
            .WithMessage("At least one learning outcome is required.*");
    }

    [Fact]
    public void Create_SameOutcomeIdTwice_NamesIt()
    {
        var act = () => UnitOfLearningOutcomes.Create(Id, Title, [QualificationSamples.Outcome("lo1"), QualificationSamples.Outcome("lo1", LearningOutcomeType.Knowledge)]);

        act.Should().Throw<ArgumentException>().WithParameterName("learningOutcomes").WithMessage("Duplicate learning outcome id 'lo1'.*");
    }

    [Fact]
    public void Create_UndefinedAssessmentMethod_SaysItIsNotOne()
    {
        var act = () => UnitOfLearningOutcomes.Create(Id, Title, [QualificationSamples.Outcome("lo1")], [(AssessmentMethod)99]);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("assessmentMethods")
            .WithMessage("Not an assessment method.*");
    }

    [Fact]
    public void Create_SameAssessmentMethodTwice_NamesIt()
    {
        var act = () => UnitOfLearningOutcomes.Create(Id, Title, [QualificationSamples.Outcome("lo1")], [AssessmentMethod.Oral, AssessmentMethod.Oral]);

        act.Should().Throw<ArgumentException>().WithParameterName("assessmentMethods").WithMessage("Duplicate assessment method 'Oral'.*");
    }

    [Fact]
    public void Create_SameOccupationTwice_NamesIt()
    {
        var act = () => UnitOfLearningOutcomes.Create(Id, Title, [QualificationSamples.Outcome("lo1")], occupations: [Cook, Cook]);

        act.Should().Throw<ArgumentException>().WithParameterName("occupations").WithMessage($"Duplicate occupation '{Cook}'.*");
    }

    [Fact]
    public void Create_NegativeValidityPeriod_SaysWhatAValidityPeriodIs()
    {
        var act = () => UnitOfLearningOutcomes.Create(Id, Title, [QualificationSamples.Outcome("lo1")], validityPeriod: Period.FromDays(-1));

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("validityPeriod")
            .WithMessage("The validity period must be positive and made of years, months, weeks and days only, such as P5Y.*");
    }

    [Theory]
    [InlineData("P6M")]
    [InlineData("P2W")]
    [InlineData("P10D")]
    public void Create_ValidityPeriodWithoutYears_IsAccepted(string iso)
    {
        var period = NodaTime.Text.PeriodPattern.Roundtrip.Parse(iso).Value;

        UnitOfLearningOutcomes.Create(Id, Title, [QualificationSamples.Outcome("lo1")], validityPeriod: period).ValidityPeriod.Should().Be(period);
    }

    private static UnitOfLearningOutcomes Full(
        AssessmentMethod[]? methods = null, EscoOccupationRef[]? occupations = null, string[]? outcomeOrder = null)
    {
        LearningOutcome[] outcomes =
        [
            QualificationSamples.Outcome("lo1"),
            QualificationSamples.Outcome("lo2", LearningOutcomeType.Knowledge).WithWeight(2m),
            QualificationSamples.Outcome("lo3", LearningOutcomeType.Competence).WithCritical(true),
        ];
        var order = outcomeOrder ?? ["lo1", "lo2", "lo3"];
        return UnitOfLearningOutcomes.Create(
            Id,
            LocalizedText.English("Hot and cold dishes"),
            order.Select(id => outcomes.Single(o => o.Id.Value == id)),
            methods ?? [AssessmentMethod.PracticalDemonstration, AssessmentMethod.Observation],
            LocalizedText.English("Skills demonstration in a restaurant kitchen."),
            EqfLevel.Level4,
            Period.FromYears(5),
            occupations ?? [Cook]);
    }
}
