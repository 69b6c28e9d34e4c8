namespace Ecvet.Cli;

/// <summary>Where the tool writes: standard output, standard error, and whether standard error is a terminal.</summary>
/// <remarks>Tests pass <see cref="StringWriter"/>s to run the tool in-process.</remarks>
internal sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, bool isErrorTerminal = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        Out = output;
        Error = error;
        IsErrorTerminal = isErrorTerminal;
    }

    /// <summary>Results.</summary>
    public TextWriter Out { get; }

    /// <summary>Errors and progress.</summary>
    public TextWriter Error { get; }

    /// <summary>Whether progress may be shown on <see cref="Error"/> (only an interactive terminal gets it).</summary>
    public bool IsErrorTerminal { get; }
}
