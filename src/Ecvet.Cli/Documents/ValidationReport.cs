namespace Ecvet.Cli.Documents;

/// <summary>The JSON document of <c>ecvet validate --format json</c>: every file, then the counts.</summary>
internal sealed record ValidationReport(IReadOnlyList<FileReport> Files, int Valid, int Invalid, int Unreadable);

/// <summary>
/// One file: its type name (<see langword="null"/> when unknown or unread), whether it is valid, why it could not be
/// read (<see langword="null"/> when it was), and its problems.
/// </summary>
internal sealed record FileReport(string File, string? Type, bool Valid, string? Error, IReadOnlyList<ProblemReport> Problems);

/// <summary>One problem: code, JSON path, 1-based line and byte in the line when known, message.</summary>
internal sealed record ProblemReport(string Code, string Path, long? Line, long? Byte, string Message);
