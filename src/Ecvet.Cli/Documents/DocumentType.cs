using System.Collections.Immutable;
using Ecvet.Serialization;

namespace Ecvet.Cli.Documents;

/// <summary>Reads a document of one type and returns every problem found (none when it is valid).</summary>
internal delegate ImmutableArray<JsonProblem> DocumentValidator(ReadOnlySpan<byte> utf8Json);

/// <summary>A kind of document the tool validates and prints the schema of.</summary>
/// <param name="Name">The name on the command line, as the schema file is named: <c>learning-agreement</c>.</param>
/// <param name="Title">The name in messages: <c>learning agreement</c>.</param>
/// <param name="Kind">The kind the library detects, or <see langword="null"/> for a document it cannot tell apart.</param>
/// <param name="Validate">Reads the document strictly.</param>
/// <param name="Schema">The document's JSON Schema, ending with a line feed.</param>
internal sealed record DocumentType(string Name, string Title, EcvetDocumentKind? Kind, DocumentValidator Validate, Func<string> Schema)
{
    /// <summary>The title with its article: <c>a learning agreement</c>.</summary>
    public string WithArticle => ("aeiou".Contains(Title[0], StringComparison.Ordinal) ? "an " : "a ") + Title;
}
