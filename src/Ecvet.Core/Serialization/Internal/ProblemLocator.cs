using System.Collections.Immutable;
using System.Text.Json;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// Gives a line and byte position to problems found after deserialisation (by the mappers, which see values, not
/// bytes): walks the input once, tracking the JSON path of every value, and places each problem at the value its path
/// names, or else at the nearest enclosing value that is in the input. Runs only when a read fails, in time linear in
/// the input and the problems: paths are looked up in sets, never compared one against every other.
/// </summary>
internal static class ProblemLocator
{
    public static ImmutableArray<JsonProblem> Locate(ReadOnlySpan<byte> utf8, ImmutableArray<JsonProblem> problems)
    {
        // Every wanted path and every path that encloses one: the values the walk must enter or remember.
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var problem in problems)
        {
            if (problem.Line is null && problem.Path.StartsWith('$'))
            {
                foreach (var path in AncestorsAndSelf(problem.Path))
                {
                    if (!wanted.Add(path))
                    {
                        break; // its ancestors are in already
                    }
                }
            }
        }

        if (wanted.Count == 0)
        {
            return problems;
        }

        var found = Walk(utf8, wanted);
        if (found.Count == 0)
        {
            return problems;
        }

        var lines = new LineIndex(utf8);
        var located = ImmutableArray.CreateBuilder<JsonProblem>(problems.Length);
        foreach (var problem in problems)
        {
            if (problem.Line is null && Nearest(found, problem.Path) is { } offset)
            {
                var (line, column) = lines.Position(offset);
                located.Add(new JsonProblem(problem.Code, problem.Path, problem.Message, line, column));
            }
            else
            {
                located.Add(problem);
            }
        }

        return located.MoveToImmutable();
    }

    // The start of every value whose path is a wanted path or encloses one.
    private static Dictionary<string, long> Walk(ReadOnlySpan<byte> utf8, HashSet<string> wanted)
    {
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        var path = new JsonPath();
        var arrays = new Stack<int>(); // the next index of each open array; -1 for an open object
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            AllowTrailingCommas = false,
            CommentHandling = JsonCommentHandling.Disallow,
            MaxDepth = EcvetJson.MaxDepth + 1,
        });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        path.Push(reader.GetString() ?? "");
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        _ = arrays.Pop();
                        if (arrays.Count > 0)
                        {
                            path.Pop();
                        }

                        continue;
                }

                if (arrays.TryPeek(out var next) && next >= 0)
                {
                    path.Push(next);
                    _ = arrays.Pop();
                    arrays.Push(next + 1);
                }

                var text = path.ToString();
                var relevant = wanted.Contains(text);
                if (relevant)
                {
                    found.TryAdd(text, reader.TokenStartIndex);
                }

                if (relevant && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    arrays.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                    continue;
                }

                // A scalar, or a container no problem is in (skipped whole, so the walk costs little on large inputs).
                reader.Skip();
                if (arrays.Count > 0)
                {
                    path.Pop();
                }
            }
        }
        catch (JsonException)
        {
            // Bad JSON further on: the positions found so far still hold.
        }
        catch (InvalidOperationException)
        {
            // A property name that is not valid UTF-8: likewise.
        }

        return found;
    }

    private static long? Nearest(Dictionary<string, long> found, string path)
    {
        foreach (var candidate in AncestorsAndSelf(path))
        {
            if (found.TryGetValue(candidate, out var offset))
            {
                return offset;
            }
        }

        return null;
    }

    /// <summary>
    /// A path and the paths that enclose it, longest first: <c>$.a['x.y'][0]</c>, <c>$.a['x.y']</c>, <c>$.a</c>, <c>$</c>
    /// (cut at each <c>.</c> or <c>[</c> that starts a segment, never inside a quoted name).
    /// </summary>
    internal static IEnumerable<string> AncestorsAndSelf(string path)
    {
        var starts = new List<int>();
        var quoted = false;
        for (var i = 1; i < path.Length; i++)
        {
            var c = path[i];
            if (quoted)
            {
                if (c == '\\')
                {
                    i++; // an escaped character
                }
                else if (c == '\'' && i + 1 < path.Length && path[i + 1] == ']')
                {
                    quoted = false;
                }
            }
            else if (c == '.')
            {
                starts.Add(i);
            }
            else if (c == '[')
            {
                starts.Add(i);
                quoted = i + 1 < path.Length && path[i + 1] == '\'';
                if (quoted)
                {
                    i++;
                }
            }
        }

        yield return path;
        for (var s = starts.Count - 1; s >= 0; s--)
        {
            yield return path[..starts[s]];
        }
    }
}
