using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;

namespace Ecvet.Agreements;

/// <summary>
/// One inserted or deleted component of a change proposal: the unit whose expected learning is added or removed, with
/// a reason code (and text).
/// </summary>
/// <remarks>
/// A modified component is a deletion plus an insertion of the same unit. The reason must suit the kind (see
/// <see cref="ChangeReason"/>); <see cref="ChangeReason.Other"/> needs a text. Equality compares every property.
/// This type is immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record ComponentChange
{
    private ComponentChange(ComponentChangeKind kind, UnitId unit, ChangeReason reason, string? reasonText)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown change kind.");
        }

        ArgumentNullException.ThrowIfNull(unit);
        if (!Enum.IsDefined(reason))
        {
            throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown change reason.");
        }

        var deleteOnly = reason is ChangeReason.NotAvailable or ChangeReason.LanguageMismatch or ChangeReason.TimetableConflict;
        var insertOnly = reason is ChangeReason.SubstitutingDeleted or ChangeReason.ExtendingMobility or ChangeReason.AddingVirtualComponent;
        if ((deleteOnly && kind != ComponentChangeKind.Deleted) || (insertOnly && kind != ComponentChangeKind.Inserted))
        {
            throw new ArgumentException($"The reason {reason} does not apply to a component that is {kind.ToString().ToLowerInvariant()}.", nameof(reason));
        }

        if (reason == ChangeReason.Other && reasonText is null)
        {
            throw new ArgumentNullException(nameof(reasonText), "The reason Other needs a text.");
        }

        Kind = kind;
        Unit = unit;
        Reason = reason;
        ReasonText = reasonText is null ? null : Preconditions.CheckText(reasonText, nameof(reasonText));
    }

    /// <summary>Whether the component is inserted or deleted.</summary>
    public ComponentChangeKind Kind { get; }

    /// <summary>The unit whose expected learning is inserted or deleted.</summary>
    public UnitId Unit { get; }

    /// <summary>The reason code.</summary>
    public ChangeReason Reason { get; }

    /// <summary>The reason in words, if given; required for <see cref="ChangeReason.Other"/>.</summary>
    public string? ReasonText { get; }

    /// <summary>Creates an insertion.</summary>
    /// <param name="unit">The unit whose expected learning is added.</param>
    /// <param name="reason">The reason code; not one of the deletion-only codes.</param>
    /// <param name="reasonText">The reason in words; required for <see cref="ChangeReason.Other"/>.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null, or <paramref name="reasonText"/> is null for <see cref="ChangeReason.Other"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is for deletions only, or <paramref name="reasonText"/> is not valid text.</exception>
    public static ComponentChange Insert(UnitId unit, ChangeReason reason, string? reasonText = null) =>
        new(ComponentChangeKind.Inserted, unit, reason, reasonText);

    /// <summary>Creates a deletion.</summary>
    /// <param name="unit">The unit whose expected learning is removed.</param>
    /// <param name="reason">The reason code; not one of the insertion-only codes.</param>
    /// <param name="reasonText">The reason in words; required for <see cref="ChangeReason.Other"/>.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null, or <paramref name="reasonText"/> is null for <see cref="ChangeReason.Other"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is for insertions only, or <paramref name="reasonText"/> is not valid text.</exception>
    public static ComponentChange Delete(UnitId unit, ChangeReason reason, string? reasonText = null) =>
        new(ComponentChangeKind.Deleted, unit, reason, reasonText);

    /// <summary>Creates a change of either kind, as read from JSON.</summary>
    internal static ComponentChange FromParts(ComponentChangeKind kind, UnitId unit, ChangeReason reason, string? reasonText) =>
        new(kind, unit, reason, reasonText);

    /// <summary>The kind, unit and reason.</summary>
    /// <returns>Text such as <c>Inserted cook-u4 (SubstitutingDeleted)</c>.</returns>
    public override string ToString() => $"{Kind} {Unit} ({Reason})";
}
