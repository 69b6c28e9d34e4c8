namespace Ecvet.Recognition;

/// <summary>
/// A condition written in code, registered with the engine under a name that rule sets refer to
/// (<c>{"kind": "predicate", "name": "…"}</c>). It must be pure, fast and thread-safe, and return
/// <see cref="Truth.NotEvaluable"/> when data it needs is missing.
/// </summary>
/// <param name="context">What the predicate may read.</param>
/// <returns>Whether the condition holds.</returns>
public delegate Truth RecognitionPredicate(PredicateContext context);
