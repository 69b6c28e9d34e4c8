using System.Text.Json;
using System.Text.Json.Serialization;
using Ecvet.Serialization.Internal;

namespace Ecvet.Serialization;

/// <summary>
/// The converter every public value and record type of Ecvet.Core names in its <see cref="JsonConverterAttribute"/>, so
/// that plain <see cref="JsonSerializer"/> calls (default options, your own options, or your own source-generated
/// <see cref="JsonSerializerContext"/>) write each type in the shape it has inside <see cref="EcvetJson"/> documents and
/// read it back strictly.
/// </summary>
/// <remarks>
/// <para>
/// You never need to register it: the attribute on each type is honoured by reflection-based serialization and by the
/// System.Text.Json source generator alike. Adding it to <see cref="JsonSerializerOptions.Converters"/> is harmless and
/// changes nothing.
/// </para>
/// <para>
/// Shapes: points and levels as JSON numbers (<c>30</c>, <c>4</c>), identifiers and codes as strings (<c>"cook-u3"</c>,
/// <c>"FI"</c>, <c>"schac:omnia.fi"</c>), enumerations by their camelCase wire names (<c>"knowledge"</c>), localized text as
/// a language map (<c>{"en": "…"}</c>), composite records and documents as the objects of the document format, whatever
/// naming policy or number handling the caller's options ask for. Reading is as strict as <see cref="EcvetJson"/>:
/// wrong JSON kinds, unknown or duplicate members and values the domain type refuses throw <see cref="JsonException"/>
/// whose message names the problem (the domain's own message for a rule of validity).
/// </para>
/// <para>This type is stateless and thread-safe; it uses no reflection and is safe for trimming and Native AOT.</para>
/// </remarks>
public sealed class EcvetJsonConverter : JsonConverterFactory
{
    /// <summary>Whether <paramref name="typeToConvert"/> is a public type of Ecvet.Core with a JSON shape.</summary>
    /// <param name="typeToConvert">The type.</param>
    /// <returns><see langword="true"/> for the types that carry this converter's attribute.</returns>
    public override bool CanConvert(Type typeToConvert) => PublicTypeConverters.Contains(typeToConvert);

    /// <summary>The converter of <paramref name="typeToConvert"/>, independent of <paramref name="options"/>.</summary>
    /// <param name="typeToConvert">A type for which <see cref="CanConvert(Type)"/> is true.</param>
    /// <param name="options">The caller's options; they do not change the shape.</param>
    /// <returns>The converter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="typeToConvert"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="typeToConvert"/> has no JSON shape in Ecvet.Core.</exception>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return PublicTypeConverters.Get(typeToConvert)
            ?? throw new ArgumentException($"{typeToConvert} has no JSON shape in Ecvet.Core.", nameof(typeToConvert));
    }
}
