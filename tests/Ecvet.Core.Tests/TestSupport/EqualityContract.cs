// The null and foreign-type comparisons below confuse flow analysis; they are the point of the contract.
#nullable disable warnings

using System.Reflection;

namespace Ecvet.Tests.TestSupport;

/// <summary>Checks the equality contract: Equals(T), Equals(object), GetHashCode and the == / != operators.</summary>
internal static class EqualityContract
{
    public static void Verify<T>(T value, T equal, params T[] different)
        where T : class, IEquatable<T>
    {
        ReferenceEquals(value, equal).Should().BeFalse("the equal value must be a distinct instance to test value equality");
        value.Equals(equal).Should().BeTrue();
        equal.Equals(value).Should().BeTrue();
        value.Equals((object)equal).Should().BeTrue();
        value.GetHashCode().Should().Be(equal.GetHashCode());
        object boxed = value;
        boxed.Equals(null).Should().BeFalse();
        boxed.Equals(new object()).Should().BeFalse();
        ((IEquatable<T>)value).Equals(null).Should().BeFalse();
        Operator<T>("op_Equality", value, equal).Should().BeTrue();
        Operator<T>("op_Inequality", value, equal).Should().BeFalse();
        Operator<T>("op_Equality", null, null).Should().BeTrue();
        Operator<T>("op_Equality", value, null).Should().BeFalse();
        Operator<T>("op_Equality", null, value).Should().BeFalse();

        foreach (var other in different)
        {
            value.Equals(other).Should().BeFalse($"{value} must differ from {other}");
            other.Equals(value).Should().BeFalse($"{other} must differ from {value}");
            value.Equals((object)other).Should().BeFalse();
            Operator<T>("op_Equality", value, other).Should().BeFalse();
            Operator<T>("op_Inequality", value, other).Should().BeTrue();
        }
    }

    private static bool Operator<T>(string name, T? left, T? right)
    {
        var method = typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(T), typeof(T)]);
        method.Should().NotBeNull($"{typeof(T).Name} must define {name}");
        return (bool)method!.Invoke(null, [left, right])!;
    }
}
