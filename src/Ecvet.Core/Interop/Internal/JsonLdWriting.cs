using System.Buffers;
using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ecvet.Interop.Internal;

/// <summary>Writing helpers shared by the exports: one writer configuration, language maps, identifier parts.</summary>
internal static class JsonLdWriting
{
    // Indented with \n on every platform, and UTF-8 text unescaped: the same input gives the same bytes anywhere, and the
    // golden files stay readable. Relaxed escaping is safe here: the output is a JSON document, never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal static ImmutableArray<byte> Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return [.. buffer.WrittenSpan];
    }

    /// <summary>Writes <c>"name": { "en": "…", "fi": "…" }</c>, languages in the text's (ordinal) order.</summary>
    internal static void WriteLanguageMap(Utf8JsonWriter writer, string name, LocalizedText text)
    {
        writer.WriteStartObject(name);
        foreach (var (language, value) in text.Entries)
        {
            writer.WriteString(language.Value, value);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Escapes an identifier for use as one segment of a URN: everything but unreserved characters is percent-encoded
    /// (so a <c>:</c> inside an identifier cannot be mistaken for a separator).
    /// </summary>
    internal static string UrnSegment(string identifier) => Uri.EscapeDataString(identifier);
}
