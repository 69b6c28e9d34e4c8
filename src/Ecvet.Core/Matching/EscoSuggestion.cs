using System.Collections.Immutable;
using System.Globalization;

namespace Ecvet.Matching;

/// <summary>An ESCO skill that an outcome evidences, as an <see cref="EscoTagger"/> finds it: declared on the outcome, or
/// suggested from its text with the calibrated similarity of the matcher and the labels that matched.</summary>
/// <remarks>This type is immutable.</remarks>
public sealed class EscoSuggestion
{
    internal EscoSuggestion(EscoSkillRef skill, string? preferredLabel, bool isDeclared, double similarity, MatchEvidence evidence,
        ImmutableArray<EscoLabelMatch> matchedLabels)
    {
        Skill = skill;
        PreferredLabel = preferredLabel;
        IsDeclared = isDeclared;
        Similarity = similarity;
        Evidence = evidence;
        MatchedLabels = matchedLabels;
    }

    /// <summary>The ESCO skill.</summary>
    public EscoSkillRef Skill { get; }

    /// <summary>The skill's preferred label, or <see langword="null"/> for a declared skill the tagger's catalogue does not
    /// hold.</summary>
    public string? PreferredLabel { get; }

    /// <summary>Whether the outcome declares the skill (its <see cref="LearningOutcome.EscoSkills"/>): declared skills come
    /// before every suggestion, whatever their similarity.</summary>
    public bool IsDeclared { get; }

    /// <summary>The calibrated similarity of the outcome text and the skill, as <see cref="OutcomeMatch.Similarity"/>:
    /// ≥ 0.80 equivalent, ≥ 0.55 review. For a declared skill, what the text alone shows (0 when the catalogue does not
    /// hold the skill).</summary>
    public double Similarity { get; }

    /// <summary>What the similarity rests on (<see cref="MatchEvidence.SharedTerms"/>,
    /// <see cref="MatchEvidence.SimilarMeaning"/>, ...).</summary>
    public MatchEvidence Evidence { get; }

    /// <summary>The labels the similarity rests on: the label sharing the most words with the text, when any does; the
    /// label closest in meaning, when meaning decided the similarity. Possibly empty.</summary>
    public ImmutableArray<EscoLabelMatch> MatchedLabels { get; }

    /// <summary>Such as <c>http://data.europa.eu/esco/skill/… manage stock rotation: similarity 0.83 (declared)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Skill} {PreferredLabel ?? "(not in the catalogue)"}: similarity {Similarity:0.00}{(IsDeclared ? " (declared)" : string.Empty)}");
}
