namespace Ecvet.Recognition.Internal;

/// <summary>A named predicate registered with an engine, with its codes and findings made once at registration.</summary>
internal sealed class RegisteredPredicate
{
    public RegisteredPredicate(string name, RecognitionPredicate function)
    {
        Function = function;
        Codes = new VerdictCodes("predicate:" + name);
        WhenTrue = $"The predicate '{name}' is {Verdict.Suffix(Truth.True)}.";
        WhenFalse = $"The predicate '{name}' is {Verdict.Suffix(Truth.False)}.";
        WhenNotEvaluable = $"The predicate '{name}' is {Verdict.Suffix(Truth.NotEvaluable)}.";
        WhenUndefined = $"The predicate '{name}' returned an undefined value.";
    }

    public RecognitionPredicate Function { get; }

    public VerdictCodes Codes { get; }

    public string WhenTrue { get; }

    public string WhenFalse { get; }

    public string WhenNotEvaluable { get; }

    public string WhenUndefined { get; }

    public string Detail(Truth truth) => truth switch
    {
        Truth.True => WhenTrue,
        Truth.False => WhenFalse,
        _ => WhenNotEvaluable,
    };
}
