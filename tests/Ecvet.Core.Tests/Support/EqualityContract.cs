using System.Reflection;

namespace Ecvet.Tests.Support;

/// <summary>Checks the equality contract of a type: Equals (typed and object), GetHashCode and the == and != operators.</summary>
internal static class EqualityContract
{
    /// <summary>
    /// Checks that <paramref name="value"/> equals <paramref name="equalValue"/> (a distinct but equal instance) and
    /// differs from <paramref name="unequalValue"/>, through every equality member the type declares.
    /// </summary>
    public static void Check<T>(T value, T equalValue, T unequalValue)
        where T : IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(equalValue);
        ArgumentNullException.ThrowIfNull(unequalValue);

        value.Equals(equalValue).Should().BeTrue("Equals(T) must hold for equal values");
        equalValue.Equals(value).Should().BeTrue("Equals(T) must be symmetric");
        value.Equals(value).Should().BeTrue("Equals(T) must be reflexive");
        value.Equals((object)equalValue).Should().BeTrue("Equals(object) must agree with Equals(T)");
        value.GetHashCode().Should().Be(equalValue.GetHashCode(), "equal values must have equal hash codes");

        value.Equals(unequalValue).Should().BeFalse("Equals(T) must not hold for different values");
        unequalValue.Equals(value).Should().BeFalse("Equals(T) must be symmetric for different values");
        value.Equals((object)unequalValue).Should().BeFalse("Equals(object) must agree with Equals(T)");
        object boxed = value!;
        boxed.Equals(new object()).Should().BeFalse("a value does not equal an object of another type");
        boxed.Equals(null).Should().BeFalse("nothing equals null");

        var equality = Operator<T>("op_Equality");
        var inequality = Operator<T>("op_Inequality");
        if (equality is not null)
        {
            ((bool)equality.Invoke(null, [value, equalValue])!).Should().BeTrue("== must hold for equal values");
            ((bool)equality.Invoke(null, [value, unequalValue])!).Should().BeFalse("== must not hold for different values");
        }

        if (inequality is not null)
        {
            ((bool)inequality.Invoke(null, [value, equalValue])!).Should().BeFalse("!= must not hold for equal values");
            ((bool)inequality.Invoke(null, [value, unequalValue])!).Should().BeTrue("!= must hold for different values");
        }

        if (!typeof(T).IsValueType && equality is not null)
        {
            ((bool)equality.Invoke(null, [null, null])!).Should().BeTrue("null == null");
            ((bool)equality.Invoke(null, [value, null])!).Should().BeFalse("value == null is false");
            ((bool)equality.Invoke(null, [null, value])!).Should().BeFalse("null == value is false");
        }
    }

    internal static MethodInfo? Operator<T>(string name) =>
        typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(T), typeof(T)]);
}
