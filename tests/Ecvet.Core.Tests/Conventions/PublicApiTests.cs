using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace Ecvet.Tests.Conventions;

/// <summary>
/// Pins the public API: any change to it must come with a change to <c>Ecvet.Core.approved.txt</c>.
/// Set <c>ECVET_APPROVE_API=1</c> to rewrite the approved file from the current build.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_HasNotChangedUnintentionally()
    {
        var options = new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] };
        var actual = typeof(Ecvet.EqfLevel).Assembly.GeneratePublicApi(options).ReplaceLineEndings("\n");
        var path = ApprovedFilePath();

        if (Environment.GetEnvironmentVariable("ECVET_APPROVE_API") == "1")
        {
            File.WriteAllText(path, actual);
        }

        File.Exists(path).Should().BeTrue($"the approved API file {path} must exist (run with ECVET_APPROVE_API=1 to create it)");
        var approved = File.ReadAllText(path).ReplaceLineEndings("\n");
        actual.Should().Be(approved, "the public API changed; review the difference and re-approve with ECVET_APPROVE_API=1");
    }

    private static string ApprovedFilePath([CallerFilePath] string sourceFile = "") =>
        Path.Combine(Path.GetDirectoryName(sourceFile)!, "Ecvet.Core.approved.txt");
}
