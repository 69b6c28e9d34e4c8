using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Recognition;

/// <summary>A person's verdict on a match in the review band.</summary>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum ConfirmationVerdict
{
    /// <summary>The host outcome does evidence the home outcome; the match counts.</summary>
    Confirmed = 0,

    /// <summary>The host outcome does not evidence the home outcome; the match does not count.</summary>
    Refused = 1,
}
