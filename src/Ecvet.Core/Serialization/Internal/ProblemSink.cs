using System.Collections.Immutable;

namespace Ecvet.Serialization.Internal;

/// <summary>Collects problems with their paths, up to a limit, and turns byte offsets into line and byte positions.</summary>
internal sealed class ProblemSink
{
    private readonly List<JsonProblem> problems = [];
    private readonly ReadOnlyMemory<byte> input;
    private readonly int maxProblems;

    public ProblemSink(ReadOnlyMemory<byte> input, int maxProblems)
    {
        this.input = input;
        this.maxProblems = maxProblems;
    }

    public JsonPath Path { get; } = new();

    public int Count => problems.Count;

    public bool IsFull => problems.Count >= maxProblems;

    public ImmutableArray<JsonProblem> ToImmutable() => [.. problems];

    /// <summary>Reports a problem at the current path (plus <paramref name="property"/> when given), without a position.</summary>
    public void Add(JsonProblemCode code, string message, string? property = null) =>
        Add(new JsonProblem(code, Path.ToString(property), message));

    /// <summary>Reports a problem at the current path found at byte <paramref name="offset"/> of the input.</summary>
    public void AddAt(JsonProblemCode code, string message, long offset, string? property = null)
    {
        var (line, column) = Position(offset);
        Add(new JsonProblem(code, Path.ToString(property), message, line, column));
    }

    public void Add(JsonProblem problem)
    {
        if (!IsFull)
        {
            problems.Add(problem);
        }
    }

    /// <summary>The 1-based line and byte-in-line of a byte offset (lines end at LF; CR LF counts once).</summary>
    public (long Line, long ByteInLine) Position(long offset)
    {
        var span = input.Span[..(int)Math.Min(offset, input.Length)];
        var line = 1L + span.Count((byte)'\n');
        var lastNewLine = span.LastIndexOf((byte)'\n');
        return (line, span.Length - lastNewLine);
    }
}
