using System.Globalization;
using System.Text;
using Ecvet.Matching.Internal;

namespace Ecvet.Matching;

/// <summary>
/// Reads the ESCO skills CSV (as published for ESCO v1.1.1, for example <c>skills_en.csv</c>) into
/// <see cref="CatalogueEntry"/> values, one per skill or knowledge concept.
/// </summary>
/// <remarks>
/// <para>
/// The file is RFC 4180: comma-separated, fields in double quotes when they contain commas, quotes or line breaks
/// (quotes doubled), records ending in CRLF or LF. The first record is the header; columns are found by name, so their
/// order does not matter, but <c>conceptUri</c>, <c>skillType</c>, <c>preferredLabel</c>, <c>altLabels</c> and
/// <c>description</c> must be present (the published header is in <see cref="Columns"/>).
/// </para>
/// <para>
/// Each row becomes an entry with <see cref="CatalogueEntry.Id"/> = <c>conceptUri</c>, <see cref="CatalogueEntry.Text"/> =
/// <c>preferredLabel</c>, <see cref="CatalogueEntry.Synonyms"/> = the non-empty lines of <c>altLabels</c> (trimmed, in file
/// order), <see cref="CatalogueEntry.Description"/> = <c>description</c> (or <see langword="null"/> when empty),
/// <see cref="CatalogueEntry.Type"/> = <see cref="LearningOutcomeType.Knowledge"/> for <c>knowledge</c>,
/// <see cref="LearningOutcomeType.Skill"/> for <c>skill/competence</c> and <see langword="null"/> when empty, and
/// <see cref="CatalogueEntry.EscoSkills"/> = the concept as an <see cref="EscoSkillRef"/> (a <c>conceptUri</c> that is not an
/// ESCO skill URI is a malformed row).
/// </para>
/// <para>
/// Reading streams: entries are produced as the input is read, and a malformed row throws a
/// <see cref="FormatException"/> whose message starts with <c>Line N:</c> (the physical, 1-based line) when the
/// enumeration reaches it. The methods are thread-safe; each enumeration reads its input once.
/// </para>
/// </remarks>
public static class EscoSkillsCsv
{
    private static readonly string[] PublishedColumns =
    [
        "conceptType", "conceptUri", "skillType", "reuseLevel", "preferredLabel", "altLabels", "hiddenLabels", "status",
        "modifiedDate", "scopeNote", "definition", "inScheme", "description",
    ];

    private static readonly string[] RequiredColumns = ["conceptUri", "skillType", "preferredLabel", "altLabels", "description"];

    /// <summary>The header of the published ESCO v1.1.1 skills CSV, in file order.</summary>
    public static IReadOnlyList<string> Columns => PublishedColumns;

    /// <summary>
    /// Whether <paramref name="firstLine"/> is the header of an ESCO skills CSV: comma-separated column names that
    /// include <c>conceptUri</c>, <c>skillType</c>, <c>preferredLabel</c>, <c>altLabels</c> and <c>description</c>.
    /// A leading byte-order mark and a trailing line break are ignored.
    /// </summary>
    /// <param name="firstLine">The first line of a file.</param>
    /// <returns><see langword="true"/> when the line is such a header.</returns>
    public static bool IsHeader(ReadOnlySpan<char> firstLine)
    {
        firstLine = firstLine.TrimStart('\uFEFF').TrimEnd("\r\n");
        Span<bool> found = stackalloc bool[RequiredColumns.Length];
        foreach (var range in firstLine.Split(','))
        {
            var name = firstLine[range].Trim().Trim('"');
            for (var i = 0; i < RequiredColumns.Length; i++)
            {
                found[i] |= name.SequenceEqual(RequiredColumns[i]);
            }
        }

        return !found.Contains(false);
    }

    /// <summary>Reads the skills from a text reader, which the caller disposes.</summary>
    /// <param name="reader">The CSV text, positioned at the header.</param>
    /// <param name="language">The language of the labels (the <see cref="CatalogueEntry.Language"/> of every entry).</param>
    /// <returns>The entries, read lazily as the sequence is enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="language"/> is null.</exception>
    /// <exception cref="FormatException">(During enumeration) the header or a row is malformed.</exception>
    public static IEnumerable<CatalogueEntry> Read(TextReader reader, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(language);
        return ReadCore(reader, language, ownsReader: false);
    }

    /// <summary>Reads the skills from a UTF-8 stream (a byte-order mark is allowed), which the caller disposes.</summary>
    /// <param name="stream">The CSV bytes, positioned at the header.</param>
    /// <param name="language">The language of the labels.</param>
    /// <returns>The entries, read lazily as the sequence is enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="language"/> is null.</exception>
    /// <exception cref="FormatException">(During enumeration) the header or a row is malformed.</exception>
    public static IEnumerable<CatalogueEntry> Read(Stream stream, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(language);
        return ReadCore(new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true), language, ownsReader: true);
    }

    /// <summary>Reads the skills from a UTF-8 file; the file is opened when enumeration starts and closed when it ends.</summary>
    /// <param name="path">The path of the CSV file.</param>
    /// <param name="language">The language of the labels.</param>
    /// <returns>The entries, read lazily as the sequence is enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="FormatException">(During enumeration) the header or a row is malformed.</exception>
    /// <exception cref="IOException">(During enumeration) the file cannot be read.</exception>
    public static IEnumerable<CatalogueEntry> ReadFile(string path, string language = "en")
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(language);
        return ReadFileCore(path, language);
    }

    private static IEnumerable<CatalogueEntry> ReadFileCore(string path, string language)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true,
            new FileStreamOptions { Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 0, Options = FileOptions.SequentialScan });
        foreach (var entry in ReadCore(reader, language, ownsReader: false))
        {
            yield return entry;
        }
    }

    private static IEnumerable<CatalogueEntry> ReadCore(TextReader reader, string language, bool ownsReader)
    {
        try
        {
            var csv = new CsvRecordReader(reader);
            var fields = new List<string>(PublishedColumns.Length);
            if (!csv.ReadRecord(fields))
            {
                throw new FormatException("Line 1: the input is empty; expected the ESCO skills CSV header.");
            }

            if (fields.Count > 0)
            {
                fields[0] = fields[0].TrimStart('\uFEFF');
            }

            var columns = new int[RequiredColumns.Length];
            for (var i = 0; i < RequiredColumns.Length; i++)
            {
                columns[i] = fields.IndexOf(RequiredColumns[i]);
                if (columns[i] < 0)
                {
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                        $"Line 1: the header has no '{RequiredColumns[i]}' column; expected the ESCO skills CSV header ({string.Join(',', PublishedColumns)})."));
                }
            }

            var width = fields.Count;
            var synonyms = new List<string>();
            while (csv.ReadRecord(fields))
            {
                if (fields.Count != width)
                {
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                        $"Line {csv.RecordLine}: expected {width} fields as in the header, found {fields.Count}."));
                }

                yield return ToEntry(fields, columns, synonyms, language, csv.RecordLine);
            }
        }
        finally
        {
            if (ownsReader)
            {
                reader.Dispose();
            }
        }
    }

    private static CatalogueEntry ToEntry(List<string> fields, int[] columns, List<string> synonyms, string language, int line)
    {
        var uriText = fields[columns[0]];
        var skillType = fields[columns[1]];
        var label = fields[columns[2]].Trim();
        var description = fields[columns[4]].Trim();

        if (!EscoSkillRef.TryParse(uriText, out var skill))
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"Line {line}: conceptUri '{uriText}' is not an ESCO skill URI ({EscoSkillRef.UriPrefix}{{uuid}})."));
        }

        LearningOutcomeType? type = skillType switch
        {
            "knowledge" => LearningOutcomeType.Knowledge,
            "skill/competence" => LearningOutcomeType.Skill,
            "" => null,
            _ => throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"Line {line}: skillType '{skillType}' is not one of 'knowledge', 'skill/competence' or empty.")),
        };

        if (label.Length == 0)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Line {line}: preferredLabel is empty."));
        }

        synonyms.Clear();
        foreach (var range in fields[columns[3]].AsSpan().Split('\n'))
        {
            var synonym = fields[columns[3]].AsSpan(range).Trim();
            if (!synonym.IsEmpty)
            {
                synonyms.Add(synonym.ToString());
            }
        }

        try
        {
            return CatalogueEntry.Create(uriText, label, synonyms, description.Length == 0 ? null : description, type, level: null, [skill], language);
        }
        catch (ArgumentException e)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Line {line}: {e.Message}"), e);
        }
    }
}
