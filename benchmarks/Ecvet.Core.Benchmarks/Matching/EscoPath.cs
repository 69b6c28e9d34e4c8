namespace Ecvet.Benchmarks.Matching;

/// <summary>
/// Locates the ESCO v1.1.1 English skills CSV: <c>ECVET_ESCO_CSV</c> when set, else
/// <c>../shared/data/esco-v1.1.1-en/skills_en.csv</c> beside the folder holding <c>Ecvet.Core.sln</c>.
/// </summary>
public static class EscoPath
{
    /// <summary>What to do when the file is missing.</summary>
    public const string Hint = "set ECVET_ESCO_CSV or download ESCO v1.1.1 from https://esco.ec.europa.eu/";

    /// <summary>The path of the file, or <see langword="null"/> when it does not exist.</summary>
    public static string? Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("ECVET_ESCO_CSV");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return File.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        // BenchmarkDotNet runs each case from a generated folder under the project's bin/, so walking up still works.
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Ecvet.Core.sln")))
                {
                    var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "esco-v1.1.1-en", "skills_en.csv"));
                    return File.Exists(path) ? path : null;
                }
            }
        }

        return null;
    }
}
