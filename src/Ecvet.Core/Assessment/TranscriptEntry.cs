namespace Ecvet.Assessment;

/// <summary>
/// One line of a personal transcript: the host's statement of what was assessed, the result, and the credit the host
/// records for it.
/// </summary>
/// <remarks>
/// Credit is recorded only for a passed result. Equality compares every property. This type is immutable and thread-safe.
/// </remarks>
public sealed record TranscriptEntry
{
    private TranscriptEntry(LocalizedText title, AssessmentResult result, Credit? creditRecorded)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(result);
        if (creditRecorded is not null && !result.IsPassed)
        {
            throw new ArgumentException($"Credit is recorded only for a passed result; this one is {result.Status}.", nameof(creditRecorded));
        }

        Title = title;
        Result = result;
        CreditRecorded = creditRecorded;
    }

    /// <summary>The title of the unit or the statement of the outcome, as the host words it.</summary>
    public LocalizedText Title { get; }

    /// <summary>The assessment result.</summary>
    public AssessmentResult Result { get; }

    /// <summary>The credit the host records for this learning; <see langword="null"/> when none (always for results not passed).</summary>
    public Credit? CreditRecorded { get; }

    /// <summary>Creates an entry.</summary>
    /// <param name="title">The host's title or statement.</param>
    /// <param name="result">The result.</param>
    /// <param name="creditRecorded">The credit recorded, if any; only for a passed result.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException">Credit is given for a result that is not passed.</exception>
    public static TranscriptEntry Create(LocalizedText title, AssessmentResult result, Credit? creditRecorded = null) =>
        new(title, result, creditRecorded);

    /// <summary>The result and the credit.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => CreditRecorded is null ? Result.ToString() : $"{Result}, {CreditRecorded}";
}
