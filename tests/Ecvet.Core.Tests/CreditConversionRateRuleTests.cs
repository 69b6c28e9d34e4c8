namespace Ecvet.Tests;

public sealed class CreditConversionRateRuleTests
{
    [Fact]
    public void Create_UndefinedRounding_SaysSo()
    {
        var act = () => CreditConversionRate.Create(CreditScheme.Ecvet, CreditScheme.Ects, 1m, rounding: (MidpointRounding)99);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Not a defined rounding mode.*").And.ParamName.Should().Be("rounding");
    }
}
