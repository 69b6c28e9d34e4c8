using System.Collections.Immutable;

namespace Ecvet.Recognition.Internal;

/// <summary>The value of one condition node with the code, the finding in words, and the evidence paths that decided it.</summary>
internal readonly record struct Verdict(Truth Truth, string Code, string Detail, ImmutableArray<string> Paths)
{
    public static Verdict Of(VerdictCodes codes, Truth truth, string detail, params ImmutableArray<string> paths) =>
        new(truth, codes.Of(truth), detail, paths.IsDefault ? [] : paths);

    public static string Suffix(Truth truth) => truth switch
    {
        Truth.True => "true",
        Truth.False => "false",
        _ => "notEvaluable",
    };
}
