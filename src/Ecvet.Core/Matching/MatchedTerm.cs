using System.Globalization;

namespace Ecvet.Matching;

/// <summary>A term that a query and a catalogue entry share, with its share of the raw cosine.</summary>
/// <remarks>This type is immutable.</remarks>
public sealed record MatchedTerm
{
    internal MatchedTerm(string term, double queryWeight, double entryWeight, double contribution)
    {
        Term = term;
        QueryWeight = queryWeight;
        EntryWeight = entryWeight;
        Contribution = contribution;
    }

    /// <summary>The term as first written in the catalogue (case-folded, before stemming), such as <c>braising</c>.</summary>
    public string Term { get; }

    /// <summary>The term's weight in the normalised query vector.</summary>
    public double QueryWeight { get; }

    /// <summary>The term's weight in the normalised (field-scaled) entry vector.</summary>
    public double EntryWeight { get; }

    /// <summary>The term's contribution to the raw cosine: the product of the two weights.</summary>
    public double Contribution { get; }

    /// <summary>Such as <c>braising +0.213</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Term} +{Contribution:0.###}");
}
