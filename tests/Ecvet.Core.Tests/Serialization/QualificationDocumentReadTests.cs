using System.Text;
using Ecvet.Serialization;

namespace Ecvet.Tests.Serialization;

public sealed class QualificationDocumentReadTests
{
    [Fact]
    public void Read_Minimal_Succeeds()
    {
        var result = JsonSamples.Read(JsonSamples.Minimal);
        result.Problems.Should().BeEmpty();
        result.IsSuccess.Should().BeTrue();
        result.Value.Units.Count.Should().Be(1);
    }

    [Fact]
    public void Read_Examples_SucceedAndWriteBackToTheSameBytes()
    {
        foreach (var file in JsonSamples.ExampleFiles)
        {
            var text = File.ReadAllText(file);
            var result = JsonSamples.Read(text);
            result.Problems.Should().BeEmpty(file);
            (JsonSamples.WriteString(result.Value, indented: true) + "\n").Should().Be(text, file);
        }
    }

    [Fact]
    public void Serialize_Minimal_IsTheCanonicalTextWithEveryMemberWritten()
    {
        // Golden: optional members are written as null and empty arrays as [], never dropped.
        EcvetJson.Serialize(JsonSamples.Read(JsonSamples.Minimal).Value).Should().Be(JsonSamples.Minimal);
    }

    [Fact]
    public void Serialize_NullArguments_ThrowArgumentNull()
    {
        var act = () => EcvetJson.Serialize((QualificationDocument)null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("document");
        var document = JsonSamples.Read(JsonSamples.Minimal).Value;
        var toStream = () => EcvetJson.Serialize((Stream)null!, document);
        toStream.Should().Throw<ArgumentNullException>().WithParameterName("utf8Json");
    }

    [Fact]
    public void Serialize_ToStream_SameBytes()
    {
        var document = JsonSamples.Read(JsonSamples.Minimal).Value;
        using var stream = new MemoryStream();
        EcvetJson.Serialize(stream, document);
        stream.ToArray().Should().Equal(EcvetJson.SerializeToUtf8Bytes(document));
    }

    [Fact]
    public void QualificationDocument_Create_UnitNotInCatalogue_ThrowsNamingUnitAndAllocation()
    {
        var example = JsonSamples.Read(File.ReadAllBytes(Path.Combine(JsonSamples.ExamplesFolder, "fi-cook.json"))).Value;
        var second = example.Qualification.Allocations[1].UnitId;
        var others = UnitCatalogue.Create(example.Units.Units.Where(u => u.Id != second));

        var act = () => QualificationDocument.Create(example.Qualification, others);

        act.Should().Throw<InvalidEntryException>().WithParameterName("qualification")
            .WithMessage($"*'{second}'*")
            .Which.Location.Should().Be(".units[1].unit");
        var nullQualification = () => QualificationDocument.Create(null!, example.Units);
        nullQualification.Should().Throw<ArgumentNullException>().WithParameterName("qualification");
    }

    [Fact]
    public void QualificationDocument_Equality_ByValue()
    {
        var a = JsonSamples.Read(JsonSamples.Minimal).Value;
        var b = JsonSamples.Read(JsonSamples.Minimal).Value;
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        QualificationDocument.Create(a.Qualification, a.Units, new NodaTime.LocalDate(2026, 1, 1)).Should().NotBe(a);
        a.ToString().Should().Contain("q1");
    }

    [Fact]
    public void Read_StringSpanAndStream_Agree()
    {
        var bytes = Encoding.UTF8.GetBytes(JsonSamples.Minimal);
        using var stream = new MemoryStream(bytes);
        var fromStream = EcvetJson.ParseQualificationDocument(stream);
        var fromSpan = JsonSamples.Read(bytes);
        var fromString = JsonSamples.Read(JsonSamples.Minimal);
        fromStream.Value.Should().Be(fromSpan.Value).And.Be(fromString.Value);
    }

    [Fact]
    public async Task ReadAsync_Stream_Succeeds()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(JsonSamples.Minimal));
        var result = await EcvetJson.ParseQualificationDocumentAsync(stream);
        result.IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Read_Stream_OverLimit_StopsReading()
    {
        using var stream = new MemoryStream(new byte[10_000]);
        var result = EcvetJson.ParseQualificationDocument(stream, new EcvetJsonReaderOptions { MaxInputBytes = 100 });
        result.Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCode.InputTooLarge);
        stream.Position.Should().BeLessThan(10_000);
    }

    [Fact]
    public void Read_Stream_LargestLimit_Reads()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(JsonSamples.Minimal));
        EcvetJson.ParseQualificationDocument(stream, new EcvetJsonReaderOptions { MaxInputBytes = int.MaxValue }).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Read_Stream_LargerThanFirstBuffer_Reads()
    {
        var text = File.ReadAllText(Path.Combine(JsonSamples.ExamplesFolder, "fi-cook.json")).Replace("\n", "\n" + new string(' ', 300), StringComparison.Ordinal);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        stream.Length.Should().BeGreaterThan(64 * 1024);
        EcvetJson.ParseQualificationDocument(stream).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Read_ManyProblems_ReportsEveryOneWithPaths()
    {
        var json = JsonSamples.Minimal
            .Replace("\"id\":\"q1\"", "\"id\":\"q1\",\"colour\":\"blue\"", StringComparison.Ordinal)
            .Replace("\"value\":30", "\"value\":30.125", StringComparison.Ordinal)
            .Replace("\"type\":\"skill\"", "\"type\":\"skil\"", StringComparison.Ordinal)
            .Replace("\"eqfLevel\":4", "\"eqfLevel\":9", StringComparison.Ordinal);
        var result = JsonSamples.Read(json);
        result.IsSuccess.Should().BeFalse();
        result.Problems.Select(p => (p.Code, p.Path)).Should().BeEquivalentTo(new[]
        {
            (JsonProblemCode.UnknownProperty, "$.qualification.colour"),
            (JsonProblemCode.InvalidEnumValue, "$.units[0].learningOutcomes[0].type"),
        });
    }

    [Fact]
    public void Read_StructuralAndDomainProblemsInDifferentParts_ReportsBoth()
    {
        var json = JsonSamples.Minimal
            .Replace("\"value\":30", "\"value\":30.125", StringComparison.Ordinal)
            .Replace("\"type\":\"skill\"", "\"type\":\"skil\"", StringComparison.Ordinal);
        var result = JsonSamples.Read(json);
        result.Problems.Select(p => (p.Code, p.Path)).Should().Equal(
            (JsonProblemCode.InvalidEnumValue, "$.units[0].learningOutcomes[0].type"),
            (JsonProblemCode.PointsTooPrecise, "$.qualification.units[0].credit.value"));
        result.Problems[0].Line.Should().Be(1);
        result.ToString().Should().Contain("EcvetJson0017").And.Contain("EcvetJson0031");
    }

    [Fact]
    public void Value_OnFailure_ThrowsInvalidOperation()
    {
        var result = JsonSamples.Read("{}");
        var act = () => result.Value;
        act.Should().Throw<InvalidOperationException>();
        result.ValueOrNull.Should().BeNull();
        result.TryGetValue(out _).Should().BeFalse();
    }

    [Fact]
    public void Read_NullArguments_ThrowArgumentNull()
    {
        var fromString = () => EcvetJson.ParseQualificationDocument((string)null!);
        fromString.Should().Throw<ArgumentNullException>().WithParameterName("json");
        var fromStream = () => EcvetJson.ParseQualificationDocument((Stream)null!);
        fromStream.Should().Throw<ArgumentNullException>().WithParameterName("utf8Json");
    }

    [Fact]
    public void Problems_HaveLineNumbers_InIndentedInput()
    {
        var text = File.ReadAllText(Path.Combine(JsonSamples.ExamplesFolder, "fi-cook.json"))
            .Replace("\"type\": \"knowledge\"", "\"type\": \"know\"", StringComparison.Ordinal);
        var result = JsonSamples.Read(text);
        result.Problems.Should().NotBeEmpty();
        result.Problems.Should().OnlyContain(p => p.Code == JsonProblemCode.InvalidEnumValue && p.Line > 1 && p.ByteInLine > 1);
    }
}
