using System.Text.Json;

namespace Ecvet.Serialization.Internal;

/// <summary>Words the messages of the readers and of the public types' converters share.</summary>
internal static class ConverterText
{
    /// <summary>The JSON kind a token starts, as a message names it.</summary>
    public static string Kind(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>A domain exception's message without the runtime's <c>(Parameter '…')</c> suffix.</summary>
    public static string Message(Exception ex)
    {
        var message = ex.Message;
        var suffix = ex is ArgumentException { ParamName: not null } ? message.LastIndexOf(" (Parameter '", StringComparison.Ordinal) : -1;
        return suffix > 0 ? message[..suffix] : message;
    }
}
