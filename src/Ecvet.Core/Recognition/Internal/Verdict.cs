using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Ecvet.Recognition.Internal;

/// <summary>
/// The value of one condition node with the code, and, when described (<see cref="VerdictCodes.Describes"/>), the
/// finding in words and the evidence paths that decided it. Undescribed verdicts carry an empty finding and no paths.
/// </summary>
internal readonly record struct Verdict(Truth Truth, string Code, string Detail, ImmutableArray<string> Paths)
{
    /// <summary>A verdict with up to three evidence paths, each written only when the verdict is described.</summary>
    public static Verdict Of(VerdictCodes codes, Truth truth, [InterpolatedStringHandlerArgument(nameof(codes))] VerdictText detail,
        [InterpolatedStringHandlerArgument(nameof(codes))] VerdictText path = default,
        [InterpolatedStringHandlerArgument(nameof(codes))] VerdictText path2 = default,
        [InterpolatedStringHandlerArgument(nameof(codes))] VerdictText path3 = default)
    {
        if (!codes.Describes)
        {
            return new(truth, codes.Of(truth), string.Empty, []);
        }

        var first = path.ToStringAndClear();
        var second = path2.ToStringAndClear();
        var third = path3.ToStringAndClear();
        var count = (first is null ? 0 : 1) + (second is null ? 0 : 1) + (third is null ? 0 : 1);
        var paths = ImmutableArray<string>.Empty;
        if (count > 0)
        {
            var builder = ImmutableArray.CreateBuilder<string>(count);
            AddIfAny(builder, first);
            AddIfAny(builder, second);
            AddIfAny(builder, third);
            paths = builder.MoveToImmutable();
        }

        return new(truth, codes.Of(truth), detail.ToStringAndClear() ?? string.Empty, paths);
    }

    /// <summary>A verdict whose evidence paths are already made (shared by the analysis, so citing them allocates nothing).</summary>
    public static Verdict Of(VerdictCodes codes, Truth truth, [InterpolatedStringHandlerArgument(nameof(codes))] VerdictText detail, ImmutableArray<string> paths) =>
        codes.Describes
            ? new(truth, codes.Of(truth), detail.ToStringAndClear() ?? string.Empty, paths.IsDefault ? [] : paths)
            : new(truth, codes.Of(truth), string.Empty, []);

    public static string Suffix(Truth truth) => truth switch
    {
        Truth.True => "true",
        Truth.False => "false",
        _ => "notEvaluable",
    };

    private static void AddIfAny(ImmutableArray<string>.Builder builder, string? path)
    {
        if (path is not null)
        {
            builder.Add(path);
        }
    }
}
