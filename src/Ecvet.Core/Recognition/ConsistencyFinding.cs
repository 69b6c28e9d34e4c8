using Ecvet.Utility;

namespace Ecvet.Recognition;

/// <summary>
/// One contradiction between the documents of a mobility, found by <see cref="MobilityConsistency.Check"/>: a stable
/// code, a severity, a path into the document concerned and a message.
/// </summary>
/// <remarks>Equality compares every property. This type is immutable and thread-safe.</remarks>
public sealed record ConsistencyFinding
{
    internal ConsistencyFinding(ConsistencyCode code, ConsistencySeverity severity, string path, string message, int index = -1)
    {
        if (!Enum.IsDefined(code))
        {
            throw new ArgumentOutOfRangeException(nameof(code), code, "Not a defined consistency code.");
        }

        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not a defined consistency severity.");
        }

        Code = code;
        Severity = severity;
        Path = Preconditions.CheckText(path, nameof(path));
        Message = Preconditions.CheckText(message, nameof(message));
        Index = index;
    }

    /// <summary>What was found.</summary>
    public ConsistencyCode Code { get; }

    /// <summary>How much it matters.</summary>
    public ConsistencySeverity Severity { get; }

    /// <summary>
    /// A JSON path into the document concerned, prefixed with the document (<c>agreement:</c>, <c>mou:</c>,
    /// <c>transcript:</c>, <c>qualification:</c>), as in the recognition trace: <c>transcript:$.entries[2].assessedOn</c>.
    /// </summary>
    public string Path { get; }

    /// <summary>What was found, in words, naming the values that disagree.</summary>
    public string Message { get; }

    /// <summary>The position of the transcript entry or expected unit concerned; -1 when the finding concerns a whole document.</summary>
    internal int Index { get; }

    /// <inheritdoc />
    public bool Equals(ConsistencyFinding? other) => other is not null && Code == other.Code && Severity == other.Severity
        && Path == other.Path && Message == other.Message;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Path);

    /// <summary>The severity, code, path and message.</summary>
    /// <returns>Text such as <c>Error TranscriptForAnotherAgreement at transcript:$.agreement: …</c>.</returns>
    public override string ToString() => $"{Severity} {Code} at {Path}: {Message}";
}
