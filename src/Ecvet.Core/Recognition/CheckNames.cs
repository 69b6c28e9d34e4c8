using System.Collections.Frozen;
using System.Text.Json;

namespace Ecvet.Recognition;

/// <summary>The one registry of check names: a <see cref="CheckKind"/> is written in JSON by its name in camelCase.</summary>
internal static class CheckNames
{
    private static readonly string[] Names = [.. Enum.GetValues<CheckKind>().Order().Select(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString()))];

    /// <summary>Every check by wire name.</summary>
    public static FrozenDictionary<string, CheckKind> ByName { get; } =
        Enum.GetValues<CheckKind>().ToFrozenDictionary(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString()), StringComparer.Ordinal);

    /// <summary>The wire name of a check.</summary>
    public static string Of(CheckKind kind) => Names[(int)kind];
}
