namespace Ecvet.Fuzz;

/// <summary>A promise of a reader broken by a fuzzed input: a round-trip difference or a failure without a problem.</summary>
internal sealed class FuzzFindingException : Exception
{
    /// <summary>Creates the finding.</summary>
    public FuzzFindingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an empty finding.</summary>
    public FuzzFindingException()
    {
    }

    /// <summary>Creates a finding with its cause.</summary>
    public FuzzFindingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
