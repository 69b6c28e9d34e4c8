using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Serialization.Internal.Wire;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// Wire → domain for the mobility documents, reporting every problem at its JSON path. Stored hashes are checked
/// against the content: a document whose hash does not match its content is refused.
/// </summary>
internal static class AgreementWireReader
{
    public static readonly Dictionary<Type, Action<object, ProblemSink>> AgreementParts = new()
    {
        [typeof(AgreementVersionWire)] = (wire, sink) => _ = Version(sink, (AgreementVersionWire)wire),
        [typeof(ChangeProposalWire)] = (wire, sink) => _ = Proposal(sink, (ChangeProposalWire)wire),
        [typeof(AgreementContentWire)] = (wire, sink) => _ = Content(sink, (AgreementContentWire)wire),
        [typeof(SignatureWire)] = (wire, sink) => _ = Signature(sink, (SignatureWire)wire),
    };

    public static readonly Dictionary<Type, Action<object, ProblemSink>> MouParts = new()
    {
        [typeof(MouQualificationWire)] = (wire, sink) => _ = MouQualification(sink, (MouQualificationWire)wire),
        [typeof(EquivalenceRuleWire)] = (wire, sink) => _ = Equivalence(sink, (EquivalenceRuleWire)wire),
        [typeof(SignatureWire)] = (wire, sink) => _ = Signature(sink, (SignatureWire)wire),
    };

    public static readonly Dictionary<Type, Action<object, ProblemSink>> TranscriptParts = new()
    {
        [typeof(GradingSchemeWire)] = (wire, sink) => _ = Scheme(sink, (GradingSchemeWire)wire),
        [typeof(SignatureWire)] = (wire, sink) => _ = Signature(sink, (SignatureWire)wire),
    };

    // Where a history the transitions refuse is reported: the step's place in the versions, proposals or end.
    private static readonly WireParameter[] History =
    [
        new("versions", "versions", JsonProblemCode.InvalidLifecycle),
        new("proposals", "proposals", JsonProblemCode.InvalidLifecycle),
        new("end", "end", JsonProblemCode.InvalidLifecycle),
    ];

    private static readonly WireParameter[] MouMembers =
    [
        new("signatures", "signatures", JsonProblemCode.InvalidLifecycle),
        new("preAgreedEquivalences", "preAgreedEquivalences", JsonProblemCode.UnknownReference),
    ];

    private static readonly WireParameter[] TranscriptMembers =
    [
        new("signatures", "signatures", JsonProblemCode.InvalidLifecycle),
        "entries",
        new("gradingSchemes", "gradingSchemes") { ItemMember = "id" },
    ];

    public static LearningAgreement? Agreement(LearningAgreementDocumentWire wire, ProblemSink sink)
    {
        var before = sink.Count;
        WireCommon.SchemaVersion(sink, wire.SchemaVersion);
        var id = WireReader.Identifier<LearningAgreementId>(sink, wire.Id, "id", LearningAgreementId.TryParse, "learning agreement identifier");
        var versions = WireCommon.List(sink, wire.Versions, "versions", required: true, (s, w) => Version(s, w));
        var proposals = WireCommon.List(sink, wire.Proposals, "proposals", required: false, (s, w) => Proposal(s, w));
        AgreementEnd? end = null;
        if (wire.End is { } endWire)
        {
            sink.Path.Push("end");
            end = End(sink, endWire);
            sink.Path.Pop();
        }

        return sink.Count == before
            ? WireReader.Domain(sink, null, () => LearningAgreement.Restore(id!, versions!, proposals!, end), History)
            : null;
    }

    public static MemorandumOfUnderstanding? Mou(MouDocumentWire wire, ProblemSink sink)
    {
        var before = sink.Count;
        WireCommon.SchemaVersion(sink, wire.SchemaVersion);
        var id = WireReader.Identifier<MouId>(sink, wire.Id, "id", MouId.TryParse, "MoU identifier");
        var signing = WireCommon.List(sink, wire.SigningOrganisations, "signingOrganisations", required: true, (s, w) => PeopleWire.FromWire(s, w));
        var covered = WireCommon.List(sink, wire.CoveredOrganisations, "coveredOrganisations", required: false, (s, w) => PeopleWire.FromWire(s, w));
        var qualifications = WireCommon.List(sink, wire.Qualifications, "qualifications", required: true, (s, w) => MouQualification(s, w));
        MouProcedures? procedures = null;
        if (wire.Procedures is null)
        {
            sink.Add(JsonProblemCode.NullNotAllowed, "The procedures must not be null.", "procedures");
        }
        else
        {
            sink.Path.Push("procedures");
            procedures = Procedures(sink, wire.Procedures);
            sink.Path.Pop();
        }

        var review = WireReader.OptionalText(sink, wire.ReviewArrangements, "reviewArrangements");
        var equivalences = WireCommon.List(sink, wire.PreAgreedEquivalences, "preAgreedEquivalences", required: false, (s, w) => Equivalence(s, w));
        var signatures = WireCommon.List(sink, wire.Signatures, "signatures", required: false, (s, w) => Signature(s, w));
        if (sink.Count != before)
        {
            return null;
        }

        var mou = WireReader.Domain(sink, null, () => MemorandumOfUnderstanding.Create(id!, signing!, qualifications!, procedures!,
            wire.ValidFrom, wire.ValidUntil, covered, wire.MinimumMobilityDuration, wire.MaximumMobilityDuration, review,
            equivalences, wire.FileCode, signatures), MouMembers);
        return mou is not null && HashMatches(sink, wire.Hash, mou.Hash, "hash") ? mou : null;
    }

    public static PersonalTranscript? Transcript(TranscriptDocumentWire wire, ProblemSink sink)
    {
        var before = sink.Count;
        WireCommon.SchemaVersion(sink, wire.SchemaVersion);
        var id = WireReader.Identifier<TranscriptId>(sink, wire.Id, "id", TranscriptId.TryParse, "transcript identifier");
        var agreement = WireReader.Identifier<LearningAgreementId>(sink, wire.Agreement, "agreement", LearningAgreementId.TryParse, "learning agreement identifier");
        var learner = PeopleWire.FromWire(sink, wire.Learner, "learner");
        var issuedBy = Institution(sink, wire.IssuedBy, "issuedBy");
        var period = Period(sink, wire.Period, "period");
        var schemes = WireCommon.List(sink, wire.GradingSchemes, "gradingSchemes", required: true, (s, w) => Scheme(s, w));
        var entries = new List<TranscriptEntry>();
        if (schemes is not null && WireReader.Items(sink, wire.Entries, "entries", required: true))
        {
            sink.Path.Push("entries");
            for (var i = 0; i < wire.Entries.Count; i++)
            {
                sink.Path.Push(i);
                if (Entry(sink, wire.Entries[i], schemes) is { } entry)
                {
                    entries.Add(entry);
                }

                sink.Path.Pop();
            }

            sink.Path.Pop();
        }

        var signatures = WireCommon.List(sink, wire.Signatures, "signatures", required: false, (s, w) => Signature(s, w));
        if (sink.Count != before)
        {
            return null;
        }

        var transcript = WireReader.Domain(sink, null, () => PersonalTranscript.Restore(id!, agreement!, learner!, issuedBy!, period!, wire.IssuedAt, entries, signatures, schemes), TranscriptMembers);
        return transcript is not null && HashMatches(sink, wire.Hash, transcript.Hash, "hash") ? transcript : null;
    }

    internal static LearningAgreementVersion? Version(ProblemSink sink, AgreementVersionWire wire)
    {
        var before = sink.Count;
        var content = Nested(sink, wire.Content, "content", Content);
        var signatures = WireCommon.List(sink, wire.Signatures, "signatures", required: false, (s, w) => Signature(s, w));
        var origin = wire.Origin is null ? null : Nested(sink, wire.Origin, "origin", Proposal);
        if (sink.Count != before || content is null || !HashMatches(sink, wire.Hash, content.Hash, "hash"))
        {
            return null;
        }

        return WireReader.Domain(sink, null, () => LearningAgreementVersion.Restore(wire.Number, content, signatures, origin), ["number"]);
    }

    internal static ChangeProposal? Proposal(ProblemSink sink, ChangeProposalWire wire)
    {
        var before = sink.Count;
        var content = Nested(sink, wire.ProposedContent, "proposedContent", Content);
        var baseHash = Hash(sink, wire.BaseHash, "baseHash");
        var changes = WireCommon.List(sink, wire.Changes, "changes", required: false, (s, w) => Change(s, w));
        var signatures = WireCommon.List(sink, wire.Signatures, "signatures", required: false, (s, w) => Signature(s, w));
        _ = WireReader.Enum(sink, wire.ProposedBy, "proposedBy");
        ProposalRejection? rejection = null;
        if (wire.Rejection is { } r)
        {
            sink.Path.Push("rejection");
            rejection = Rejection(sink, r);
            sink.Path.Pop();
        }

        if (sink.Count != before || content is null || !HashMatches(sink, wire.Id, content.Hash, "id"))
        {
            return null;
        }

        return WireReader.Domain(sink, null, () => ChangeProposal.Restore(wire.BaseVersion, baseHash!, content, changes!, wire.ProposedBy,
            wire.ProposedAt, wire.Comment, signatures, rejection));
    }

    internal static LearningAgreementContent? Content(ProblemSink sink, AgreementContentWire wire)
    {
        var before = sink.Count;
        var learner = PeopleWire.FromWire(sink, wire.Learner, "learner");
        var home = Institution(sink, wire.Home, "home");
        var host = Institution(sink, wire.Host, "host");
        var intermediary = wire.Intermediary is null ? null : Institution(sink, wire.Intermediary, "intermediary");
        var mou = wire.Mou is null ? null : WireReader.Identifier<MouId>(sink, wire.Mou, "mou", MouId.TryParse, "MoU identifier");
        var justification = WireReader.OptionalText(sink, wire.NoMouJustification, "noMouJustification");
        var period = Period(sink, wire.Period, "period");
        var qualification = Nested(sink, wire.Qualification, "qualification", Qualification);
        var achieved = Ids<UnitId>(sink, wire.UnitsAlreadyAchieved, "unitsAlreadyAchieved", UnitId.TryParse, "unit identifier");
        var expected = WireCommon.List(sink, wire.Expected, "expected", required: true, (s, w) => Expected(s, w));
        return sink.Count == before
            ? WireReader.Domain(sink, null, () => LearningAgreementContent.FromParts(learner!, home!, host!, intermediary, mou, justification,
                period!, qualification!, [.. achieved!], [.. expected!]), ["learner"])
            : null;
    }

    internal static ExpectedLearning? Expected(ProblemSink sink, ExpectedLearningWire wire)
    {
        var before = sink.Count;
        var unit = WireReader.Identifier<UnitId>(sink, wire.Unit, "unit", UnitId.TryParse, "unit identifier");
        var outcomes = Ids<LearningOutcomeId>(sink, wire.Outcomes, "outcomes", LearningOutcomeId.TryParse, "learning outcome identifier");
        var expectedPoints = WireReader.Points(sink, wire.ExpectedPoints, "expectedPoints");
        var allocation = WireReader.Points(sink, wire.HomeAllocation, "homeAllocation");
        var activities = WireReader.OptionalText(sink, wire.Activities, "activities");
        AssessmentArrangement? assessment = null;
        if (wire.Assessment is null)
        {
            sink.Add(JsonProblemCode.NullNotAllowed, "The assessment arrangement must not be null.", "assessment");
        }
        else
        {
            sink.Path.Push("assessment");
            assessment = Arrangement(sink, wire.Assessment);
            sink.Path.Pop();
        }

        var conditions = WireReader.OptionalText(sink, wire.RecognitionConditions, "recognitionConditions");
        return sink.Count == before
            ? WireReader.Domain(sink, "expectedPoints", () => ExpectedLearning.Create(unit!, outcomes, expectedPoints!.Value, allocation!.Value, assessment!, activities, conditions))
            : null;
    }

    internal static QualificationReference? Qualification(ProblemSink sink, QualificationReferenceWire wire)
    {
        var before = sink.Count;
        var id = WireReader.Identifier<QualificationId>(sink, wire.Id, "id", QualificationId.TryParse, "qualification identifier");
        var title = WireReader.Text(sink, wire.Title, "title");
        _ = WireReader.EqfLevel(sink, wire.EqfLevel, "eqfLevel", out var eqf);
        NqfLevel? nqf = null;
        if (wire.NqfLevel is { } n)
        {
            sink.Path.Push("nqfLevel");
            _ = WireReader.EqfLevel(sink, n.ReferencedEqfLevel, "referencedEqfLevel", out var referenced);
            nqf = WireReader.Domain(sink, null, () => NqfLevel.Create(n.Framework, n.Level, referenced));
            sink.Path.Pop();
        }

        return sink.Count == before ? QualificationReference.Create(id!, title!, eqf!, nqf) : null;
    }

    internal static MouQualification? MouQualification(ProblemSink sink, MouQualificationWire wire)
    {
        var before = sink.Count;
        var partner = Institution(sink, wire.Partner, "partner");
        var qualification = Nested(sink, wire.Qualification, "qualification", Qualification);
        var units = WireCommon.List(sink, wire.Units, "units", required: true, (s, w) => UnitInScope(s, w));
        return sink.Count == before ? WireReader.Domain(sink, "units", () => Agreements.MouQualification.Create(partner!, qualification!, units!)) : null;
    }

    internal static EquivalenceRule? Equivalence(ProblemSink sink, EquivalenceRuleWire wire)
    {
        var before = sink.Count;
        var hostUnits = Ids<UnitId>(sink, wire.HostUnits, "hostUnits", UnitId.TryParse, "unit identifier");
        var homeUnit = WireReader.Identifier<UnitId>(sink, wire.HomeUnit, "homeUnit", UnitId.TryParse, "unit identifier");
        var homeOutcomes = Ids<LearningOutcomeId>(sink, wire.HomeOutcomes, "homeOutcomes", LearningOutcomeId.TryParse, "learning outcome identifier");
        var note = WireReader.OptionalText(sink, wire.Note, "note");
        return sink.Count == before
            ? WireReader.Domain(sink, null, () => EquivalenceRule.Create(hostUnits!, homeUnit!, homeOutcomes, wire.MinimumGrade, note, wire.MinimumGradeScheme))
            : null;
    }

    internal static GradingScheme? Scheme(ProblemSink sink, GradingSchemeWire wire)
    {
        var before = sink.Count;
        var title = WireReader.Text(sink, wire.Title, "title");
        _ = WireReader.Enum(sink, wire.Kind, "kind");
        _ = WireReader.Items(sink, wire.Labels, "labels", required: false);
        return sink.Count == before
            ? WireReader.Domain(sink, null, () => GradingScheme.FromParts(wire.Id, title!, wire.Kind, wire.Minimum, wire.Maximum,
                wire.PassMark, wire.HigherIsBetter, [.. wire.Labels], wire.LowestPassingLabel))
            : null;
    }

    private static TranscriptEntry? Entry(ProblemSink sink, TranscriptEntryWire? wire, List<GradingScheme> schemes)
    {
        if (wire is null)
        {
            sink.Add(JsonProblemCode.NullNotAllowed, "An entry must not be null.");
            return null;
        }

        var before = sink.Count;
        var title = WireReader.Text(sink, wire.Title, "title");
        var outcome = wire.Outcome is null ? null : WireReader.Identifier<LearningOutcomeId>(sink, wire.Outcome, "outcome", LearningOutcomeId.TryParse, "learning outcome identifier");
        var unit = wire.Unit is null ? null : WireReader.Identifier<UnitId>(sink, wire.Unit, "unit", UnitId.TryParse, "unit identifier");
        _ = WireReader.Enum(sink, wire.Status, "status");
        _ = WireReader.Enum(sink, wire.Method, "method");
        // An entry without a catalogue is about a home target: the agreement's own outcomes and units, as before the member existed.
        var catalogue = wire.Catalogue ?? TargetCatalogue.Home;
        var institution = Institution(sink, wire.AssessingInstitution, "assessingInstitution");
        var assessor = PeopleWire.FromWire(sink, wire.Assessor, "assessor");
        var scheme = schemes.FirstOrDefault(s => string.Equals(s.Id, wire.GradingScheme, StringComparison.Ordinal));
        if (scheme is null)
        {
            sink.Add(JsonProblemCode.UnknownReference, $"The grading scheme '{WireReader.Short(wire.GradingScheme ?? "null")}' is not in the transcript's gradingSchemes.", "gradingScheme");
        }

        var evidence = new List<Uri>();
        if (WireReader.Items(sink, wire.Evidence, "evidence", required: false))
        {
            sink.Path.Push("evidence");
            for (var i = 0; i < wire.Evidence.Count; i++)
            {
                if (Uri.TryCreate(wire.Evidence[i], UriKind.Absolute, out var uri))
                {
                    evidence.Add(uri);
                }
                else
                {
                    sink.Path.Push(i);
                    sink.Add(JsonProblemCode.InvalidValue, $"'{WireReader.Short(wire.Evidence[i] ?? "null")}' is not an absolute URI.");
                    sink.Path.Pop();
                }
            }

            sink.Path.Pop();
        }

        Credit? credit = null;
        if (wire.CreditRecorded is { } c)
        {
            sink.Path.Push("creditRecorded");
            credit = CreditRecorded(sink, c);
            sink.Path.Pop();
        }

        if (sink.Count != before)
        {
            return null;
        }

        // Exactly one of outcome and unit is the domain's rule; its exception names the member to report.
        var result = WireReader.Domain(
            sink,
            "grade",
            () => AssessmentResult.FromParts(outcome, unit, catalogue, wire.Status, institution!, assessor!, wire.AssessedOn, wire.Method, scheme!, wire.Grade, [.. evidence]),
            ["outcome", "unit", new("catalogue", "catalogue", JsonProblemCode.InvalidEnumValue)]);
        return result is null ? null : WireReader.Domain(sink, "creditRecorded", () => TranscriptEntry.Create(title!, result, credit));
    }

    internal static Signature? Signature(ProblemSink sink, SignatureWire wire)
    {
        var before = sink.Count;
        _ = WireReader.Enum(sink, wire.Role, "role");
        var hash = Hash(sink, wire.SignedContent, "signedContent");
        var onBehalfOf = wire.OnBehalfOf is null ? null : Institution(sink, wire.OnBehalfOf, "onBehalfOf");
        return sink.Count == before
            ? WireReader.Domain(sink, null, () => Agreements.Signature.Create(wire.Role, wire.SignerName, hash!, wire.SignedAt,
                wire.SignerPosition, wire.SignerEmail, wire.Place, wire.Application, onBehalfOf))
            : null;
    }

    private static MobilityPeriod? Period(ProblemSink sink, MobilityPeriodWire? wire, string property)
    {
        if (wire is null)
        {
            sink.Add(JsonProblemCode.NullNotAllowed, "The mobility period must not be null.", property);
            return null;
        }

        sink.Path.Push(property);
        var period = Period(sink, wire);
        sink.Path.Pop();
        return period;
    }

    internal static MobilityPeriod? Period(ProblemSink sink, MobilityPeriodWire wire)
    {
        MobilityPeriod? period = null;
        if (wire is { StartDate: { } start, EndDate: { } end, StartMonth: null, EndMonth: null })
        {
            period = WireReader.Domain(sink, "endDate", () => MobilityPeriod.Create(start, end));
        }
        else if (wire is { StartMonth: { } startMonth, EndMonth: { } endMonth, StartDate: null, EndDate: null })
        {
            period = WireReader.Domain(sink, "endMonth", () => MobilityPeriod.Create(startMonth, endMonth));
        }
        else
        {
            sink.Add(JsonProblemCode.InvalidValue, "Give either startDate and endDate, or startMonth and endMonth (and null for the other two).");
        }

        return period;
    }

    internal static AgreementEnd? End(ProblemSink sink, AgreementEndWire wire) =>
        WireReader.Enum(sink, wire.Kind, "kind") ? WireReader.Domain(sink, null, () => AgreementEnd.Restore(wire.Kind, wire.At, wire.Reason)) : null;

    internal static ProposalRejection? Rejection(ProblemSink sink, ProposalRejectionWire wire) =>
        WireReader.Enum(sink, wire.RejectedBy, "rejectedBy") ? WireReader.Domain(sink, null, () => ProposalRejection.Restore(wire.RejectedBy, wire.Comment, wire.RejectedAt)) : null;

    internal static ComponentChange? Change(ProblemSink sink, ComponentChangeWire wire)
    {
        if (!WireReader.Enum(sink, wire.Kind, "kind") || !WireReader.Enum(sink, wire.Reason, "reason"))
        {
            return null;
        }

        var unit = WireReader.Identifier<UnitId>(sink, wire.Unit, "unit", UnitId.TryParse, "unit identifier");
        return unit is null ? null : WireReader.Domain(sink, null, () => ComponentChange.FromParts(wire.Kind, unit, wire.Reason, wire.ReasonText));
    }

    internal static AssessmentArrangement? Arrangement(ProblemSink sink, AssessmentArrangementWire wire)
    {
        var description = WireReader.OptionalText(sink, wire.Description, "description");
        return WireReader.Items(sink, wire.Methods, "methods", required: true)
            ? WireReader.Domain(sink, "methods", () => AssessmentArrangement.Create(wire.Methods, description))
            : null;
    }

    internal static MouProcedures? Procedures(ProblemSink sink, MouProceduresWire wire)
    {
        var assessment = WireReader.Text(sink, wire.Assessment, "assessment");
        var documentation = WireReader.Text(sink, wire.Documentation, "documentation");
        var validation = WireReader.Text(sink, wire.Validation, "validation");
        var recognition = WireReader.Text(sink, wire.Recognition, "recognition");
        return assessment is not null && documentation is not null && validation is not null && recognition is not null
            ? MouProcedures.Create(assessment, documentation, validation, recognition)
            : null;
    }

    internal static MouUnit? UnitInScope(ProblemSink sink, MouUnitWire wire)
    {
        var unit = WireReader.Identifier<UnitId>(sink, wire.Unit, "unit", UnitId.TryParse, "unit identifier");
        var title = WireReader.OptionalText(sink, wire.Title, "title");
        var points = wire.Points is { } p ? WireReader.Points(sink, p, "points") : null;
        return unit is null || (wire.Points is not null && points is null) ? null : MouUnit.Create(unit, title, points);
    }

    /// <summary>Credit in any scheme, <c>{"scheme": "ects", "value": 5}</c>.</summary>
    internal static Credit? CreditRecorded(ProblemSink sink, CreditWire wire)
    {
        var points = WireReader.Points(sink, wire.Value, "value");
        var scheme = WireReader.Identifier<CreditScheme>(sink, wire.Scheme, "scheme", CreditScheme.TryParse, "credit scheme");
        return points is { } p && scheme is not null ? Credit.Create(scheme, p) : null;
    }

    private static InstitutionId? Institution(ProblemSink sink, string? text, string property) =>
        WireReader.Identifier<InstitutionId>(sink, text, property, InstitutionId.TryParse, "institution identifier (scheme:value, such as schac:uio.no)");

    private static ContentHash? Hash(ProblemSink sink, string? text, string property) =>
        WireReader.Identifier<ContentHash>(sink, text, property, ContentHash.TryParse, "content hash (64 hexadecimal digits)");

    private static bool HashMatches(ProblemSink sink, string? stored, ContentHash computed, string property)
    {
        if (Hash(sink, stored, property) is not { } hash)
        {
            return false;
        }

        if (hash == computed)
        {
            return true;
        }

        sink.Add(JsonProblemCode.InvalidValue, $"The hash {WireReader.Short(hash.Value)} does not match the content, whose hash is {computed.Value}.", property);
        return false;
    }

    private static T? Nested<TWire, T>(ProblemSink sink, TWire? wire, string property, Func<ProblemSink, TWire, T?> read)
        where TWire : class
        where T : class
    {
        if (wire is null)
        {
            sink.Add(JsonProblemCode.NullNotAllowed, "The value must not be null.", property);
            return null;
        }

        sink.Path.Push(property);
        var value = read(sink, wire);
        sink.Path.Pop();
        return value;
    }

    private static List<T>? Ids<T>(ProblemSink sink, List<string>? items, string property, WireReader.TryParse<T> tryParse, string what)
        where T : class
    {
        var list = WireCommon.List(sink, items, property, required: false, (s, text) =>
        {
            if (tryParse(text, out var id))
            {
                return id;
            }

            s.Add(JsonProblemCode.InvalidIdentifier, $"'{WireReader.Short(text)}' is not a valid {what}.");
            return null;
        });
        return list;
    }
}
