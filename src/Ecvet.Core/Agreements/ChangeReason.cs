using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Agreements;

/// <summary>
/// Why a component of a learning agreement is inserted or deleted by a change proposal: the six reason codes of
/// Erasmus Without Paper plus three for vocational mobility.
/// </summary>
/// <remarks>
/// <see cref="NotAvailable"/>, <see cref="LanguageMismatch"/> and <see cref="TimetableConflict"/> apply to deletions
/// only; <see cref="SubstitutingDeleted"/>, <see cref="ExtendingMobility"/> and <see cref="AddingVirtualComponent"/> to
/// insertions only; the others to both. The values are explicit; <c>0</c> is not a reason.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum ChangeReason
{
    /// <summary>The component is not available at the host (deletion only; EWP <c>not-available</c>).</summary>
    NotAvailable = 1,

    /// <summary>The component is taught in another language than planned (deletion only; EWP <c>language-mismatch</c>).</summary>
    LanguageMismatch = 2,

    /// <summary>The component clashes with another in the timetable (deletion only; EWP <c>timetable-conflict</c>).</summary>
    TimetableConflict = 3,

    /// <summary>The component replaces a deleted one (insertion only; EWP <c>substituting-deleted</c>).</summary>
    SubstitutingDeleted = 4,

    /// <summary>The mobility is extended (insertion only; EWP <c>extending-mobility</c>).</summary>
    ExtendingMobility = 5,

    /// <summary>A virtual component is added (insertion only; EWP <c>adding-virtual-component</c>).</summary>
    AddingVirtualComponent = 6,

    /// <summary>The work placement changed (company, department or tasks).</summary>
    PlacementChanged = 7,

    /// <summary>A health or safety reason.</summary>
    HealthOrSafety = 8,

    /// <summary>Another reason, stated in the change's text.</summary>
    Other = 9,
}
