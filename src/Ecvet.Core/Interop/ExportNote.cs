namespace Ecvet.Interop;

/// <summary>
/// Something of the source that the target format cannot express, or expresses only in part: an export reports it
/// rather than dropping it silently.
/// </summary>
/// <remarks>
/// <see cref="Code"/> is a stable, lower-case token naming the kind of loss (for example <c>outcome-weight</c>), so
/// callers can filter notes they accept; <see cref="Subject"/> names the element of the source concerned (a
/// qualification, unit or outcome identifier, with the property after a dot, such as <c>fi-hrc-u1-lo2.weight</c>);
/// <see cref="Message"/> says in English what was not written and why. Equality compares all three (ordinal). This
/// type is immutable and thread-safe.
/// </remarks>
public sealed record ExportNote
{
    internal ExportNote(string code, string subject, string message)
    {
        Code = code;
        Subject = subject;
        Message = message;
    }

    /// <summary>The kind of loss, a stable lower-case token such as <c>outcome-weight</c>.</summary>
    public string Code { get; }

    /// <summary>The element of the source concerned, such as <c>fi-hrc-u1-lo2.weight</c>.</summary>
    public string Subject { get; }

    /// <summary>What was not written, and why.</summary>
    public string Message { get; }

    /// <summary>The code, subject and message, such as <c>outcome-weight fi-hrc-u1-lo2.weight: …</c>.</summary>
    /// <returns>A display string.</returns>
    public override string ToString() => $"{Code} {Subject}: {Message}";
}
