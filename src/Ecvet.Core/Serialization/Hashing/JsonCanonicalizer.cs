using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ecvet.Serialization.Hashing;

/// <summary>
/// The JSON Canonicalization Scheme of RFC 8785: object members sorted by their names as UTF-16 code units, numbers in
/// ECMAScript (ES6) form, strings with the minimal escaping, no white space, UTF-8 output.
/// </summary>
/// <remarks>
/// Input is any RFC 8259 JSON text restricted to I-JSON (RFC 7493): duplicate member names, lone surrogates and numbers
/// outside the range of an IEEE 754 double are rejected with a <see cref="FormatException"/>. The output of two JSON texts
/// that differ only in member order, white space, escaping or number spelling is byte for byte the same, so anyone can
/// recompute a hash over it. This type is stateless and thread-safe.
/// </remarks>
internal static class JsonCanonicalizer
{
    private const int MaxDepth = 64;

    /// <summary>Canonicalizes a UTF-8 JSON text.</summary>
    /// <param name="utf8Json">The JSON text.</param>
    /// <returns>The canonical UTF-8 bytes.</returns>
    /// <exception cref="FormatException">The text is not JSON, or not I-JSON (duplicate names, lone surrogates, numbers out of range).</exception>
    internal static byte[] Canonicalize(ReadOnlySpan<byte> utf8Json) => Canonicalize(utf8Json, []);

    /// <summary>Canonicalizes a UTF-8 JSON object without some of its top-level members.</summary>
    /// <param name="utf8Json">The JSON text.</param>
    /// <param name="excludedTopLevelMembers">Names of members of the root object to leave out (such as a document's own hash).</param>
    /// <returns>The canonical UTF-8 bytes.</returns>
    /// <exception cref="FormatException">The text is not JSON or not I-JSON.</exception>
    internal static byte[] Canonicalize(ReadOnlySpan<byte> utf8Json, IReadOnlyCollection<string> excludedTopLevelMembers)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException exception)
        {
            throw new FormatException($"The text is not valid JSON: {exception.Message}", exception);
        }

        using (document)
        {
            var output = new ArrayBufferWriter<byte>(utf8Json.Length);
            if (excludedTopLevelMembers.Count > 0 && document.RootElement.ValueKind == JsonValueKind.Object)
            {
                WriteObject(document.RootElement, output, excludedTopLevelMembers);
            }
            else
            {
                Write(document.RootElement, output);
            }
            return output.WrittenSpan.ToArray();
        }
    }

    /// <summary>Canonicalizes a JSON text given as a string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The canonical UTF-8 bytes.</returns>
    /// <exception cref="FormatException">The text is not JSON or not I-JSON.</exception>
    internal static byte[] Canonicalize(string json) => Canonicalize(Encoding.UTF8.GetBytes(json));

    private static void Write(JsonElement element, ArrayBufferWriter<byte> output)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(element, output, []);
                break;
            case JsonValueKind.Array:
                WriteAscii(output, "[");
                var first = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!first)
                    {
                        WriteAscii(output, ",");
                    }

                    first = false;
                    Write(item, output);
                }

                WriteAscii(output, "]");
                break;
            case JsonValueKind.String:
                WriteString(ReadString(element), output);
                break;
            case JsonValueKind.Number:
                WriteAscii(output, FormatNumber(ReadNumber(element)));
                break;
            case JsonValueKind.True:
                WriteAscii(output, "true");
                break;
            case JsonValueKind.False:
                WriteAscii(output, "false");
                break;
            default:
                WriteAscii(output, "null");
                break;
        }
    }

    private static void WriteObject(JsonElement element, ArrayBufferWriter<byte> output, IReadOnlyCollection<string> excluded)
    {
        var members = new List<KeyValuePair<string, JsonElement>>();
        foreach (var property in element.EnumerateObject())
        {
            string name;
            try
            {
                name = property.Name;
            }
            catch (InvalidOperationException exception)
            {
                throw new FormatException("A member name is not valid UTF-16 (a lone surrogate); I-JSON forbids it.", exception);
            }

            if (!excluded.Contains(name, StringComparer.Ordinal))
            {
                members.Add(new(name, property.Value));
            }
        }

        // UTF-16 code-unit order, as RFC 8785 §3.2.3 requires; ordinal string comparison is exactly that.
        members.Sort(static (left, right) => string.CompareOrdinal(left.Key, right.Key));
        WriteAscii(output, "{");
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                if (string.Equals(members[i - 1].Key, members[i].Key, StringComparison.Ordinal))
                {
                    throw new FormatException($"The object has the member name '{members[i].Key}' twice; I-JSON forbids duplicate names.");
                }

                WriteAscii(output, ",");
            }

            WriteString(members[i].Key, output);
            WriteAscii(output, ":");
            Write(members[i].Value, output);
        }

        WriteAscii(output, "}");
    }

    private static string ReadString(JsonElement element)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException exception)
        {
            throw new FormatException("A string is not valid UTF-16 (a lone surrogate); I-JSON forbids it.", exception);
        }
    }

    private static double ReadNumber(JsonElement element)
    {
        // Parsing the original spelling gives the nearest double, as ECMAScript's JSON.parse does.
        var text = element.GetRawText();
        var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(value)
            ? value
            : throw new FormatException($"The number {text} is outside the range of an IEEE 754 double; I-JSON forbids it.");
    }

    /// <summary>Formats a finite double as ECMAScript's Number.prototype.toString does (ECMA-262 §7.1.12.1).</summary>
    /// <param name="value">A finite number.</param>
    /// <returns>The text, such as <c>4.5</c>, <c>1e+30</c> or <c>0.000001</c>.</returns>
    internal static string FormatNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new FormatException("NaN and infinities have no JSON form.");
        }

        if (value == 0)
        {
            return "0"; // also for negative zero
        }

        // "R" gives the shortest digits that round-trip, which is what ECMAScript requires; only the layout differs.
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var (digits, exponent) = Decompose(shortest);

        // digits = d1 d2 … dk, value = 0.d1…dk × 10^n with n = exponent (ECMAScript's k and n).
        var k = digits.Length;
        var n = exponent;
        var builder = new StringBuilder(32);
        if (value < 0)
        {
            builder.Append('-');
        }

        if (k <= n && n <= 21)
        {
            builder.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            builder.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            builder.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            builder.Append(digits[0]);
            if (k > 1)
            {
                builder.Append('.').Append(digits, 1, k - 1);
            }

            var e = n - 1;
            builder.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>Splits .NET's round-trip text ("123.45", "1E+21", "1.5E-07") into significant digits and a decimal exponent n such that value = 0.digits × 10^n.</summary>
    private static (string Digits, int Exponent) Decompose(string text)
    {
        var exponentIndex = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentIndex < 0 ? text : text[..exponentIndex];
        var exponent = exponentIndex < 0 ? 0 : int.Parse(text.AsSpan(exponentIndex + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerPart = point < 0 ? mantissa : mantissa[..point];
        var fractionPart = point < 0 ? string.Empty : mantissa[(point + 1)..];
        var all = integerPart + fractionPart;
        var n = integerPart.Length + exponent;

        var leading = 0;
        while (leading < all.Length - 1 && all[leading] == '0')
        {
            leading++;
        }

        n -= leading;
        var digits = all[leading..].TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, n);
    }

    private static void WriteString(string value, ArrayBufferWriter<byte> output)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    throw new FormatException($"The string has a lone surrogate at index {i}; I-JSON forbids it.");
                }

                builder.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }

            if (char.IsLowSurrogate(c))
            {
                throw new FormatException($"The string has a lone surrogate at index {i}; I-JSON forbids it.");
            }

            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < ' ':
                    builder.Append("\\u00").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
        var text = builder.ToString();
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        var written = Encoding.UTF8.GetBytes(text, span);
        output.Advance(written);
    }

    private static void WriteAscii(ArrayBufferWriter<byte> output, string text)
    {
        var span = output.GetSpan(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            span[i] = (byte)text[i];
        }

        output.Advance(text.Length);
    }
}
