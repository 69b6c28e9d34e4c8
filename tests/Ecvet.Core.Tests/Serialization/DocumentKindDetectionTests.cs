using System.Text;
using Ecvet.Serialization;
using Ecvet.Serialization.Internal;

namespace Ecvet.Tests.Serialization;

public sealed class DocumentKindDetectionTests
{
    private static string Example(string relative) => File.ReadAllText(Path.Combine(JsonSamples.ExamplesFolder, relative));

    [Theory]
    [InlineData("fi-cook.json", EcvetDocumentKind.QualificationDocument)]
    [InlineData("fi-electrician.json", EcvetDocumentKind.QualificationDocument)]
    [InlineData("mobility/learning-agreement.json", EcvetDocumentKind.LearningAgreement)]
    [InlineData("mobility/memorandum-of-understanding.json", EcvetDocumentKind.MemorandumOfUnderstanding)]
    [InlineData("mobility/personal-transcript.json", EcvetDocumentKind.PersonalTranscript)]
    [InlineData("recognition/rule-set.json", EcvetDocumentKind.RuleSet)]
    [InlineData("mobility/match-confirmations.json", EcvetDocumentKind.MatchConfirmationSet)]
    [InlineData("mobility/host-qualification.json", EcvetDocumentKind.QualificationDocument)]
    [InlineData("recognition/recognition-report.json", EcvetDocumentKind.RecognitionReport)]
    [InlineData("recognition/credit-ledger.json", EcvetDocumentKind.CreditLedger)]
    public void DetectDocumentKind_Example_TellsItsKind(string file, EcvetDocumentKind expected)
    {
        var json = Example(file);

        EcvetJson.DetectDocumentKind(json).Should().Be(expected);
        EcvetJson.DetectDocumentKind(Encoding.UTF8.GetBytes(json)).Should().Be(expected);
    }

    [Fact]
    public void DetectDocumentKind_MinimalQualificationDocument_IsAQualificationDocument() =>
        EcvetJson.DetectDocumentKind(JsonSamples.Minimal).Should().Be(EcvetDocumentKind.QualificationDocument);

    [Fact]
    public void DetectDocumentKind_EveryKind_HasPropertiesOfItsOwn()
    {
        var signatures = DocumentKindDetector.Signatures.ToList();

        signatures.Select(s => s.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<EcvetDocumentKind>(), "every kind can be told apart");
        signatures.Select(s => s.Name).Should().NotContain(["schemaVersion", "id", "hash", "signatures"], "names that several kinds share say nothing");
        signatures.Should().Contain((EcvetDocumentKind.LearningAgreement, "versions"));
    }

    [Fact]
    public void DetectDocumentKind_EverySignatureAlone_TellsItsKind()
    {
        foreach (var (kind, name) in DocumentKindDetector.Signatures)
        {
            var json = """{"schemaVersion":"1.0",""" + $"\"{name}\"" + """:{"deep":[1,2,{"units":[]}]}}""";

            EcvetJson.DetectDocumentKind(json).Should().Be(kind, name);
        }
    }

    [Theory]
    [InlineData("""{"schemaVersion":"1.0","id":"la-1","versions":[{"number":1,"content":{"learner":""", EcvetDocumentKind.LearningAgreement)]
    [InlineData("""{"schemaVersion":"1.0","qualification":{"id":"q1"},"units":[""", EcvetDocumentKind.QualificationDocument)]
    [InlineData("""{"signingOrganisations":[] "coveredOrganisations":[]}""", EcvetDocumentKind.MemorandumOfUnderstanding)]
    [InlineData("""{"agreement":"la-1","entries":[],"gradingSchemes":[],}""", EcvetDocumentKind.PersonalTranscript)]
    [InlineData("\uFEFF{\"versions\":[],\"proposals\":[]}", EcvetDocumentKind.LearningAgreement)]
    public void DetectDocumentKind_TruncatedOrMalformedAfterSomeProperties_JudgesByThoseRead(string json, EcvetDocumentKind expected) =>
        EcvetJson.DetectDocumentKind(json).Should().Be(expected);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("""["qualification"]""")]
    [InlineData("\"versions\"")]
    [InlineData("{}")]
    [InlineData("""{"schemaVersion":"1.0","id":"x","hash":"00","signatures":[]}""")]
    [InlineData("""{"name":"Aino","versionz":[]}""")]
    [InlineData("""{"qualification":{},"versions":[]}""")]
    [InlineData("""{"qualification":{},"units":[],"versions":[],"proposals":[]}""")]
    [InlineData("""{"Qualification":{},"UNITS":[]}""")]
    [InlineData("{\"qualifi")]
    [InlineData("not json")]
    public void DetectDocumentKind_NoObjectOrNoOwnPropertiesOrATie_IsNull(string json) =>
        EcvetJson.DetectDocumentKind(json).Should().BeNull();

    [Fact]
    public void DetectDocumentKind_MostOwnPropertiesWin()
    {
        EcvetJson.DetectDocumentKind("""{"qualification":{},"units":[],"versions":[]}""").Should().Be(EcvetDocumentKind.QualificationDocument);
        EcvetJson.DetectDocumentKind("""{"qualification":{},"versions":[],"proposals":[]}""").Should().Be(EcvetDocumentKind.LearningAgreement);
    }

    [Fact]
    public void DetectDocumentKind_NestedPropertiesOnly_DoNotCount() =>
        EcvetJson.DetectDocumentKind("""{"other":{"versions":[],"proposals":[]}}""").Should().BeNull();

    [Fact]
    public void DetectDocumentKind_InvalidUtf8InAName_JudgesByTheNamesBefore()
    {
        byte[] json = [.. """{"versions":[],"""u8, (byte)'"', 0xFF, 0xFE, (byte)'"', (byte)':', (byte)'1', (byte)'}'];

        EcvetJson.DetectDocumentKind(json).Should().Be(EcvetDocumentKind.LearningAgreement);
    }

    [Fact]
    public void DetectDocumentKind_NestingBeyondTheLimit_DoesNotThrow()
    {
        var json = """{"units":""" + new string('[', 1_000) + new string(']', 1_000) + "}";

        EcvetJson.DetectDocumentKind(json).Should().Be(EcvetDocumentKind.QualificationDocument, "the name came before the nesting");
    }

    [Fact]
    public void DetectDocumentKind_NullString_Throws() =>
        FluentActions.Invoking(() => EcvetJson.DetectDocumentKind((string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("json");
}
