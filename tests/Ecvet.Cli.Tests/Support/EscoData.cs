namespace Ecvet.Cli.Tests.Support;

/// <summary>
/// Locates the real ESCO v1.1.1 English skills CSV: <c>ECVET_ESCO_CSV</c> when set, else
/// <c>../shared/data/esco-v1.1.1-en/skills_en.csv</c> beside the folder that holds <c>Ecvet.Core.sln</c>.
/// The file is never part of the repository.
/// </summary>
public static class EscoData
{
    /// <summary>The environment variable naming the file.</summary>
    public const string Variable = "ECVET_ESCO_CSV";

    /// <summary>What to do when the file is missing.</summary>
    public const string DownloadHint = "set " + Variable + " or download ESCO v1.1.1 from https://esco.ec.europa.eu/";

    private static readonly Lazy<string?> Located = new(Locate);

    /// <summary>The path of the file, or <see langword="null"/> when it does not exist.</summary>
    public static string? SkillsCsvPath => Located.Value;

    /// <summary>Why ESCO-based tests are skipped, or <see langword="null"/> when the file exists.</summary>
    public static string? SkipReason => SkillsCsvPath is null
        ? $"skipped: the ESCO skills CSV was not found ({ExpectedPath() ?? "no " + Variable + " and no Ecvet.Core.sln above the test directory"}); {DownloadHint}"
        : null;

    private static string? Locate()
    {
        var path = ExpectedPath();
        return path is not null && File.Exists(path) ? path : null;
    }

    private static string? ExpectedPath()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Ecvet.Core.sln")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "esco-v1.1.1-en", "skills_en.csv"));
                }
            }
        }

        return null;
    }
}
