using Ecvet.Serialization;

namespace Ecvet.Recognition.Internal;

/// <summary>
/// The ECVET rule set of the package (research catalogue §5.2), read once from the embedded
/// <c>ecvet-default.rules.json</c>, the same document users load, edit and extend.
/// </summary>
internal static class DefaultRuleSet
{
    public const string ResourceName = "Ecvet.Recognition.ecvet-default.rules.json";

    public static RuleSet Instance { get; } = Load();

    private static RuleSet Load()
    {
        using var stream = typeof(DefaultRuleSet).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The package lacks its embedded rule set {ResourceName}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var result = EcvetJson.ParseRuleSet(buffer.ToArray());
        return result.IsSuccess
            ? result.Value
            : throw new InvalidOperationException($"The embedded rule set is not valid: {string.Join("; ", result.Problems)}");
    }
}
