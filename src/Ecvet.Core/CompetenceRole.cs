using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet;

/// <summary>
/// What an organisation is competent to do in an ECVET partnership: the functions a Memorandum of Understanding
/// assigns to its partners.
/// </summary>
/// <remarks>
/// The values are explicit and stable: they appear in the wire format by name (<c>awarding</c>, <c>assessment</c>, …).
/// 0 is not a role; validate untrusted values with <see cref="Enum.IsDefined{TEnum}(TEnum)"/>.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum CompetenceRole
{
    /// <summary>Awards the qualification (an awarding body).</summary>
    Awarding = 1,

    /// <summary>Allocates ECVET points to the qualification and its units.</summary>
    PointsAllocation = 2,

    /// <summary>Assesses learning outcomes, typically as the host of a mobility.</summary>
    Assessment = 3,

    /// <summary>Validates credit achieved elsewhere as a suitable record of achievement.</summary>
    Validation = 4,

    /// <summary>Recognises validated outcomes, awarding units and their points.</summary>
    Recognition = 5,

    /// <summary>Provides education or training (a VET school or training company).</summary>
    TrainingProvider = 6,

    /// <summary>Organises mobility between partners without awarding or assessing (an intermediary organisation).</summary>
    Intermediary = 7,
}
