using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Recognition;

/// <summary>
/// A rule's condition: a closed tree of <c>allOf</c>, <c>anyOf</c>, <c>not</c>, domain checks and named predicates.
/// </summary>
/// <remarks>
/// <para>
/// The set of node kinds is closed (the constructor is private to this assembly): there is no expression language and
/// no code is found by name at run time except the predicates the embedding program registers with the engine.
/// </para>
/// <para>
/// A tree is at most <see cref="MaxDepth"/> levels deep and has at most <see cref="MaxNodes"/> nodes, checked as it is
/// built, so a tree that exists can always be evaluated without exhausting the stack. Equality is structural.
/// This type is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public abstract class Condition : IEquatable<Condition>
{
    /// <summary>
    /// The deepest a condition tree may be (a single check has depth 1); deep enough for any real rule, and shallow enough
    /// that a rule set in JSON stays within <see cref="Serialization.EcvetJson.MaxDepth"/>.
    /// </summary>
    public const int MaxDepth = 12;

    /// <summary>The most nodes a condition tree may have.</summary>
    public const int MaxNodes = 1_000;

    private protected Condition(int depth, int nodes, string paramName)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException($"The condition is nested {depth} levels deep; at most {MaxDepth} are allowed.", paramName);
        }

        if (nodes > MaxNodes)
        {
            throw new ArgumentException($"The condition has {nodes} nodes; at most {MaxNodes} are allowed.", paramName);
        }

        Depth = depth;
        NodeCount = nodes;
    }

    /// <summary>The depth of the tree: 1 for a check or predicate.</summary>
    public int Depth { get; }

    /// <summary>The number of nodes in the tree.</summary>
    public int NodeCount { get; }

    /// <summary>A condition that holds when every part holds (Kleene conjunction).</summary>
    /// <param name="parts">The parts, at least one.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> is null.</exception>
    /// <exception cref="ArgumentException">No part, a null part, or the tree is too deep or too large.</exception>
    public static AllOfCondition AllOf(params IEnumerable<Condition> parts) => new(ToParts(parts));

    /// <summary>A condition that holds when some part holds (Kleene disjunction).</summary>
    /// <param name="parts">The parts, at least one.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> is null.</exception>
    /// <exception cref="ArgumentException">No part, a null part, or the tree is too deep or too large.</exception>
    public static AnyOfCondition AnyOf(params IEnumerable<Condition> parts) => new(ToParts(parts));

    /// <summary>A condition that holds when the part does not (not evaluable stays not evaluable).</summary>
    /// <param name="part">The part.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="part"/> is null.</exception>
    /// <exception cref="ArgumentException">The tree is too deep.</exception>
    public static NotCondition Not(Condition part) => new(part ?? throw new ArgumentNullException(nameof(part)));

    /// <summary>A built-in domain check.</summary>
    /// <param name="kind">The check.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static CheckCondition Check(CheckKind kind) => new(kind);

    /// <summary>A predicate the embedding program registers with the engine under this name.</summary>
    /// <param name="name">The name: 1–64 ASCII letters, digits, '.', '-' or '_', starting with a letter.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid predicate name.</exception>
    public static PredicateCondition Predicate(string name) => new(name);

    /// <inheritdoc />
    public abstract bool Equals(Condition? other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Condition other && Equals(other);

    /// <inheritdoc />
    public abstract override int GetHashCode();

    /// <summary>The condition in a compact prefix form, such as <c>allOf(mouSigned, not(predicate:x))</c>.</summary>
    /// <returns>The text.</returns>
    public abstract override string ToString();

    private static ImmutableArray<Condition> ToParts(IEnumerable<Condition> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var array = parts.ToImmutableArray();
        if (array.IsEmpty)
        {
            throw new ArgumentException("A combination needs at least one part.", nameof(parts));
        }

        foreach (var part in array)
        {
            if (part is null)
            {
                throw new ArgumentException("The parts must not contain null.", nameof(parts));
            }
        }

        return array;
    }
}
