namespace Ecvet.Cli.Tests.Support;

/// <summary>Paths inside the repository (the folder holding <c>Ecvet.Core.sln</c>).</summary>
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

    public static string Root => RootPath.Value;

    public static string CookCatalogue => Path.Combine(Root, "examples", "catalogues", "cook-outcomes.tsv");

    public static string Example(string relative) => Path.Combine(Root, "examples", relative);

    /// <summary>Every JSON document in <c>examples/</c>, relative to the root, in ordinal order.</summary>
    public static IReadOnlyList<string> ExampleDocuments =>
        [.. Directory.GetFiles(Path.Combine(Root, "examples"), "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public static string HostQueries => Path.Combine(Root, "examples", "queries", "host-outcomes.txt");
}
