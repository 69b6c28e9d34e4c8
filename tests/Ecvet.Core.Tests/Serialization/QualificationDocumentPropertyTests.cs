using System.Text;
using CsCheck;
using Ecvet.Serialization;
using Ecvet.Serialization.Internal.Wire;

namespace Ecvet.Tests.Serialization;

/// <summary>
/// Properties of the qualification document format: generated valid documents round-trip to identical bytes, and
/// randomly corrupted copies of the examples are always answered with a result, never an exception.
/// </summary>
public sealed class QualificationDocumentPropertyTests
{
    private const string Esco = "http://data.europa.eu/esco/skill/";

    private static readonly Gen<string> Id = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-._"], 1, 20];

    private static readonly Gen<string> Words = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzäöåéÄÖ .,;:-'\"\\/\n\t€"], 1, 60]
        .Select(s => s.Trim())
        .Where(s => s.Length > 0);

    private static readonly Gen<Dictionary<string, string>> Text =
        Gen.Select(Words, Words.Null(0.5), Words.Null(0.7), (en, fi, sv) =>
        {
            var map = new Dictionary<string, string> { ["en"] = en };
            if (fi is not null)
            {
                map["fi"] = fi;
            }

            if (sv is not null)
            {
                map["sv"] = sv;
            }

            return map;
        });

    private static readonly Gen<decimal> Points = Gen.Int[1, 99_999].Select(cents => CreditPoints.From(cents / 100m).Value);

    private static readonly Gen<int?> Eqf = Gen.Int[0, 8].Select(i => i == 0 ? null : (int?)i);

    // ESCO URIs hold RFC 4122 UUIDs (version 1 to 5): force version 4 and the RFC variant.
    private static readonly Gen<string> EscoSkill = Gen.Guid.Select(g =>
    {
        var text = g.ToString("D").ToCharArray();
        text[14] = '4';
        text[19] = '8';
        return Esco + new string(text);
    });

    private static readonly Gen<EscoSkillWire> Skill =
        Gen.Select(EscoSkill, Gen.Enum<EscoSkillType>().Nullable(), Gen.Enum<EscoReuseLevel>().Nullable(), (uri, type, reuse) =>
            new EscoSkillWire { Uri = uri, SkillType = type, ReuseLevel = reuse });

    private static readonly Gen<LearningOutcomeWire> Outcome =
        Gen.Select(Gen.Enum<LearningOutcomeType>(), Text, Eqf, Skill.Array[0, 3], Gen.Int[1, 400], Gen.Bool, Text.Null(0.7), (type, statement, eqf, skills, weight, critical, criteria) =>
            new LearningOutcomeWire
            {
                Id = "x",
                Type = type,
                Statement = statement,
                EqfLevel = eqf,
                EscoSkills = [.. skills.DistinctBy(s => s.Uri)],
                RelatedSkills = eqf is null ? [] : ["https://example.org/skills/" + eqf],
                Weight = weight / 4m,
                Critical = critical,
                AssessmentCriteria = criteria,
                GroupKey = critical ? "core" : null,
            });

    private static readonly Gen<UnitWire> Unit =
        Gen.Select(Text, Eqf, Outcome.List[1, 5], Gen.Enum<AssessmentMethod>().Array[0, 3], Text.Null(0.7), Gen.Int[0, 10], (title, eqf, outcomes, methods, procedure, years) => new UnitWire
        {
            Id = "x",
            Title = title,
            EqfLevel = eqf,
            LearningOutcomes = [.. outcomes.Select((o, i) => o with { Id = $"lo{i}" })],
            AssessmentMethods = [.. methods.Distinct()],
            AssessmentProcedure = procedure,
            ValidityPeriod = years == 0 ? null : NodaTime.Period.FromYears(years),
            Occupations = years % 3 == 1 ? ["http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e"] : [],
        });

    private static readonly Gen<QualificationDocumentWire> Document =
        Gen.Select(Id, Text, Eqf, Unit.List[1, 6], Points.Array[6], Gen.Bool.Array[6], Gen.Int[0, 20_000], (id, title, eqf, units, points, mandatory, day) =>
        {
            var named = units.Select((u, i) => u with { Id = $"{id}-u{i}" }).ToList();
            var allocations = named.Select((u, i) => new UnitAllocationWire { Unit = u.Id, Credit = new CreditWire { Scheme = "ecvet", Value = points[i] }, Mandatory = mandatory[i] }).ToList();
            return new QualificationDocumentWire
            {
                SchemaVersion = EcvetJson.SchemaVersion,
                ValidFrom = day == 0 ? null : new NodaTime.LocalDate(2000, 1, 1).PlusDays(day),
                Qualification = new QualificationWire
                {
                    Id = id,
                    Title = title,
                    AwardingBody = new InstitutionIdWire { Scheme = IdentifierScheme.Schac, Value = "omnia.fi" },
                    EqfLevel = eqf,
                    NqfLevel = eqf is { } level ? new NqfLevelWire { Framework = "FI", Level = "level " + level, ReferencedEqfLevel = day % 3 == 0 ? null : level } : null,
                    Field = day % 4 == 0 ? null : "0713",
                    TotalCredit = new CreditWire { Scheme = "ecvet", Value = CreditPoints.From(allocations.Sum(a => a.Credit.Value) + 60m).Value },
                    ReferenceFullTimeYears = day % 2 == 0 ? null : 3m,
                    Units = allocations,
                },
                Units = named,
            };
        });

    [Fact]
    public void RoundTrip_GeneratedDocuments_ReadBackAndRewriteToIdenticalBytes() =>
        Document.Sample(document =>
        {
            var bytes = JsonSamples.WriteWire(document);
            var read = JsonSamples.Read(bytes);
            if (!read.IsSuccess)
            {
                throw new InvalidOperationException(read + Environment.NewLine + Encoding.UTF8.GetString(bytes));
            }

            var again = JsonSamples.Write(read.Value);
            if (!again.AsSpan().SequenceEqual(bytes))
            {
                throw new InvalidOperationException("re-written bytes differ: " + Encoding.UTF8.GetString(bytes) + Environment.NewLine + Encoding.UTF8.GetString(again));
            }

            var indented = JsonSamples.Read(JsonSamples.Write(read.Value, indented: true));
            if (!indented.IsSuccess || !indented.Value.Equals(read.Value) || !JsonSamples.Write(indented.Value).AsSpan().SequenceEqual(bytes))
            {
                throw new InvalidOperationException("the indented form does not read back equal: " + indented);
            }
        }, iter: 1000);

    [Fact]
    public void Mutation_CorruptedExamples_NeverThrow()
    {
        var examples = JsonSamples.ExampleFiles.Select(File.ReadAllBytes).ToArray();
        var gen = Gen.Select(Gen.Int[0, examples.Length - 1], Gen.Int[0, 5], Gen.Int[0, int.MaxValue], Gen.Byte, (example, kind, position, value) => (example, kind, position, value));
        gen.Sample(t =>
        {
            var mutated = Mutate(examples[t.example], t.kind, t.position, t.value);
            var result = JsonSamples.Read(mutated);
            // Exactly one of: a value, or at least one problem, each with a code and a path from the root.
            return result.IsSuccess
                ? result.Problems.IsEmpty
                : !result.Problems.IsEmpty && result.Problems.All(p => Enum.IsDefined(p.Code) && p.Path.StartsWith('$'));
        }, iter: 3000);
    }

    private static byte[] Mutate(byte[] source, int kind, int position, byte value)
    {
        var at = position % source.Length;
        var bytes = source.ToList();
        switch (kind)
        {
            case 0: bytes[at] = value; break;                                  // flip a byte
            case 1: bytes.RemoveRange(at, bytes.Count - at); break;            // truncate
            case 2: bytes.RemoveAt(at); break;                                 // drop a byte
            case 3: bytes.InsertRange(at, bytes.Skip(at).Take(value % 40 + 1).ToArray()); break; // duplicate a run
            case 4: bytes.Insert(at, (byte)"{}[]\",:0-e.\\n"[value % 13]); break;               // insert a JSON character
            default:
                var digits = Encoding.ASCII.GetBytes(new string('9', value % 60 + 1)); // blow up a number
                bytes.InsertRange(at, digits);
                break;
        }

        return [.. bytes];
    }
}
