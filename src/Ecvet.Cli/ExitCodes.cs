namespace Ecvet.Cli;

/// <summary>The tool's process exit codes (documented in the README).</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>An input file is malformed or has invalid content; the message names the file and line.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line is wrong (unknown option, missing or conflicting options, bad value).</summary>
    public const int Usage = 2;

    /// <summary>An input file is missing or cannot be read.</summary>
    public const int FileUnreadable = 3;

    /// <summary>An unexpected failure inside the tool (a bug; please report it).</summary>
    public const int InternalError = 4;
}
