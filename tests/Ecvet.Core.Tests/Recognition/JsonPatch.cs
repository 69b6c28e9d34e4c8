using System.Globalization;
using System.Text.Json.Nodes;

namespace Ecvet.Tests.Recognition;

/// <summary>
/// The <c>add</c>, <c>replace</c> and <c>remove</c> operations of JSON Patch (RFC 6902) with JSON Pointer paths
/// (RFC 6901), enough for a scenario to state how its document differs from a base document.
/// </summary>
internal static class JsonPatch
{
    /// <summary>Applies the operations in order to <paramref name="document"/>, in place.</summary>
    /// <exception cref="InvalidOperationException">An operation is malformed or its path does not exist; the message names it.</exception>
    public static void Apply(JsonNode document, JsonArray operations)
    {
        for (var i = 0; i < operations.Count; i++)
        {
            var operation = operations[i] as JsonObject ?? throw Bad(i, "is not an object");
            var op = (string?)operation["op"] ?? throw Bad(i, "has no \"op\"");
            var path = (string?)operation["path"] ?? throw Bad(i, "has no \"path\"");
            var tokens = path.Split('/').Skip(1).Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
            if (tokens.Length == 0)
            {
                throw Bad(i, "cannot change the whole document");
            }

            var parent = document;
            foreach (var token in tokens[..^1])
            {
                parent = Child(parent, token) ?? throw Bad(i, $"path {path}: '{token}' does not exist");
            }

            var last = tokens[^1];
            var value = op == "remove" ? null : operation.TryGetPropertyValue("value", out var v) ? v?.DeepClone() : throw Bad(i, "has no \"value\"");
            switch (parent, op)
            {
                case (JsonObject o, "add"):
                    o[last] = value;
                    break;
                case (JsonObject o, "replace") when o.ContainsKey(last):
                    o[last] = value;
                    break;
                case (JsonObject o, "remove") when o.ContainsKey(last):
                    o.Remove(last);
                    break;
                case (JsonArray a, "add"):
                    a.Insert(last == "-" ? a.Count : Index(a, last, i, path, inclusive: true), value);
                    break;
                case (JsonArray a, "replace"):
                    a[Index(a, last, i, path, inclusive: false)] = value;
                    break;
                case (JsonArray a, "remove"):
                    a.RemoveAt(Index(a, last, i, path, inclusive: false));
                    break;
                default:
                    throw Bad(i, $"'{op}' cannot apply at {path}");
            }
        }
    }

    private static JsonNode? Child(JsonNode node, string token) => node switch
    {
        JsonObject o => o[token],
        JsonArray a when int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < a.Count => a[index],
        _ => null,
    };

    private static int Index(JsonArray array, string token, int operation, string path, bool inclusive) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && (index < array.Count || (inclusive && index == array.Count))
            ? index
            : throw Bad(operation, $"path {path}: '{token}' is not an index of an array of {array.Count}");

    private static InvalidOperationException Bad(int operation, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"patch[{operation}] {problem}."));
}
