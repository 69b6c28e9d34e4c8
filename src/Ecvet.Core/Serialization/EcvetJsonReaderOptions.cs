namespace Ecvet.Serialization;

/// <summary>
/// Limits for reading JSON documents with <see cref="EcvetJson"/>.
/// </summary>
/// <remarks>
/// The defaults suit documents from untrusted sources. Reading checks the options and throws
/// <see cref="ArgumentOutOfRangeException"/> (parameter <c>options</c>) for a value out of range.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed record EcvetJsonReaderOptions
{
    /// <summary>The default <see cref="MaxInputBytes"/>: 4 MiB.</summary>
    public const int DefaultMaxInputBytes = 4 * 1024 * 1024;

    /// <summary>The default options.</summary>
    public static EcvetJsonReaderOptions Default { get; } = new();

    /// <summary>
    /// The largest input accepted, in UTF-8 bytes (for a <see cref="string"/>, after encoding); anything larger is
    /// rejected with <see cref="JsonProblemCode.InputTooLarge"/> before parsing. From 1 to <see cref="int.MaxValue"/>;
    /// default <see cref="DefaultMaxInputBytes"/>.
    /// </summary>
    public int MaxInputBytes { get; init; } = DefaultMaxInputBytes;

    /// <summary>
    /// The largest number of problems reported; reading stops looking after this many. From 1 to 10,000; default 100.
    /// </summary>
    public int MaxProblems { get; init; } = 100;

    internal void Validate()
    {
        if (MaxInputBytes < 1)
        {
            throw new ArgumentOutOfRangeException("options", MaxInputBytes, $"{nameof(MaxInputBytes)} must be at least 1.");
        }

        if (MaxProblems is < 1 or > 10_000)
        {
            throw new ArgumentOutOfRangeException("options", MaxProblems, $"{nameof(MaxProblems)} must be from 1 to 10,000.");
        }
    }
}
