namespace Ecvet.Agreements;

/// <summary>Who must sign a learning agreement beyond learner, home and host: the age under which a guardian signs too.</summary>
/// <remarks>
/// A guardian must sign when the learner is younger than <see cref="AdultAge"/> on the first day of the mobility (the
/// first day of the start month when only the month is known), computed in whole years with NodaTime's
/// <see cref="NodaTime.Period.Between(NodaTime.LocalDate, NodaTime.LocalDate, NodaTime.PeriodUnits)"/>. The default is
/// 18; some countries use another age of majority. This type is immutable and thread-safe.
/// </remarks>
public sealed record SignatoryPolicy
{
    /// <summary>The default age of majority, 18.</summary>
    public const int DefaultAdultAge = 18;

    private SignatoryPolicy(int adultAge) => AdultAge = adultAge;

    /// <summary>The policy with an age of majority of 18.</summary>
    public static SignatoryPolicy Default { get; } = new(DefaultAdultAge);

    /// <summary>The age, in whole years, from which a learner signs without a guardian.</summary>
    public int AdultAge { get; }

    /// <summary>Returns this policy with another age of majority: <c>SignatoryPolicy.Default.WithAdultAge(17)</c>.</summary>
    /// <param name="adultAge">The age from which no guardian is needed, from 1 to 30.</param>
    /// <returns>The policy; this one when the age is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="adultAge"/> is outside 1 to 30.</exception>
    public SignatoryPolicy WithAdultAge(int adultAge)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(adultAge, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(adultAge, 30);
        return adultAge == AdultAge ? this : new(adultAge);
    }

    /// <summary>The age of majority, such as <c>adult at 18</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"adult at {AdultAge}";
}
