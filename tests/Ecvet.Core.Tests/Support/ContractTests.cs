namespace Ecvet.Tests.Support;

/// <summary>Shows that the contract helpers catch broken implementations, so tests that use them can fail.</summary>
public sealed class ContractTests
{
    [Fact]
    public void EqualityContract_UnequalHashCodes_Fail()
    {
        var act = () => EqualityContract.Check(new BadHash(1), new BadHash(1), new BadHash(2));
        act.Should().Throw<Exception>().WithMessage("*hash*");
    }

    [Fact]
    public void EqualityContract_EqualToTheUnequalValue_Fails()
    {
        var act = () => EqualityContract.Check(CreditPoints.From(1), CreditPoints.From(1), CreditPoints.From(1.00m));
        act.Should().Throw<Exception>();
    }

    [Fact]
    public void OrderingContract_WrongOrder_Fails()
    {
        var act = () => OrderingContract.Check(CreditPoints.From(2), CreditPoints.From(2), CreditPoints.From(1));
        act.Should().Throw<Exception>();
    }

    private sealed class BadHash(int value) : IEquatable<BadHash>
    {
        private static int counter;

        public int Value { get; } = value;

        public bool Equals(BadHash? other) => other is not null && other.Value == Value;

        public override bool Equals(object? obj) => obj is BadHash other && Equals(other);

        public override int GetHashCode() => Interlocked.Increment(ref counter);
    }
}
