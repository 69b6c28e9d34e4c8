namespace Ecvet.Cli.Documents;

/// <summary>One file: its check, or why it could not be read.</summary>
internal sealed record FileResult(string File, DocumentCheck? Check, string? Error);
