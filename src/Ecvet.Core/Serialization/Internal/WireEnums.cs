using System.Collections.Frozen;

namespace Ecvet.Serialization.Internal;

/// <summary>An enumeration's converter that can say which names it writes (for schemas and messages).</summary>
internal interface IWireEnum
{
    /// <summary>The enumeration type.</summary>
    Type EnumType { get; }

    /// <summary>The wire names, in declaration order.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>A converter of the same names whose exceptions name the refused value (for use outside documents).</summary>
    System.Text.Json.Serialization.JsonConverter Standalone();
}

/// <summary>
/// The wire names of every enumeration on the wire, read from the converters registered in <see cref="EcvetJsonContext"/>
/// (the one registry), so that the schema, the diagnostics and the converters cannot disagree.
/// </summary>
internal static class WireEnums
{
    /// <summary>Enumeration type → wire names in declaration order.</summary>
    public static FrozenDictionary<Type, IReadOnlyList<string>> Names { get; } =
        EcvetJsonContext.Default.Options.Converters.OfType<IWireEnum>().ToFrozenDictionary(c => c.EnumType, c => c.Names);

    /// <summary>Enumeration type → the converter for users' own DTOs (see <see cref="IWireEnum.Standalone"/>).</summary>
    public static FrozenDictionary<Type, System.Text.Json.Serialization.JsonConverter> Standalone { get; } =
        EcvetJsonContext.Default.Options.Converters.OfType<IWireEnum>().ToFrozenDictionary(c => c.EnumType, c => c.Standalone());
}
