using System.Text;
using Ecvet.Matching;

namespace Ecvet.Cli.Catalogues;

/// <summary>Loads a catalogue file in any known format, choosing the format from the file's first line.</summary>
internal static class CatalogueLoader
{
    private static readonly ICatalogueFormat[] Formats = [new TsvCatalogueFormat(), new EscoCsvCatalogueFormat(), new QualificationJsonCatalogueFormat()];

    /// <summary>Reads every entry of the catalogue at <paramref name="path"/>.</summary>
    /// <exception cref="CliException">The file is missing, unreadable (exit 3), in no known format or malformed (exit 1).</exception>
    public static IReadOnlyList<CatalogueEntry> Load(string path) => Load(path, Formats);

    /// <summary>Reads the skills of the ESCO skills CSV at <paramref name="path"/>.</summary>
    /// <exception cref="CliException">The file is missing, unreadable (exit 3), not the ESCO skills CSV or malformed (exit 1).</exception>
    public static IReadOnlyList<CatalogueEntry> LoadEsco(string path) => Load(path, [new EscoCsvCatalogueFormat()]);

    private static List<CatalogueEntry> Load(string path, ICatalogueFormat[] formats)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            string firstLine;
            using (var peek = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true))
            {
                firstLine = (peek.ReadLine() ?? string.Empty).TrimStart('\uFEFF');
            }

            var format = Array.Find(formats, f => f.Recognises(firstLine))
                ?? throw CliException.Invalid(path, $"Line 1: not a catalogue in a known format; the first line must be {string.Join(" or ", formats.Select(f => f.Signature))}.");

            stream.Position = 0;
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
            var entries = format.Read(reader).ToList();
            return entries.Count == 0 ? throw CliException.Invalid(path, $"the {format.Name} catalogue has no entries.") : entries;
        }
        catch (FormatException e)
        {
            throw CliException.Invalid(path, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.Unreadable(path, e);
        }
    }
}
