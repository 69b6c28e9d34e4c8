using Ecvet.Cli.Documents;
using Ecvet.Matching;
using Ecvet.Serialization;

namespace Ecvet.Cli.Catalogues;

/// <summary>
/// A qualification document in the Ecvet JSON wire format: one entry per learning outcome of every unit in its
/// catalogue, in English where the outcome has English text. The document is read strictly; its problems are reported
/// with their JSON path and line.
/// </summary>
internal sealed class QualificationJsonCatalogueFormat : ICatalogueFormat
{
    public string Name => "qualification JSON";

    public string Signature => "'{' (a qualification document)";

    public bool Recognises(string firstLine) => firstLine.TrimStart().StartsWith('{');

    public IEnumerable<CatalogueEntry> Read(TextReader reader)
    {
        var json = reader.ReadToEnd();
        var kind = EcvetJson.DetectDocumentKind(json);
        if (kind is not null && kind != EcvetDocumentKind.QualificationDocument)
        {
            // Another document is better named as such than reported as a list of unknown properties.
            throw new FormatException($"This is {DocumentTypes.Of(kind)!.WithArticle}, not a qualification document.");
        }

        var result = EcvetJson.ParseQualificationDocument(json);
        if (!result.TryGetValue(out var document))
        {
            var first = result.Problems[0];
            var more = result.Problems.Length > 1 ? $" (and {result.Problems.Length - 1} more problems)" : string.Empty;
            throw new FormatException($"Line {first.Line ?? 1}: {first.Path}: {first.CodeText} {first.Message}{more}");
        }

        return document.Units.Units
            .SelectMany(unit => unit.LearningOutcomes)
            .Select(outcome => CatalogueEntry.Create(outcome));
    }
}
