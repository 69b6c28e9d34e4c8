using Ecvet.Tests.Support;
using NodaTime;

namespace Ecvet.Tests;

public sealed class LearnerTests
{
    private static readonly LearnerId Esi = LearnerId.Esi("urn:schac:personalUniqueCode:int:esi:omnia.fi:1234567890");
    private static readonly LearnerId Local = LearnerId.Create(LearnerIdScheme.Local, "S-2024-0042");
    private static readonly PersonName Name = PersonName.Create("Aino", "Virtanen");

    [Fact]
    public void Create_KeepsEveryProperty()
    {
        var learner = Learner.Create([Esi, Local], Name, new LocalDate(2008, 3, 1), CountryCode.From("FI"), "aino.virtanen@example.fi");

        learner.Ids.Should().Equal(Esi, Local);
        learner.Name.Should().Be(Name);
        learner.BirthDate.Should().Be(new LocalDate(2008, 3, 1));
        learner.Citizenship.Should().Be(CountryCode.From("FI"));
        learner.Email.Should().Be("aino.virtanen@example.fi");
        learner.ToString().Should().Be("Aino Virtanen");
    }

    [Fact]
    public void Create_IdsOnlyOrNameOnly_Succeeds()
    {
        var idsOnly = Learner.Create([Esi], null);
        idsOnly.Name.Should().BeNull();
        idsOnly.ToString().Should().Be(Esi.ToString());

        var nameOnly = Learner.Create(null, Name);
        nameOnly.Ids.IsDefault.Should().BeFalse();
        nameOnly.Ids.Should().BeEmpty();
    }

    [Fact]
    public void Create_DefaultImmutableArray_MeansNoIds()
    {
        Learner.Create(default(System.Collections.Immutable.ImmutableArray<LearnerId>), Name).Ids.Should().BeEmpty();
        var act = () => Learner.Create(default(System.Collections.Immutable.ImmutableArray<LearnerId>), null);
        act.Should().Throw<ArgumentException>().WithParameterName("ids");
    }

    [Fact]
    public void Create_NeitherIdsNorName_Throws()
    {
        var act = () => Learner.Create([], null);
        act.Should().Throw<ArgumentException>().WithParameterName("ids");
        var withNull = () => Learner.Create(null, null);
        withNull.Should().Throw<ArgumentException>().WithParameterName("ids");
    }

    [Fact]
    public void Create_InvalidIds_Throw()
    {
        var duplicate = () => Learner.Create([Esi, LearnerId.Esi(Esi.Value)], Name);
        duplicate.Should().Throw<ArgumentException>().WithParameterName("ids").WithMessage("*twice*");
        var nullId = () => Learner.Create([Esi, null!], Name);
        nullId.Should().Throw<ArgumentException>().WithParameterName("ids");
    }

    [Theory]
    [InlineData("aino@example.fi")]
    [InlineData("Aino.Virtanen+mobility@Example.FI")]
    [InlineData("a@xn--bcher-kva.de")]
    public void Create_ValidEmail_IsKept(string email) =>
        Learner.Create(null, Name, email: email).Email.Should().Be(email);

    [Theory]
    [InlineData("")]
    [InlineData("aino")]
    [InlineData("aino@")]
    [InlineData("@example.fi")]
    [InlineData("aino@example")]
    [InlineData("aino@@example.fi")]
    [InlineData("ai no@example.fi")]
    [InlineData(".aino@example.fi")]
    [InlineData("ai..no@example.fi")]
    [InlineData("aino@exa_mple.fi")]
    [InlineData("äino@example.fi")]
    [InlineData("aino@\u0130o.no")]
    [InlineData("Aino <aino@example.fi>")]
    public void Create_InvalidEmail_Throws(string text)
    {
        var act = () => Learner.Create(null, Name, email: text);
        act.Should().Throw<ArgumentException>().WithParameterName("email");
    }

    [Fact]
    public void Create_NonIsoBirthDate_Throws()
    {
        var act = () => Learner.Create(null, Name, new LocalDate(2008, 3, 1, CalendarSystem.Julian));
        act.Should().Throw<ArgumentException>().WithParameterName("birthDate");
    }

    [Theory]
    [InlineData(2026, 2, 28, 17)]
    [InlineData(2026, 3, 1, 18)]
    [InlineData(2008, 3, 1, 0)]
    public void AgeOn_CountsCompletedYears(int year, int month, int day, int age) =>
        Learner.Create(null, Name, new LocalDate(2008, 3, 1)).AgeOn(new LocalDate(year, month, day)).Should().Be(age);

    [Fact]
    public void AgeOn_LeapDayBirth_TurnsOlderOnTheTwentyEighthOfFebruary()
    {
        var learner = Learner.Create(null, Name, new LocalDate(2008, 2, 29));

        learner.AgeOn(new LocalDate(2026, 2, 27)).Should().Be(17);
        learner.AgeOn(new LocalDate(2026, 2, 28)).Should().Be(18);
        learner.AgeOn(new LocalDate(2028, 2, 29)).Should().Be(20);
    }

    [Fact]
    public void AgeOn_InvalidDate_Throws()
    {
        var learner = Learner.Create(null, Name, new LocalDate(2008, 3, 1));
        var before = () => learner.AgeOn(new LocalDate(2008, 2, 29));
        before.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
        var julian = () => learner.AgeOn(new LocalDate(2026, 3, 1, CalendarSystem.Julian));
        julian.Should().Throw<ArgumentException>().WithParameterName("date");
    }

    [Fact]
    public void AgeOn_UnknownBirthDate_IsNull()
    {
        Learner.Create(null, Name).AgeOn(new LocalDate(2026, 3, 1)).Should().BeNull();
        Learner.Create(null, Name).IsMinorOn(new LocalDate(2026, 3, 1)).Should().BeNull();
    }

    [Fact]
    public void IsMinorOn_ComparesWithTheAdultAge()
    {
        var learner = Learner.Create(null, Name, new LocalDate(2008, 3, 1));

        learner.IsMinorOn(new LocalDate(2026, 2, 28)).Should().BeTrue();
        learner.IsMinorOn(new LocalDate(2026, 3, 1)).Should().BeFalse();
        learner.IsMinorOn(new LocalDate(2026, 3, 1), adultAge: 19).Should().BeTrue();
        var zero = () => learner.IsMinorOn(new LocalDate(2026, 3, 1), 0);
        zero.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("adultAge");
        var huge = () => learner.IsMinorOn(new LocalDate(2026, 3, 1), 151);
        huge.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("adultAge");
    }

    [Fact]
    public void With_ReplacesOneProperty()
    {
        var learner = Learner.Create([Esi], Name);

        learner.WithIds([Local]).Ids.Should().Equal(Local);
        learner.WithName(null).Name.Should().BeNull();
        learner.WithBirthDate(new LocalDate(2008, 3, 1)).BirthDate.Should().Be(new LocalDate(2008, 3, 1));
        learner.WithCitizenship(CountryCode.From("SE")).Citizenship.Should().Be(CountryCode.From("SE"));
        learner.WithEmail("a@example.fi").Email.Should().Be("a@example.fi");
        var noIdNoName = () => learner.WithIds([]).WithName(null);
        noIdNoName.Should().Throw<ArgumentException>().WithParameterName("name");
        var badEmail = () => learner.WithEmail("nope");
        badEmail.Should().Throw<ArgumentException>().WithParameterName("email");
    }

    [Fact]
    public void Equality_ComparesEveryPropertyAndTheIdsByValue()
    {
        EqualityContract.Check(
            Learner.Create([Esi, Local], Name, new LocalDate(2008, 3, 1), CountryCode.From("FI"), "a@example.fi"),
            Learner.Create([LearnerId.Parse(Esi.ToString()), LearnerId.Parse(Local.ToString())], PersonName.Create("Aino", "Virtanen"), new LocalDate(2008, 3, 1), CountryCode.Parse("fi"), "a@example.fi"),
            Learner.Create([Esi, Local], Name, new LocalDate(2008, 3, 2), CountryCode.From("FI"), "a@example.fi"));
        Learner.Create([Esi, Local], Name).Should().NotBe(Learner.Create([Local, Esi], Name));
        Learner.Create([Esi], Name).Should().NotBe(Learner.Create([Esi], Name, email: "a@example.fi"));
    }

    [Fact]
    public void WithBirthDate_YearBeforeOne_ThrowsNamingBirthDate()
    {
        var act = () => Learner.Create([Esi], Name).WithBirthDate(new LocalDate(0, 12, 31));
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("birthDate").WithMessage("*1 to 9999*");
    }

    public static TheoryData<string, Func<Learner, Learner>> OnePropertyChanged => new()
    {
        { "ids", l => l.WithIds([Esi]) },
        { "name", l => l.WithName(PersonName.Create("Aino", "Korhonen")) },
        { "birth date", l => l.WithBirthDate(new LocalDate(2008, 3, 2)) },
        { "citizenship", l => l.WithCitizenship(CountryCode.From("SE")) },
        { "e-mail", l => l.WithEmail("aino@example.fi") },
    };

    [Theory]
    [MemberData(nameof(OnePropertyChanged))]
    public void GetHashCode_DependsOnEveryProperty(string property, Func<Learner, Learner> change)
    {
        var learner = Learner.Create([Esi, Local], Name, new LocalDate(2008, 3, 1), CountryCode.From("FI"), "aino.virtanen@example.fi");

        var changed = change(learner);

        changed.Should().NotBe(learner, property);
        changed.GetHashCode().Should().NotBe(learner.GetHashCode(), property);
    }

    [Fact]
    public void WithName_NullWithoutIds_SaysALearnerNeedsAnIdOrAName()
    {
        var act = () => Learner.Create(null, Name).WithName(null);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("name")
            .WithMessage("A learner needs at least one identifier or a name.*");
    }

    [Fact]
    public void Create_NeitherIdsNorName_SaysALearnerNeedsAnIdOrAName()
    {
        var act = () => Learner.Create([], null);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("ids")
            .WithMessage("A learner needs at least one identifier or a name.*");
    }

    [Fact]
    public void Create_NullId_SaysTheIdsMustNotContainNull()
    {
        var act = () => Learner.Create([Esi, null!], Name);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("ids")
            .WithMessage("The identifiers must not contain null.*");
    }

    [Fact]
    public void Create_NonIsoBirthDate_SaysTheCalendarMustBeIso()
    {
        var act = () => Learner.Create(null, Name, new LocalDate(2008, 3, 1, CalendarSystem.Julian));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("birthDate")
            .WithMessage("The birth date must be in the ISO calendar.*");
    }

    [Fact]
    public void Create_InvalidEmail_QuotesItAndGivesAnExample()
    {
        var act = () => Learner.Create(null, Name, email: "aino");

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("email")
            .WithMessage("'aino' is not an e-mail address; expected local@domain in ASCII, such as 'aino.virtanen@example.fi'.*");
    }

    [Fact]
    public void AgeOn_NonIsoDate_SaysTheCalendarMustBeIso()
    {
        var act = () => Learner.Create(null, Name, new LocalDate(2008, 3, 1)).AgeOn(new LocalDate(2026, 3, 1, CalendarSystem.Julian));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("date")
            .WithMessage("The date must be in the ISO calendar.*");
    }

    [Fact]
    public void AgeOn_BeforeBirth_NamesTheBirthDate()
    {
        var act = () => Learner.Create(null, Name, new LocalDate(2008, 3, 1)).AgeOn(new LocalDate(2008, 2, 29));

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("date")
            .WithMessage("The date is before the learner's birth date 2008-03-01.*");
    }
}
