using System.Text;
using Ecvet.Serialization;

namespace Ecvet.Tests.Serialization;

/// <summary>
/// Problems found in values after deserialisation (by the mapping to the domain) carry the line and byte position of
/// the value their path names, as structural problems do.
/// </summary>
public sealed class ProblemPositionTests
{
    private static readonly string Electrician = File.ReadAllText(Path.Combine(JsonSamples.ExamplesFolder, "fi-electrician.json"));

    [Fact]
    public void Parse_EqfLevelOutOfRange_PositionOfTheValue()
    {
        var problem = Single(ReplaceFirst(Electrician, "    \"eqfLevel\": 4,\n", "    \"eqfLevel\": 9,\n"));

        problem.Code.Should().Be(JsonProblemCode.InvalidEqfLevel);
        problem.Path.Should().Be("$.qualification.eqfLevel");
        problem.Line.Should().Be(15);
        problem.ByteInLine.Should().Be(17);
    }

    [Fact]
    public void Parse_BadLanguageTag_PositionOfItsText()
    {
        var problem = Single(ReplaceFirst(Electrician, "\"en\": \"Electrical installation work\"", "\"EN \": \"Electrical installation work\""));

        problem.Code.Should().Be(JsonProblemCode.InvalidLanguageTag);
        problem.Path.Should().Be("$.units[0].title['EN ']");
        problem.Line.Should().Be(66);
        problem.ByteInLine.Should().Be(16);
    }

    [Fact]
    public void Parse_ZeroWeightInANestedOutcome_PositionOfTheValue()
    {
        var problem = Single(ReplaceFirst(Electrician, "          \"weight\": 2,\n", "          \"weight\": 0,\n"));

        problem.Path.Should().Be("$.units[0].learningOutcomes[0].weight");
        problem.Line.Should().Be(92);
        problem.ByteInLine.Should().Be(21);
    }

    [Fact]
    public void Parse_DuplicateUnit_PositionOfTheSecondIdentifier()
    {
        var result = EcvetJson.ParseQualificationDocument(ReplaceFirst(Electrician, "\"id\": \"fi-sa-u2\"", "\"id\": \"fi-sa-u1\""));

        var problem = result.Problems.Should().ContainSingle(p => p.Code == JsonProblemCode.DuplicateId).Subject;
        problem.Path.Should().Be("$.units[1].id");
        problem.Line.Should().Be(143);
        problem.ByteInLine.Should().Be(13);
    }

    [Fact]
    public void Parse_StructuralAndValueProblems_BothPositioned()
    {
        var json = ReplaceFirst(
            ReplaceFirst(Electrician, "    \"eqfLevel\": 4,\n", "    \"eqfLevel\": 9,\n"),
            "          \"weight\": 2,\n",
            "          \"weight\": 2,\n          \"wieght\": 2,\n");

        var problems = EcvetJson.ParseQualificationDocument(json).Problems;

        problems.Should().Contain(p => p.Code == JsonProblemCode.UnknownProperty && p.Line == 93);
        problems.Should().ContainSingle(p => p.Code == JsonProblemCode.InvalidEqfLevel)
            .Which.Should().Match<JsonProblem>(p => p.Line == 15 && p.ByteInLine == 17);
    }

    [Fact]
    public void Parse_CompactInput_ByteInLineIsTheOffsetOnLineOne()
    {
        var json = JsonSamples.Minimal.Replace("\"eqfLevel\":4", "\"eqfLevel\":9", StringComparison.Ordinal);

        var problem = Single(json);

        problem.Line.Should().Be(1);
        problem.ByteInLine.Should().Be(Encoding.UTF8.GetByteCount(json[..json.IndexOf("\"eqfLevel\":9", StringComparison.Ordinal)]) + "\"eqfLevel\":".Length + 1);
    }

    private static JsonProblem Single(string json) =>
        EcvetJson.ParseQualificationDocument(json).Problems.Should().ContainSingle().Subject;

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, "the example holds {0}", find);
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }
}
