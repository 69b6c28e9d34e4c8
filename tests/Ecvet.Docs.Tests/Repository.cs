namespace Ecvet.Docs.Tests;

/// <summary>The repository's root: the folder holding <c>Ecvet.Core.sln</c>.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ecvet.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Ecvet.Core.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The absolute path of the root.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The repository's address, which absolute links in the README start with.</summary>
    public const string Url = "https://github.com/ecvet-core/Ecvet.Core";
}
