namespace Ecvet;

/// <summary>
/// An argument breaks a rule at one place inside it: an entry of a collection (a version of a learning agreement
/// history, a signature of a transcript) or a member of that entry. <see cref="Location"/> says where, relative to the
/// argument named by <see cref="ArgumentException.ParamName"/>, so a caller that built the argument from its own input
/// (a JSON reader, a form) can point at that place without checking the rule again.
/// </summary>
/// <remarks>
/// The location is written as a relative JSON path over the members in camel case, as the JSON documents name them
/// (the domain's member names, except where a document flattens one, as a transcript entry holds its result's
/// <c>assessedOn</c>), such as <c>[1].signatures[0].signedAt</c> (the first signature of the second entry) or
/// <c>.at</c> (a member of a single argument). A reader turns it into the path of the value in its input.
/// </remarks>
public sealed class InvalidEntryException : ArgumentException
{
    /// <summary>Creates the exception with a default message.</summary>
    public InvalidEntryException()
        : base("An entry of the argument is not valid.")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    /// <param name="message">What is wrong.</param>
    public InvalidEntryException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and the exception that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidEntryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for the place <paramref name="location"/> inside the argument <paramref name="paramName"/>.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="paramName">The argument's parameter name.</param>
    /// <param name="location">Where inside the argument, such as <c>[1].signatures[0]</c>; empty for the argument itself.</param>
    /// <exception cref="ArgumentNullException"><paramref name="location"/> is null.</exception>
    public InvalidEntryException(string message, string paramName, string location)
        : base(message, paramName)
    {
        ArgumentNullException.ThrowIfNull(location);
        Location = location;
    }

    /// <summary>Creates the exception for the place <paramref name="location"/> inside the argument <paramref name="paramName"/>, with its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="paramName">The argument's parameter name.</param>
    /// <param name="location">Where inside the argument, such as <c>[1].signatures[0]</c>; empty for the argument itself.</param>
    /// <param name="innerException">The cause, such as the refusal of a transition.</param>
    /// <exception cref="ArgumentNullException"><paramref name="location"/> is null.</exception>
    public InvalidEntryException(string message, string paramName, string location, Exception innerException)
        : base(message, paramName, innerException)
    {
        ArgumentNullException.ThrowIfNull(location);
        Location = location;
    }

    /// <summary>
    /// Where the rule is broken, relative to the argument named by <see cref="ArgumentException.ParamName"/>: a JSON path
    /// without its <c>$</c>, such as <c>[1].signatures[0].signedAt</c>; empty when not known or the argument itself.
    /// </summary>
    public string Location { get; } = string.Empty;
}
