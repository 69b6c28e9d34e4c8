namespace Ecvet.Agreements;

/// <summary>
/// Thrown when a change proposal is approved although the version it was based on is no longer the version in force
/// (another change was approved meanwhile). Reject the stale proposal and propose again on the current version.
/// </summary>
public sealed class EditConflictException : InvalidOperationException
{
    /// <summary>Creates the exception with a default message.</summary>
    public EditConflictException()
        : base("The change proposal is based on a version that is no longer in force.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public EditConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public EditConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
