using System.Collections.Immutable;
using Ecvet.Utility;

namespace Ecvet.Agreements.Internal;

/// <summary>Argument checks shared by the agreement and assessment types.</summary>
internal static class Guard
{
    /// <summary>Returns <paramref name="values"/> as an array (the default array becomes empty); null elements are rejected.</summary>
    /// <exception cref="ArgumentException">An element is null.</exception>
    internal static ImmutableArray<T> ToArrayWithoutNulls<T>(IEnumerable<T>? values, string paramName)
        where T : class
    {
        var array = values is ImmutableArray<T> immutable ? immutable.OrEmpty() : Preconditions.ToImmutable(values);
        Preconditions.CheckNoNulls(array, paramName);
        return array;
    }
}
