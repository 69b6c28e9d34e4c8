using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Serialization.Internal.Wire;

namespace Ecvet.Serialization.Internal;

/// <summary>Domain → wire for the mobility documents. The content hashes are taken over this wire form.</summary>
internal static class AgreementWireWriter
{
    public static LearningAgreementDocumentWire ToWire(LearningAgreement agreement) => new()
    {
        SchemaVersion = EcvetJson.SchemaVersion,
        Id = agreement.Id.Value,
        Versions = [.. agreement.Versions.Select(ToWire)],
        Proposals = [.. agreement.Proposals.Select(ToWire)],
        End = agreement.End is { } end ? ToWire(end) : null,
    };

    public static AgreementVersionWire ToWire(LearningAgreementVersion version) => new()
    {
        Number = version.Number,
        Hash = version.Hash.Value,
        Content = ToWire(version.Content),
        Signatures = [.. version.Signatures.Select(ToWire)],
        Origin = version.Origin is null ? null : ToWire(version.Origin),
    };

    public static ChangeProposalWire ToWire(ChangeProposal proposal) => new()
    {
        Id = proposal.Id.Value,
        BaseVersion = proposal.BaseVersion,
        BaseHash = proposal.BaseHash.Value,
        ProposedContent = ToWire(proposal.ProposedContent),
        Changes = [.. proposal.Changes.Select(ToWire)],
        ProposedBy = proposal.ProposedBy,
        ProposedAt = proposal.ProposedAt,
        Comment = proposal.Comment,
        Signatures = [.. proposal.Signatures.Select(ToWire)],
        Rejection = proposal.Rejection is { } r ? ToWire(r) : null,
    };

    public static AgreementEndWire ToWire(AgreementEnd end) => new() { Kind = end.Kind, At = end.At, Reason = end.Reason };

    public static ComponentChangeWire ToWire(ComponentChange c) => new() { Kind = c.Kind, Unit = c.Unit.Value, Reason = c.Reason, ReasonText = c.ReasonText };

    public static ProposalRejectionWire ToWire(ProposalRejection r) => new() { RejectedBy = r.RejectedBy, Comment = r.Comment, RejectedAt = r.RejectedAt };

    public static AgreementContentWire ToWire(LearningAgreementContent content) => new()
    {
        Learner = PeopleWire.ToWire(content.Learner),
        Home = content.Home.ToString(),
        Host = content.Host.ToString(),
        Intermediary = content.Intermediary?.ToString(),
        Mou = content.Mou?.Value,
        NoMouJustification = Text(content.NoMouJustification),
        Period = ToWire(content.Period),
        Qualification = ToWire(content.Qualification),
        UnitsAlreadyAchieved = [.. content.UnitsAlreadyAchieved.Select(u => u.Value)],
        Expected = [.. content.Expected.Select(ToWire)],
    };

    public static ExpectedLearningWire ToWire(ExpectedLearning e) => new()
    {
        Unit = e.Unit.Value,
        Outcomes = [.. e.Outcomes.Select(o => o.Value)],
        ExpectedPoints = e.ExpectedPoints.Value,
        HomeAllocation = e.HomeAllocation.Value,
        Activities = Text(e.Activities),
        Assessment = ToWire(e.Assessment),
        RecognitionConditions = Text(e.RecognitionConditions),
    };

    public static AssessmentArrangementWire ToWire(AssessmentArrangement a) => new() { Methods = [.. a.Methods], Description = Text(a.Description) };

    public static MobilityPeriodWire ToWire(MobilityPeriod period) => period.IsDayKnown
        ? new MobilityPeriodWire { StartDate = period.StartDate, EndDate = period.EndDate }
        : new MobilityPeriodWire { StartMonth = period.StartMonth, EndMonth = period.EndMonth };

    public static QualificationReferenceWire ToWire(QualificationReference qualification) => new()
    {
        Id = qualification.Id.Value,
        Title = Text(qualification.Title)!,
        EqfLevel = qualification.EqfLevel.Value,
        NqfLevel = qualification.NqfLevel is { } n
            ? new NqfLevelWire { Framework = n.Framework, Level = n.Level, ReferencedEqfLevel = n.ReferencedEqfLevel?.Value }
            : null,
    };

    public static SignatureWire ToWire(Signature signature) => new()
    {
        Role = signature.Role,
        SignerName = signature.SignerName,
        SignerPosition = signature.SignerPosition,
        SignerEmail = signature.SignerEmail,
        SignedAt = signature.SignedAt,
        Place = signature.Place,
        Application = signature.Application,
        SignedContent = signature.SignedContent.Value,
        OnBehalfOf = signature.OnBehalfOf?.ToString(),
    };

    /// <summary>The MoU with an empty hash and no signatures; its hash is taken over this without those two members.</summary>
    public static MouDocumentWire ToWireWithoutHash(MemorandumOfUnderstanding mou) => new()
    {
        SchemaVersion = EcvetJson.SchemaVersion,
        Id = mou.Id.Value,
        FileCode = mou.FileCode,
        SigningOrganisations = [.. mou.SigningOrganisations.Select(PeopleWire.ToWire)],
        CoveredOrganisations = [.. mou.CoveredOrganisations.Select(PeopleWire.ToWire)],
        Qualifications = [.. mou.Qualifications.Select(ToWire)],
        Procedures = ToWire(mou.Procedures),
        ValidFrom = mou.ValidFrom,
        ValidUntil = mou.ValidUntil,
        MinimumMobilityDuration = mou.MinimumMobilityDuration,
        MaximumMobilityDuration = mou.MaximumMobilityDuration,
        ReviewArrangements = Text(mou.ReviewArrangements),
        PreAgreedEquivalences = [.. mou.PreAgreedEquivalences.Select(ToWire)],
        Hash = string.Empty,
        Signatures = [],
    };

    public static MouQualificationWire ToWire(MouQualification q) => new()
    {
        Partner = q.Partner.ToString(),
        Qualification = ToWire(q.Qualification),
        Units = [.. q.Units.Select(ToWire)],
    };

    public static MouUnitWire ToWire(MouUnit u) => new() { Unit = u.Unit.Value, Title = Text(u.Title), Points = u.Points?.Value };

    public static MouProceduresWire ToWire(MouProcedures p) => new()
    {
        Assessment = Text(p.Assessment)!,
        Documentation = Text(p.Documentation)!,
        Validation = Text(p.Validation)!,
        Recognition = Text(p.Recognition)!,
    };

    public static EquivalenceRuleWire ToWire(EquivalenceRule r) => new()
    {
        HostUnits = [.. r.HostUnits.Select(u => u.Value)],
        HomeUnit = r.HomeUnit.Value,
        HomeOutcomes = [.. r.HomeOutcomes.Select(o => o.Value)],
        MinimumGrade = r.MinimumGrade,
        MinimumGradeScheme = r.MinimumGradeScheme,
        Note = Text(r.Note),
    };

    public static GradingSchemeWire ToWire(GradingScheme s) => new()
    {
        Id = s.Id,
        Title = Text(s.Title)!,
        Kind = s.Kind,
        Minimum = s.Minimum,
        Maximum = s.Maximum,
        PassMark = s.PassMark,
        HigherIsBetter = s.HigherIsBetter,
        Labels = [.. s.Labels],
        LowestPassingLabel = s.LowestPassingLabel,
    };

    public static CreditWire ToWire(Credit c) => new() { Scheme = c.Scheme.Code, Value = c.Points.Value };

    public static MouDocumentWire ToWire(MemorandumOfUnderstanding mou) => ToWireWithoutHash(mou) with
    {
        Hash = mou.Hash.Value,
        Signatures = [.. mou.Signatures.Select(ToWire)],
    };

    public static TranscriptDocumentWire ToWire(PersonalTranscript transcript) => ToWireWithoutHash(transcript) with
    {
        Hash = transcript.Hash.Value,
        Signatures = [.. transcript.Signatures.Select(ToWire)],
    };

    /// <summary>The transcript without hash and signatures: what its hash is taken over.</summary>
    public static TranscriptDocumentWire ToWireWithoutHash(PersonalTranscript transcript)
    {
        var schemes = new List<GradingScheme>();
        foreach (var entry in transcript.Entries)
        {
            if (!schemes.Any(s => s.Id == entry.Result.Scheme.Id))
            {
                schemes.Add(entry.Result.Scheme);
            }
        }

        return new TranscriptDocumentWire
        {
            SchemaVersion = EcvetJson.SchemaVersion,
            Id = transcript.Id.Value,
            Agreement = transcript.Agreement.Value,
            Learner = PeopleWire.ToWire(transcript.Learner),
            IssuedBy = transcript.IssuedBy.ToString(),
            Period = ToWire(transcript.Period),
            IssuedAt = transcript.IssuedAt,
            GradingSchemes = [.. schemes.Select(ToWire)],
            Entries = [.. transcript.Entries.Select(e => new TranscriptEntryWire
            {
                Title = Text(e.Title)!,
                Outcome = e.Result.Outcome?.Value,
                Unit = e.Result.Unit?.Value,
                Catalogue = e.Result.IsHostTarget ? e.Result.Catalogue : null,
                Status = e.Result.Status,
                AssessingInstitution = e.Result.AssessingInstitution.ToString(),
                Assessor = PeopleWire.ToWire(e.Result.Assessor),
                AssessedOn = e.Result.AssessedOn,
                Method = e.Result.Method,
                GradingScheme = e.Result.Scheme.Id,
                Grade = e.Result.Grade,
                Evidence = [.. e.Result.Evidence.Select(u => u.OriginalString)],
                CreditRecorded = e.CreditRecorded is { } c ? ToWire(c) : null,
            })],
            Hash = string.Empty,
            Signatures = [],
        };
    }

    internal static Dictionary<string, string>? Text(LocalizedText? text) =>
        text?.Languages.ToDictionary(l => l.Value, text.Get, StringComparer.Ordinal);
}
