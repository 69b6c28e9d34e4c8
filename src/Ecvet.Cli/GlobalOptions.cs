using System.CommandLine;

namespace Ecvet.Cli;

/// <summary>The options every command accepts, made once per run and shared by the commands.</summary>
internal sealed record GlobalOptions(Option<bool> Quiet)
{
    /// <summary>Whether progress may be written: standard error is a terminal and <c>--quiet</c> was not given.</summary>
    public bool ShowProgress(ParseResult parsed, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(console);
        return console.IsErrorTerminal && !parsed.GetValue(Quiet);
    }
}
