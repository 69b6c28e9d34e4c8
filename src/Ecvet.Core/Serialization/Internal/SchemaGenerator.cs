using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using NodaTime;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// Generates the JSON Schema (draft 2020-12) of a root document from its source-generated contract, patching what the
/// exporter cannot see: custom converters (NodaTime values, strict enums, plain decimals), forbidden extra members, and
/// the domain's simplest limits, read from the domain's constants (never written here again).
/// </summary>
internal static class SchemaGenerator
{
    public static string Generate(JsonTypeInfo root, string id, string title)
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Transform,
        };
        var schema = (JsonObject)JsonSchemaExporter.GetJsonSchemaAsNode(root, exporterOptions);
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = id,
            ["title"] = title,
        };
        foreach (var (name, value) in schema.ToArray())
        {
            _ = schema.Remove(name);
            document[name] = value;
        }

        return document.ToJsonString(new JsonSerializerOptions(EcvetJsonContext.Default.Options)
        {
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n";
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        var type = context.TypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var nullable = underlying != type || (context.PropertyInfo?.IsSetNullable ?? false);
        JsonObject? replacement = null;
        if (underlying == typeof(LocalDate))
        {
            replacement = new JsonObject { ["type"] = "string", ["format"] = "date" };
        }
        else if (underlying == typeof(YearMonth))
        {
            replacement = new JsonObject { ["type"] = "string", ["pattern"] = "^\\d{4}-(0[1-9]|1[0-2])$" };
        }
        else if (underlying == typeof(Period))
        {
            replacement = new JsonObject { ["type"] = "string", ["pattern"] = "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$" };
        }
        else if (underlying == typeof(Instant))
        {
            replacement = new JsonObject { ["type"] = "string", ["format"] = "date-time" };
        }
        else if (underlying == typeof(decimal))
        {
            replacement = new JsonObject { ["type"] = "number" };
        }
        else if (underlying.IsEnum)
        {
            replacement = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. EnumNames(underlying).Select(n => (JsonNode)n!)]) };
        }

        if (replacement is not null)
        {
            if (nullable)
            {
                replacement["type"] = new JsonArray(replacement["type"]!.GetValue<string>(), "null");
                if (replacement["enum"] is JsonArray names)
                {
                    names.Add(null);
                }
            }

            schema = replacement;
        }

        if (schema is JsonObject obj)
        {
            if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && obj.ContainsKey("properties"))
            {
                obj["additionalProperties"] = false;
            }

            ApplyDomainLimits(context, obj);
        }

        return schema;
    }

    private static void ApplyDomainLimits(JsonSchemaExporterContext context, JsonObject schema)
    {
        switch (context.PropertyInfo?.Name)
        {
            case "schemaVersion":
                schema["const"] = EcvetJson.SchemaVersion;
                break;
            case "eqfLevel" or "referencedEqfLevel":
                schema["minimum"] = EqfLevel.MinValue;
                schema["maximum"] = EqfLevel.MaxValue;
                break;
            case "value" when context.PropertyInfo.DeclaringType.Name.StartsWith("Credit", StringComparison.Ordinal):
                schema["minimum"] = 0;
                schema["multipleOf"] = 1m / (decimal)Math.Pow(10, CreditPoints.MaxDecimalPlaces);
                break;
        }

        if (context.TypeInfo.Kind == JsonTypeInfoKind.Dictionary)
        {
            // Every language map is a LocalizedText: at least one language, each text within the domain's length.
            schema["minProperties"] = 1;
            if (schema["additionalProperties"] is JsonObject text)
            {
                text["minLength"] = 1;
                text["maxLength"] = LocalizedText.MaxLength;
            }
        }
    }

    private static IEnumerable<string> EnumNames(Type type) =>
        WireEnums.Names.TryGetValue(type, out var names)
            ? names
            : throw new InvalidOperationException($"The enumeration {type.Name} is on the wire but has no converter in EcvetJsonContext.");
}
