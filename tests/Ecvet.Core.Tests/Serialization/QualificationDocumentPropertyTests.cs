using System.Text;
using CsCheck;
using Ecvet.Tests.Support;

namespace Ecvet.Tests.Serialization;

/// <summary>
/// Properties of the qualification document format: generated valid documents round-trip to identical bytes, and
/// randomly corrupted copies of the examples are always answered with a result, never an exception.
/// </summary>
public sealed class QualificationDocumentPropertyTests
{
    [Fact]
    public void RoundTrip_GeneratedDocuments_ReadBackAndRewriteToIdenticalBytes() =>
        Generators.QualificationDocument.Sample(document =>
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
