using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Matching;

/// <summary>Which surface form of a catalogue entry a score was reached through.</summary>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum MatchedField
{
    /// <summary>The entry's <see cref="CatalogueEntry.Text"/>.</summary>
    Text = 0,

    /// <summary>One of the entry's <see cref="CatalogueEntry.Synonyms"/>.</summary>
    Synonym = 1,

    /// <summary>The entry's <see cref="CatalogueEntry.Description"/> (down-weighted).</summary>
    Description = 2,
}
