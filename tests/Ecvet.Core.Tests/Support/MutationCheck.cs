using System.Collections.Concurrent;
using CsCheck;
using Ecvet.Agreements;

namespace Ecvet.Tests.Support;

/// <summary>
/// Applies every mutation of a table to a value and checks the hash property: a mutation that changes the value at its
/// path must give a value that is not equal and has another hash. A mutation that throws <see cref="ArgumentException"/>
/// or leaves its path unchanged does not apply to that value; every mutation must apply to some generated value.
/// </summary>
internal sealed class MutationCheck<T>(MutationTable<T> table, Func<T, ContentHash> hash)
    where T : class
{
    private readonly ConcurrentDictionary<int, int> applied = new();

    public void Check(T original)
    {
        var originalHash = hash(original);
        for (var i = 0; i < table.Count; i++)
        {
            var mutation = table[i];
            if (Apply(mutation, original) is not { } mutated)
            {
                continue;
            }

            if (mutated.Equals(original))
            {
                throw new InvalidOperationException($"Mutation {i} of {mutation.Path} changed the value at its path but the result is Equal to the original.");
            }

            if (hash(mutated) == originalHash)
            {
                throw new InvalidOperationException($"Mutation {i} of {mutation.Path} changed the value at its path but not the hash.");
            }

            applied.AddOrUpdate(i, 1, (_, n) => n + 1);
        }
    }

    /// <summary>
    /// Fails naming every public property path of <typeparamref name="T"/> without a mutation in <paramref name="table"/>
    /// and not in <paramref name="excluded"/>, every mutation whose path does not exist, and every stale exclusion.
    /// </summary>
    public static void ShouldCoverThePropertyGraph(MutationTable<T> table, IReadOnlyDictionary<string, string> excluded)
    {
        var paths = PropertyGraph.Paths(typeof(T), excluded.Keys);
        var mutated = table.Select(m => m.Path).ToHashSet(StringComparer.Ordinal);

        paths.Where(p => !mutated.Contains(p)).Should().BeEmpty($"every property of {typeof(T).Name} needs a mutation in the table (or an exclusion with its reason)");
        mutated.Where(p => !paths.Contains(p)).Should().BeEmpty($"every mutation must name a property path of {typeof(T).Name}");
        excluded.Keys.Except(PropertyGraph.Paths(typeof(T), [])).Should().BeEmpty("every exclusion must name a property path");
    }

    /// <summary>Applies every mutation to <paramref name="iter"/> generated values; every mutation must apply to one of them at least.</summary>
    public static void ShouldChangeTheHash(Gen<T> values, MutationTable<T> table, Func<T, ContentHash> hash, long iter)
    {
        var check = new MutationCheck<T>(table, hash);

        values.Sample(check.Check, iter: iter);

        check.NeverApplied().Should().BeEmpty($"every mutation must apply to some generated {typeof(T).Name}");
    }

    /// <summary>The mutated value, or null when the mutation does not apply to <paramref name="original"/>.</summary>
    public static T? Apply(Mutation<T> mutation, T original)
    {
        T mutated;
        try
        {
            mutated = mutation.Apply(original);
        }
        catch (ArgumentException)
        {
            return null;
        }

        return PropertyGraph.DescribeAt(mutated, mutation.Path) == PropertyGraph.DescribeAt(original, mutation.Path) ? null : mutated;
    }

    /// <summary>The mutations that never applied, by index and path.</summary>
    public IEnumerable<string> NeverApplied() =>
        Enumerable.Range(0, table.Count).Where(i => !applied.ContainsKey(i)).Select(i => $"{i}: {table[i].Path}");
}
