using System.Collections.Concurrent;

namespace Ecvet.Recognition.Internal;

/// <summary>
/// The codes of a check or predicate, one per truth value (<c>name.true</c>, <c>name.false</c>,
/// <c>name.notEvaluable</c>), made once: a verdict is made for every condition node evaluated, and building its code
/// then would allocate per condition.
/// </summary>
internal sealed class VerdictCodes
{
    private static readonly VerdictCodes[] ForChecks = [.. Enum.GetValues<CheckKind>().Order().Select(k => new VerdictCodes(CheckNames.Of(k)))];

    // The same codes for deciding only: their verdicts carry no finding in words and no paths.
    private static readonly VerdictCodes[] ForDeciding = [.. ForChecks.Select(c => new VerdictCodes(c.Name, describes: false))];

    // not(code) for each code met under a not: bounded by the check and predicate names and the depth limit.
    private static readonly ConcurrentDictionary<string, string> Negations = new(StringComparer.Ordinal);

    private readonly string whenTrue;
    private readonly string whenFalse;
    private readonly string whenNotEvaluable;

    public VerdictCodes(string name, bool describes = true)
    {
        Name = name;
        Describes = describes;
        whenTrue = name + "." + Verdict.Suffix(Truth.True);
        whenFalse = name + "." + Verdict.Suffix(Truth.False);
        whenNotEvaluable = name + "." + Verdict.Suffix(Truth.NotEvaluable);
    }

    /// <summary>For a condition of an unknown kind.</summary>
    public static VerdictCodes Unknown { get; } = new("unknown");

    public string Name { get; }

    /// <summary>Whether verdicts made with these codes write their finding and evidence paths (<see cref="VerdictText"/>).</summary>
    public bool Describes { get; }

    public static VerdictCodes For(CheckKind kind, bool describe) => describe ? ForChecks[(int)kind] : ForDeciding[(int)kind];

    /// <summary>The code of a negated verdict.</summary>
    public static string Not(string code) => Negations.GetOrAdd(code, static c => $"not({c})");

    public string Of(Truth truth) => truth switch
    {
        Truth.True => whenTrue,
        Truth.False => whenFalse,
        _ => whenNotEvaluable,
    };

    public override string ToString() => Name;
}
