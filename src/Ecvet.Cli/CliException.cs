namespace Ecvet.Cli;

/// <summary>A failure the tool reports as one line on standard error with a given exit code (no stack trace).</summary>
internal sealed class CliException : Exception
{
    public CliException(int exitCode, string message)
        : base(message) => ExitCode = exitCode;

    public CliException()
    {
    }

    public CliException(string message)
        : base(message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int ExitCode { get; } = ExitCodes.InternalError;

    /// <summary>A missing or unreadable file.</summary>
    public static CliException Unreadable(string path, Exception cause) => new(ExitCodes.FileUnreadable, cause switch
    {
        FileNotFoundException or DirectoryNotFoundException => $"{path}: file not found.",
        // Opening a directory as a file fails as "access denied" on Unix: say what is really wrong.
        UnauthorizedAccessException when Directory.Exists(path) => $"{path}: is a directory, not a file.",
        UnauthorizedAccessException => $"{path}: permission denied.",
        _ => $"{path}: cannot be read: {cause.Message}",
    });

    /// <summary>A malformed input file; <paramref name="reason"/> starts with <c>Line N:</c> where a line applies.</summary>
    public static CliException Invalid(string path, string reason) => new(ExitCodes.InvalidInput, $"{path}: {reason}");
}
