using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Matching;

/// <summary>How the term frequency of a catalogue entry's term is weighted before the vector is L2-normalised.</summary>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum TermWeighting
{
    /// <summary><c>(1 + ln tf) · idf</c>: the classic log-tf·idf cosine. The default.</summary>
    LogTfIdf = 0,

    /// <summary>BM25-saturated tf, <c>tf·(k1+1) / (tf + k1·(1 − b + b·len/avglen)) · idf</c>, then cosine; see
    /// <see cref="OutcomeIndexOptions.Bm25K1"/> and <see cref="OutcomeIndexOptions.Bm25B"/>.</summary>
    Bm25 = 1,
}
