using System.Text.Json.Nodes;
using Ecvet.Agreements;

namespace Ecvet.Tests.Recognition;

/// <summary>
/// One input document of a scenario: a file of the scenarios folder, a file with a patch, or a document written inline.
/// A patched document is sealed again, as its authors would have sealed it: every content hash is recomputed and every
/// signature that signed the old content signs the new one. A patch that means "not signed" says so by removing the
/// signature.
/// </summary>
internal static class ScenarioDocument
{
    /// <summary>The JSON text of the document <paramref name="spec"/> describes, or null when it is null.</summary>
    /// <param name="spec">A file name (relative to <paramref name="folder"/>), <c>{ "file": …, "patch": [ … ] }</c>, or an inline document.</param>
    /// <param name="folder">The scenarios folder.</param>
    public static string? Load(JsonNode? spec, string folder)
    {
        switch (spec)
        {
            case null:
                return null;
            case JsonValue value when value.TryGetValue<string>(out var file):
                return File.ReadAllText(Path.Combine(folder, file));
            case JsonObject o when o.ContainsKey("file"):
                var document = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, (string)o["file"]!)))!;
                if (o["patch"] is JsonArray patch)
                {
                    JsonPatch.Apply(document, patch);
                    Reseal(document);
                }

                return document.ToJsonString();
            case JsonObject inline:
                return inline.ToJsonString();
            default:
                throw new InvalidOperationException($"A document is a file name, {{ \"file\", \"patch\" }} or an inline document, not {spec.ToJsonString()}.");
        }
    }

    private static void Reseal(JsonNode document)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        Rehash(document, renamed, isRoot: true);
        Rename(document, renamed);
    }

    private static void Rehash(JsonNode? node, Dictionary<string, string> renamed, bool isRoot)
    {
        switch (node)
        {
            case JsonObject o:
                // A version of an agreement hashes its content; a proposal is identified by its proposed content's hash.
                if (o["hash"] is JsonValue && o["content"] is JsonObject content)
                {
                    Set(o, "hash", ContentHash.OfJson(content.ToJsonString()).Value, renamed);
                }
                else if (o["id"] is JsonValue && o["proposedContent"] is JsonObject proposed)
                {
                    Set(o, "id", ContentHash.OfJson(proposed.ToJsonString()).Value, renamed);
                }
                else if (isRoot && o["hash"] is JsonValue)
                {
                    // An MoU or a transcript hashes everything but its hash and its signatures.
                    var copy = o.DeepClone().AsObject();
                    copy.Remove("hash");
                    copy.Remove("signatures");
                    Set(o, "hash", ContentHash.OfJson(copy.ToJsonString()).Value, renamed);
                }

                foreach (var (_, child) in o)
                {
                    Rehash(child, renamed, isRoot: false);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Rehash(child, renamed, isRoot: false);
                }

                break;
        }
    }

    private static void Set(JsonObject o, string member, string hash, Dictionary<string, string> renamed)
    {
        var old = (string)o[member]!;
        if (old != hash)
        {
            renamed[old] = hash;
        }

        o[member] = hash;
    }

    /// <summary>Points every signature, base hash and reference at the new hash of the content it named.</summary>
    private static void Rename(JsonNode? node, Dictionary<string, string> renamed)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    if (o[key] is JsonValue v && v.TryGetValue<string>(out var s) && renamed.TryGetValue(s, out var now))
                    {
                        o[key] = now;
                    }
                    else
                    {
                        Rename(o[key], renamed);
                    }
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Rename(child, renamed);
                }

                break;
        }
    }
}
