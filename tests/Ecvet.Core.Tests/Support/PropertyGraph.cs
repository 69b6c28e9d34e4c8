using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using Ecvet.Agreements;

namespace Ecvet.Tests.Support;

/// <summary>
/// The public property graph of the library's types, by reflection: every property path reachable from a root type
/// (through types of the library; collections by their element type, written <c>Name[]</c>), the values at a path,
/// and a structural description of a value to tell whether it changed.
/// </summary>
internal static class PropertyGraph
{
    /// <summary>Every property path under <paramref name="root"/>, parents before children, skipping <paramref name="excluded"/> and what lies below them.</summary>
    public static IReadOnlyList<string> Paths(Type root, IEnumerable<string> excluded)
    {
        var skip = excluded.ToHashSet(StringComparer.Ordinal);
        var paths = new List<string>();
        Walk(root, string.Empty, [root], skip, paths);
        return paths;
    }

    /// <summary>The values at <paramref name="path"/> (one per element of each collection on the way; null where a parent is null).</summary>
    public static IReadOnlyList<object?> ValuesAt(object root, string path)
    {
        IEnumerable<object?> values = [root];
        foreach (var segment in path.Split('.'))
        {
            var many = segment.EndsWith("[]", StringComparison.Ordinal);
            var name = many ? segment[..^2] : segment;
            values = values.SelectMany(value =>
            {
                if (value is null)
                {
                    return [null];
                }

                var property = value.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
                    ?? throw new ArgumentException($"{value.GetType().Name} has no public property {name} (path {path}).", nameof(path));
                var next = property.GetValue(value);
                return many && next is IEnumerable items ? items.Cast<object?>() : [next];
            }).ToList();
        }

        return [.. values];
    }

    /// <summary>The structure of the values at <paramref name="path"/> as text: equal text means nothing there changed.</summary>
    public static string DescribeAt(object root, string path) => string.Join(" | ", ValuesAt(root, path).Select(Describe));

    /// <summary>A value as text: the library's types by their public properties, collections by their items, other values invariantly.</summary>
    public static string Describe(object? value)
    {
        var text = new StringBuilder();
        Describe(value, text, 0);
        return text.ToString();
    }

    private static void Walk(Type type, string prefix, List<Type> chain, HashSet<string> skip, List<string> paths)
    {
        foreach (var property in PublicProperties(type))
        {
            var path = prefix + property.Name;
            if (skip.Contains(path))
            {
                continue;
            }

            paths.Add(path);
            var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (ElementType(target) is { } element)
            {
                path += "[]";
                target = element;
            }

            if (IsOwn(target) && !chain.Contains(target))
            {
                Walk(target, path + ".", [.. chain, target], skip, paths);
            }
        }
    }

    private static IEnumerable<PropertyInfo> PublicProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.MetadataToken);

    private static bool IsOwn(Type type) => type.Assembly == typeof(Learner).Assembly && !type.IsEnum;

    private static Type? ElementType(Type type) => type == typeof(string) ? null
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static void Describe(object? value, StringBuilder text, int depth)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case string s:
                text.Append('"').Append(s).Append('"');
                return;
            case NodaTime.Instant instant:
                // The default text of an instant stops at seconds.
                text.Append(instant.ToUnixTimeTicks());
                return;
            case Uri uri:
                text.Append('<').Append(uri.OriginalString).Append('>');
                return;
            case IEnumerable items when ElementType(value.GetType()) is not null:
                text.Append('[');
                foreach (var item in items)
                {
                    Describe(item, text, depth + 1);
                    text.Append(',');
                }

                text.Append(']');
                return;
            default:
                break;
        }

        var type = value.GetType();
        if (IsOwn(type) && depth < 12)
        {
            text.Append(type.Name).Append('{');
            foreach (var property in PublicProperties(type).Where(p => p.PropertyType != typeof(ContentHash)))
            {
                text.Append(property.Name).Append('=');
                Describe(property.GetValue(value), text, depth + 1);
                text.Append(';');
            }

            text.Append('}');
            return;
        }

        text.Append(value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value.ToString());
    }
}
