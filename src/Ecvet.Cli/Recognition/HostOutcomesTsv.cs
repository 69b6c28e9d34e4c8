using Ecvet.Cli.Catalogues;

namespace Ecvet.Cli.Recognition;

/// <summary>
/// The host's outcomes from a TSV catalogue (<c>id&lt;TAB&gt;type&lt;TAB&gt;text</c>, the format <c>match --catalogue</c>
/// reads). A TSV names no units, so its outcomes are held in one unit, <see cref="UnitName"/>; the transcript assesses
/// them outcome by outcome. A host that assesses whole units writes a qualification document instead.
/// </summary>
internal static class HostOutcomesTsv
{
    /// <summary>The id of the one unit that holds a TSV's outcomes.</summary>
    public const string UnitName = "host-outcomes";

    /// <summary>Reads the outcomes of <paramref name="text"/>, the content of <paramref name="path"/>.</summary>
    /// <exception cref="FormatException">The text is not such a TSV, or a line is malformed; the message starts with <c>Line N:</c>.</exception>
    public static UnitCatalogue Read(string path, string text)
    {
        using var reader = new StringReader(text);
        var header = reader.ReadLine() ?? string.Empty;
        if (!new TsvCatalogueFormat().Recognises(header))
        {
            throw TsvCatalogueFormat.Error(1, "not host outcomes in a known format; the first line must be '{' (a qualification document of the host) or 'id<TAB>type<TAB>text'");
        }

        using var rows = new StringReader(text);
        var outcomes = new List<LearningOutcome>();
        foreach (var row in TsvCatalogueFormat.ReadRows(rows))
        {
            try
            {
                outcomes.Add(LearningOutcome.Create(LearningOutcomeId.Parse(row.Id), LocalizedText.English(row.Text), row.Type));
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                throw TsvCatalogueFormat.Error(row.Line, e.Message.Split(" (Parameter", 2)[0].TrimEnd('.'));
            }
        }

        if (outcomes.Count == 0)
        {
            throw new FormatException("the TSV lists no outcomes.");
        }

        var unit = UnitOfLearningOutcomes.Create(UnitId.Parse(UnitName), LocalizedText.English($"Outcomes listed in {Path.GetFileName(path)}"), outcomes);
        return UnitCatalogue.Create([unit]);
    }
}
