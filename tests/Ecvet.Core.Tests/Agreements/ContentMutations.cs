using System.Collections.Immutable;
using Ecvet.Agreements;
using Ecvet.Tests.Support;
using static Ecvet.Tests.Support.Mutations;

namespace Ecvet.Tests.Agreements;

/// <summary>
/// One or more named mutations for every public property path of <see cref="LearningAgreementContent"/>; the paths
/// not hashed are listed with the reason. <see cref="ContentHashPropertyTests"/> checks that this table covers the
/// whole property graph, so a property added later without a mutation here fails the build.
/// </summary>
internal static class ContentMutations
{
    /// <summary>Paths deliberately without a mutation, with the reason.</summary>
    public static IReadOnlyDictionary<string, string> Excluded { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Hash"] = "the hash itself, the output of the property",
    };

    public static MutationTable<LearningAgreementContent> Table { get; } = Build();

    private static readonly MouId OtherMou = MouId.Parse("zz-mou-2026");

    private static MutationTable<LearningAgreementContent> Build()
    {
        var t = new MutationTable<LearningAgreementContent>();
        Learner(t, "Learner", c => c.Learner, (c, v) => (Parts.Of(c) with { Learner = v }).Build());
        Institution(t, "Home", c => c.Home, (c, v) => (Parts.Of(c) with { Home = v! }).Build());
        Institution(t, "Host", c => c.Host, (c, v) => (Parts.Of(c) with { Host = v! }).Build());
        Institution(t, "Intermediary", c => c.Intermediary, (c, v) => c.WithIntermediary(v));
        t.Add("Intermediary", c => c.WithIntermediary(c.Intermediary is null ? InstitutionId.Parse("pic:999888777") : null));
        t.Add("Mou", c => (c.Mou is null ? Parts.Of(c) with { Mou = OtherMou, Justification = null }
            : Parts.Of(c) with { Mou = null, Justification = LocalizedText.English("Validation of prior learning") }).Build());
        t.Add("Mou.Value", c => (Parts.Of(c) with { Mou = c.Mou is null ? OtherMou : MouId.Parse(c.Mou.Value + "-2"), Justification = null }).Build());
        Text(t, "NoMouJustification", c => c.NoMouJustification, (c, v) => (Parts.Of(c) with { Mou = null, Justification = v }).Build());
        Period(t, "Period", c => c.Period, (c, v) => c.WithPeriod(v));
        QualificationMutations(t);
        t.Add("UnitsAlreadyAchieved", c => (Parts.Of(c) with { Achieved = c.UnitsAlreadyAchieved.Add(UnitId.Parse("zz-achieved")) }).Build());
        t.Add("UnitsAlreadyAchieved", c => (Parts.Of(c) with { Achieved = c.UnitsAlreadyAchieved.Reverse().ToImmutableArray() }).Build());
        t.Add("UnitsAlreadyAchieved[].Value", c => (Parts.Of(c) with
        {
            Achieved = c.UnitsAlreadyAchieved.IsEmpty ? [UnitId.Parse("zz-achieved")] : c.UnitsAlreadyAchieved.SetItem(0, UnitId.Parse("zz-" + c.UnitsAlreadyAchieved[0].Value)),
        }).Build());
        ExpectedMutations(t);
        return t;
    }

    private static void QualificationMutations(MutationTable<LearningAgreementContent> t)
    {
        static LearningAgreementContent Set(LearningAgreementContent c, QualificationReference q) => (Parts.Of(c) with { Qualification = q }).Build();
        static QualificationReference With(QualificationReference q, QualificationId? id = null, LocalizedText? title = null, EqfLevel? eqf = null, Func<NqfLevel?>? nqf = null) =>
            QualificationReference.Create(id ?? q.Id, title ?? q.Title, eqf ?? q.EqfLevel, nqf is null ? q.NqfLevel : nqf());
        var otherId = (QualificationReference q) => QualificationId.Parse(q.Id.Value + "-v2");
        t.Add("Qualification", c => Set(c, With(c.Qualification, id: otherId(c.Qualification))));
        t.Add("Qualification.Id", c => Set(c, With(c.Qualification, id: otherId(c.Qualification))));
        t.Add("Qualification.Id.Value", c => Set(c, With(c.Qualification, id: otherId(c.Qualification))));
        Text(t, "Qualification.Title", c => c.Qualification.Title, (c, v) => Set(c, With(c.Qualification, title: v)));
        Eqf(t, "Qualification.EqfLevel", c => c.Qualification.EqfLevel, (c, v) => Set(c, With(c.Qualification, eqf: v)));
        t.Add("Qualification.NqfLevel", c => Set(c, With(c.Qualification, nqf: () => c.Qualification.NqfLevel is null ? NqfLevel.Create("fi-nqf", "4") : null)));
        t.Add("Qualification.NqfLevel.Framework", c => Set(c, With(c.Qualification, nqf: () =>
            c.Qualification.NqfLevel is { } n ? NqfLevel.Create(n.Framework + "-2017", n.Level, n.ReferencedEqfLevel) : NqfLevel.Create("fi-nqf", "4"))));
        t.Add("Qualification.NqfLevel.Level", c => Set(c, With(c.Qualification, nqf: () =>
            c.Qualification.NqfLevel is { } n ? NqfLevel.Create(n.Framework, n.Level + "a", n.ReferencedEqfLevel) : NqfLevel.Create("fi-nqf", "4"))));
        Eqf(t, "Qualification.NqfLevel.ReferencedEqfLevel", c => c.Qualification.NqfLevel?.ReferencedEqfLevel, (c, v) => Set(c, With(c.Qualification, nqf: () =>
            (c.Qualification.NqfLevel ?? NqfLevel.Create("fi-nqf", "4")).WithReferencedEqfLevel(v))));
        t.Add("Qualification.NqfLevel.ReferencedEqfLevel", c => Set(c, With(c.Qualification, nqf: () =>
            c.Qualification.NqfLevel is { ReferencedEqfLevel: not null } n ? n.WithReferencedEqfLevel(null) : NqfLevel.Create("fi-nqf", "4", EqfLevel.Level4))));
    }

    private static void ExpectedMutations(MutationTable<LearningAgreementContent> t)
    {
        const string E = "Expected[]";
        static ExpectedLearning First(LearningAgreementContent c) => c.Expected[0];
        static LearningAgreementContent Set(LearningAgreementContent c, ExpectedParts e) => c.WithExpected(c.Expected.SetItem(0, e.Build()));
        t.Add("Expected", c => c.WithExpected([.. c.Expected, ExpectedLearning.Create(UnitId.Parse("zz-new-unit"), null, CreditPoints.From(5), CreditPoints.From(5), First(c).Assessment)]));
        t.Add("Expected", c => c.WithExpected(c.Expected.Length > 1 ? c.Expected.Reverse() : [.. c.Expected, ExpectedLearning.Create(UnitId.Parse("zz-new-unit"), null, CreditPoints.Zero, CreditPoints.Zero, First(c).Assessment)]));
        t.Add(E + ".Unit", c => Set(c, ExpectedParts.Of(First(c)) with { Unit = UnitId.Parse("zz-" + First(c).Unit.Value) }));
        t.Add(E + ".Unit.Value", c => Set(c, ExpectedParts.Of(First(c)) with { Unit = UnitId.Parse(First(c).Unit.Value + "-b") }));
        t.Add(E + ".Outcomes", c => Set(c, ExpectedParts.Of(First(c)) with { Outcomes = First(c).Outcomes.Add(LearningOutcomeId.Parse("zz-lo")) }));
        t.Add(E + ".Outcomes[].Value", c => Set(c, ExpectedParts.Of(First(c)) with
        {
            Outcomes = First(c).Outcomes.IsEmpty ? [LearningOutcomeId.Parse("zz-lo")] : First(c).Outcomes.SetItem(0, LearningOutcomeId.Parse("zz-" + First(c).Outcomes[0].Value)),
        }));
        t.Add(E + ".IsWholeUnit", c => Set(c, ExpectedParts.Of(First(c)) with { Outcomes = First(c).Outcomes.IsEmpty ? [LearningOutcomeId.Parse("zz-lo")] : [] }));
        Points(t, E + ".ExpectedPoints", c => First(c).ExpectedPoints, (c, p) => Set(c, ExpectedParts.Of(First(c)) with
        {
            Points = p, Allocation = CreditPoints.Max(p, First(c).HomeAllocation),
        }));
        Points(t, E + ".HomeAllocation", c => First(c).HomeAllocation, (c, p) => Set(c, ExpectedParts.Of(First(c)) with
        {
            Allocation = p, Points = CreditPoints.Min(p, First(c).ExpectedPoints),
        }));
        Text(t, E + ".Activities", c => First(c).Activities, (c, v) => Set(c, ExpectedParts.Of(First(c)) with { Activities = v }));
        t.Add(E + ".Activities", c => Set(c, ExpectedParts.Of(First(c)) with { Activities = First(c).Activities is null ? LocalizedText.English("Kitchen") : null }));
        t.Add(E + ".Assessment", c => Set(c, ExpectedParts.Of(First(c)) with { Assessment = OtherMethods(First(c).Assessment) }));
        t.Add(E + ".Assessment.Methods", c => Set(c, ExpectedParts.Of(First(c)) with { Assessment = OtherMethods(First(c).Assessment) }));
        t.Add(E + ".Assessment.Methods", c => Set(c, ExpectedParts.Of(First(c)) with
        {
            Assessment = AssessmentArrangement.Create(First(c).Assessment.Methods.Length > 1 ? First(c).Assessment.Methods.Reverse() : OtherMethods(First(c).Assessment).Methods, First(c).Assessment.Description),
        }));
        Text(t, E + ".Assessment.Description", c => First(c).Assessment.Description, (c, v) => Set(c, ExpectedParts.Of(First(c)) with
        {
            Assessment = AssessmentArrangement.Create(First(c).Assessment.Methods, v),
        }));
        Text(t, E + ".RecognitionConditions", c => First(c).RecognitionConditions, (c, v) => Set(c, ExpectedParts.Of(First(c)) with { Conditions = v }));
        t.Add(E + ".IsRecognisedAutomatically", c => Set(c, ExpectedParts.Of(First(c)) with
        {
            Conditions = First(c).RecognitionConditions is null ? LocalizedText.English("Grade at least 6") : null,
        }));
    }

    private static AssessmentArrangement OtherMethods(AssessmentArrangement a) => AssessmentArrangement.Create(
        a.Methods.Length > 1 ? a.Methods[..^1] : [a.Methods[0], a.Methods[0] == AssessmentMethod.Oral ? AssessmentMethod.Written : AssessmentMethod.Oral], a.Description);

    /// <summary>The parts of a content, to rebuild it with one part changed.</summary>
    private sealed record Parts(Learner Learner, InstitutionId Home, InstitutionId Host, InstitutionId? Intermediary, MouId? Mou,
        LocalizedText? Justification, MobilityPeriod Period, QualificationReference Qualification, ImmutableArray<UnitId> Achieved,
        ImmutableArray<ExpectedLearning> Expected)
    {
        public static Parts Of(LearningAgreementContent c) =>
            new(c.Learner, c.Home, c.Host, c.Intermediary, c.Mou, c.NoMouJustification, c.Period, c.Qualification, c.UnitsAlreadyAchieved, c.Expected);

        public LearningAgreementContent Build() => Mou is not null
            ? LearningAgreementContent.Create(Learner, Home, Host, Mou, Period, Qualification, Expected, Achieved, Intermediary)
            : LearningAgreementContent.CreateWithoutMou(Learner, Home, Host, Justification!, Period, Qualification, Expected, Achieved, Intermediary);
    }

    /// <summary>The parts of an expected learning, to rebuild it with one part changed.</summary>
    private sealed record ExpectedParts(UnitId Unit, ImmutableArray<LearningOutcomeId> Outcomes, CreditPoints Points, CreditPoints Allocation,
        LocalizedText? Activities, AssessmentArrangement Assessment, LocalizedText? Conditions)
    {
        public static ExpectedParts Of(ExpectedLearning e) =>
            new(e.Unit, e.Outcomes, e.ExpectedPoints, e.HomeAllocation, e.Activities, e.Assessment, e.RecognitionConditions);

        public ExpectedLearning Build() => ExpectedLearning.Create(Unit, Outcomes, Points, Allocation, Assessment, Activities, Conditions);
    }
}
