using System.Collections.Immutable;
using Ecvet.Serialization;

namespace Ecvet.Cli.Documents;

/// <summary>The result of checking one document: its type (when known) and every problem (none when valid).</summary>
internal sealed record DocumentCheck(DocumentType? Type, ImmutableArray<DocumentProblem> Problems)
{
    // Problems that any reader finds before it looks at a single property: they hold whatever the document's type.
    private static readonly JsonProblemCode[] InputProblems =
    [
        JsonProblemCode.InputTooLarge, JsonProblemCode.EmptyInput, JsonProblemCode.InvalidJson, JsonProblemCode.ByteOrderMark,
        JsonProblemCode.InvalidText, JsonProblemCode.DepthExceeded, JsonProblemCode.NullDocument,
    ];

    public bool IsValid => Problems.IsEmpty;

    /// <summary>
    /// Checks <paramref name="utf8Json"/>: as <paramref name="expected"/> when given (a document that is clearly of
    /// another type is reported as such, not as a list of unknown properties), else as the type the library detects.
    /// </summary>
    public static DocumentCheck Run(ReadOnlySpan<byte> utf8Json, DocumentType? expected)
    {
        var detected = DocumentTypes.Of(EcvetJson.DetectDocumentKind(utf8Json));
        if (expected is not null && detected is not null && detected != expected)
        {
            return new(expected, [new(DocumentProblem.WrongTypeCode, "$", $"This is {detected.WithArticle}, not {expected.WithArticle}.", 1, 1)]);
        }

        var type = expected ?? detected;
        if (type is not null)
        {
            return new(type, [.. type.Validate(utf8Json).Select(DocumentProblem.From)]);
        }

        // Unknown type: report what is wrong with the input as JSON, if anything, else that the type is unknown.
        var inputProblems = DocumentTypes.All[0].Validate(utf8Json)
            .Where(p => InputProblems.Contains(p.Code) || (p.Code == JsonProblemCode.WrongType && p.Path == "$"))
            .Select(DocumentProblem.From)
            .ToImmutableArray();
        return new(null, inputProblems.IsEmpty
            ? [new(DocumentProblem.UnknownTypeCode, "$", $"Not a document of a type the tool knows ({string.Join(", ", DocumentTypes.All.Select(t => t.Title))}); name its type with --type to check it as one.", 1, 1)]
            : inputProblems);
    }
}
