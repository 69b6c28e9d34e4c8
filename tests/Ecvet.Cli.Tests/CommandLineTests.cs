using Ecvet.Cli.Tests.Support;

namespace Ecvet.Cli.Tests;

/// <summary>What every command shares: unknown names, help, internal errors.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData(new[] { "valdate", "a.json" }, "unknown command 'valdate'; did you mean 'validate'?", "ecvet")]
    [InlineData(new[] { "shema" }, "unknown command 'shema'; did you mean 'schema'?", "ecvet")]
    [InlineData(new[] { "mach", "-c", "x" }, "unknown command 'mach'; did you mean 'match'?", "ecvet")]
    [InlineData(new[] { "recognize" }, "unknown command 'recognize'; did you mean 'recognise'?", "ecvet")]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'.", "ecvet")]
    [InlineData(new[] { "match", "-c", "x", "-q", "y", "--treshold", "0.5" }, "unknown option '--treshold' for 'ecvet match'; did you mean '--threshold'?", "ecvet match")]
    [InlineData(new[] { "match", "-c", "x", "-q", "y", "--form", "json" }, "unknown option '--form' for 'ecvet match'; did you mean '--format'?", "ecvet match")]
    [InlineData(new[] { "match", "-c", "x", "-q", "y", "--qiet" }, "unknown option '--qiet' for 'ecvet match'; did you mean '--quiet'?", "ecvet match")]
    public void Run_UnknownName_SuggestsTheClosestInOneLine(string[] args, string message, string command)
    {
        var result = Tool.Run(args);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: {message}\nRun '{command} --help' for usage.\n");
    }

    [Fact]
    public void Run_UnknownCommandWithTerminalControl_IsNotEchoed()
    {
        var result = Tool.Run("\u001b]0;owned\u0007match\u001b[1m");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("error: unknown command 'match'.\nRun 'ecvet --help' for usage.\n");
    }

    [Fact]
    public void Run_Help_ListsEveryCommand()
    {
        var result = Tool.Run("--help");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("validate").And.Contain("schema").And.Contain("match").And.Contain("--quiet");
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("schema")]
    [InlineData("match")]
    public void Run_CommandHelp_ExitsZero(string command)
    {
        var result = Tool.Run(command, "--help");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Output.Should().StartWith("Description:").And.Contain("Usage:").And.Contain($" {command} ");
    }

    [Fact]
    public void InternalError_SaysItIsABugAndWhereToReportIt()
    {
        using var error = new StringWriter();

        var code = EcvetCli.InternalError(new CliConsole(TextWriter.Null, error), new InvalidOperationException("Index was broken.\nSecond line."));

        code.Should().Be(4);
        error.ToString().Should().Be(
            "error: internal error (InvalidOperationException): Index was broken.?Second line. This is a bug in ecvet; please report it at "
            + EcvetCli.IssuesUrl + " with the command you ran.\n");
    }
}
