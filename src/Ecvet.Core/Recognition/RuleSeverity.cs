using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Recognition;

/// <summary>What a false or not evaluable rule does to the decision.</summary>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum RuleSeverity
{
    /// <summary>
    /// False stops recognition of the rule's scope (see <see cref="RuleScope"/>); not evaluable defers it until the data is there.
    /// </summary>
    Blocking = 0,

    /// <summary>Reported in the trace and the explanation for a person to look at; does not change the decision.</summary>
    Advisory = 1,
}
