namespace Ecvet.Benchmarks.Matching;

/// <summary>Switches read from the environment.</summary>
public static class BenchmarkSettings
{
    /// <summary>
    /// <c>ECVET_BENCH_QUICK=1</c> limits the catalogue parameter to the preferred labels, for a fast dry run in CI.
    /// </summary>
    public static bool Quick => Environment.GetEnvironmentVariable("ECVET_BENCH_QUICK") == "1";

    /// <summary>The catalogues to run.</summary>
    public static IEnumerable<CatalogueKind> Catalogues =>
        Quick ? [CatalogueKind.PreferredLabels] : [CatalogueKind.PreferredLabels, CatalogueKind.AllLabels];
}
