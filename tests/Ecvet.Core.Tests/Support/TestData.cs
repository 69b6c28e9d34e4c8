namespace Ecvet.Tests.Support;

/// <summary>Locates the optional real data used by some tests.</summary>
internal static class TestData
{
    /// <summary>The message tests print when the ESCO CSV is absent.</summary>
    public const string EscoSkipMessage =
        "skipped: the ESCO skills CSV was not found; set ECVET_ESCO_CSV or download ESCO v1.1.1 from https://esco.ec.europa.eu/";

    /// <summary>
    /// The path of the ESCO v1.1.1 skills CSV: <c>ECVET_ESCO_CSV</c>, or <c>../shared/data/esco-v1.1.1-en/skills_en.csv</c>
    /// relative to the folder holding <c>Ecvet.Core.sln</c>; <see langword="null"/> when the file does not exist.
    /// </summary>
    public static string? EscoCsvPath()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("ECVET_ESCO_CSV");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return File.Exists(fromEnvironment) ? fromEnvironment : null;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ecvet.Core.sln")))
            {
                var path = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "data", "esco-v1.1.1-en", "skills_en.csv"));
                return File.Exists(path) ? path : null;
            }
        }

        return null;
    }
}
