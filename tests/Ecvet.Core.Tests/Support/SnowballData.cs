namespace Ecvet.Tests.Support;

/// <summary>
/// Locates the Snowball English test vocabulary (<c>voc.txt</c> and <c>output.txt</c> of snowball-data): the folder
/// named by <c>ECVET_PORTER2_DATA</c>, or its <c>english</c> subfolder. The files are never part of the repository.
/// </summary>
public static class SnowballData
{
    /// <summary>The environment variable naming the folder.</summary>
    public const string Variable = "ECVET_PORTER2_DATA";

    private static readonly Lazy<string?> Located = new(Locate);

    /// <summary>The folder holding <c>voc.txt</c> and <c>output.txt</c>, or <see langword="null"/> when there is none.</summary>
    public static string? EnglishFolder => Located.Value;

    /// <summary>Why tests of the full vocabulary are skipped, or <see langword="null"/> when the files exist.</summary>
    public static string? SkipReason => EnglishFolder is null
        ? $"skipped: the Snowball English vocabulary was not found ({Describe()}); set {Variable} to a checkout of snowball-data (english/voc.txt, english/output.txt)"
        : null;

    private static string Describe() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder
            ? $"no voc.txt and output.txt in {Path.GetFullPath(folder)} or its english folder"
            : $"{Variable} is not set";

    private static string? Locate()
    {
        var folder = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(folder))
        {
            return null;
        }

        foreach (var candidate in new[] { Path.Combine(folder, "english"), folder })
        {
            if (File.Exists(Path.Combine(candidate, "voc.txt")) && File.Exists(Path.Combine(candidate, "output.txt")))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }
}
