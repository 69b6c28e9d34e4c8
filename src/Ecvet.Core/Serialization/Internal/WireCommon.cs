namespace Ecvet.Serialization.Internal;

/// <summary>Small mapping steps the documents share: the schema version (every document), required members, lists, plain points.</summary>
internal static class WireCommon
{
    public static void SchemaVersion(ProblemSink sink, string? version)
    {
        if (!string.Equals(version, EcvetJson.SchemaVersion, StringComparison.Ordinal))
        {
            sink.Add(JsonProblemCode.UnsupportedSchemaVersion, $"Schema version '{WireReader.Short(version ?? "null")}' is not supported; this library reads '{EcvetJson.SchemaVersion}'.", "schemaVersion");
        }
    }

    /// <summary>Reports a null object member; true when it is present.</summary>
    public static bool NotNull<T>(ProblemSink sink, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] T? value, string property)
        where T : class
    {
        if (value is null)
        {
            sink.Add(JsonProblemCode.NullNotAllowed, "The value must not be null.", property);
            return false;
        }

        return true;
    }

    /// <summary>Maps every entry of an array, each at its index; null when the array or any entry has a problem.</summary>
    public static List<T>? List<TWire, T>(ProblemSink sink, List<TWire>? items, string property, Func<ProblemSink, TWire, T?> read)
        where T : class => List(sink, items, property, required: false, read);

    /// <summary>Maps every entry of an array, each at its index, refusing an empty one when <paramref name="required"/>; null when the array or any entry has a problem.</summary>
    public static List<T>? List<TWire, T>(ProblemSink sink, List<TWire>? items, string property, bool required, Func<ProblemSink, TWire, T?> read)
        where T : class
    {
        if (!WireReader.Items(sink, items, property, required))
        {
            return null;
        }

        var before = sink.Count;
        var values = new List<T>(items!.Count);
        sink.Path.Push(property);
        for (var i = 0; i < items.Count; i++)
        {
            sink.Path.Push(i);
            if (items[i] is null)
            {
                sink.Add(JsonProblemCode.NullNotAllowed, "An entry must not be null.");
            }
            else if (read(sink, items[i]) is { } value)
            {
                values.Add(value);
            }

            sink.Path.Pop();
        }

        sink.Path.Pop();
        return sink.Count == before ? values : null;
    }

    /// <summary>ECVET points written as a plain number; the rules are <see cref="CreditPoints.From(decimal)"/>'s.</summary>
    public static CreditPoints? Points(ProblemSink sink, decimal value, string property) =>
        WireReader.Domain<object>(sink, property, () => CreditPoints.From(value)) is CreditPoints points ? points : null;

    public static LearningOutcomeId? OutcomeId(ProblemSink sink, string? text, string property) =>
        WireReader.Identifier<LearningOutcomeId>(sink, text, property, LearningOutcomeId.TryParse, "learning outcome identifier");

    /// <summary>An outcome identifier as an array entry (reported at the entry itself).</summary>
    public static LearningOutcomeId? OutcomeId(ProblemSink sink, string text) => OutcomeId(sink, text, null!);
}
