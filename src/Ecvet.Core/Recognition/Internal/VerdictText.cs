using System.Globalization;
using System.Runtime.CompilerServices;

namespace Ecvet.Recognition.Internal;

/// <summary>
/// A text of a verdict (its finding in words, an evidence path), written only when the verdict is described. While the
/// engine decides, <see cref="VerdictCodes.Describes"/> is false and the compiler skips the interpolation's holes, so
/// deciding formats nothing; the trace's messages and paths are written when a reader first asks for them.
/// </summary>
/// <remarks>Formats with the invariant culture, as every text of the trace must read the same everywhere.</remarks>
[InterpolatedStringHandler]
internal ref struct VerdictText
{
    private readonly string? constant;
    private readonly bool building;
    private DefaultInterpolatedStringHandler builder;

    public VerdictText(int literalLength, int formattedCount, VerdictCodes codes, out bool shouldAppend)
    {
        building = shouldAppend = codes.Describes;
        builder = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
    }

    private VerdictText(string text) => constant = text;

    /// <summary>A text already made (a constant, a path the analysis holds): kept as it is.</summary>
    public static implicit operator VerdictText(string text) => new(text);

    public void AppendLiteral(string value) => builder.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => builder.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => builder.AppendFormatted(value, format);

    public void AppendFormatted(string? value) => builder.AppendFormatted(value);

    /// <summary>The text; <see langword="null"/> when none was given or the verdict is not described.</summary>
    public string? ToStringAndClear() => constant ?? (building ? builder.ToStringAndClear() : null);
}
