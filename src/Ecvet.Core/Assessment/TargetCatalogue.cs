using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Assessment;

/// <summary>
/// Whose catalogue the assessed learning outcome or unit of an <see cref="AssessmentResult"/> belongs to: the home
/// qualification's (a target the learning agreement names) or the host's own.
/// </summary>
/// <remarks>
/// Identifiers are chosen by each institution, so the same identifier may name a home outcome and a host outcome; the
/// result says which it means rather than leaving a reader to guess from the identifier.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum TargetCatalogue
{
    /// <summary>A home learning outcome or unit, as named in the learning agreement. The default on the wire.</summary>
    Home = 1,

    /// <summary>
    /// One of the host's own learning outcomes or units; the host's catalogue (with the outcomes' types and text) travels
    /// with the transcript so that the home institution can match or map it.
    /// </summary>
    Host = 2,
}
