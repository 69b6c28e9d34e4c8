using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Ecvet.Tests.Conventions;

/// <summary>Reflection checks of the house style over every public type of the library.</summary>
public sealed class TypeConventionTests
{
    private static readonly Type[] PublicTypes = typeof(Ecvet.EqfLevel).Assembly.GetExportedTypes();

    public static TheoryData<Type> Classes() => Data(t => t.IsClass && !typeof(Delegate).IsAssignableFrom(t) && !IsStaticClass(t) && !typeof(Exception).IsAssignableFrom(t));

    public static TheoryData<Type> Structs() => Data(t => t.IsValueType && !t.IsEnum);

    public static TheoryData<Type> AllTypes() => Data(_ => true);

    [Theory]
    [MemberData(nameof(Classes))]
    public void PublicClass_IsSealedOrAbstract(Type type) =>
        (type.IsSealed || type.IsAbstract).Should().BeTrue($"{type.FullName} is public and must be sealed or abstract");

    [Theory]
    [MemberData(nameof(Structs))]
    public void PublicStruct_IsReadOnly(Type type) =>
        type.GetCustomAttribute<IsReadOnlyAttribute>().Should().NotBeNull($"{type.FullName} must be a readonly struct");

    [Theory]
    [MemberData(nameof(AllTypes))]
    public void PublicType_HasNoPublicSettersOutsideOptions(Type type)
    {
        var isOptions = type.Name.EndsWith("Options", StringComparison.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            var setter = property.SetMethod;
            if (setter is null || !setter.IsPublic)
            {
                continue;
            }

            var isInit = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
            (isOptions && isInit).Should().BeTrue($"{type.FullName}.{property.Name} has a public setter; only init on …Options records is allowed");
        }
    }

    [Theory]
    [MemberData(nameof(AllTypes))]
    public void PublicType_HasNoPublicMutableFields(Type type)
    {
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !type.IsEnum);
        fields.Should().BeEmpty($"{type.FullName} must not expose mutable fields");
    }

    [Theory]
    [MemberData(nameof(AllTypes))]
    public void RecordHoldingCollections_OverridesEquality(Type type)
    {
        var isRecord = type.GetMethod("<Clone>$") is not null || type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null;
        if (!isRecord)
        {
            return;
        }

        var holdsCollection = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Any(p => p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType));
        if (!holdsCollection)
        {
            return;
        }

        var equals = type.GetMethod("Equals", BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, [type]);
        equals.Should().NotBeNull();
        equals!.GetCustomAttribute<CompilerGeneratedAttribute>().Should().BeNull($"{type.FullName} holds a collection and must override Equals({type.Name})");
        var hash = type.GetMethod(nameof(GetHashCode), BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, Type.EmptyTypes);
        hash.Should().NotBeNull();
        hash!.GetCustomAttribute<CompilerGeneratedAttribute>().Should().BeNull($"{type.FullName} holds a collection and must override GetHashCode()");
    }

    [Theory]
    [MemberData(nameof(AllTypes))]
    public void PublicRecord_HasNoPublicPositionalConstructor(Type type)
    {
        // A public positional record lets `with` skip validation; composites use a validating constructor instead.
        var deconstruct = type.GetMethod("Deconstruct", BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
        if (deconstruct is null || type.IsValueType)
        {
            return;
        }

        deconstruct.GetCustomAttribute<CompilerGeneratedAttribute>().Should().BeNull($"{type.FullName} must not be a public positional record");
    }

    private static bool IsStaticClass(Type t) => t.IsAbstract && t.IsSealed;

    private static TheoryData<Type> Data(Func<Type, bool> predicate)
    {
        var data = new TheoryData<Type>();
        foreach (var type in PublicTypes.Where(predicate).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }
}
