namespace Ecvet;

/// <summary>
/// A collection given to a domain factory holds the same value twice. It says where the second occurrence is, so a
/// caller that built the collection from its own input (a JSON reader, a form) can point at that entry without
/// checking distinctness again.
/// </summary>
public sealed class DuplicateValueException : ArgumentException
{
    /// <summary>Creates the exception with a default message.</summary>
    public DuplicateValueException()
        : base("The collection holds the same value twice.")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    /// <param name="message">What is duplicated.</param>
    public DuplicateValueException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and the exception that caused it.</summary>
    /// <param name="message">What is duplicated.</param>
    /// <param name="innerException">The cause.</param>
    public DuplicateValueException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for the collection <paramref name="paramName"/>, whose entry at <paramref name="index"/> repeats an earlier one.</summary>
    /// <param name="message">What is duplicated.</param>
    /// <param name="paramName">The collection's parameter name.</param>
    /// <param name="index">The zero-based position of the repeated entry (the later of the two).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public DuplicateValueException(string message, string paramName, int index)
        : base(message, paramName)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        Index = index;
    }

    /// <summary>The zero-based position of the repeated entry (the later of the two) in the collection named by <see cref="ArgumentException.ParamName"/>; -1 when not known.</summary>
    public int Index { get; } = -1;
}
