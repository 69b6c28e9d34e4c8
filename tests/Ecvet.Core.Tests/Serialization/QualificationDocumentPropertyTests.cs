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

    private static readonly Gen<decimal> Points = Gen.Int[1, 99_999].Select(cents => cents / 100m);

    private static readonly Gen<int?> Eqf = Gen.Int[0, 8].Select(i => i == 0 ? null : (int?)i);

    private static readonly Gen<LearningOutcomeWire> Outcome =
        Gen.Select(Gen.Enum<LearningOutcomeType>(), Text, Eqf, Gen.Guid.Array[0, 3], Gen.Int[1, 400], Gen.Bool, (type, statement, eqf, skills, weight, critical) =>
            new LearningOutcomeWire
            {
                Id = "x",
                Type = type,
                Statement = statement,
                EqfLevel = eqf,
                EscoSkills = [.. skills.Select(g => Esco + g.ToString("D"))],
                Weight = weight / 4m,
                Critical = critical,
            });

    private static readonly Gen<UnitWire> Unit =
        Gen.Select(Text, Eqf, Outcome.List[1, 5], (title, eqf, outcomes) => new UnitWire
        {
            Id = "x",
            Title = title,
            EqfLevel = eqf,
            LearningOutcomes = [.. outcomes.Select((o, i) => o with { Id = $"lo{i}" })],
        });

    private static readonly Gen<QualificationDocumentWire> Document =
        Gen.Select(Id, Text, Eqf, Unit.List[1, 6], Points.Array[6], Gen.Bool.Array[6], (id, title, eqf, units, points, mandatory) =>
        {
            var named = units.Select((u, i) => u with { Id = $"{id}-u{i}" }).ToList();
            var allocations = named.Select((u, i) => new UnitAllocationWire { Unit = u.Id, Credit = new CreditWire { Scheme = "ecvet", Value = points[i] }, Mandatory = mandatory[i] }).ToList();
            return new QualificationDocumentWire
            {
                SchemaVersion = EcvetJson.SchemaVersion,
                Qualification = new QualificationWire
                {
                    Id = id,
                    Title = title,
                    EqfLevel = eqf,
                    TotalCredit = new CreditWire { Scheme = "ecvet", Value = allocations.Sum(a => a.Credit.Value) + 60m },
                    Units = allocations,
                },
                Units = named,
            };
        });

    [Fact]
    public void RoundTrip_GeneratedDocuments_ReadBackAndRewriteToIdenticalBytes() =>
        Document.Sample(document =>
        {
            var bytes = JsonSamples.Write(document);
            var read = JsonSamples.Read(bytes);
            if (!read.IsSuccess)
            {
                throw new InvalidOperationException(read + Environment.NewLine + Encoding.UTF8.GetString(bytes));
            }

            var again = JsonSamples.Write(read.Value);
            var indented = JsonSamples.Read(JsonSamples.Write(read.Value, indented: true));
            if (!again.AsSpan().SequenceEqual(bytes))
            {
                throw new InvalidOperationException("re-written bytes differ: " + Encoding.UTF8.GetString(bytes) + Environment.NewLine + Encoding.UTF8.GetString(again));
            }

            if (!indented.IsSuccess || !JsonSamples.Write(indented.Value).AsSpan().SequenceEqual(bytes))
            {
                throw new InvalidOperationException("indented form differs: " + indented);
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
