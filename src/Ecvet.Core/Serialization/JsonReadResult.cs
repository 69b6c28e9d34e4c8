using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Ecvet.Serialization;

/// <summary>
/// The outcome of reading a JSON document: either the whole, valid document or every problem found; never both, never a
/// half-built value.
/// </summary>
/// <typeparam name="T">The type of the document.</typeparam>
/// <remarks>
/// <see cref="Problems"/> are in the order they were found: reading problems (syntax, structure, types) first, in
/// document order, then domain problems. This type is immutable and thread-safe. It has reference equality.
/// </remarks>
public sealed class JsonReadResult<T>
    where T : class
{
    private readonly T? value;

    private JsonReadResult(T? value, ImmutableArray<JsonProblem> problems)
    {
        this.value = value;
        Problems = problems;
    }

    /// <summary>Whether the document was read without problems; then <see cref="Value"/> holds it.</summary>
    [MemberNotNullWhen(true, nameof(ValueOrNull))]
    public bool IsSuccess => value is not null;

    /// <summary>The document.</summary>
    /// <exception cref="InvalidOperationException">Reading failed; see <see cref="Problems"/>.</exception>
    public T Value => value ?? throw new InvalidOperationException(
        $"The document could not be read ({Problems.Length} problem(s)); the first is: {Problems[0]}");

    /// <summary>The document, or <see langword="null"/> when reading failed.</summary>
    public T? ValueOrNull => value;

    /// <summary>Every problem found; empty when <see cref="IsSuccess"/>.</summary>
    public ImmutableArray<JsonProblem> Problems { get; }

    /// <summary>Gets the document when reading succeeded.</summary>
    /// <param name="document">The document, or <see langword="null"/> when reading failed.</param>
    /// <returns><see langword="true"/> when reading succeeded.</returns>
    public bool TryGetValue([NotNullWhen(true)] out T? document)
    {
        document = value;
        return document is not null;
    }

    /// <summary>"OK", or one line per problem (see <see cref="JsonProblem.ToString"/>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsSuccess ? "OK" : string.Join(Environment.NewLine, Problems);

    internal static JsonReadResult<T> Success(T value) => new(value, []);

    internal static JsonReadResult<T> Failure(ImmutableArray<JsonProblem> problems)
    {
        if (problems.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A failure has at least one problem.", nameof(problems));
        }

        return new(null, problems);
    }
}
