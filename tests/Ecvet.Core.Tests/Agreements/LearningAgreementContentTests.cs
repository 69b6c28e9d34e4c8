using Ecvet.Agreements;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;

namespace Ecvet.Tests.Agreements;

public sealed class LearningAgreementContentTests
{
    [Fact]
    public void Create_Valid_KeepsEverything()
    {
        var content = Content();

        content.Learner.Should().Be(Learner());
        content.Home.Should().Be(Home);
        content.Host.Should().Be(Host);
        content.Mou.Should().Be(Mou);
        content.NoMouJustification.Should().BeNull();
        content.Expected.Should().ContainSingle().Which.Unit.Should().Be(U3);
        content.RequiredSignatories().Should().Equal(SignatoryRole.Learner, SignatoryRole.Home, SignatoryRole.Host);
    }

    [Fact]
    public void CreateWithoutMou_IsTheExplicitNoMouPath()
    {
        var content = LearningAgreementContent.CreateWithoutMou(Learner(), Home, Host, TestValues.En("Validation of prior learning at home"),
            Spring, QualificationRef, [Expect(U3)]);

        content.Mou.Should().BeNull();
        content.NoMouJustification.Should().NotBeNull();
    }

    [Fact]
    public void Create_HostIsHome_ThrowsNamingHost()
    {
        var act = () => LearningAgreementContent.Create(Learner(), Home, Home, Mou, Spring, QualificationRef, [Expect(U3)]);

        act.Should().Throw<ArgumentException>().WithParameterName("host");
    }

    [Fact]
    public void Create_IntermediaryIsHost_ThrowsNamingIntermediary()
    {
        var act = () => LearningAgreementContent.Create(Learner(), Home, Host, Mou, Spring, QualificationRef, [Expect(U3)], intermediary: Host);

        act.Should().Throw<ArgumentException>().WithParameterName("intermediary");
    }

    [Fact]
    public void Create_NoExpectedLearning_ThrowsNamingExpected()
    {
        var act = () => LearningAgreementContent.Create(Learner(), Home, Host, Mou, Spring, QualificationRef, []);

        act.Should().Throw<ArgumentException>().WithParameterName("expected");
    }

    [Fact]
    public void Create_SameUnitExpectedTwice_ThrowsNamingExpected()
    {
        var act = () => LearningAgreementContent.Create(Learner(), Home, Host, Mou, Spring, QualificationRef, [Expect(U3), Expect(U3, 5)]);

        act.Should().Throw<ArgumentException>().WithParameterName("expected");
    }

    [Fact]
    public void Create_ExpectingAnAchievedUnit_ThrowsNamingExpected()
    {
        var act = () => LearningAgreementContent.Create(Learner(), Home, Host, Mou, Spring, QualificationRef, [Expect(U3)], [U3]);

        act.Should().Throw<ArgumentException>().WithParameterName("expected");
    }

    [Fact]
    public void Create_AchievedUnitTwice_ThrowsNamingUnitsAlreadyAchieved()
    {
        var act = () => LearningAgreementContent.Create(Learner(), Home, Host, Mou, Spring, QualificationRef, [Expect(U3)], [U4, U4]);

        act.Should().Throw<ArgumentException>().WithParameterName("unitsAlreadyAchieved");
    }

    [Fact]
    public void Create_NullMou_ThrowsNamingMou()
    {
        var act = () => LearningAgreementContent.Create(Learner(), Home, Host, null!, Spring, QualificationRef, [Expect(U3)]);

        act.Should().Throw<ArgumentNullException>().WithParameterName("mou");
    }

    [Theory]
    [InlineData(2008, 3, 2, false)] // 18 on the first day
    [InlineData(2008, 3, 3, true)]  // 18 the day after
    [InlineData(2011, 1, 1, true)]
    public void IsLearnerMinor_AgeOnTheFirstDay(int year, int month, int day, bool minor) =>
        Content(birthDate: new LocalDate(year, month, day)).IsLearnerMinor().Should().Be(minor);

    [Fact]
    public void IsLearnerMinor_MonthOnly_UsesTheFirstDayOfTheMonth()
    {
        var content = Content(birthDate: new LocalDate(2008, 3, 15)).WithPeriod(MobilityPeriod.Create(new YearMonth(2026, 3), new YearMonth(2026, 5)));

        content.IsLearnerMinor().Should().BeTrue("on 1 March 2026 the learner is still 17");
    }

    [Fact]
    public void RequiredSignatories_MinorWithIntermediary_AddsGuardianAndIntermediary() =>
        Content(birthDate: new LocalDate(2010, 1, 1), intermediary: Intermediary).RequiredSignatories()
            .Should().Equal(SignatoryRole.Learner, SignatoryRole.Guardian, SignatoryRole.Home, SignatoryRole.Host, SignatoryRole.Intermediary);

    [Fact]
    public void Equals_ComparesCollectionsByValue() =>
        Support.EqualityContract.Check(Content(), Content(), Content().WithExpected([Expect(U4)]));
}

public sealed class ExpectedLearningTests
{
    [Fact]
    public void Create_WholeUnitWithoutConditions_IsRecognisedAutomatically()
    {
        var expected = Expect(U3);

        expected.IsWholeUnit.Should().BeTrue();
        expected.IsRecognisedAutomatically.Should().BeTrue();
        expected.ToString().Should().Be("fi-cook-u3 (whole unit, 10 of 15 points)");
    }

    [Fact]
    public void Create_WithConditions_IsNotAutomatic() =>
        Expect(U3, conditions: TestValues.En("Grade at least 6")).IsRecognisedAutomatically.Should().BeFalse();

    [Fact]
    public void Create_PointsAboveAllocation_ThrowsNamingExpectedPoints()
    {
        var act = () => Expect(U3, points: 16, allocation: 15);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("expectedPoints");
    }

    [Fact]
    public void Create_RepeatedOutcome_ThrowsNamingOutcomes()
    {
        var lo = LearningOutcomeId.Parse("lo1");
        var act = () => ExpectedLearning.Create(U3, [lo, lo], CreditPoints.From(5), CreditPoints.From(10), Arrangement);

        act.Should().Throw<ArgumentException>().WithParameterName("outcomes");
    }

    [Fact]
    public void Create_NullAssessment_ThrowsNamingAssessment()
    {
        var act = () => ExpectedLearning.Create(U3, null, CreditPoints.From(5), CreditPoints.From(10), null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("assessment");
    }

    [Fact]
    public void Create_NullUnit_ThrowsNamingUnit()
    {
        var act = () => ExpectedLearning.Create(null!, null, CreditPoints.From(5), CreditPoints.From(10), Arrangement);

        act.Should().Throw<ArgumentNullException>().WithParameterName("unit");
    }
}

public sealed class ChangeProposalTests
{
    [Fact]
    public void Create_InsertedUnitMissingFromContent_ThrowsNamingChanges()
    {
        var act = () => ChangeProposal.Restore(1, Content().Hash, Content().WithExpected([Expect(U4)]),
            [ComponentChange.Insert(U5, ChangeReason.ExtendingMobility)], SignatoryRole.Host, TestValues.At(3));

        act.Should().Throw<ArgumentException>().WithParameterName("changes");
    }

    [Fact]
    public void Create_SameChangeTwice_ThrowsNamingChanges()
    {
        var act = () => ChangeProposal.Restore(1, Content().Hash, Content().WithExpected([Expect(U4)]),
            [ComponentChange.Insert(U4, ChangeReason.ExtendingMobility), ComponentChange.Insert(U4, ChangeReason.SubstitutingDeleted)], SignatoryRole.Host, TestValues.At(3));

        act.Should().Throw<ArgumentException>().WithParameterName("changes");
    }

    [Fact]
    public void Create_BaseVersionZero_ThrowsNamingBaseVersion()
    {
        var act = () => ChangeProposal.Restore(0, Content().Hash, Content().WithExpected([Expect(U4)]), [], SignatoryRole.Host, TestValues.At(3));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("baseVersion");
    }

    [Fact]
    public void Id_IsTheHashOfTheProposedContent()
    {
        var proposed = Content().WithExpected([Expect(U4)]);

        ChangeProposal.Restore(1, Content().Hash, proposed, [], SignatoryRole.Host, TestValues.At(3)).Id.Should().Be(proposed.Hash);
    }
}

public sealed class LearningAgreementVersionTests
{
    [Fact]
    public void Create_NumberZero_ThrowsNamingNumber()
    {
        var act = () => LearningAgreementVersion.Restore(0, Content());

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("number");
    }

    [Fact]
    public void Create_OriginForOtherContent_ThrowsNamingOrigin()
    {
        var proposal = ChangeProposal.Restore(1, Content().Hash, Content().WithExpected([Expect(U4)]), [], SignatoryRole.Host, TestValues.At(3));

        var act = () => LearningAgreementVersion.Restore(2, Content().WithExpected([Expect(U5)]), null, proposal);

        act.Should().Throw<ArgumentException>().WithParameterName("origin");
    }

    [Fact]
    public void Create_OriginOnWrongBase_ThrowsNamingOrigin()
    {
        var proposed = Content().WithExpected([Expect(U4)]);
        var proposal = ChangeProposal.Restore(1, Content().Hash, proposed, [], SignatoryRole.Host, TestValues.At(3));

        var act = () => LearningAgreementVersion.Restore(3, proposed, null, proposal);

        act.Should().Throw<ArgumentException>().WithParameterName("origin");
    }
}
