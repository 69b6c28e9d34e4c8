namespace Ecvet.Matching.Internal.Signals;

/// <summary>Language: texts in two different languages are not compared by text (a low score would mean "not
/// comparable", not "different"), so their text evidence is dropped and <see cref="MatchEvidence.DifferentLanguage"/>
/// reported. Applies to text queries too. Comes first: the other signals add to what is left.</summary>
internal sealed class LanguageSignal(CatalogueLanguages languages) : MatchSignal
{
    public override double MaxBoost(in SignalQuery query) => 0;

    public override void Apply(in SignalQuery query, int ordinal, ref PairEvidence evidence)
    {
        if (!languages.Comparable(query.Language, ordinal))
        {
            evidence.ClearText();
            evidence.Observe(MatchEvidence.DifferentLanguage);
        }
    }
}
