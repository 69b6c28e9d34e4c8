using Ecvet.Matching;

namespace Ecvet.Cli.Catalogues;

/// <summary>The ESCO skills CSV: one entry per concept, alternative labels as synonyms.</summary>
internal sealed class EscoCsvCatalogueFormat : ICatalogueFormat
{
    public string Name => "ESCO skills CSV";

    public string Signature => "the ESCO skills CSV header (conceptType,conceptUri,skillType,...)";

    public bool Recognises(string firstLine) => EscoSkillsCsv.IsHeader(firstLine);

    public IEnumerable<CatalogueEntry> Read(TextReader reader) => EscoSkillsCsv.Read(reader);
}
