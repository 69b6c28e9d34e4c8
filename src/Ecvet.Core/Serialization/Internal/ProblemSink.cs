using System.Collections.Immutable;

namespace Ecvet.Serialization.Internal;

/// <summary>Collects problems with their paths, up to a limit, and turns byte offsets into line and byte positions.</summary>
internal sealed class ProblemSink
{
    private readonly List<JsonProblem> problems = [];
    private readonly LineIndex lines;
    private readonly int maxProblems;

    public ProblemSink(ReadOnlyMemory<byte> input, int maxProblems)
    {
        lines = new LineIndex(input);
        this.maxProblems = maxProblems;
    }

    public JsonPath Path { get; } = new();

    public int Count => problems.Count;

    public bool IsFull => problems.Count >= maxProblems;

    public ImmutableArray<JsonProblem> ToImmutable() => [.. problems];

    /// <summary>Reports a problem at the current path (plus <paramref name="property"/> when given), without a position.</summary>
    public void Add(JsonProblemCode code, string message, string? property = null)
    {
        if (!IsFull)
        {
            Add(new JsonProblem(code, Path.ToString(property), message));
        }
    }

    /// <summary>Reports a problem at the current path found at byte <paramref name="offset"/> of the input.</summary>
    public void AddAt(JsonProblemCode code, string message, long offset, string? property = null)
    {
        if (IsFull)
        {
            // Past the limit nothing is kept: spend nothing on it (an input can hold a problem every few bytes).
            return;
        }

        var (line, column) = lines.Position(offset);
        Add(new JsonProblem(code, Path.ToString(property), message, line, column));
    }

    public void Add(JsonProblem problem)
    {
        if (!IsFull)
        {
            problems.Add(problem);
        }
    }
}
