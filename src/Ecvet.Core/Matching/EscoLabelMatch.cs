using System.Globalization;

namespace Ecvet.Matching;

/// <summary>A label of an ESCO skill that an <see cref="EscoTagger"/> suggestion rests on: the one sharing the most words
/// with the outcome text, or the one closest to it in meaning.</summary>
/// <remarks>This type is immutable.</remarks>
public sealed record EscoLabelMatch
{
    internal EscoLabelMatch(string label, MatchedField field, bool byMeaning)
    {
        Label = label;
        Field = field;
        ByMeaning = byMeaning;
    }

    /// <summary>The label (or, for <see cref="MatchedField.Description"/>, the skill's description).</summary>
    public string Label { get; }

    /// <summary>Which label it is: <see cref="MatchedField.Text"/> for the preferred label, <see cref="MatchedField.Synonym"/>
    /// for an alternative label, <see cref="MatchedField.Description"/> for the description.</summary>
    public MatchedField Field { get; }

    /// <summary>Whether the label was found by meaning (the closest label by embedding cosine, whose meaning decided the
    /// similarity) rather than by shared words.</summary>
    public bool ByMeaning { get; }

    /// <summary>Such as <c>alternative label "FIFO stock rotation" (meaning)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var kind = Field switch
        {
            MatchedField.Text => "preferred label",
            MatchedField.Synonym => "alternative label",
            _ => "description",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{kind} \"{Label}\" ({(ByMeaning ? "meaning" : "shared words")})");
    }
}
