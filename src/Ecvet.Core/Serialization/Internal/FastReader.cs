using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using NodaTime;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// Building blocks of the optimistic fast paths, which read a valid document straight into domain values with one
/// forward-only <see cref="Utf8JsonReader"/>. Each reads the value at the reader's current token and returns false at
/// the first doubt; the caller then gives up and the reference path (source-generated wire records, then the mapper)
/// reads the document again and reports the problems. Each accepts a subset of what the reference path accepts and
/// builds the same value from it: the same converters, the same checks, the same domain constructors.
/// </summary>
internal static class FastReader
{
    /// <summary>The reader settings of the strict contract (<see cref="EcvetJsonContext"/>).</summary>
    public static JsonReaderOptions ReaderOptions { get; } = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = EcvetJson.MaxDepth,
    };

    private const int MaxFastLanguages = 64;

    private static readonly IsoLocalDateConverter LocalDates = new();
    private static readonly RoundtripPeriodConverter Periods = new();
    private static readonly LanguageTag?[] TwoLetterTags = new LanguageTag?[26 * 26];

    // The values the format fixes, as the bytes the reader compares: the schema version this library reads and the
    // code of the ECVET credit scheme.
    private static readonly byte[] SchemaVersionUtf8 = Encoding.UTF8.GetBytes(EcvetJson.SchemaVersion);
    private static readonly byte[] EcvetSchemeUtf8 = Encoding.UTF8.GetBytes(CreditScheme.Ecvet.Code);

    /// <summary>The schema version this library reads (<see cref="EcvetJson.SchemaVersion"/>).</summary>
    public static bool SchemaVersion(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(SchemaVersionUtf8);

    /// <summary>A string (not null).</summary>
    public static bool String(ref Utf8JsonReader reader, [NotNullWhen(true)] out string? value)
    {
        value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return value is not null;
    }

    /// <summary>A string or null.</summary>
    public static bool OptionalString(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        return reader.TokenType == JsonTokenType.Null || String(ref reader, out value);
    }

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static bool Boolean(ref Utf8JsonReader reader, out bool value)
    {
        value = reader.TokenType == JsonTokenType.True;
        return value || reader.TokenType == JsonTokenType.False;
    }

    /// <summary>A plain number (as <see cref="PlainDecimalConverter"/> reads it).</summary>
    public static bool Decimal(ref Utf8JsonReader reader, out decimal value) => PlainDecimalConverter.TryRead(ref reader, out value);

    /// <summary>A plain number or null.</summary>
    public static bool OptionalDecimal(ref Utf8JsonReader reader, out decimal? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (!Decimal(ref reader, out var number))
        {
            return false;
        }

        value = number;
        return true;
    }

    /// <summary>An enumeration name (as <see cref="StrictEnumConverter{T}"/> reads it).</summary>
    public static bool Enum<T>(ref Utf8JsonReader reader, out T value)
        where T : struct, Enum => StrictEnumConverter<T>.TryRead(ref reader, out value);

    /// <summary>An enumeration name or null.</summary>
    public static bool OptionalEnum<T>(ref Utf8JsonReader reader, out T? value)
        where T : struct, Enum
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (!StrictEnumConverter<T>.TryRead(ref reader, out var name))
        {
            return false;
        }

        value = name;
        return true;
    }

    /// <summary>An EQF level written as one digit, or null; other spellings of a number are left to the reference path, and
    /// a digit that is no level makes <see cref="EqfLevel.From(int)"/> throw, which gives up.</summary>
    public static bool OptionalEqfLevel(ref Utf8JsonReader reader, out EqfLevel? level)
    {
        level = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.Number || reader.HasValueSequence)
        {
            return false;
        }

        var digits = reader.ValueSpan;
        if (digits.Length != 1 || !char.IsAsciiDigit((char)digits[0]))
        {
            return false;
        }

        level = EqfLevel.From(digits[0] - '0');
        return true;
    }

    /// <summary>An ISO date or null (through the contract's converter).</summary>
    public static bool OptionalLocalDate(ref Utf8JsonReader reader, out LocalDate? date)
    {
        date = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        date = LocalDates.Read(ref reader, typeof(LocalDate), EcvetJsonContext.Default.Options);
        return true;
    }

    /// <summary>A period or null (through the contract's converter).</summary>
    public static bool OptionalPeriod(ref Utf8JsonReader reader, out Period? period)
    {
        period = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        period = Periods.Read(ref reader, typeof(Period), EcvetJsonContext.Default.Options);
        return period is not null;
    }

    /// <summary><c>{"scheme": "ecvet", "value": …}</c> with a value <see cref="CreditPoints.TryFrom"/> accepts.</summary>
    public static bool EcvetPoints(ref Utf8JsonReader reader, out CreditPoints points)
    {
        points = default;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var seen = 0u;
        var value = 0m;
        int index;
        while ((index = PropertyNames.Credit.Next(ref reader, ref seen)) >= 0)
        {
            var ok = index == 0
                ? reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(EcvetSchemeUtf8)
                : Decimal(ref reader, out value);
            if (!ok)
            {
                return false;
            }
        }

        return index == PropertyNames.End && CreditPoints.TryFrom(value, out points);
    }

    /// <summary>A language map such as <c>{"en": "…", "fi": "…"}</c> that <see cref="LocalizedText"/> accepts.</summary>
    public static bool Text(ref Utf8JsonReader reader, [NotNullWhen(true)] out LocalizedText? text)
    {
        text = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var buffer = default(Buffer8<KeyValuePair<LanguageTag, string>>);
        Span<KeyValuePair<LanguageTag, string>> scratch = buffer;
        var count = 0;
        while (true)
        {
            if (!reader.Read())
            {
                return false;
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            // Past a few dozen languages (real texts have a handful) the sorted insertion below would cost the square
            // of the count: leave such a text to the reference path, which sorts once.
            if (count == MaxFastLanguages
                || !Language(ref reader, out var tag)
                || !reader.Read()
                || !String(ref reader, out var value))
            {
                return false;
            }

            // Insertion in ordinal order of the tag (LocalizedText's order); whether the entries make a text (the same
            // tag twice, a text the rules refuse, none at all) is LocalizedText's to say, below.
            var at = count;
            while (at > 0 && string.CompareOrdinal(scratch[at - 1].Key.Value, tag.Value) > 0)
            {
                at--;
            }

            if (count == scratch.Length)
            {
                var larger = new KeyValuePair<LanguageTag, string>[count * 2];
                scratch.CopyTo(larger);
                scratch = larger;
            }

            scratch[at..count].CopyTo(scratch[(at + 1)..]);
            scratch[at] = new(tag, value);
            count++;
        }

        text = LocalizedText.TryFromSorted(ImmutableCollectionsMarshal.AsImmutableArray(scratch[..count].ToArray()));
        return text is not null;
    }

    /// <summary>A language map or null.</summary>
    public static bool OptionalText(ref Utf8JsonReader reader, out LocalizedText? text)
    {
        text = null;
        return reader.TokenType == JsonTokenType.Null || Text(ref reader, out text);
    }

    /// <summary>
    /// Reads the elements of an array, each with <paramref name="read"/>
    /// (called on the element's first token); empty only when <paramref name="required"/> is false.
    /// </summary>
    public static bool Items<T>(ref Utf8JsonReader reader, ElementReader<T> read, bool required, out ImmutableArray<T> items)
    {
        items = [];
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        // The first elements go to a buffer on the stack, so a short array costs one exact-size allocation.
        var buffer = default(Buffer8<T>);
        Span<T> first = buffer;
        List<T>? more = null;
        var count = 0;
        while (true)
        {
            if (!reader.Read())
            {
                return false;
            }

            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            if (!read(ref reader, out var item))
            {
                return false;
            }

            if (count < first.Length)
            {
                first[count] = item!;
            }
            else
            {
                (more ??= new List<T>(first.Length)).Add(item!);
            }

            count++;
        }

        if (count == 0)
        {
            return !required;
        }

        var array = new T[count];
        first[..Math.Min(count, first.Length)].CopyTo(array);
        more?.CopyTo(array, first.Length);
        items = ImmutableCollectionsMarshal.AsImmutableArray(array);
        return true;
    }

    public delegate bool ElementReader<T>(ref Utf8JsonReader reader, out T? item);

    private static bool Language(ref Utf8JsonReader reader, [NotNullWhen(true)] out LanguageTag? tag)
    {
        var name = reader.ValueSpan;
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && name.Length == 2 && char.IsAsciiLetterLower((char)name[0]) && char.IsAsciiLetterLower((char)name[1]))
        {
            // Two lower-case letters (en, fi, sv…): a table, filled as tags are met (a race stores equal tags).
            var slot = ((name[0] - 'a') * 26) + (name[1] - 'a');
            tag = TwoLetterTags[slot];
            if (tag is null && WireReader.TryParseLanguage(Encoding.ASCII.GetString(name), out tag))
            {
                TwoLetterTags[slot] = tag;
            }

            return tag is not null;
        }

        if (!reader.ValueIsEscaped && !reader.HasValueSequence && name.Length <= 16)
        {
            Span<char> chars = stackalloc char[16];
            if (Ascii.ToUtf16(name, chars, out var written) == OperationStatus.Done && WireReader.TryGetCachedLanguage(chars[..written], out tag))
            {
                return true;
            }
        }

        var key = reader.GetString();
        tag = null;
        return key is not null && WireReader.TryParseLanguage(key, out tag);
    }
}

/// <summary>
/// The property names of one wire record, in canonical order, and which are required: matches names on their UTF-8
/// bytes and refuses unknown, escaped (left to the reference path), duplicate and missing required properties.
/// </summary>
internal sealed class PropertyNames
{
    /// <summary>The object ended with every required property seen.</summary>
    public const int End = -1;

    /// <summary>Anything else: give up.</summary>
    public const int Fail = -2;

    public static readonly PropertyNames Credit = new(["scheme", "value"]);

    private readonly byte[][] names;
    private readonly uint required;

    /// <param name="names">The names in canonical order (at most 32).</param>
    /// <param name="optional">The names that may be absent.</param>
    public PropertyNames(string[] names, params string[] optional)
    {
        this.names = [.. names.Select(Encoding.UTF8.GetBytes)];
        for (var i = 0; i < names.Length; i++)
        {
            if (!optional.Contains(names[i]))
            {
                required |= 1u << i;
            }
        }
    }

    /// <summary>
    /// Reads the next token of an object: the index of a known property (the reader then on its value),
    /// <see cref="End"/>, or <see cref="Fail"/>.
    /// </summary>
    public int Next(ref Utf8JsonReader reader, ref uint seen)
    {
        if (!reader.Read())
        {
            return Fail;
        }

        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            return reader.TokenType == JsonTokenType.EndObject && (seen & required) == required ? End : Fail;
        }

        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return Fail;
        }

        var name = reader.ValueSpan;
        var index = BitOperations.PopCount(seen); // canonical documents come in order: try the next name first
        if (index >= names.Length || !name.SequenceEqual(names[index]))
        {
            index = -1;
            for (var i = 0; i < names.Length; i++)
            {
                if (name.SequenceEqual(names[i]))
                {
                    index = i;
                    break;
                }
            }
        }

        if (index < 0 || (seen & (1u << index)) != 0 || !reader.Read())
        {
            return Fail;
        }

        seen |= 1u << index;
        return index;
    }
}

/// <summary>Room for eight values on the stack.</summary>
[System.Runtime.CompilerServices.InlineArray(8)]
internal struct Buffer8<T>
{
    private T element;
}
