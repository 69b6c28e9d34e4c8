namespace Ecvet.Benchmarks;

/// <summary>Finds the repository's <c>examples/</c> folder by walking up from the working and base directories.</summary>
internal static class Examples
{
    public static string Folder { get; } = Find();

    private static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Ecvet.Core.sln")))
                {
                    return Path.Combine(dir.FullName, "examples");
                }
            }
        }

        throw new DirectoryNotFoundException("The examples folder was not found; run from inside the repository.");
    }
}
