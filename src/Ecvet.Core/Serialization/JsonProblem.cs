using System.Globalization;
using System.Text;

namespace Ecvet.Serialization;

/// <summary>
/// One problem found in a JSON document: a stable code, where it is (a JSON path, and a line and byte position when the
/// reader knows them) and a message for a human.
/// </summary>
/// <remarks>
/// The message never repeats more than a short piece of the input. <see cref="ToString"/> gives one line such as
/// <c>$.units[3].learningOutcomes[0].type: EcvetJson0017 'skil' is not a learning outcome type (line 14, byte 21)</c>.
/// Two problems are equal when all their members are equal. This type is immutable and thread-safe.
/// </remarks>
public sealed record JsonProblem
{
    internal JsonProblem(JsonProblemCode code, string path, string message, long? line = null, long? byteInLine = null)
    {
        Code = code;
        Path = path;
        Message = message;
        Line = line;
        ByteInLine = byteInLine;
    }

    /// <summary>What is wrong.</summary>
    public JsonProblemCode Code { get; }

    /// <summary>The code as text, <c>EcvetJson</c> and four digits, such as <c>EcvetJson0012</c>.</summary>
    public string CodeText => string.Create(CultureInfo.InvariantCulture, $"EcvetJson{(int)Code:D4}");

    /// <summary>
    /// Where the problem is, as a JSON path from the document root <c>$</c>, such as <c>$.units[3].title</c>;
    /// names that are not plain identifiers are quoted, as in <c>$.title['pt-BR ']</c>.
    /// </summary>
    public string Path { get; }

    /// <summary>What is wrong, in English, for a human.</summary>
    public string Message { get; }

    /// <summary>The 1-based line of the input where the problem was found, when the reader knows it.</summary>
    public long? Line { get; }

    /// <summary>The 1-based byte position in <see cref="Line"/> (UTF-8 bytes, not characters), when the reader knows it.</summary>
    public long? ByteInLine { get; }

    /// <summary>The problem on one line: path, code, message and position.</summary>
    /// <returns>For example <c>$.units[0].id: EcvetJson0035 … (line 3, byte 12)</c>.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Path.Length + Message.Length + 40);
        text.Append(Path).Append(": ").Append(CodeText).Append(' ').Append(Message);
        if (Line is { } line)
        {
            text.Append(CultureInfo.InvariantCulture, $" (line {line}");
            if (ByteInLine is { } column)
            {
                text.Append(CultureInfo.InvariantCulture, $", byte {column}");
            }

            text.Append(')');
        }

        return text.ToString();
    }
}
