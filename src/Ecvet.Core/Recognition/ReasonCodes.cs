namespace Ecvet.Recognition;

/// <summary>The reasons of a <see cref="UnitDecision"/> that are not rule identifiers.</summary>
public static class ReasonCodes
{
    /// <summary>Too little of the unit is covered for partial recognition.</summary>
    public const string Coverage = "coverage";

    /// <summary>An assessment of a targeted outcome is in progress.</summary>
    public const string InProgress = "in-progress";

    /// <summary>A match of a targeted outcome awaits a person's confirmation.</summary>
    public const string AwaitingConfirmation = "awaiting-confirmation";

    /// <summary>No transcript was given.</summary>
    public const string NoTranscript = "no-transcript";
}
