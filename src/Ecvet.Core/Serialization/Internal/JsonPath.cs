using System.Globalization;
using System.Text;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// A mutable stack of JSON path segments (property names and array indexes); the path text is built only when a problem
/// is reported, so walking a valid document allocates nothing for paths.
/// </summary>
internal sealed class JsonPath
{
    private readonly List<(string? Name, int Index)> segments = new(16);

    public int Depth => segments.Count;

    public void Push(string name) => segments.Add((name, -1));

    public void Push(int index) => segments.Add((null, index));

    public void Pop() => segments.RemoveAt(segments.Count - 1);

    /// <summary>A copy of the current segments, to come back to with <see cref="Restore"/>.</summary>
    public (string? Name, int Index)[] Snapshot() => [.. segments];

    public void Restore((string? Name, int Index)[] snapshot)
    {
        segments.Clear();
        segments.AddRange(snapshot);
    }

    /// <summary>Removes segments until <see cref="Depth"/> is <paramref name="depth"/> (after an early exit).</summary>
    public void Truncate(int depth)
    {
        if (segments.Count > depth)
        {
            segments.RemoveRange(depth, segments.Count - depth);
        }
    }

    public override string ToString() => ToString(null);

    /// <summary>The path, with <paramref name="last"/> appended as a final property name when given.</summary>
    public string ToString(string? last)
    {
        var text = new StringBuilder("$", 64);
        foreach (var (name, index) in segments)
        {
            if (name is null)
            {
                text.Append(CultureInfo.InvariantCulture, $"[{index}]");
            }
            else
            {
                AppendName(text, name);
            }
        }

        if (last is not null)
        {
            AppendName(text, last);
        }

        return text.ToString();
    }

    /// <summary>Appends <c>.name</c> for plain identifiers and <c>['name']</c> for anything else.</summary>
    internal static void AppendName(StringBuilder text, string name)
    {
        if (IsPlain(name))
        {
            text.Append('.').Append(name);
            return;
        }

        text.Append("['");
        foreach (var c in name.Length > 64 ? name[..64] : name)
        {
            _ = c switch
            {
                '\'' => text.Append("\\'"),
                '\\' => text.Append("\\\\"),
                < ' ' or (>= '\uD800' and <= '\uDFFF') => text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => text.Append(c),
            };
        }

        text.Append(name.Length > 64 ? "…']" : "']");
    }

    private static bool IsPlain(string name)
    {
        if (name.Length is 0 or > 64 || !(char.IsAsciiLetter(name[0]) || name[0] is '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_'))
            {
                return false;
            }
        }

        return true;
    }
}
