using System.Collections.Immutable;
using System.Text.Json;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// Gives a line and byte position to problems found after deserialisation (by the mappers, which see values, not
/// bytes): walks the input once, tracking the JSON path of every value, and places each problem at the value its path
/// names, or else at the nearest enclosing value that is in the input. Runs only when a read fails.
/// </summary>
internal static class ProblemLocator
{
    public static ImmutableArray<JsonProblem> Locate(ReadOnlySpan<byte> utf8, ImmutableArray<JsonProblem> problems)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var problem in problems)
        {
            if (problem.Line is null && problem.Path.StartsWith('$'))
            {
                wanted.Add(problem.Path);
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

        var located = ImmutableArray.CreateBuilder<JsonProblem>(problems.Length);
        foreach (var problem in problems)
        {
            if (problem.Line is null && Nearest(found, problem.Path) is { } offset)
            {
                var (line, column) = Position(utf8, offset);
                located.Add(new JsonProblem(problem.Code, problem.Path, problem.Message, line, column));
            }
            else
            {
                located.Add(problem);
            }
        }

        return located.MoveToImmutable();
    }

    /// <summary>The 1-based line and byte-in-line of a byte offset (lines end at LF; CR LF counts once).</summary>
    public static (long Line, long ByteInLine) Position(ReadOnlySpan<byte> utf8, long offset)
    {
        var span = utf8[..(int)Math.Min(offset, utf8.Length)];
        var line = 1L + span.Count((byte)'\n');
        var lastNewLine = span.LastIndexOf((byte)'\n');
        return (line, span.Length - lastNewLine);
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
                var relevant = false;
                foreach (var target in wanted)
                {
                    if (Encloses(text, target))
                    {
                        found.TryAdd(text, reader.TokenStartIndex);
                        relevant = true;
                        break;
                    }
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
        string? best = null;
        foreach (var candidate in found.Keys)
        {
            if (Encloses(candidate, path) && (best is null || candidate.Length > best.Length))
            {
                best = candidate;
            }
        }

        return best is null ? null : found[best];
    }

    // Whether outer is inner or one of its ancestors ($.a encloses $.a.b, $.a[0] and $.a['x y'], not $.ab).
    private static bool Encloses(string outer, string inner) =>
        inner.StartsWith(outer, StringComparison.Ordinal)
        && (inner.Length == outer.Length || inner[outer.Length] is '.' or '[');
}
