using Ecvet.Serialization;

namespace Ecvet.Tests.Serialization;

/// <summary>The README's JSON section, as code: it compiles and behaves as described.</summary>
public sealed class EcvetJsonReadmeTests
{
    [Fact]
    public void ReadmeExample_ReadsPrintsAndWrites()
    {
        var result = EcvetJson.ParseQualificationDocument(File.ReadAllBytes(Path.Combine(JsonSamples.ExamplesFolder, "fi-cook.json")));
        result.IsSuccess.Should().BeTrue(result.ToString());
        var document = result.Value;
        document.Qualification.Title.GetBestMatch(LanguageTag.Parse("fi")).Should().Be("Hotelli-, ravintola- ja catering-alan perustutkinto, kokki");
        document.Qualification.TotalPoints.Should().Be(CreditPoints.From(180));
        var json = EcvetJson.Serialize(document);
        EcvetJson.ParseQualificationDocument(json).Value.Should().Be(document);
        var pretty = EcvetJson.SerializeToUtf8Bytes(document, indented: true);
        pretty.Should().Equal(File.ReadAllBytes(Path.Combine(JsonSamples.ExamplesFolder, "fi-cook.json")).SkipLast(1));
    }

    [Fact]
    public void ReadmeExample_BadDocument_PrintsOneLinePerProblem()
    {
        var text = File.ReadAllText(Path.Combine(JsonSamples.ExamplesFolder, "fi-cook.json"))
            .Replace("\"type\": \"skill\"", "\"type\": \"skil\"", StringComparison.Ordinal);
        var result = EcvetJson.ParseQualificationDocument(text);
        result.IsSuccess.Should().BeFalse();
        result.Problems[0].ToString().Should().MatchRegex(@"^\$\.units\[0\]\.learningOutcomes\[0\]\.type: EcvetJson0017 'skil' is not a LearningOutcomeType; expected one of: knowledge, skill, competence\. \(line \d+, byte \d+\)$");
    }

    [Fact]
    public void TypeInfo_WorksWithJsonSerializer()
    {
        var document = EcvetJson.ParseQualificationDocument(File.ReadAllBytes(Path.Combine(JsonSamples.ExamplesFolder, "fi-electrician.json"))).Value;
        var json = System.Text.Json.JsonSerializer.Serialize(document, EcvetJson.QualificationDocument);
        System.Text.Json.JsonSerializer.Deserialize(json, EcvetJson.QualificationDocument).Should().Be(document);
        var bad = () => System.Text.Json.JsonSerializer.Deserialize(json.Replace("\"value\":180", "\"value\":-1", StringComparison.Ordinal), EcvetJson.QualificationDocument);
        bad.Should().Throw<System.Text.Json.JsonException>().WithMessage("*EcvetJson0030*");
    }
}
