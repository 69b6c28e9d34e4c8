using System.Xml.Linq;

namespace Ecvet.Tests.Conventions;

/// <summary>
/// The XML documentation file built next to Ecvet.Core.dll (the one the package ships) documents the public API and
/// nothing else: build/Ecvet.Build.PublicDocumentation removes what the compiler wrote for internal members.
/// </summary>
public sealed class DocumentationFileTests
{
    private static readonly Type[] AllTypes = typeof(EqfLevel).Assembly.GetTypes();

    private static readonly Lazy<HashSet<string>> Documented = new(() =>
    {
        var path = Path.ChangeExtension(typeof(EqfLevel).Assembly.Location, ".xml");
        return XDocument.Load(path).Root!.Element("members")!.Elements("member")
            .Select(m => (string)m.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
    });

    [Fact]
    public void EveryPublicType_IsDocumented()
    {
        var missing = AllTypes.Where(t => t.IsVisible).Select(Id).Where(id => !Documented.Value.Contains(id));

        missing.Should().BeEmpty();
    }

    [Fact]
    public void NoInternalType_IsDocumented()
    {
        var hidden = AllTypes.Where(t => !t.IsVisible).Select(Id).ToList();
        hidden.Should().Contain("T:Ecvet.Matching.Internal.TextScorer", "the check needs internal types to look for");

        Documented.Value.Intersect(hidden).Should().BeEmpty();
        Documented.Value.Where(id => id.Contains(".Internal.", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public void InternalMembersOfPublicTypes_AreNotDocumented_PublicOnesAre()
    {
        // CreditPoints documents internal helpers (CheckStep, RoundToStep) next to its public members.
        Documented.Value.Should().Contain("M:Ecvet.CreditPoints.Subtract(Ecvet.CreditPoints,Ecvet.CreditPoints)")
            .And.NotContain(id => id.StartsWith("M:Ecvet.CreditPoints.CheckStep(", StringComparison.Ordinal))
            .And.NotContain(id => id.StartsWith("M:Ecvet.CreditPoints.RoundToStep(", StringComparison.Ordinal));
    }

    private static string Id(Type type) => "T:" + type.FullName!.Replace('+', '.');
}
