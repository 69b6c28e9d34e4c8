using Ecvet.Agreements;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;

namespace Ecvet.Tests.Agreements;

/// <summary>Each invariant of <see cref="LearningAgreementContent"/>, with its exact message and both sides of its boundary.</summary>
public sealed class LearningAgreementContentRuleTests
{
    private static readonly LocalizedText Justification = TestValues.En("Validation of prior learning at home");

    private static LearningAgreementContent Create(Learner? learner = null, InstitutionId? home = null, InstitutionId? host = null,
        MobilityPeriod? period = null, QualificationReference? qualification = null, IEnumerable<ExpectedLearning>? expected = null,
        IEnumerable<UnitId>? achieved = null) =>
        LearningAgreementContent.Create(learner ?? Learner(), home ?? Home, host ?? Host, Mou, period ?? Spring,
            qualification ?? QualificationRef, expected ?? [Expect(U3)], achieved);

    [Fact]
    public void Create_NullLearner_ThrowsNamingLearner()
    {
        var act = () => LearningAgreementContent.Create(null!, Home, Host, Mou, Spring, QualificationRef, [Expect(U3)]);

        act.Should().Throw<ArgumentNullException>().WithParameterName("learner");
    }

    [Fact]
    public void Create_NullHome_ThrowsNamingHome()
    {
        var act = () => LearningAgreementContent.Create(Learner(), null!, Host, Mou, Spring, QualificationRef, [Expect(U3)]);

        act.Should().Throw<ArgumentNullException>().WithParameterName("home");
    }

    [Fact]
    public void Create_NullHost_ThrowsNamingHost()
    {
        var act = () => LearningAgreementContent.Create(Learner(), Home, null!, Mou, Spring, QualificationRef, [Expect(U3)]);

        act.Should().Throw<ArgumentNullException>().WithParameterName("host");
    }

    [Fact]
    public void Create_NullPeriod_ThrowsNamingPeriod()
    {
        var act = () => LearningAgreementContent.Create(Learner(), Home, Host, Mou, null!, QualificationRef, [Expect(U3)]);

        act.Should().Throw<ArgumentNullException>().WithParameterName("period");
    }

    [Fact]
    public void Create_NullQualification_ThrowsNamingQualification()
    {
        var act = () => LearningAgreementContent.Create(Learner(), Home, Host, Mou, Spring, null!, [Expect(U3)]);

        act.Should().Throw<ArgumentNullException>().WithParameterName("qualification");
    }

    [Fact]
    public void Create_NullExpected_ThrowsNamingExpected()
    {
        var act = () => LearningAgreementContent.Create(Learner(), Home, Host, Mou, Spring, QualificationRef, null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("expected");
    }

    [Fact]
    public void Create_HostIsHome_NamesTheHome()
    {
        var act = () => Create(host: Home);

        act.Should().Throw<ArgumentException>().WithMessage($"The host must differ from the home institution ({Home}).*").WithParameterName("host");
    }

    [Fact]
    public void Create_IntermediaryIsHome_NamesTheIntermediary()
    {
        var act = () => LearningAgreementContent.Create(Learner(), Home, Host, Mou, Spring, QualificationRef, [Expect(U3)], intermediary: Home);

        act.Should().Throw<ArgumentException>()
            .WithMessage($"The intermediary ({Home}) must differ from home and host.*").WithParameterName("intermediary");
    }

    [Fact]
    public void FromParts_NeitherMouNorJustification_NamesTheJustification()
    {
        var act = () => LearningAgreementContent.FromParts(Learner(), Home, Host, null, null, null, Spring, QualificationRef, [], [Expect(U3)]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("Give either the MoU the agreement belongs to or, on the no-MoU path, the justification; exactly one of them.*")
            .WithParameterName("noMouJustification");
    }

    [Fact]
    public void FromParts_BothMouAndJustification_NamesTheMou()
    {
        var act = () => LearningAgreementContent.FromParts(Learner(), Home, Host, null, Mou, Justification, Spring, QualificationRef, [], [Expect(U3)]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("Give either the MoU the agreement belongs to or, on the no-MoU path, the justification; exactly one of them.*")
            .WithParameterName("mou");
    }

    [Fact]
    public void Create_LearnerBornOnTheFirstDay_IsAccepted() =>
        Create(learner: Learner(Spring.EarliestStart)).Learner.BirthDate.Should().Be(Spring.EarliestStart);

    [Fact]
    public void Create_LearnerBornTheDayAfterTheStart_NamesBothDays()
    {
        var act = () => Create(learner: Learner(new LocalDate(2026, 3, 3)));

        act.Should().Throw<ArgumentException>()
            .WithMessage("The learner is born on 2026-03-03, after the mobility starts (2026-03-02).*").WithParameterName("learner");
    }

    [Fact]
    public void Create_NullAmongAchievedUnits_ThrowsNamingThem()
    {
        var act = () => Create(achieved: [U4, null!]);

        act.Should().Throw<ArgumentException>().WithMessage("The collection must not contain null.*").WithParameterName("unitsAlreadyAchieved");
    }

    [Fact]
    public void Create_AchievedUnitTwice_NamesTheUnit()
    {
        var act = () => Create(achieved: [U4, U4]);

        act.Should().Throw<DuplicateValueException>().WithMessage($"Duplicate unit '{U4}'.*").WithParameterName("unitsAlreadyAchieved");
    }

    [Fact]
    public void Create_NullAmongExpected_ThrowsNamingExpected()
    {
        var act = () => Create(expected: [Expect(U3), null!]);

        act.Should().Throw<ArgumentException>().WithMessage("The collection must not contain null.*").WithParameterName("expected");
    }

    [Fact]
    public void Create_NoExpectedLearning_SaysOneIsRequired()
    {
        var act = () => Create(expected: []);

        act.Should().Throw<ArgumentException>().WithMessage("At least one expected learning is required.*").WithParameterName("expected");
    }

    [Fact]
    public void Create_SameUnitExpectedTwice_NamesTheUnit()
    {
        var act = () => Create(expected: [Expect(U3), Expect(U3, 5)]);

        act.Should().Throw<DuplicateValueException>()
            .WithMessage($"Duplicate expected learning for unit '{U3}'.*").WithParameterName("expected");
    }

    [Fact]
    public void Create_ExpectingAnAchievedUnit_NamesTheUnit()
    {
        var act = () => Create(expected: [Expect(U3)], achieved: [U3]);

        act.Should().Throw<ArgumentException>()
            .WithMessage($"Unit {U3} is already achieved and cannot be expected again.*").WithParameterName("expected");
    }

    [Fact]
    public void CreateWithoutMou_NullJustification_ThrowsArgumentNullNamingIt()
    {
        var act = () => LearningAgreementContent.CreateWithoutMou(Learner(), Home, Host, null!, Spring, QualificationRef, [Expect(U3)]);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("noMouJustification");
    }

    [Fact]
    public void CreateWithoutMou_NullExpected_ThrowsNamingExpected()
    {
        var act = () => LearningAgreementContent.CreateWithoutMou(Learner(), Home, Host, Justification, Spring, QualificationRef, null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("expected");
    }

    [Fact]
    public void CreateWithoutMou_KeepsTheUnitsAlreadyAchieved()
    {
        var content = LearningAgreementContent.CreateWithoutMou(Learner(), Home, Host, Justification, Spring, QualificationRef, [Expect(U3)], [U4, U5]);

        content.UnitsAlreadyAchieved.Should().Equal(U4, U5);
        content.NoMouJustification.Should().Be(Justification);
    }

    [Fact]
    public void WithExpected_Null_ThrowsNamingExpected()
    {
        var act = () => Create().WithExpected(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("expected");
    }

    [Fact]
    public void IsLearnerMinor_UnknownBirthDate_IsFalseAndNoGuardianSigns()
    {
        var learner = Ecvet.Learner.Create([LearnerId.Esi("urn:schac:personalUniqueCode:int:esi:stadinao.fi:2019-04417")], PersonName.Create("Aino", "Virtanen"));

        var content = Create(learner: learner);

        content.IsLearnerMinor().Should().BeFalse();
        content.RequiredSignatories().Should().Equal(SignatoryRole.Learner, SignatoryRole.Home, SignatoryRole.Host);
    }

    [Fact]
    public void ToString_GivesLearnerInstitutionsAndPeriod()
    {
        var content = Create();

        content.ToString().Should().Be($"{content.Learner}: {Home} → {Host}, 2026-03-02/2026-05-29");
    }
}
