using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Matching;

/// <summary>What a match rests on, and what was observed about the two outcomes' type, level and language.</summary>
/// <remarks>A set of flags; <see cref="None"/> (0) means nothing connects the two outcomes.</remarks>
[Flags]
[JsonConverter(typeof(EcvetJsonConverter))]
public enum MatchEvidence
{
    /// <summary>No evidence.</summary>
    None = 0,

    /// <summary>The texts share at least one term.</summary>
    SharedTerms = 1,

    /// <summary>Both outcomes are annotated with at least one common ESCO skill URI.</summary>
    SharedEscoSkill = 2,

    /// <summary>Both outcomes have a type (knowledge, skill, competence) and it is the same.</summary>
    SameType = 4,

    /// <summary>Both outcomes have a type and the types differ.</summary>
    DifferentType = 8,

    /// <summary>Both outcomes have an EQF level and it is the same.</summary>
    SameLevel = 16,

    /// <summary>Both outcomes have an EQF level and the levels differ.</summary>
    DifferentLevel = 32,

    /// <summary>The texts are in different languages, so they were not compared by text: a low similarity then means
    /// "not comparable by text", not "different".</summary>
    DifferentLanguage = 64,

    /// <summary>A requirement of the index options (same type, maximum EQF level gap) is not met, so the pair scores 0.</summary>
    RequirementNotMet = 128,

    /// <summary>The index has an <see cref="ITextEmbedder"/> and the similarity comes from the meaning of the two texts
    /// (their embeddings), which exceeds the other evidence (see <see cref="OutcomeIndexOptions.MeaningCalibration"/>).</summary>
    SimilarMeaning = 256,
}
