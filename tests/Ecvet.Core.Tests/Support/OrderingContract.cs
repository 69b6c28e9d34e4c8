namespace Ecvet.Tests.Support;

/// <summary>Checks the ordering contract of a type: CompareTo (typed and object) and the four comparison operators.</summary>
internal static class OrderingContract
{
    /// <summary>
    /// Checks that <paramref name="lower"/> equals <paramref name="equalToLower"/> in the order and sorts before
    /// <paramref name="higher"/>, through every comparison member the type declares.
    /// </summary>
    public static void Check<T>(T lower, T equalToLower, T higher)
        where T : IComparable<T>, IComparable
    {
        ArgumentNullException.ThrowIfNull(lower);
        ArgumentNullException.ThrowIfNull(equalToLower);
        ArgumentNullException.ThrowIfNull(higher);

        lower.CompareTo(higher).Should().BeNegative();
        higher.CompareTo(lower).Should().BePositive();
        lower.CompareTo(equalToLower).Should().Be(0);
        lower.CompareTo(lower).Should().Be(0);

        ((IComparable)lower).CompareTo(higher).Should().BeNegative();
        ((IComparable)lower).CompareTo(equalToLower).Should().Be(0);
        ((IComparable)lower).CompareTo(null).Should().BePositive("everything sorts after null");
        var wrongType = () => ((IComparable)lower).CompareTo(new object());
        wrongType.Should().Throw<ArgumentException>().WithParameterName("obj");

        Check("op_LessThan", lower, higher, true);
        Check("op_LessThan", higher, lower, false);
        Check("op_LessThan", lower, equalToLower, false);
        Check("op_LessThanOrEqual", lower, higher, true);
        Check("op_LessThanOrEqual", lower, equalToLower, true);
        Check("op_LessThanOrEqual", higher, lower, false);
        Check("op_GreaterThan", higher, lower, true);
        Check("op_GreaterThan", lower, higher, false);
        Check("op_GreaterThan", lower, equalToLower, false);
        Check("op_GreaterThanOrEqual", higher, lower, true);
        Check("op_GreaterThanOrEqual", lower, equalToLower, true);
        Check("op_GreaterThanOrEqual", lower, higher, false);
    }

    private static void Check<T>(string name, T left, T right, bool expected)
    {
        var method = EqualityContract.Operator<T>(name);
        method.Should().NotBeNull($"{typeof(T).Name} implements IComparable<T> and must declare {name}");
        ((bool)method!.Invoke(null, [left, right])!).Should().Be(expected, $"{name}({left}, {right})");
    }
}
