using System.Collections.Immutable;
using System.Globalization;
using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Tests.Support;
using NodaTime;
using static Ecvet.Tests.Support.Mutations;

namespace Ecvet.Tests.Assessment;

/// <summary>
/// One or more named mutations for every public property path of <see cref="PersonalTranscript"/> that its hash covers;
/// the paths not hashed are listed with the reason. <see cref="TranscriptHashPropertyTests"/> checks that this table
/// covers the whole property graph. Mutations keep the transcript valid: a changed grading scheme is changed in every
/// entry that uses it and the grades follow it; the issuing host and the assessing institution change together.
/// </summary>
internal static class TranscriptMutations
{
    private const string R = "Entries[].Result";

    /// <summary>Paths deliberately without a mutation, with the reason.</summary>
    public static IReadOnlyDictionary<string, string> Excluded { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Hash"] = "the hash itself, the output of the property",
        ["Signatures"] = "signatures sign the hash, so they are not part of what it covers",
        ["Entries[].CreditRecorded.Scheme.PointsPerFullTimeYear"] = "a credit scheme is identified by its code alone: CreditScheme equality and the document compare and carry only the code",
        ["Entries[].CreditRecorded.Scheme.FrameworkUri"] = "a credit scheme is identified by its code alone: CreditScheme equality and the document compare and carry only the code",
    };

    public static MutationTable<PersonalTranscript> Table { get; } = Build();

    private static MutationTable<PersonalTranscript> Build()
    {
        var t = new MutationTable<PersonalTranscript>();
        t.Add("Id", x => (Parts.Of(x) with { Id = TranscriptId.Parse(x.Id.Value + "-2") }).Build());
        t.Add("Id.Value", x => (Parts.Of(x) with { Id = TranscriptId.Parse("z" + x.Id.Value) }).Build());
        t.Add("Agreement", x => (Parts.Of(x) with { Agreement = LearningAgreementId.Parse(x.Agreement.Value + "-2") }).Build());
        t.Add("Agreement.Value", x => (Parts.Of(x) with { Agreement = LearningAgreementId.Parse("z" + x.Agreement.Value) }).Build());
        Learner(t, "Learner", x => x.Learner, (x, v) => (Parts.Of(x) with { Learner = v }).Build());
        Institution(t, "IssuedBy", x => x.IssuedBy, (x, v) => WithIssuer(x, v!));
        Period(t, "Period", x => x.Period, (x, v) => (Parts.Of(x) with { Period = v }).Build());
        t.Add("IssuedAt", x => (Parts.Of(x) with { IssuedAt = x.IssuedAt.PlusTicks(1) }).Build());
        t.Add("IssuedAt", x => (Parts.Of(x) with { IssuedAt = x.IssuedAt - Duration.FromDays(1) }).Build());
        t.Add("Entries", x => (Parts.Of(x) with { Entries = x.Entries.Add(TranscriptEntry.Create(x.Entries[0].Title, WithTarget(x.Entries[0].Result, unit: UnitId.Parse("zz-extra")), x.Entries[0].CreditRecorded)) }).Build());
        t.Add("Entries", x => (Parts.Of(x) with { Entries = [.. x.Entries.Reverse()] }).Build());
        Text(t, "Entries[].Title", x => x.Entries[0].Title, (x, v) => SetEntry(x, TranscriptEntry.Create(v!, x.Entries[0].Result, x.Entries[0].CreditRecorded)));
        t.Add(R, x => SetResult(x, ResultParts.Of(First(x)) with { Method = OtherMethod(First(x).Method) }));
        t.Add(R + ".Outcome", x => SetResult(x, First(x).Outcome is null ? WithTarget(First(x), outcome: LearningOutcomeId.Parse("zz-lo")) : WithTarget(First(x), unit: UnitId.Parse("zz-unit"))));
        t.Add(R + ".Outcome.Value", x => SetResult(x, WithTarget(First(x), outcome: LearningOutcomeId.Parse("zz-" + (First(x).Outcome?.Value ?? "lo")))));
        t.Add(R + ".Unit", x => SetResult(x, First(x).Unit is null ? WithTarget(First(x), unit: UnitId.Parse("zz-unit")) : WithTarget(First(x), outcome: LearningOutcomeId.Parse("zz-lo"))));
        t.Add(R + ".Unit.Value", x => SetResult(x, WithTarget(First(x), unit: UnitId.Parse("zz-" + (First(x).Unit?.Value ?? "unit")))));
        t.Add(R + ".Catalogue", x => SetResult(x, ResultParts.Of(First(x)) with { Catalogue = First(x).IsHostTarget ? TargetCatalogue.Home : TargetCatalogue.Host }));
        t.Add(R + ".IsHostTarget", x => SetResult(x, ResultParts.Of(First(x)) with { Catalogue = First(x).IsHostTarget ? TargetCatalogue.Home : TargetCatalogue.Host }));
        t.Add(R + ".Status", x => SetStatus(x, First(x).Status switch
        {
            AssessmentStatus.Passed => AssessmentStatus.Failed,
            AssessmentStatus.Failed => AssessmentStatus.InProgress,
            _ => AssessmentStatus.Passed,
        }));
        t.Add(R + ".IsPassed", x => SetStatus(x, First(x).IsPassed ? AssessmentStatus.InProgress : AssessmentStatus.Passed));
        Institution(t, R + ".AssessingInstitution", x => First(x).AssessingInstitution, (x, v) => WithIssuer(x, v!));
        Name(t, R + ".Assessor", x => First(x).Assessor, (x, v) => SetResult(x, ResultParts.Of(First(x)) with { Assessor = v! }));
        t.Add(R + ".AssessedOn", x => SetResult(x, ResultParts.Of(First(x)) with { On = First(x).AssessedOn.PlusDays(1) }));
        t.Add(R + ".Method", x => SetResult(x, ResultParts.Of(First(x)) with { Method = OtherMethod(First(x).Method) }));
        SchemeMutations(t);
        t.Add(R + ".Grade", x => First(x) switch
        {
            { Grade: null } => SetStatus(x, AssessmentStatus.Passed),
            { Scheme.Kind: GradingKind.Numeric, Grade: { } g } => SetResult(x, ResultParts.Of(First(x)) with { Grade = g.Contains('.', StringComparison.Ordinal) ? g + "0" : g + ".0" }),
            { Scheme.Kind: GradingKind.Ordinal, Grade: { } g } r when r.Scheme.Labels.FirstOrDefault(l => l != g && r.Scheme.IsPassing(l) == r.IsPassed) is { } other =>
                SetResult(x, ResultParts.Of(r) with { Grade = other }),
            _ => SetStatus(x, First(x).IsPassed ? AssessmentStatus.Failed : AssessmentStatus.Passed),
        });
        t.Add(R + ".Evidence", x => SetResult(x, ResultParts.Of(First(x)) with { Evidence = First(x).Evidence.Add(new Uri("https://evidence.example.org/zz-added")) }));
        t.Add(R + ".Evidence", x => SetResult(x, ResultParts.Of(First(x)) with
        {
            // Another fragment only: the document carries the link as written, so it is another link.
            Evidence = First(x).Evidence.IsEmpty ? [new Uri("https://evidence.example.org/p#a")] : First(x).Evidence.SetItem(0, new Uri(First(x).Evidence[0].OriginalString.Split('#')[0] + "#other")),
        }));
        t.Add("Entries[].CreditRecorded", x => First(x).IsPassed && x.Entries[0].CreditRecorded is not null
            ? SetEntry(x, TranscriptEntry.Create(x.Entries[0].Title, First(x)))
            : SetCredit(x, Credit.Ecvet(CreditPoints.From(5))));
        t.Add("Entries[].CreditRecorded.Scheme", x => SetCredit(x, OtherScheme(x.Entries[0].CreditRecorded)));
        t.Add("Entries[].CreditRecorded.Scheme.Code", x => SetCredit(x, OtherScheme(x.Entries[0].CreditRecorded)));
        Points(t, "Entries[].CreditRecorded.Points", x => x.Entries[0].CreditRecorded?.Points ?? CreditPoints.Zero,
            (x, p) => SetCredit(x, (x.Entries[0].CreditRecorded ?? Credit.Ects(p)).WithPoints(p)));
        return t;
    }

    private static void SchemeMutations(MutationTable<PersonalTranscript> t)
    {
        const string S = R + ".Scheme";
        static GradingScheme Scheme(PersonalTranscript x) => First(x).Scheme;
        static GradingScheme Numeric(GradingScheme s, bool higherIsBetter = true) => GradingScheme.Numeric(s.Id, s.Title, 0, 10, 5, higherIsBetter);
        static GradingScheme Ordinal(GradingScheme s) => GradingScheme.Ordinal(s.Id, s.Title, ["F", "E", "D", "C"], "E");
        static GradingScheme OtherKind(GradingScheme s) => s.Kind switch
        {
            GradingKind.PassFail => Numeric(s),
            GradingKind.Numeric => Ordinal(s),
            _ => GradingScheme.PassFail(s.Id, s.Title),
        };
        static GradingScheme With(GradingScheme s, string? id = null, LocalizedText? title = null, decimal? minimum = null, decimal? maximum = null,
            decimal? passMark = null, bool? higherIsBetter = null, ImmutableArray<string>? labels = null, string? lowest = null) =>
            GradingScheme.FromParts(id ?? s.Id, title ?? s.Title, s.Kind, minimum ?? s.Minimum, maximum ?? s.Maximum, passMark ?? s.PassMark,
                higherIsBetter ?? s.HigherIsBetter, labels ?? s.Labels, lowest ?? s.LowestPassingLabel);

        t.Add(S, x => SetScheme(x, OtherKind(Scheme(x))));
        t.Add(S + ".Id", x => SetScheme(x, With(Scheme(x), id: Scheme(x).Id + "-2")));
        Text(t, S + ".Title", x => Scheme(x).Title, (x, v) => SetScheme(x, With(Scheme(x), title: v)));
        t.Add(S + ".Kind", x => SetScheme(x, OtherKind(Scheme(x))));
        t.Add(S + ".Minimum", x => SetScheme(x, Scheme(x) is { Kind: GradingKind.Numeric } s ? With(s, minimum: s.Minimum - 1) : Numeric(Scheme(x))));
        t.Add(S + ".Maximum", x => SetScheme(x, Scheme(x) is { Kind: GradingKind.Numeric } s ? With(s, maximum: s.Maximum + 1.5m) : Numeric(Scheme(x))));
        t.Add(S + ".PassMark", x => SetScheme(x, Scheme(x) is { Kind: GradingKind.Numeric } s
            ? With(s, passMark: s.PassMark == s.Minimum ? (s.Minimum + s.Maximum) / 2 : (s.Minimum + s.PassMark) / 2)
            : Numeric(Scheme(x))));
        t.Add(S + ".HigherIsBetter", x => SetScheme(x, Scheme(x) is { Kind: GradingKind.Numeric } s ? With(s, higherIsBetter: !s.HigherIsBetter) : Numeric(Scheme(x), higherIsBetter: false)));
        t.Add(S + ".Labels", x => SetScheme(x, Scheme(x) is { Kind: GradingKind.Ordinal } s ? With(s, labels: s.Labels.Add("zz-best")) : Ordinal(Scheme(x))));
        t.Add(S + ".LowestPassingLabel", x => SetScheme(x, Scheme(x) is { Kind: GradingKind.Ordinal } s
            ? With(s, lowest: s.Labels[(s.Labels.IndexOf(s.LowestPassingLabel!) + 1) % s.Labels.Length])
            : Ordinal(Scheme(x))));
    }

    private static AssessmentResult First(PersonalTranscript x) => x.Entries[0].Result;

    private static PersonalTranscript SetEntry(PersonalTranscript x, TranscriptEntry entry) => (Parts.Of(x) with { Entries = x.Entries.SetItem(0, entry) }).Build();

    private static PersonalTranscript SetResult(PersonalTranscript x, ResultParts result) => SetResult(x, result.Build());

    /// <summary>Replaces the first result, dropping recorded credit when it no longer passes.</summary>
    private static PersonalTranscript SetResult(PersonalTranscript x, AssessmentResult result) =>
        SetEntry(x, TranscriptEntry.Create(x.Entries[0].Title, result, result.IsPassed ? x.Entries[0].CreditRecorded : null));

    private static PersonalTranscript SetStatus(PersonalTranscript x, AssessmentStatus status) =>
        SetResult(x, ResultParts.Of(First(x)) with { Status = status, Grade = GradeFor(First(x).Scheme, status, First(x).Grade) });

    /// <summary>Records credit on the first entry, making its result pass when it does not.</summary>
    private static PersonalTranscript SetCredit(PersonalTranscript x, Credit credit)
    {
        var passed = First(x).IsPassed ? x : SetStatus(x, AssessmentStatus.Passed);
        return SetEntry(passed, TranscriptEntry.Create(passed.Entries[0].Title, passed.Entries[0].Result, credit));
    }

    private static Credit OtherScheme(Credit? credit) => credit is null ? Credit.Ecvet(CreditPoints.From(5))
        : Credit.Create(credit.Scheme == CreditScheme.Ecvet ? CreditScheme.Ects : CreditScheme.Ecvet, credit.Points);

    /// <summary>A new issuing host, which assessed every result.</summary>
    private static PersonalTranscript WithIssuer(PersonalTranscript x, InstitutionId issuer) => (Parts.Of(x) with
    {
        IssuedBy = issuer,
        Entries = [.. x.Entries.Select(e => TranscriptEntry.Create(e.Title, (ResultParts.Of(e.Result) with { Institution = issuer }).Build(), e.CreditRecorded))],
    }).Build();

    /// <summary>Replaces a grading scheme in every entry that uses it, grades following.</summary>
    private static PersonalTranscript SetScheme(PersonalTranscript x, GradingScheme scheme)
    {
        var id = First(x).Scheme.Id;
        return (Parts.Of(x) with
        {
            Entries = [.. x.Entries.Select(e => e.Result.Scheme.Id != id ? e : TranscriptEntry.Create(e.Title,
                (ResultParts.Of(e.Result) with { Scheme = scheme, Grade = GradeFor(scheme, e.Result.Status, e.Result.Grade) }).Build(), e.CreditRecorded))],
        }).Build();
    }

    /// <summary>A grade of <paramref name="scheme"/> for <paramref name="status"/>, the current one when it still fits.</summary>
    private static string? GradeFor(GradingScheme scheme, AssessmentStatus status, string? current)
    {
        if (status == AssessmentStatus.InProgress)
        {
            return null;
        }

        var pass = status == AssessmentStatus.Passed;
        IEnumerable<string> candidates = scheme.Kind switch
        {
            GradingKind.PassFail => [GradingScheme.Pass, GradingScheme.Fail],
            GradingKind.Numeric => new[] { scheme.Minimum, scheme.Maximum, scheme.PassMark, (scheme.Minimum + scheme.Maximum) / 2 }
                .Select(d => d!.Value.ToString(CultureInfo.InvariantCulture)),
            _ => scheme.Labels,
        };
        return new[] { current }.Concat(candidates).FirstOrDefault(g => g is not null && scheme.IsValidGrade(g) && scheme.IsPassing(g) == pass)
            ?? throw new ArgumentException($"Scheme {scheme} has no grade with status {status}.", nameof(status));
    }

    private static AssessmentResult WithTarget(AssessmentResult r, LearningOutcomeId? outcome = null, UnitId? unit = null) =>
        (ResultParts.Of(r) with { Outcome = outcome, Unit = unit }).Build();

    private static AssessmentMethod OtherMethod(AssessmentMethod method) => method == AssessmentMethod.Oral ? AssessmentMethod.Written : AssessmentMethod.Oral;

    /// <summary>The parts of a transcript, to rebuild it with one part changed.</summary>
    private sealed record Parts(TranscriptId Id, LearningAgreementId Agreement, Learner Learner, InstitutionId IssuedBy, MobilityPeriod Period,
        Instant IssuedAt, ImmutableArray<TranscriptEntry> Entries, ImmutableArray<Signature> Signatures)
    {
        public static Parts Of(PersonalTranscript x) => new(x.Id, x.Agreement, x.Learner, x.IssuedBy, x.Period, x.IssuedAt, x.Entries, x.Signatures);

        public PersonalTranscript Build() => PersonalTranscript.Restore(Id, Agreement, Learner, IssuedBy, Period, IssuedAt, Entries, Signatures);
    }

    /// <summary>The parts of an assessment result, to rebuild it with one part changed.</summary>
    private sealed record ResultParts(LearningOutcomeId? Outcome, UnitId? Unit, TargetCatalogue Catalogue, AssessmentStatus Status, InstitutionId Institution,
        PersonName Assessor, LocalDate On, AssessmentMethod Method, GradingScheme Scheme, string? Grade, ImmutableArray<Uri> Evidence)
    {
        public static ResultParts Of(AssessmentResult r) =>
            new(r.Outcome, r.Unit, r.Catalogue, r.Status, r.AssessingInstitution, r.Assessor, r.AssessedOn, r.Method, r.Scheme, r.Grade, r.Evidence);

        public AssessmentResult Build() => Outcome is not null
            ? AssessmentResult.ForOutcome(Outcome, Status, Institution, Assessor, On, Method, Scheme, Grade, Evidence, Catalogue)
            : AssessmentResult.ForUnit(Unit!, Status, Institution, Assessor, On, Method, Scheme, Grade, Evidence, Catalogue);
    }
}
