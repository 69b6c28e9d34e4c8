using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Ecvet.Agreements;
using Ecvet.Agreements.Internal;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;

namespace Ecvet.Tests.Agreements;

/// <summary>Properties of the content hash of a learning agreement, over generated contents.</summary>
public sealed class ContentHashPropertyTests
{
    private const int FieldCount = 15;

    private static readonly Gen<Spec> GenSpec = Gen.Int.Select(seed =>
    {
        var r = new Random(seed);
        return new Spec(r.Next(4), r.Next(3), r.Next(5), r.Next(1, 31), r.Next(1, 61), r.Next(2) == 0, r.Next(4), r.Next(3),
            r.Next(4), r.Next(2) == 0, r.Next(2), r.Next(3), r.Next(3), r.Next(3), r.Next(3));
    });

    [Fact]
    public void Hash_AnyChangeToAnyField_ChangesTheHash()
    {
        var changed = 0;
        Gen.Select(GenSpec, Gen.Int[0, FieldCount - 1], Gen.Int[1, 1000]).Sample((spec, field, seed) =>
        {
            var original = spec.Build();
            var mutated = spec.Mutate(field, seed).Build();
            mutated.Equals(original).Should().BeFalse($"mutating field {field} must change the content");
            mutated.Hash.Should().NotBe(original.Hash, $"field {field} changed");
            Interlocked.Increment(ref changed);
        }, iter: 300);
        changed.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Hash_EqualContents_HaveEqualHashes() =>
        GenSpec.Sample(spec => spec.Build().Hash.Should().Be(spec.Build().Hash), iter: 100);

    [Fact]
    public void Hash_PropertyOrderAndFormatting_DoNotMatter() =>
        Gen.Select(GenSpec, Gen.Int, Gen.Bool).Sample((spec, shuffleSeed, indented) =>
        {
            var content = spec.Build();
            var json = JsonNode.Parse(ContentHashing.ContentJson(content))!;
            var reordered = Shuffle(json, new Random(shuffleSeed));
            var text = reordered.ToJsonString(new JsonSerializerOptions { WriteIndented = indented, IndentCharacter = indented ? '\t' : ' ', IndentSize = 1 });

            ContentHash.OfJson(text).Should().Be(content.Hash);
        }, iter: 100);

    [Fact]
    public void Hash_DoesNotDependOnCulture() =>
        GenSpec.Sample(spec =>
        {
            var invariant = spec.Build().Hash;
            foreach (var culture in new[] { "fi-FI", "tr-TR", "ar-SA", "de-DE" })
            {
                Support.CultureScope.Run(culture, () => spec.Build().Hash).Should().Be(invariant);
            }
        }, iter: 20);

    [Fact]
    public void Signature_OnAnOldHash_NeverCounts() =>
        Gen.Select(GenSpec, Gen.Int[0, FieldCount - 1], Gen.Int[1, 1000]).Sample((spec, field, seed) =>
        {
            var old = spec.Build();
            var current = spec.Mutate(field, seed).Build();
            if (current.Hash == old.Hash)
            {
                return;
            }

            var stale = new[] { SignatoryRole.Learner, SignatoryRole.Guardian, SignatoryRole.Home, SignatoryRole.Host, SignatoryRole.Intermediary }
                .Select(role => Sign(role, old.Hash, TestValues.At(1))).ToArray();
            var version = LearningAgreementVersion.Create(1, current, stale);

            version.MissingSignatories().Should().Equal(current.RequiredSignatories());
            LearningAgreement.FromHistory(AgreementId, [version]).GetStatus().Should().Be(LearningAgreementStatus.Draft);
            var agreement = LearningAgreement.Create(AgreementId, current);
            var act = () => agreement.Sign(stale[0]);
            act.Should().Throw<ArgumentException>().WithParameterName("signature");
        }, iter: 200);

    private static JsonNode Shuffle(JsonNode node, Random random) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Shuffle(p.Value, random)))
            .OrderBy(_ => random.Next()).ToList()),
        JsonArray array => new JsonArray([.. array.Select(item => item is null ? null : Shuffle(item, random))]),
        _ => JsonNode.Parse(node.ToJsonString())!,
    };

    /// <summary>The parameters of a generated content; each field can be changed on its own.</summary>
    private sealed record Spec(int BirthYearOffset, int IntermediaryKind, int UnitSet, int Points, int StartDay, bool NoMou,
        int Language, int AchievedCount, int Activity, bool Months, int HomeKind, int TitleKind, int OutcomeCount, int ConditionKind, int EmailKind)
    {
        public Spec Mutate(int field, int seed) => field switch
        {
            0 => this with { BirthYearOffset = (BirthYearOffset + 1 + (seed % 3)) % 4 },
            1 => this with { IntermediaryKind = (IntermediaryKind + 1 + (seed % 2)) % 3 },
            2 => this with { UnitSet = (UnitSet + 1 + (seed % 4)) % 5 },
            3 => this with { Points = (Points % 30) + 1 },
            4 => this with { StartDay = (StartDay % 60) + 1 },
            5 => this with { NoMou = !NoMou },
            6 => this with { Language = (Language + 1 + (seed % 3)) % 4 },
            7 => this with { AchievedCount = (AchievedCount + 1 + (seed % 2)) % 3 },
            8 => this with { Activity = (Activity + 1 + (seed % 3)) % 4 },
            9 => this with { Months = !Months },
            10 => this with { HomeKind = (HomeKind + 1) % 2 },
            11 => this with { TitleKind = (TitleKind + 1 + (seed % 2)) % 3 },
            12 => this with { OutcomeCount = (OutcomeCount + 1 + (seed % 2)) % 3 },
            13 => this with { ConditionKind = (ConditionKind + 1 + (seed % 2)) % 3 },
            _ => this with { EmailKind = (EmailKind + 1 + (seed % 2)) % 3 },
        };

        public LearningAgreementContent Build()
        {
            var language = LanguageTag.Parse(Language switch { 0 => "en", 1 => "fi", 2 => "es", _ => "sv" });
            var birth = new LocalDate(2000 + (BirthYearOffset * 3), 7, 1);
            var units = new[] { U3, U4, U5, UnitId.Parse("fi-cook-u6") };
            var chosen = UnitSet switch { 0 => units[..1], 1 => units[1..2], 2 => units[..2], 3 => units[1..], _ => units };
            var expected = chosen.Select((unit, i) => ExpectedLearning.Create(unit,
                Enumerable.Range(1, OutcomeCount).Select(n => LearningOutcomeId.Parse($"{unit}-lo{n}")),
                CreditPoints.From(i == 0 ? Points : 5), CreditPoints.From(30), Arrangement,
                Activity == 0 ? null : LocalizedText.Create(language, $"Activity {Activity}"),
                ConditionKind == 0 ? null : LocalizedText.Create(language, ConditionKind == 1 ? "Grade at least 6" : "Portfolio reviewed"))).ToArray();
            var start = new LocalDate(2026, 1, 1).PlusDays(StartDay);
            var startMonth = new LocalDate(2026, 1, 1).PlusMonths(StartDay);
            var period = Months
                ? MobilityPeriod.FromMonths(startMonth.ToYearMonth(), startMonth.PlusMonths(2).ToYearMonth())
                : MobilityPeriod.FromDates(start, start.PlusDays(60));
            var qualification = QualificationReference.Create(QualificationRef.Id,
                LocalizedText.Create(language, TitleKind switch { 0 => "Cook", 1 => "Cook (food production)", _ => "Kokki" }),
                EqfLevel.Level4);
            var achieved = Enumerable.Range(1, AchievedCount).Select(n => UnitId.Parse($"fi-cook-u{n}"));
            InstitutionId? intermediary = IntermediaryKind switch { 0 => null, 1 => Intermediary, _ => InstitutionId.Parse("schac:other-intermediary.eu") };
            var home = HomeKind == 0 ? Home : InstitutionId.Parse("schac:omnia.fi");
            return NoMou
                ? LearningAgreementContent.CreateWithoutMou(Learner(birth, $"learner{EmailKind}@edu.example.fi"), home, Host, LocalizedText.Create(language, "Validation of prior learning"), period, qualification, expected, achieved, intermediary)
                : LearningAgreementContent.Create(Learner(birth, $"learner{EmailKind}@edu.example.fi"), home, Host, Mou, period, qualification, expected, achieved, intermediary);
        }
    }
}
