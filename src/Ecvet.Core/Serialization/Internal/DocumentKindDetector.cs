using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// Tells which kind of root document a JSON text is from the names of its top-level properties, without reading it
/// (see <see cref="EcvetJson.DetectDocumentKind(ReadOnlySpan{byte})"/>).
/// </summary>
/// <remarks>
/// The names come from each document's contract, the same one that reads it and that its schema is generated from, so
/// they cannot drift. Only names that belong to one kind alone count (<c>schemaVersion</c>, <c>id</c>, <c>hash</c> are
/// shared and say nothing).
/// </remarks>
internal static class DocumentKindDetector
{
    // Every root document with its contract; a new kind of document joins with one line here.
    private static readonly (EcvetDocumentKind Kind, JsonTypeInfo Contract)[] Contracts =
    [
        (EcvetDocumentKind.QualificationDocument, EcvetJsonContext.Default.QualificationDocumentWire),
        (EcvetDocumentKind.LearningAgreement, EcvetJsonContext.Default.LearningAgreementDocumentWire),
        (EcvetDocumentKind.MemorandumOfUnderstanding, EcvetJsonContext.Default.MouDocumentWire),
        (EcvetDocumentKind.PersonalTranscript, EcvetJsonContext.Default.TranscriptDocumentWire),
        (EcvetDocumentKind.RuleSet, EcvetJsonContext.Default.RuleSetDocumentWire),
        (EcvetDocumentKind.MatchConfirmationSet, EcvetJsonContext.Default.MatchConfirmationSetDocumentWire),
        (EcvetDocumentKind.RecognitionReport, EcvetJsonContext.Default.RecognitionReportDocumentWire),
        (EcvetDocumentKind.CreditLedger, EcvetJsonContext.Default.CreditLedgerDocumentWire),
    ];

    private static readonly FrozenDictionary<string, int> DistinctiveNames = BuildDistinctiveNames();

    /// <summary>The top-level property names that identify each kind, for tests and messages.</summary>
    public static IEnumerable<(EcvetDocumentKind Kind, string Name)> Signatures =>
        DistinctiveNames.Select(pair => (Contracts[pair.Value].Kind, pair.Key));

    public static EcvetDocumentKind? Detect(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        Span<int> votes = stackalloc int[Contracts.Length];
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = EcvetJson.MaxDepth });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (DistinctiveNames.TryGetValue(reader.GetString()!, out var index))
                {
                    votes[index]++;
                }

                reader.Skip();
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Truncated or malformed input (or a name that is not valid UTF-8): judge by the names read so far, so
            // that a reader can be told what the document was meant to be.
        }

        return Winner(votes);
    }

    private static EcvetDocumentKind? Winner(ReadOnlySpan<int> votes)
    {
        int best = -1, bestVotes = 0;
        var tie = false;
        for (var i = 0; i < votes.Length; i++)
        {
            if (votes[i] > bestVotes)
            {
                (best, bestVotes, tie) = (i, votes[i], false);
            }
            else if (votes[i] == bestVotes && bestVotes > 0)
            {
                tie = true;
            }
        }

        return best < 0 || tie ? null : Contracts[best].Kind;
    }

    private static FrozenDictionary<string, int> BuildDistinctiveNames()
    {
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Contracts.Length; i++)
        {
            foreach (var property in Contracts[i].Contract.Properties)
            {
                if (!owners.TryAdd(property.Name, i) && owners[property.Name] != i)
                {
                    shared.Add(property.Name);
                }
            }
        }

        return owners.Where(pair => !shared.Contains(pair.Key)).ToFrozenDictionary(StringComparer.Ordinal);
    }
}
