using Ecvet.Serialization;

namespace Ecvet.Cli.Documents;

/// <summary>
/// One problem of an input document: a library problem (<c>EcvetJson…</c> codes) or one the tool finds itself
/// (<c>EcvetCli…</c> codes: the type of the document).
/// </summary>
internal sealed record DocumentProblem(string Code, string Path, string Message, long? Line, long? Byte)
{
    /// <summary>The tool cannot tell which kind of document the file is, and was not told.</summary>
    public const string UnknownTypeCode = "EcvetCli0001";

    /// <summary>The file is a document of another kind than the one asked for.</summary>
    public const string WrongTypeCode = "EcvetCli0002";

    public static DocumentProblem From(JsonProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new(problem.CodeText, problem.Path, problem.Message, problem.Line, problem.ByteInLine);
    }

    /// <summary>
    /// The problem as one line after the file name: <c>:3:18: $.units[0].id: EcvetJson0035 message</c> (line and byte
    /// when known), for <c>FILE:LINE:BYTE:</c> the way compilers print positions.
    /// </summary>
    public string Describe(string file)
    {
        var position = Line is { } line ? Byte is { } column ? $":{line}:{column}" : $":{line}" : string.Empty;
        return FormattableString.Invariant($"{file}{position}: {Path}: {Code} {Message}");
    }
}
