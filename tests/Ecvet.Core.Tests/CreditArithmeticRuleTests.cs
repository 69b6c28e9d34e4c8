namespace Ecvet.Tests;

/// <summary>
/// The rule of CONTRIBUTING.md, "Exceptions": arithmetic on points is checked as <see cref="decimal"/> arithmetic is, so
/// every result out of range — below zero or above <see cref="CreditPoints.MaxValue"/> — is an
/// <see cref="OverflowException"/> whose message names what overflowed, never the runtime's bare "Arithmetic operation
/// resulted in an overflow".
/// </summary>
public sealed class CreditArithmeticRuleTests
{
    private static readonly CreditPoints Max = CreditPoints.From(CreditPoints.MaxValue);
    private static readonly CreditPoints Five = CreditPoints.From(5);
    private static readonly CreditPoints Seven = CreditPoints.From(7);

    public static TheoryData<string, Action> OutOfRange => new()
    {
        { "a - b below zero", () => _ = Five - Seven },
        { "Subtract below zero", () => CreditPoints.Subtract(Five, Seven) },
        { "a + b above the maximum", () => _ = Max + Five },
        { "Add above the maximum", () => CreditPoints.Add(Max, Five) },
        { "Sum above the maximum", () => CreditPoints.Sum([Max, Five]) },
        { "a * f above the maximum", () => _ = Max * 2m },
        { "a * f beyond decimal", () => _ = Max * decimal.MaxValue },
        { "MultiplyAndRound above the maximum", () => Max.MultiplyAndRound(2m, 0.5m, MidpointRounding.AwayFromZero) },
        { "Round above the maximum", () => Max.Round(1m, MidpointRounding.ToPositiveInfinity) },
        { "Credit.Plus above the maximum", () => Credit.Ecvet(Max).Plus(Credit.Ecvet(Five)) },
        { "a conversion above the maximum", () => CreditConversionRate.Create(CreditScheme.Ects, CreditScheme.Ecvet, 2m).Apply(Max) },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Arithmetic_ResultOutOfRange_ThrowsOverflowExceptionWithAMessage(string operation, Action act)
    {
        var thrown = act.Should().ThrowExactly<OverflowException>(operation).Which;
        thrown.Message.Should().Contain("credit points", operation)
            .And.NotBe(new OverflowException().Message, operation);
    }
}
