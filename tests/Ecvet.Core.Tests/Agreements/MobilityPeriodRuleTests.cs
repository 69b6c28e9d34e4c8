using Ecvet.Agreements;
using NodaTime;

namespace Ecvet.Tests.Agreements;

/// <summary>The calendar, range and order rules of <see cref="MobilityPeriod"/>, with their exact messages.</summary>
public sealed class MobilityPeriodRuleTests
{
    private static readonly string Julian = CalendarSystem.Julian.Id;

    [Fact]
    public void Create_EndDayInAnotherCalendar_NamesTheCalendarAndEnd()
    {
        var act = () => MobilityPeriod.Create(new LocalDate(2026, 3, 2), new LocalDate(2026, 5, 29, CalendarSystem.Julian));

        act.Should().Throw<ArgumentException>().WithMessage($"Only the ISO calendar is supported, not {Julian}.*").WithParameterName("end");
    }

    [Fact]
    public void Create_StartMonthInAnotherCalendar_NamesStart()
    {
        var act = () => MobilityPeriod.Create(new YearMonth(2026, 3, CalendarSystem.Julian), new YearMonth(2026, 5));

        act.Should().Throw<ArgumentException>().WithMessage($"Only the ISO calendar is supported, not {Julian}.*").WithParameterName("start");
    }

    [Fact]
    public void Create_EndMonthInAnotherCalendar_NamesEnd()
    {
        var act = () => MobilityPeriod.Create(new YearMonth(2026, 3), new YearMonth(2026, 5, CalendarSystem.Julian));

        act.Should().Throw<ArgumentException>().WithMessage($"Only the ISO calendar is supported, not {Julian}.*").WithParameterName("end");
    }

    [Fact]
    public void Create_EndDayBeforeStart_NamesBothDays()
    {
        var act = () => MobilityPeriod.Create(new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 1));

        act.Should().Throw<ArgumentException>().WithMessage("The end 2026-03-01 is before the start 2026-03-02.*").WithParameterName("end");
    }

    [Fact]
    public void Create_EndMonthBeforeStart_NamesBothMonths()
    {
        var act = () => MobilityPeriod.Create(new YearMonth(2026, 3), new YearMonth(2026, 2));

        act.Should().Throw<ArgumentException>().WithMessage("The end month 2026-02 is before the start month 2026-03.*").WithParameterName("end");
    }

    [Fact]
    public void Create_EndMonthBeforeYearOne_IsOutOfRangeNamingEnd()
    {
        var act = () => MobilityPeriod.Create(new YearMonth(1, 1), new YearMonth(0, 12));

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("end");
    }

    [Fact]
    public void Create_EndDayBeforeYearOne_IsOutOfRangeNamingEnd()
    {
        var act = () => MobilityPeriod.Create(new LocalDate(1, 1, 1), new LocalDate(0, 12, 31));

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("end");
    }
}
