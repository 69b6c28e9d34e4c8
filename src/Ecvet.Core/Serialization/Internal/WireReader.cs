using System.Globalization;
using Ecvet.Serialization.Internal.Wire;
using Ecvet.Utility;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// Turns wire values into domain values, reporting every problem with a specific code at its path instead of letting
/// the domain's <see cref="ArgumentException"/> escape. The specific checks run first; any domain rule they do not
/// know is still caught (as <see cref="JsonProblemCode.InvalidValue"/>) with the domain's message.
/// </summary>
internal static class WireReader
{
    public static T? Identifier<T>(ProblemSink sink, string? text, string property, TryParse<T> tryParse, string what)
        where T : class
    {
        if (text is null)
        {
            sink.Add(JsonProblemCode.NullNotAllowed, $"The {what} must not be null.", property);
            return null;
        }

        if (tryParse(text, out var id))
        {
            return id;
        }

        var code = text.Length > IdentifierSyntax.MaxTokenLength ? JsonProblemCode.StringTooLong : JsonProblemCode.InvalidIdentifier;
        sink.Add(code, $"'{Short(text)}' is not a valid {what}: an identifier is {Preconditions.TokenRule}.", property);
        return null;
    }

    public delegate bool TryParse<T>(string? text, out T? value);

    public static LocalizedText? Text(ProblemSink sink, Dictionary<string, string>? map, string? property)
    {
        if (map is null)
        {
            sink.Add(JsonProblemCode.NullNotAllowed, "A text must not be null; expected a language map such as {\"en\": \"…\"}.", property);
            return null;
        }

        if (map.Count == 0)
        {
            sink.Add(JsonProblemCode.EmptyCollection, "A text needs at least one language, as in {\"en\": \"…\"}.", property);
            return null;
        }

        var before = sink.Count;
        var entries = new List<KeyValuePair<LanguageTag, string>>(map.Count);
        if (property is not null)
        {
            // A text on its own (a user's DTO) is the root: its languages are reported directly under it.
            sink.Path.Push(property);
        }

        foreach (var (key, value) in map)
        {
            if (!TryParseLanguage(key, out var tag))
            {
                sink.Add(JsonProblemCode.InvalidLanguageTag, $"'{Short(key)}' is not a BCP 47 language tag such as en, fi or pt-BR.", key);
                continue;
            }

            if (CheckText(sink, value, key) is { } text)
            {
                entries.Add(new(tag, text));
            }
        }

        if (property is not null)
        {
            sink.Path.Pop();
        }

        if (sink.Count != before)
        {
            return null;
        }

        return Domain(sink, property, () => LocalizedText.Create(entries));
    }

    // Parsed tags are immutable and few (a document uses a handful of languages): keep up to 256 of them, so reading
    // does not parse "en" and "fi" again for every text. Bounded, so hostile input cannot grow it.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, LanguageTag> Languages = new(StringComparer.Ordinal);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, LanguageTag>.AlternateLookup<ReadOnlySpan<char>> LanguagesBySpan =
        Languages.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A tag already parsed from exactly <paramref name="key"/>, without allocating.</summary>
    internal static bool TryGetCachedLanguage(ReadOnlySpan<char> key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LanguageTag? tag) =>
        LanguagesBySpan.TryGetValue(key, out tag);

    internal static bool TryParseLanguage(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LanguageTag? tag)
    {
        if (Languages.TryGetValue(key, out tag))
        {
            return true;
        }

        if (!LanguageTag.TryParse(key, out tag))
        {
            return false;
        }

        if (Languages.Count < 256)
        {
            Languages.TryAdd(key, tag);
        }

        return true;
    }

    public static LocalizedText? OptionalText(ProblemSink sink, Dictionary<string, string>? map, string property) =>
        map is null ? null : Text(sink, map, property);

    private static string? CheckText(ProblemSink sink, string? value, string property)
    {
        if (value is null)
        {
            sink.Add(JsonProblemCode.NullNotAllowed, "A text must not be null.", property);
            return null;
        }

        if (LocalizedText.IsValidText(value))
        {
            return value;
        }

        // The rule is the domain's; only the code is chosen here.
        var code = value.Length > LocalizedText.MaxLength ? JsonProblemCode.StringTooLong : JsonProblemCode.InvalidString;
        return Domain(sink, property, () => LocalizedText.CheckText(value, property), code);
    }

    public static CreditPoints? EcvetPoints(ProblemSink sink, CreditWire? credit, string property)
    {
        if (credit is null)
        {
            sink.Add(JsonProblemCode.NullNotAllowed, "Credit must not be null; expected {\"scheme\": \"ecvet\", \"value\": …}.", property);
            return null;
        }

        sink.Path.Push(property);
        try
        {
            var ok = true;
            if (credit.Scheme is null)
            {
                sink.Add(JsonProblemCode.NullNotAllowed, "The credit scheme must not be null.", "scheme");
                ok = false;
            }
            else if (!string.Equals(credit.Scheme, CreditScheme.Ecvet.Code, StringComparison.Ordinal))
            {
                sink.Add(JsonProblemCode.InvalidCreditScheme, $"Points in a qualification are ECVET points: the scheme must be 'ecvet', not '{Short(credit.Scheme)}'.", "scheme");
                ok = false;
            }

            var points = Points(sink, credit.Value, "value");
            return ok ? points : null;
        }
        finally
        {
            sink.Path.Pop();
        }
    }

    /// <summary>
    /// Points written as a plain number. The rules are <see cref="CreditPoints.From(decimal)"/>'s; only the code is
    /// chosen here, from the exception it throws: <see cref="JsonProblemCode.NegativePoints"/> or
    /// <see cref="JsonProblemCode.PointsTooLarge"/> for a value out of its range, <see cref="JsonProblemCode.PointsTooPrecise"/>
    /// for too many decimals.
    /// </summary>
    public static CreditPoints? Points(ProblemSink sink, decimal value, string? property)
    {
        if (CreditPoints.TryFrom(value, out var points))
        {
            return points;
        }

        try
        {
            return CreditPoints.From(value);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            sink.Add(value < 0m ? JsonProblemCode.NegativePoints : JsonProblemCode.PointsTooLarge, Message(ex), property);
        }
        catch (ArgumentException ex)
        {
            sink.Add(JsonProblemCode.PointsTooPrecise, Message(ex), property);
        }

        return null;
    }

    public static bool EqfLevel(ProblemSink sink, int? level, string property, out EqfLevel? result)
    {
        result = null;
        if (level is null)
        {
            return true;
        }

        try
        {
            result = Ecvet.EqfLevel.From(level.Value);
            return true;
        }
        catch (ArgumentOutOfRangeException ex)
        {
            sink.Add(JsonProblemCode.InvalidEqfLevel, Message(ex), property);
            return false;
        }
    }

    public static bool Enum<T>(ProblemSink sink, T value, string? property)
        where T : struct, Enum
    {
        if (System.Enum.IsDefined(value))
        {
            return true;
        }

        sink.Add(JsonProblemCode.InvalidEnumValue, $"{value} is not a defined {typeof(T).Name}.", property);
        return false;
    }

    /// <summary>Checks an array: not null and (when asked) not empty. Its length is bounded by the input limit alone.</summary>
    public static bool Items<T>(ProblemSink sink, List<T>? items, string property, bool required)
    {
        if (items is null)
        {
            sink.Add(JsonProblemCode.NullNotAllowed, "The array must not be null.", property);
            return false;
        }

        if (required && items.Count == 0)
        {
            sink.Add(JsonProblemCode.EmptyCollection, "At least one entry is required.", property);
            return false;
        }

        return true;
    }

    /// <summary>Runs a domain factory, turning its argument exceptions into a problem at <paramref name="property"/>.</summary>
    public static T? Domain<T>(ProblemSink sink, string? property, Func<T> create, JsonProblemCode code = JsonProblemCode.InvalidValue)
        where T : class => Domain(sink, property, create, [], code);

    /// <summary>
    /// Runs a domain factory, turning its argument exceptions into a problem: at the wire property of the exception's
    /// parameter when that is one of <paramref name="parameters"/>, with that parameter's code, else at
    /// <paramref name="property"/>. A <see cref="DuplicateValueException"/> is reported as
    /// <see cref="JsonProblemCode.DuplicateId"/> at the repeated entry, an <see cref="InvalidEntryException"/> at its
    /// location inside the parameter's wire property. This is how a rule that lives in the domain is
    /// reported at the member it is about, without the wire layer deciding it again.
    /// </summary>
    public static T? Domain<T>(ProblemSink sink, string? property, Func<T> create, ReadOnlySpan<WireParameter> parameters, JsonProblemCode code = JsonProblemCode.InvalidValue)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            var message = Message(ex);
            WireParameter? parameter = null;
            foreach (var candidate in parameters)
            {
                if (string.Equals(candidate.Name, ex.ParamName, StringComparison.Ordinal))
                {
                    parameter = candidate;
                    break;
                }
            }

            if (parameter is not { } p)
            {
                sink.Add(code, message, property);
            }
            else if (ex is InvalidEntryException { Location.Length: > 0 } entry)
            {
                AddAtLocation(sink, p.Property, entry.Location, message, p.Code);
            }
            else if (ex is DuplicateValueException { Index: >= 0 } duplicate)
            {
                sink.Path.Push(p.Items ?? p.Property);
                sink.Path.Push(duplicate.Index);
                sink.Add(JsonProblemCode.DuplicateId, message, p.ItemMember);
                sink.Path.Pop();
                sink.Path.Pop();
            }
            else
            {
                sink.Add(p.Code, message, p.Property);
            }

            return null;
        }
        catch (FormatException ex)
        {
            sink.Add(code, ex.Message, property);
            return null;
        }
    }

    /// <summary>
    /// Reports a problem at <paramref name="location"/> (an <see cref="InvalidEntryException.Location"/> such as
    /// <c>[1].signatures[0].signedAt</c>) under <paramref name="property"/>: the domain's members have the wire's names.
    /// </summary>
    private static void AddAtLocation(ProblemSink sink, string property, string location, string message, JsonProblemCode code)
    {
        var depth = sink.Path.Depth;
        sink.Path.Push(property);
        var rest = location.AsSpan();
        string? last = null;
        while (!rest.IsEmpty)
        {
            if (last is not null)
            {
                sink.Path.Push(last);
                last = null;
            }

            if (rest[0] == '[')
            {
                var close = rest.IndexOf(']');
                sink.Path.Push(int.Parse(rest[1..close], NumberStyles.None, CultureInfo.InvariantCulture));
                rest = rest[(close + 1)..];
            }
            else
            {
                rest = rest[0] == '.' ? rest[1..] : rest;
                var end = rest.IndexOfAny('.', '[');
                end = end < 0 ? rest.Length : end;
                last = rest[..end].ToString();
                rest = rest[end..];
            }
        }

        sink.Add(code, message, last);
        sink.Path.Truncate(depth);
    }

    // The domain's message without the runtime's " (Parameter 'x')" and "Actual value was …" suffixes: the problem's path says where.
    private static string Message(ArgumentException ex)
    {
        var message = ex.Message;
        var suffix = ex.ParamName is null ? -1 : message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
        return suffix > 0 ? message[..suffix] : message;
    }

    public static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
