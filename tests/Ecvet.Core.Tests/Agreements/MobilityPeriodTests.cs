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
}
