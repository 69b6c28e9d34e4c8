using Ecvet.Agreements;
using Ecvet.Tests.Support;
using NodaTime;

namespace Ecvet.Tests.Agreements;

public sealed class MobilityPeriodTests
{
    [Fact]
    public void Create_KnownDays_ExposesDatesMonthsAndInterval()
    {
        var period = MobilityPeriod.Create(new LocalDate(2026, 3, 2), new LocalDate(2026, 5, 29));

        period.IsDayKnown.Should().BeTrue();
        period.StartMonth.Should().Be(new YearMonth(2026, 3));
        period.EarliestStart.Should().Be(new LocalDate(2026, 3, 2));
        period.LatestEnd.Should().Be(new LocalDate(2026, 5, 29));
        period.ToDateInterval().Length.Should().Be(89);
        period.ToString().Should().Be("2026-03-02/2026-05-29");
    }

    [Fact]
    public void Create_UnknownDays_UsesWholeMonths()
    {
        var period = MobilityPeriod.Create(new YearMonth(2026, 2), new YearMonth(2026, 4));

        period.IsDayKnown.Should().BeFalse();
        period.StartDate.Should().BeNull();
        period.EarliestStart.Should().Be(new LocalDate(2026, 2, 1));
        period.LatestEnd.Should().Be(new LocalDate(2026, 4, 30));
        period.ToString().Should().Be("2026-02/2026-04");
    }

    [Fact]
    public void Create_SameDay_IsAccepted() =>
        MobilityPeriod.Create(new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 2)).ToDateInterval().Length.Should().Be(1);

    [Fact]
    public void Create_EndBeforeStart_ThrowsNamingEnd()
    {
        var act = () => MobilityPeriod.Create(new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 1));

        act.Should().Throw<ArgumentException>().WithParameterName("end");
    }

    [Fact]
    public void Create_MonthsEndBeforeStart_ThrowsNamingEnd()
    {
        var act = () => MobilityPeriod.Create(new YearMonth(2026, 3), new YearMonth(2026, 2));

        act.Should().Throw<ArgumentException>().WithParameterName("end");
    }

    [Fact]
    public void Create_NonIsoCalendar_ThrowsNamingStart()
    {
        var julian = new LocalDate(2026, 3, 2, CalendarSystem.Julian);

        var act = () => MobilityPeriod.Create(julian, julian.PlusDays(3));

        act.Should().Throw<ArgumentException>().WithParameterName("start");
    }

    [Fact]
    public void Equals_DistinguishesPrecision() =>
        EqualityContract.Check(
            MobilityPeriod.Create(new YearMonth(2026, 3), new YearMonth(2026, 3)),
            MobilityPeriod.Create(new YearMonth(2026, 3), new YearMonth(2026, 3)),
            MobilityPeriod.Create(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-9998)]
    public void Create_YearBeforeOne_ThrowsNamingStart(int year)
    {
        // NodaTime reaches back to -9998; a document's dates (uuuu-MM-dd) hold the years 1 to 9999 only.
        var dates = () => MobilityPeriod.Create(new LocalDate(year, 3, 2), new LocalDate(2026, 3, 2));
        dates.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("start").WithMessage("*1 to 9999*");
        var months = () => MobilityPeriod.Create(new YearMonth(year, 3), new YearMonth(2026, 3));
        months.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("start");
    }

    [Fact]
    public void Create_FirstAndLastYears_AreAccepted()
    {
        MobilityPeriod.Create(new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31)).ToDateInterval().Start.Year.Should().Be(1);
        MobilityPeriod.Create(new YearMonth(1, 1), new YearMonth(9999, 12)).LatestEnd.Should().Be(new LocalDate(9999, 12, 31));
    }
}
