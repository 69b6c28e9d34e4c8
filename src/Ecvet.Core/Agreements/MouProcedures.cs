using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Agreements;

/// <summary>How the partners of a memorandum of understanding assess, document, validate and recognise learning (MoU template section 5).</summary>
/// <remarks>Every procedure is required. Equality compares every property. This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record MouProcedures
{
    private MouProcedures(LocalizedText assessment, LocalizedText documentation, LocalizedText validation, LocalizedText recognition)
    {
        Assessment = assessment ?? throw new ArgumentNullException(nameof(assessment));
        Documentation = documentation ?? throw new ArgumentNullException(nameof(documentation));
        Validation = validation ?? throw new ArgumentNullException(nameof(validation));
        Recognition = recognition ?? throw new ArgumentNullException(nameof(recognition));
    }

    /// <summary>How the host assesses (methods such as skills demonstration, observation, portfolio).</summary>
    public LocalizedText Assessment { get; }

    /// <summary>How the host documents the achievement (for example a personal transcript or Europass Mobility).</summary>
    public LocalizedText Documentation { get; }

    /// <summary>How the home validates the credit.</summary>
    public LocalizedText Validation { get; }

    /// <summary>How the home recognises it (for example award of the unit, exemption).</summary>
    public LocalizedText Recognition { get; }

    /// <summary>Creates the procedures.</summary>
    /// <param name="assessment">How the host assesses.</param>
    /// <param name="documentation">How the host documents.</param>
    /// <param name="validation">How the home validates.</param>
    /// <param name="recognition">How the home recognises.</param>
    /// <returns>The procedures.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static MouProcedures Create(LocalizedText assessment, LocalizedText documentation, LocalizedText validation, LocalizedText recognition) =>
        new(assessment, documentation, validation, recognition);
}
