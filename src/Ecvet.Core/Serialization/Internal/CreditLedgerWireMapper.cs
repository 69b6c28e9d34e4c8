using Ecvet.Agreements;
using Ecvet.Recognition;
using Ecvet.Serialization.Internal.Wire;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// Wire ↔ domain for credit ledgers, reporting every problem at its JSON path. The embedded qualification is read by
/// <see cref="QualificationDocumentMapper"/>; what a ledger may hold (outcomes of the qualification's units, each once,
/// one recognition per unit, no host evidence counted twice) is decided by <see cref="CreditLedger"/>'s constructor.
/// </summary>
internal static class CreditLedgerWireMapper
{
    public static readonly Dictionary<Type, Action<object, ProblemSink>> Parts = BuildParts();

    public static CreditLedger? Map(CreditLedgerDocumentWire wire, ProblemSink sink)
    {
        var before = sink.Count;
        WireCommon.SchemaVersion(sink, wire.SchemaVersion);
        var learner = WireReader.Identifier<LearnerId>(sink, wire.Learner, "learner", LearnerId.TryParse, "learner identifier");
        QualificationDocument? qualification = null;
        if (WireCommon.NotNull(sink, wire.HomeQualification, "homeQualification"))
        {
            sink.Path.Push("homeQualification");
            qualification = QualificationDocumentMapper.Map(wire.HomeQualification, sink);
            sink.Path.Pop();
        }

        var banked = WireCommon.List(sink, wire.BankedOutcomes, "bankedOutcomes", Banked);
        var recognitions = WireCommon.List(sink, wire.Recognitions, "recognitions", Recognition);
        if (sink.Count != before)
        {
            return null;
        }

        return WireReader.Domain(sink, null, () => new CreditLedger(learner!, qualification!, [.. banked!], [.. recognitions!]),
            [new("bankedOutcomes", "bankedOutcomes") { ItemMember = "outcome" }, new("recognitions", "recognitions") { ItemMember = "unit" }]);
    }

    public static CreditLedgerDocumentWire ToWire(CreditLedger ledger) => new()
    {
        SchemaVersion = EcvetJson.SchemaVersion,
        Learner = ledger.Learner.ToString(),
        HomeQualification = QualificationDocumentMapper.ToWire(ledger.Qualification),
        BankedOutcomes = [.. ledger.BankedOutcomes.Select(ToWire)],
        Recognitions = [.. ledger.Recognitions.Select(ToWire)],
    };

    internal static BankedOutcomeWire ToWire(BankedOutcome b) => new()
    {
        Unit = b.Unit.Value,
        Outcome = b.Outcome.Value,
        Host = b.Host.ToString(),
        Agreement = b.Agreement,
        RecognisedOn = b.RecognisedOn,
        Evidence = RecognitionReportWireMapper.ToWire(b.Evidence),
    };

    internal static UnitRecognitionWire ToWire(UnitRecognition r) => new()
    {
        Unit = r.Unit.Value,
        Host = r.Host.ToString(),
        Agreement = r.Agreement,
        RecognisedOn = r.RecognisedOn,
        CoveredOutcomes = [.. r.CoveredOutcomes.Select(RecognitionReportWireMapper.ToWire)],
    };

    private static Dictionary<Type, Action<object, ProblemSink>> BuildParts()
    {
        var parts = new Dictionary<Type, Action<object, ProblemSink>>(QualificationDocumentMapper.Parts)
        {
            [typeof(BankedOutcomeWire)] = (wire, sink) => _ = Banked(sink, (BankedOutcomeWire)wire),
            [typeof(UnitRecognitionWire)] = (wire, sink) => _ = Recognition(sink, (UnitRecognitionWire)wire),
            [typeof(OutcomeEvidenceWire)] = (wire, sink) => _ = RecognitionReportWireMapper.Evidence(sink, (OutcomeEvidenceWire)wire),
        };
        return parts;
    }

    internal static BankedOutcome? Banked(ProblemSink sink, BankedOutcomeWire wire)
    {
        var before = sink.Count;
        var unit = WireReader.Identifier<UnitId>(sink, wire.Unit, "unit", UnitId.TryParse, "unit identifier");
        var outcome = WireCommon.OutcomeId(sink, wire.Outcome, "outcome");
        var host = Institution(sink, wire.Host);
        var agreement = WireReader.Identifier<LearningAgreementId>(sink, wire.Agreement, "agreement", LearningAgreementId.TryParse, "learning agreement identifier");
        OutcomeEvidence? evidence = null;
        if (WireCommon.NotNull(sink, wire.Evidence, "evidence"))
        {
            sink.Path.Push("evidence");
            evidence = RecognitionReportWireMapper.Evidence(sink, wire.Evidence);
            sink.Path.Pop();
        }

        return sink.Count != before
            ? null
            : WireReader.Domain(sink, null, () => new BankedOutcome(unit!, outcome!, host!, agreement!.Value, wire.RecognisedOn, evidence!), ["recognisedOn"]);
    }

    internal static UnitRecognition? Recognition(ProblemSink sink, UnitRecognitionWire wire)
    {
        var before = sink.Count;
        var unit = WireReader.Identifier<UnitId>(sink, wire.Unit, "unit", UnitId.TryParse, "unit identifier");
        var host = Institution(sink, wire.Host);
        var agreement = WireReader.Identifier<LearningAgreementId>(sink, wire.Agreement, "agreement", LearningAgreementId.TryParse, "learning agreement identifier");
        var covered = WireCommon.List(sink, wire.CoveredOutcomes, "coveredOutcomes", RecognitionReportWireMapper.Covered);
        return sink.Count != before
            ? null
            : WireReader.Domain(sink, null, () => new UnitRecognition(unit!, host!, agreement!.Value, wire.RecognisedOn, [.. covered!]),
                ["recognisedOn", new("covered", "coveredOutcomes") { ItemMember = "outcome" }]);
    }

    private static InstitutionId? Institution(ProblemSink sink, string? text) =>
        WireReader.Identifier<InstitutionId>(sink, text, "host", InstitutionId.TryParse, "institution identifier (scheme:value, such as schac:uio.no)");
}
