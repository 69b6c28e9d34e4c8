using System.Globalization;
using Ecvet.Matching;

namespace Ecvet.Cli.Catalogues;

/// <summary>
/// A tab-separated catalogue: a header <c>id&lt;TAB&gt;type&lt;TAB&gt;text</c>, then one outcome per line with a unique
/// id, a type <c>K</c>, <c>S</c> or <c>C</c> (knowledge, skill, competence) and the outcome's text. Blank lines are
/// ignored; anything else that is not three non-empty fields is an error naming the line.
/// </summary>
internal sealed class TsvCatalogueFormat : ICatalogueFormat
{
    public string Name => "TSV";

    public string Signature => "'id<TAB>type<TAB>text'";

    public bool Recognises(string firstLine)
    {
        var fields = firstLine.TrimEnd('\r').Split('\t');
        return fields.Length == 3
            && fields[0].Trim().Equals("id", StringComparison.OrdinalIgnoreCase)
            && fields[1].Trim().Equals("type", StringComparison.OrdinalIgnoreCase)
            && fields[2].Trim().Equals("text", StringComparison.OrdinalIgnoreCase);
    }

    public IEnumerable<CatalogueEntry> Read(TextReader reader)
    {
        foreach (var row in ReadRows(reader))
        {
            CatalogueEntry entry;
            try
            {
                entry = CatalogueEntry.Create(row.Id, row.Text, type: row.Type);
            }
            catch (ArgumentException e)
            {
                throw Error(row.Line, e.Message);
            }

            yield return entry;
        }
    }

    /// <summary>
    /// The rows of a TSV catalogue after its header, each with its line number; the one reader of the format, shared by
    /// <c>match --catalogue</c> and <c>recognise --host-outcomes</c>.
    /// </summary>
    /// <exception cref="FormatException">A line is malformed; the message starts with <c>Line N:</c>.</exception>
    public static IEnumerable<TsvRow> ReadRows(TextReader reader)
    {
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        reader.ReadLine();
        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 3)
            {
                throw Error(number, $"expected 3 tab-separated fields (id, type, text), found {fields.Length}");
            }

            var id = fields[0].Trim();
            var text = fields[2].Trim();
            if (id.Length == 0)
            {
                throw Error(number, "the id is empty");
            }

            if (text.Length == 0)
            {
                throw Error(number, $"the text of '{id}' is empty");
            }

            LearningOutcomeType type = fields[1].Trim() switch
            {
                "K" or "k" => LearningOutcomeType.Knowledge,
                "S" or "s" => LearningOutcomeType.Skill,
                "C" or "c" => LearningOutcomeType.Competence,
                var other => throw Error(number, $"type '{other}' of '{id}' is not K, S or C"),
            };

            if (!firstLineOfId.TryAdd(id, number))
            {
                throw Error(number, $"duplicate id '{id}' (first on line {firstLineOfId[id]})");
            }

            yield return new TsvRow(number, id, type, text);
        }
    }

    /// <summary>A reason tied to a line of the file.</summary>
    public static FormatException Error(int line, string reason) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Line {line}: {reason}."));
}
