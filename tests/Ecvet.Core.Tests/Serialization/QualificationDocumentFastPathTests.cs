using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;
using Ecvet.Serialization;
using Ecvet.Serialization.Internal;
using Ecvet.Tests.Support;

namespace Ecvet.Tests.Serialization;

/// <summary>
/// The optimistic fast path of reading a qualification document (<see cref="QualificationDocumentReader"/>) against the
/// reference path (source-generated wire records, then <see cref="QualificationDocumentMapper"/>): on valid documents it
/// must answer, with an equal value that writes the same bytes; on anything else it may decline, but it must never accept
/// what the reference path rejects, nor build a different value.
/// </summary>
public sealed class QualificationDocumentFastPathTests
{
    private static readonly byte[][] Examples = [.. JsonSamples.ExampleFiles.Select(File.ReadAllBytes)];

    [Fact]
    public void TryRead_Examples_EqualsReferencePath()
    {
        foreach (var example in Examples.Append(Encoding.UTF8.GetBytes(JsonSamples.Minimal)))
        {
            var fast = QualificationDocumentReader.TryRead(example);
            fast.Should().NotBeNull("the fast path reads every valid example");
            AssertAgrees(example, fast);
        }
    }

    [Fact]
    public void TryRead_GeneratedDocuments_AcceptedAndEqualToReferencePath() =>
        Generators.QualificationDocument.Sample(wire =>
        {
            var bytes = JsonSamples.WriteWire(wire);
            var fast = QualificationDocumentReader.TryRead(bytes);
            if (fast is null)
            {
                throw new InvalidOperationException("declined a valid document: " + Encoding.UTF8.GetString(bytes));
            }

            AssertAgrees(bytes, fast);
            var indented = JsonSamples.Write(fast, indented: true);
            AssertAgrees(indented, QualificationDocumentReader.TryRead(indented));
        }, iter: 300);

    [Fact]
    public void TryRead_ShuffledPropertyOrder_AcceptedAndEqualToReferencePath()
    {
        var gen = Gen.Select(Gen.Int[0, Examples.Length - 1], Gen.Int[0, int.MaxValue], (example, seed) => (example, seed));
        gen.Sample(t =>
        {
            using var parsed = JsonDocument.Parse(Examples[t.example]);
            var shuffled = Encoding.UTF8.GetBytes(new Rewriter(new Random(t.seed), -1, 0, 0, shuffle: true).Write(parsed.RootElement));
            var fast = QualificationDocumentReader.TryRead(shuffled);
            if (fast is null)
            {
                throw new InvalidOperationException("declined a reordered valid document");
            }

            AssertAgrees(shuffled, fast);
        }, iter: 100);
    }

    [Fact]
    public void TryRead_StructuralMutations_NeverDisagreeWithReferencePath()
    {
        var counts = Examples.Select(e =>
        {
            using var parsed = JsonDocument.Parse(e);
            var counter = new Rewriter(new Random(0), -1, 0, 0, shuffle: false);
            _ = counter.Write(parsed.RootElement);
            return counter.Visited;
        }).ToArray();
        var accepted = 0;
        var gen = Gen.Select(Gen.Int[0, Examples.Length - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, Rewriter.Kinds - 1], Gen.Int[0, 1000], (example, target, kind, variant) => (example, target, kind, variant));
        gen.Sample(t =>
        {
            using var parsed = JsonDocument.Parse(Examples[t.example]);
            var text = new Rewriter(new Random(t.variant), t.target % counts[t.example], t.kind, t.variant, shuffle: false).Write(parsed.RootElement);
            var bytes = Encoding.UTF8.GetBytes(text);
            var fast = QualificationDocumentReader.TryRead(bytes);
            if (fast is not null)
            {
                Interlocked.Increment(ref accepted);
            }

            AssertAgrees(bytes, fast);
        }, iter: 2000);

        // Some mutations keep the document valid (a number written as 4 where it was 4, an optional member removed): the fast path takes those.
        accepted.Should().BeGreaterThan(0);
    }

    [Fact]
    public void TryRead_MutatedGeneratedDocuments_NeverDisagreeWithReferencePath()
    {
        var gen = Gen.Select(Generators.QualificationDocument, Gen.Int[0, int.MaxValue], Gen.Int[0, Rewriter.Kinds - 1], Gen.Int[0, 1000], (wire, target, kind, variant) => (wire, target, kind, variant));
        gen.Sample(t =>
        {
            using var parsed = JsonDocument.Parse(JsonSamples.WriteWire(t.wire));
            var counter = new Rewriter(new Random(0), -1, 0, 0, shuffle: false);
            _ = counter.Write(parsed.RootElement);
            AssertAgrees(Encoding.UTF8.GetBytes(new Rewriter(new Random(t.variant), t.target % counter.Visited, t.kind, t.variant, shuffle: t.kind == 0).Write(parsed.RootElement)));
        }, iter: 600);
    }

    [Fact]
    public void TryRead_ByteMutations_NeverDisagreeWithReferencePath()
    {
        var gen = Gen.Select(Gen.Int[0, Examples.Length - 1], Gen.Int[0, 5], Gen.Int[0, int.MaxValue], Gen.Byte, (example, kind, position, value) => (example, kind, position, value));
        gen.Sample(t => AssertAgrees(Mutate(Examples[t.example], t.kind, t.position, t.value)), iter: 2000);
    }

    [Theory]
    [InlineData("\"eqfLevel\":4", "\"eqfLevel\":4.0")]
    [InlineData("\"eqfLevel\":4", "\"eqfLevel\":4e0")]
    [InlineData("\"id\":\"q1\"", "\"\\u0069d\":\"q1\"")]
    [InlineData("\"en\":\"Cook\"", "\"\\u0065n\":\"Cook\"")]
    [InlineData("\"en\":\"Cook\"", "\"EN\":\"Cook\"")]
    [InlineData("\"en\":\"Cook\"", "\"en\":\"Cook\",\"EN\":\"Cook\"")]
    [InlineData("\"en\":\"Cook\"", "\"en-GB\":\"Cook\"")]
    [InlineData("\"value\":180", "\"value\":180.00")]
    [InlineData("\"value\":180", "\"value\":-0")]
    [InlineData("\"weight\":1", "\"weight\":1000.0")]
    [InlineData("\"weight\":1", "\"weight\":1000.01")]
    [InlineData("\"referenceFullTimeYears\":null", "\"referenceFullTimeYears\":100")]
    [InlineData("\"referenceFullTimeYears\":null", "\"referenceFullTimeYears\":100.001")]
    [InlineData("\"validFrom\":null", "\"validFrom\":\"2024-02-29\"")]
    [InlineData("\"validFrom\":null", "\"validFrom\":\"2023-02-29\"")]
    [InlineData("\"validityPeriod\":null", "\"validityPeriod\":\"P5Y\"")]
    [InlineData("\"validityPeriod\":null", "\"validityPeriod\":\"PT5H\"")]
    [InlineData("\"validityPeriod\":null", "\"validityPeriod\":\"P0D\"")]
    [InlineData("\"type\":\"skill\"", "\"type\":\"Skill\"")]
    [InlineData("\"type\":\"skill\"", "\"type\":\"sk\\u0069ll\"")]
    [InlineData("\"groupKey\":null", "\"groupKey\":\" core\"")]
    [InlineData("\"relatedSkills\":[]", "\"relatedSkills\":[\"https://example.org/a\",\"https://example.org/a\"]")]
    [InlineData("\"relatedSkills\":[]", "\"relatedSkills\":[\"/relative\"]")]
    [InlineData("\"assessmentMethods\":[]", "\"assessmentMethods\":[\"practicalDemonstration\",\"practicalDemonstration\"]")]
    [InlineData("\"statement\":{\"en\":\"Cook food.\"}", "\"statement\":{\"en\":\"Cook food.\\u0001\"}")]
    [InlineData("\"statement\":{\"en\":\"Cook food.\"}", "\"statement\":{\"en\":\"Cook food.\\n\"}")]
    [InlineData("\"statement\":{\"en\":\"Cook food.\"}", "\"statement\":{\"en\":\"Cook food.\\ud800\"}")]
    [InlineData("\"statement\":{\"en\":\"Cook food.\"}", "\"statement\":{\"en\":\"Cook food \\ud83c\\udf73\"}")]
    [InlineData("\"id\":\"lo1\"", "\"id\":\"lo\\udc00\"")]
    [InlineData("\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"1.\\u0030\"")]
    [InlineData("\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"1.1\"")]
    [InlineData("{\"schemaVersion\"", "{\"$schema\":\"x\",\"schemaVersion\"")]
    public void TryRead_EdgeCases_AgreeWithReferencePath(string find, string replace)
    {
        JsonSamples.Minimal.Should().Contain(find);
        AssertAgrees(Encoding.UTF8.GetBytes(JsonSamples.Minimal.Replace(find, replace, StringComparison.Ordinal)));
    }

    [Fact]
    public void Parse_FastPathDeclines_ReturnsReferenceProblems()
    {
        var bytes = Encoding.UTF8.GetBytes(JsonSamples.Minimal.Replace("\"eqfLevel\":4", "\"eqfLevel\":9", StringComparison.Ordinal));

        QualificationDocumentReader.TryRead(bytes).Should().BeNull();
        var result = EcvetJson.ParseQualificationDocument(bytes);
        result.Problems.Should().Equal(Reference(bytes).Problems);
        result.Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCode.InvalidEqfLevel);
    }

    private static JsonReadResult<QualificationDocument> Reference(byte[] bytes) =>
        EcvetJson.QualificationDocumentFormat.Read(bytes, null, useFastPath: false);

    private static void AssertAgrees(byte[] bytes) => AssertAgrees(bytes, QualificationDocumentReader.TryRead(bytes));

    // The fast path declines (then Parse returns the reference result), or the reference path succeeds with an equal
    // document that writes the same bytes (so members outside equality, such as an ESCO skill's type, agree too).
    private static void AssertAgrees(byte[] bytes, QualificationDocument? fast)
    {
        var reference = Reference(bytes);
        if (fast is null)
        {
            return;
        }

        if (!reference.IsSuccess)
        {
            throw new InvalidOperationException($"the fast path accepted what the reference path rejects ({reference}): {Encoding.UTF8.GetString(bytes)}");
        }

        if (!fast.Equals(reference.Value) || !JsonSamples.Write(fast).AsSpan().SequenceEqual(JsonSamples.Write(reference.Value)))
        {
            throw new InvalidOperationException("the fast path built a different document from: " + Encoding.UTF8.GetString(bytes));
        }
    }

    // Byte-level corruption, as in QualificationDocumentPropertyTests.Mutate (copied: the two tests evolve separately).
    private static byte[] Mutate(byte[] source, int kind, int position, byte value)
    {
        var at = position % source.Length;
        var bytes = source.ToList();
        switch (kind)
        {
            case 0: bytes[at] = value; break;
            case 1: bytes.RemoveRange(at, bytes.Count - at); break;
            case 2: bytes.RemoveAt(at); break;
            case 3: bytes.InsertRange(at, bytes.Skip(at).Take(value % 40 + 1).ToArray()); break;
            case 4: bytes.Insert(at, (byte)"{}[]\",:0-e.\\n"[value % 13]); break;
            default: bytes.InsertRange(at, Encoding.ASCII.GetBytes(new string('9', value % 60 + 1))); break;
        }

        return [.. bytes];
    }

    /// <summary>
    /// Writes a parsed document back as JSON text, changing the member or element with index <c>target</c> (in visiting
    /// order) in one of <see cref="Kinds"/> ways, or shuffling the order of every object's members.
    /// </summary>
    private sealed class Rewriter(Random random, int target, int kind, int variant, bool shuffle)
    {
        public const int Kinds = 6;

        private static readonly string[] Literals =
        [
            "null", "0", "1", "4", "9", "4.0", "4e0", "-0", "-1", "1e400", "0.001", "99999999999999999999999999999999", "1000.5",
            "\"\"", "\" x\"", "\"4\"", "\"1.0\"", "\"ecvet\"", "\"EN\"", "\"skill\"", "\"schac\"", "true", "false", "{}", "[]", "[null]", "{\"en\":null}",
        ];

        public int Visited { get; private set; }

        public string Write(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => "{" + string.Join(",", Order(element.EnumerateObject().SelectMany(p => Member(p.Name, p.Value)).ToList())) + "}",
            JsonValueKind.Array => "[" + string.Join(",", element.EnumerateArray().SelectMany(Element).ToList()) + "]",
            _ => element.GetRawText(),
        };

        private List<string> Order(List<string> members)
        {
            if (shuffle)
            {
                random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(members));
            }

            return members;
        }

        private IEnumerable<string> Member(string name, JsonElement value)
        {
            var index = Visited++;
            var text = Write(value);
            var member = Quote(name) + ":" + text;
            if (index != target)
            {
                return [member];
            }

            return kind switch
            {
                0 => [],
                1 => [member, member],
                2 => [Quote(char.ToUpperInvariant(name[0]) + name[1..]) + ":" + text],
                3 => ["\"\\u" + ((int)name[0]).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) + name[1..] + "\":" + text],
                4 => [member, "\"extra\":1"],
                _ => [Quote(name) + ":" + Variant(value)],
            };
        }

        private IEnumerable<string> Element(JsonElement value)
        {
            var index = Visited++;
            var text = Write(value);
            if (index != target)
            {
                return [text];
            }

            return kind switch
            {
                0 => [],
                1 => [text, text],
                _ => [Variant(value)],
            };
        }

        private string Variant(JsonElement value)
        {
            var choices = new List<string>(Literals);
            if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s)
            {
                choices.AddRange([
                    Quote(s + " "), Quote(s.ToUpperInvariant()), Quote(s + "\u0001"), Quote(s + s), Quote(s[..^1]),
                    "\"\\u" + ((int)s[0]).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) + Quote(s[1..])[1..],
                ]);
            }
            else if (value.ValueKind == JsonValueKind.Number)
            {
                var raw = value.GetRawText();
                choices.AddRange([raw + ".0", raw + "0", raw + ".001", "-" + raw, raw + "e0", Quote(raw)]);
            }

            return choices[variant % choices.Count];
        }

        // A cut string may split a surrogate pair: a lone surrogate is written as a \uXXXX escape (which the readers must
        // refuse), since no encoder writes one.
        private static string Quote(string text)
        {
            var quoted = new StringBuilder("\"");
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                var pair = i + 1 < text.Length && char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]);
                if (i < text.Length && (pair || !char.IsSurrogate(text[i])))
                {
                    i += pair ? 1 : 0;
                    continue;
                }

                quoted.Append(JsonEncodedText.Encode(text.AsSpan(start, i - start), JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
                if (i < text.Length)
                {
                    quoted.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)text[i]:x4}");
                }

                start = i + 1;
            }

            return quoted.Append('"').ToString();
        }
    }
}
