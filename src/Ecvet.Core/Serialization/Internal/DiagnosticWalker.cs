using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ecvet.Utility;
using NodaTime;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// The slow path of reading: walks the raw JSON against the source-generated contract (property names, types,
/// required and nullable members) and reports every structural problem with its path and position, where
/// <see cref="JsonSerializer"/> stops at the first. Subtrees that are structurally valid and have a domain mapper are
/// remembered (outermost first) so that their domain problems can be reported too.
/// </summary>
internal sealed class DiagnosticWalker
{
    private readonly ProblemSink sink;
    private readonly JsonSerializerOptions options;
    private readonly IReadOnlySet<Type> mappedTypes;

    public DiagnosticWalker(ProblemSink sink, JsonSerializerOptions options, IReadOnlySet<Type> mappedTypes)
    {
        this.sink = sink;
        this.options = options;
        this.mappedTypes = mappedTypes;
    }

    /// <summary>A structurally valid subtree to map: its type, where it is, and its bytes.</summary>
    internal sealed record Subtree(JsonTypeInfo TypeInfo, (string? Name, int Index)[] Path, int Start, int Length);

    /// <summary>Walks the whole input; returns the valid subtrees to map (empty when a syntax error stopped the walk).</summary>
    public List<Subtree> WalkDocument(ReadOnlySpan<byte> utf8, JsonTypeInfo root)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            AllowTrailingCommas = false,
            CommentHandling = JsonCommentHandling.Disallow,
            MaxDepth = EcvetJson.MaxDepth + 1,
        });
        var subtrees = new List<Subtree>();
        try
        {
            if (!reader.Read())
            {
                sink.AddAt(JsonProblemCode.EmptyInput, "The input holds no JSON value.", 0);
                return [];
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                sink.AddAt(JsonProblemCode.NullDocument, "The document is null; expected an object.", reader.TokenStartIndex);
                _ = reader.Read();
                return [];
            }

            _ = WalkValue(ref reader, root, nullable: false, subtrees);
            if (reader.Read())
            {
                // Utf8JsonReader throws on trailing data before we get here; kept for safety.
                sink.AddAt(JsonProblemCode.InvalidJson, "There is more data after the document.", reader.TokenStartIndex);
            }

            return subtrees;
        }
        catch (JsonException ex)
        {
            sink.Path.Truncate(0);
            var line = ex.LineNumber is { } l ? l + 1 : (long?)null;
            var column = ex.BytePositionInLine is { } b ? b + 1 : (long?)null;
            var (code, message) = DescribeReaderError(ex.Message);
            sink.Add(new JsonProblem(code, "$", message, line, column));
            return [];
        }
        catch (StopWalk)
        {
            return [];
        }
    }

    private static (JsonProblemCode Code, string Message) DescribeReaderError(string message)
    {
        // The reader's messages are not a contract; match loosely and keep the reader's words for a human.
        if (message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase))
        {
            return (JsonProblemCode.DepthExceeded, $"Objects and arrays are nested deeper than {EcvetJson.MaxDepth}.");
        }

        if (message.Contains("UTF-8", StringComparison.OrdinalIgnoreCase) || message.Contains("UTF-16", StringComparison.OrdinalIgnoreCase))
        {
            return (JsonProblemCode.InvalidText, "The input is not valid UTF-8 text.");
        }

        var firstLine = message.Split('\n', 2)[0].Trim();
        if (firstLine.Length > 200)
        {
            firstLine = firstLine[..200] + "…";
        }

        return (JsonProblemCode.InvalidJson, "The input is not well-formed JSON: " + firstLine);
    }

    /// <summary>Walks one value; the reader is on its first token and is left on its last.</summary>
    private bool WalkValue(ref Utf8JsonReader reader, JsonTypeInfo info, bool nullable, List<Subtree> parentSubtrees)
    {
        if (sink.IsFull)
        {
            throw new StopWalk();
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            if (nullable)
            {
                return true;
            }

            sink.AddAt(JsonProblemCode.NullNotAllowed, $"null is not allowed here; expected {Expected(info)}.", reader.TokenStartIndex);
            return false;
        }

        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                return WalkObject(ref reader, info, parentSubtrees);
            case JsonTypeInfoKind.Enumerable:
                return WalkArray(ref reader, info, parentSubtrees);
            case JsonTypeInfoKind.Dictionary:
                return WalkMap(ref reader, info, parentSubtrees);
            default:
                return WalkLeaf(ref reader, info);
        }
    }

    private bool WalkObject(ref Utf8JsonReader reader, JsonTypeInfo info, List<Subtree> parentSubtrees)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return WrongType(ref reader, info);
        }

        CheckDepth(ref reader);
        var start = (int)reader.TokenStartIndex;
        var problemsBefore = sink.Count;
        var properties = info.Properties;
        var seen = new bool[properties.Count];
        var subtrees = new List<Subtree>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var nameOffset = reader.TokenStartIndex;
            var name = PropertyName(ref reader);
            _ = reader.Read();
            if (name is null)
            {
                SkipValue(ref reader);
                continue;
            }

            var index = IndexOf(properties, name, StringComparison.Ordinal);
            if (index < 0 && sink.IsFull)
            {
                SkipNamedValue(ref reader, name); // past the problem cap: no message to build
                continue;
            }

            if (index < 0)
            {
                var caseVariant = IndexOf(properties, name, StringComparison.OrdinalIgnoreCase);
                if (caseVariant >= 0)
                {
                    sink.AddAt(JsonProblemCode.PropertyNameCase, $"Unknown property '{Short(name)}'; property names are case-sensitive: did you mean '{properties[caseVariant].Name}'?", nameOffset, name);
                }
                else
                {
                    sink.AddAt(JsonProblemCode.UnknownProperty, $"Unknown property '{Short(name)}'; expected one of: {string.Join(", ", properties.Select(p => p.Name))}.", nameOffset, name);
                }

                SkipNamedValue(ref reader, name);
                continue;
            }

            if (seen[index])
            {
                sink.AddAt(JsonProblemCode.DuplicateProperty, $"The property '{name}' appears more than once.", nameOffset, name);
                SkipNamedValue(ref reader, name);
                continue;
            }

            seen[index] = true;
            var property = properties[index];
            sink.Path.Push(property.Name);
            _ = WalkValue(ref reader, options.GetTypeInfo(property.PropertyType), property.IsSetNullable, subtrees);
            sink.Path.Pop();
        }

        for (var i = 0; i < properties.Count; i++)
        {
            if (!seen[i] && properties[i].IsRequired)
            {
                sink.AddAt(JsonProblemCode.MissingProperty, $"The required property '{properties[i].Name}' is missing.", start, properties[i].Name);
            }
        }

        var valid = sink.Count == problemsBefore;
        var end = (int)reader.BytesConsumed;
        if (valid && mappedTypes.Contains(info.Type))
        {
            parentSubtrees.Add(new Subtree(info, sink.Path.Snapshot(), start, end - start));
        }
        else
        {
            parentSubtrees.AddRange(subtrees);
        }

        return valid;
    }

    private bool WalkArray(ref Utf8JsonReader reader, JsonTypeInfo info, List<Subtree> parentSubtrees)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return WrongType(ref reader, info);
        }

        CheckDepth(ref reader);
        var problemsBefore = sink.Count;
        var elementInfo = options.GetTypeInfo(info.ElementType!);
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            sink.Path.Push(index++);
            _ = WalkValue(ref reader, elementInfo, nullable: false, parentSubtrees);
            sink.Path.Pop();
        }

        return sink.Count == problemsBefore;
    }

    private bool WalkMap(ref Utf8JsonReader reader, JsonTypeInfo info, List<Subtree> parentSubtrees)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return WrongType(ref reader, info);
        }

        CheckDepth(ref reader);
        var problemsBefore = sink.Count;
        var valueInfo = options.GetTypeInfo(info.ElementType!);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var nameOffset = reader.TokenStartIndex;
            var name = PropertyName(ref reader);
            _ = reader.Read();
            if (name is null)
            {
                SkipValue(ref reader);
                continue;
            }

            if (!keys.Add(name))
            {
                sink.AddAt(JsonProblemCode.DuplicateProperty, $"The key '{Short(name)}' appears more than once.", nameOffset, name);
                SkipNamedValue(ref reader, name);
                continue;
            }

            sink.Path.Push(name);
            _ = WalkValue(ref reader, valueInfo, nullable: false, parentSubtrees);
            sink.Path.Pop();
        }

        return sink.Count == problemsBefore;
    }

    private bool WalkLeaf(ref Utf8JsonReader reader, JsonTypeInfo info)
    {
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        var expected = ExpectedToken(type);
        var token = reader.TokenType;
        var matches = expected switch
        {
            JsonTokenType.String => token == JsonTokenType.String,
            JsonTokenType.Number => token == JsonTokenType.Number,
            JsonTokenType.True => token is JsonTokenType.True or JsonTokenType.False,
            _ => true,
        };
        if (!matches)
        {
            return WrongType(ref reader, info);
        }

        var copy = reader;
        try
        {
            _ = JsonSerializer.Deserialize(ref copy, info);
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            var (code, message) = LeafProblem(type, ref reader);
            sink.AddAt(code, message, reader.TokenStartIndex);
            return false;
        }
    }

    private static (JsonProblemCode, string) LeafProblem(Type type, ref Utf8JsonReader reader)
    {
        var raw = Raw(ref reader);
        if (type.IsEnum)
        {
            return (JsonProblemCode.InvalidEnumValue, $"{raw} is not a {EnumDescription(type)}.");
        }

        if (type == typeof(decimal) || type == typeof(int) || type == typeof(long))
        {
            return (JsonProblemCode.InvalidNumber, type == typeof(decimal)
                ? $"{raw} is not a plain decimal number that a decimal holds exactly (no exponent, in range, not rounded)."
                : $"{raw} is not a whole number in range.");
        }

        if (type == typeof(LocalDate))
        {
            return (JsonProblemCode.InvalidDate, $"{raw} is not an existing date in the form yyyy-MM-dd, in the years {Dates.MinYear} to {Dates.MaxYear}.");
        }

        if (type == typeof(Instant))
        {
            return (JsonProblemCode.InvalidDate, $"{raw} is not an instant in the form yyyy-MM-ddTHH:mm:ssZ (RFC 3339 in UTC, hours 00 to 23), in the years {Dates.MinYear} to {Dates.MaxYear}.");
        }

        if (type == typeof(YearMonth))
        {
            return (JsonProblemCode.InvalidDate, $"{raw} is not a month in the form yyyy-MM, in the years {Dates.MinYear} to {Dates.MaxYear}.");
        }

        if (type == typeof(Period))
        {
            return (JsonProblemCode.InvalidValue, $"{raw} is not an ISO-8601 period such as P5Y.");
        }

        if (type == typeof(string))
        {
            return (JsonProblemCode.InvalidText, "The string is not valid Unicode (a lone surrogate or invalid UTF-8).");
        }

        return (JsonProblemCode.InvalidValue, $"{raw} is not a valid {type.Name}.");
    }

    private static string EnumDescription(Type type) =>
        WireEnums.Names.TryGetValue(type, out var names)
            ? $"{type.Name}; expected one of: {string.Join(", ", names)}"
            : type.Name;

    private static JsonTokenType ExpectedToken(Type type)
    {
        if (type == typeof(string) || type.IsEnum || type.Namespace == "NodaTime")
        {
            return JsonTokenType.String;
        }

        if (type == typeof(bool))
        {
            return JsonTokenType.True;
        }

        return type.IsPrimitive || type == typeof(decimal) ? JsonTokenType.Number : JsonTokenType.None;
    }

    private static string Expected(JsonTypeInfo info)
    {
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
            case JsonTypeInfoKind.Dictionary:
                return "an object";
            case JsonTypeInfoKind.Enumerable:
                return "an array";
            default:
                var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
                return ExpectedToken(type) switch
                {
                    JsonTokenType.String when type.IsEnum => "a string (a name)",
                    JsonTokenType.String when type == typeof(LocalDate) => "a string (a date, yyyy-MM-dd)",
                    JsonTokenType.String => "a string",
                    JsonTokenType.Number => "a number",
                    JsonTokenType.True => "true or false",
                    _ => "a value",
                };
        }
    }

    private bool WrongType(ref Utf8JsonReader reader, JsonTypeInfo info)
    {
        sink.AddAt(JsonProblemCode.WrongType, $"Expected {Expected(info)}, found {ConverterText.Kind(reader.TokenType)}.", reader.TokenStartIndex);
        SkipValue(ref reader);
        return false;
    }

    private string? PropertyName(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            sink.AddAt(JsonProblemCode.InvalidText, "A property name is not valid Unicode (a lone surrogate or invalid UTF-8).", reader.TokenStartIndex);
            return null;
        }
    }

    private static int IndexOf(IList<JsonPropertyInfo> properties, string name, StringComparison comparison)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            if (string.Equals(properties[i].Name, name, comparison))
            {
                return i;
            }
        }

        return -1;
    }

    private void CheckDepth(ref Utf8JsonReader reader)
    {
        if (reader.CurrentDepth >= EcvetJson.MaxDepth)
        {
            sink.AddAt(JsonProblemCode.DepthExceeded, $"Objects and arrays are nested deeper than {EcvetJson.MaxDepth}.", reader.TokenStartIndex);
            throw new StopWalk();
        }
    }

    private void SkipNamedValue(ref Utf8JsonReader reader, string name)
    {
        sink.Path.Push(name);
        SkipValue(ref reader);
        sink.Path.Pop();
    }

    /// <summary>Skips a value, checking depth on the way (a depth bomb inside an unknown property is still caught).</summary>
    private void SkipValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = reader.CurrentDepth;
        CheckDepth(ref reader);
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    CheckDepth(ref reader);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray when reader.CurrentDepth == depth:
                    return;
            }
        }
    }

    /// <summary>A short piece of the raw token for messages (never a large piece of the input).</summary>
    private static string Raw(ref Utf8JsonReader reader)
    {
        var span = reader.HasValueSequence ? [] : reader.ValueSpan;
        var text = System.Text.Encoding.UTF8.GetString(span.Length > 40 ? span[..40] : span);
        var more = span.Length > 40 ? "…" : string.Empty;
        return reader.TokenType == JsonTokenType.String ? $"'{text}{more}'" : text + more;
    }

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;

    /// <summary>Ends the walk early (depth bomb, or the problem limit reached).</summary>
    private sealed class StopWalk : Exception;
}
