using Ecvet.Agreements;
using Ecvet.Recognition;
using Ecvet.Serialization.Internal.Wire;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// Wire ↔ domain for match confirmation sets, reporting every problem at its JSON path. The rules of validity are those
/// of <see cref="MatchConfirmation"/> and <see cref="MatchConfirmationSet"/>; this mapper reports what they refuse.
/// </summary>
internal static class MatchConfirmationSetWireMapper
{
    public static readonly Dictionary<Type, Action<object, ProblemSink>> Parts = new()
    {
        [typeof(MatchConfirmationWire)] = (wire, sink) => _ = Confirmation(sink, (MatchConfirmationWire)wire),
    };

    public static MatchConfirmationSet? Map(MatchConfirmationSetDocumentWire wire, ProblemSink sink)
    {
        var before = sink.Count;
        WireCommon.SchemaVersion(sink, wire.SchemaVersion);

        var agreement = WireReader.Identifier<LearningAgreementId>(sink, wire.Agreement, "agreement", LearningAgreementId.TryParse, "learning agreement identifier");
        var confirmations = new List<MatchConfirmation>();
        if (WireReader.Items(sink, wire.Confirmations, "confirmations", required: false))
        {
            sink.Path.Push("confirmations");
            for (var i = 0; i < wire.Confirmations.Count; i++)
            {
                sink.Path.Push(i);
                if (wire.Confirmations[i] is null)
                {
                    sink.Add(JsonProblemCode.NullNotAllowed, "A confirmation must not be null.");
                }
                else if (Confirmation(sink, wire.Confirmations[i]) is { } confirmation)
                {
                    confirmations.Add(confirmation);
                }

                sink.Path.Pop();
            }

            sink.Path.Pop();
        }

        return sink.Count == before
            ? WireReader.Domain(sink, null, () => MatchConfirmationSet.Create(agreement!, confirmations), [new("confirmations", "confirmations")])
            : null;
    }

    public static MatchConfirmationSetDocumentWire ToWire(MatchConfirmationSet set) => new()
    {
        SchemaVersion = EcvetJson.SchemaVersion,
        Agreement = set.Agreement.Value,
        Confirmations = [.. set.Confirmations.Select(ToWire)],
    };

    internal static MatchConfirmationWire ToWire(MatchConfirmation c) => new()
    {
        HostOutcome = c.HostOutcome.Value,
        HomeOutcome = c.HomeOutcome.Value,
        Verdict = c.Verdict,
        DecidedBy = c.DecidedBy,
        DecidedAt = c.DecidedAt,
        Comment = c.Comment,
    };

    internal static MatchConfirmation? Confirmation(ProblemSink sink, MatchConfirmationWire wire)
    {
        var before = sink.Count;
        var host = WireReader.Identifier<LearningOutcomeId>(sink, wire.HostOutcome, "hostOutcome", LearningOutcomeId.TryParse, "learning outcome identifier");
        var home = WireReader.Identifier<LearningOutcomeId>(sink, wire.HomeOutcome, "homeOutcome", LearningOutcomeId.TryParse, "learning outcome identifier");
        _ = WireReader.Enum(sink, wire.Verdict, "verdict");
        return sink.Count == before
            ? WireReader.Domain(sink, null, () => wire.Verdict == ConfirmationVerdict.Confirmed
                    ? MatchConfirmation.Confirm(host!, home!, wire.DecidedBy, wire.DecidedAt, wire.Comment)
                    : MatchConfirmation.Refuse(host!, home!, wire.DecidedBy, wire.DecidedAt, wire.Comment),
                [new("decidedBy", "decidedBy"), new("comment", "comment")])
            : null;
    }
}
