using System.Text;

namespace Ecvet.Cli.Matching;

/// <summary>
/// Reads a file of queries: one query per line; when a line has tabs, its first column is the query (so a TSV of host
/// outcomes works as it is); a first line whose first column is <c>host_text</c> or <c>text</c> is a header and
/// skipped; blank lines are skipped. Queries are numbered from 1 in file order.
/// </summary>
internal static class QueryFile
{
    /// <exception cref="CliException">The file is missing or unreadable (exit 3) or holds no query (exit 1).</exception>
    public static IReadOnlyList<string> Load(string path)
    {
        var queries = new List<string>();
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var first = true;
            while (reader.ReadLine() is { } line)
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                var query = (tab >= 0 ? line[..tab] : line).Trim();
                if (first && (query.Equals("host_text", StringComparison.OrdinalIgnoreCase) || query.Equals("text", StringComparison.OrdinalIgnoreCase)))
                {
                    first = false;
                    continue;
                }

                first = false;
                if (query.Length > 0)
                {
                    queries.Add(query);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.Unreadable(path, e);
        }

        return queries.Count == 0 ? throw CliException.Invalid(path, "the file holds no query (one query per line).") : queries;
    }
}
