using System.Text.Json;
using Ecvet.Agreements;
using Ecvet.Matching;

namespace Ecvet.Tests.PublicJson;

/// <summary>
/// Reading a public type on its own is as strict as reading a document: a wrong JSON kind or a value the domain refuses
/// throws <see cref="JsonException"/> naming the problem, and a rule of validity is reported in the domain's own words.
/// </summary>
public sealed class PublicTypeStrictReadingTests
{
    [Theory]
    [InlineData("30", "A UnitId is written as a JSON string, not a number.")]
    [InlineData("{}", "A UnitId is written as a JSON string, not an object.")]
    [InlineData("\"u1\"", "A CreditPoints is written as a JSON number, not a string.", typeof(CreditPoints))]
    [InlineData("3e1", "A CreditPoints is written as a plain number without an exponent that a decimal holds exactly.", typeof(CreditPoints))]
    [InlineData("4.5", "4.5 is not a whole number.", typeof(EqfLevel))]
    [InlineData("\"skil\"", "'skil' is not a LearningOutcomeType; expected one of knowledge, skill, competence.", typeof(LearningOutcomeType))]
    [InlineData("\"Skill\"", "'Skill' is not a LearningOutcomeType; expected one of knowledge, skill, competence.", typeof(LearningOutcomeType))]
    [InlineData("1", "A LearningOutcomeType is written as a JSON string, one of knowledge, skill, competence; not a number.", typeof(LearningOutcomeType))]
    [InlineData("\"Cook.\"", "A LocalizedText is written as an object, not a string.", typeof(LocalizedText))]
    [InlineData("[\"sharedTerms\",\"sharedTerms\"]", "The MatchEvidence flag 'sharedTerms' is listed twice.", typeof(MatchEvidence))]
    [InlineData("2", "A MatchEvidence is written as a JSON array of names (sharedTerms, sharedEscoSkill, sameType, differentType, sameLevel, differentLevel, differentLanguage, requirementNotMet, similarMeaning), not a number.", typeof(MatchEvidence))]
    [InlineData("\"u1\"", "A LearningOutcome is written as an object, not a string.", typeof(LearningOutcome))]
    [InlineData("{}", "A UnitCatalogue is written as an array, not an object.", typeof(UnitCatalogue))]
    public void Deserialize_TheWrongKindOrText_ThrowsNamingIt(string json, string message, Type? type = null)
    {
        var act = () => JsonSerializer.Deserialize(json, type ?? typeof(UnitId), PublicTypeRoundTripTests.Reflection);

        act.Should().Throw<JsonException>().Which.Message.Should().StartWith(message);
    }

    [Theory]
    [InlineData("u1 ", typeof(UnitId))]
    [InlineData("schac:", typeof(InstitutionId))]
    [InlineData("x1", typeof(IscedFCode))]
    [InlineData("12", typeof(ContentHash))]
    public void Deserialize_TextTheTypeRefuses_ReportsTheTypesOwnMessage(string text, Type type)
    {
        var parse = type.GetMethod("Parse", [typeof(string)])!;
        var domain = Record.Exception(() => parse.Invoke(null, [text]))!.InnerException!;

        var act = () => JsonSerializer.Deserialize(JsonSerializer.Serialize(text, PublicTypeRoundTripTests.Reflection), type, PublicTypeRoundTripTests.Reflection);

        var thrown = act.Should().Throw<JsonException>().Which;
        thrown.Message.Should().Be(domain.Message);
        thrown.InnerException.Should().BeOfType(domain.GetType());
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1.234")]
    [InlineData("1000000")]
    public void Deserialize_PointsTheDomainRefuses_ReportsCreditPointsOwnMessage(string json)
    {
        var domain = Record.Exception(() => CreditPoints.From(decimal.Parse(json, System.Globalization.CultureInfo.InvariantCulture)))!;

        var act = () => JsonSerializer.Deserialize<CreditPoints>(json, PublicTypeRoundTripTests.Reflection);

        act.Should().Throw<JsonException>().Which.Message.Should().Be(domain.Message[..domain.Message.IndexOf(" (Parameter", StringComparison.Ordinal)]);
    }

    [Fact]
    public void Deserialize_AnEqfLevelOutOfRange_ReportsTheDomainsMessage()
    {
        var domain = Record.Exception(() => EqfLevel.From(9))!;

        var act = () => JsonSerializer.Deserialize<EqfLevel>("9", PublicTypeRoundTripTests.Reflection);

        act.Should().Throw<JsonException>().Which.Message.Should().Be(domain.Message[..domain.Message.IndexOf(" (Parameter", StringComparison.Ordinal)]);
    }

    [Theory]
    [InlineData("{}", "$: EcvetJson")]
    [InlineData("""{"en":"Cook.","en":"Bake."}""", "$.en: EcvetJson0014 The key 'en' appears more than once.")]
    [InlineData("""{"e n":"Cook."}""", "$['e n']: EcvetJson")]
    public void Deserialize_ALanguageMapTheDocumentsRefuse_Throws(string json, string start)
    {
        var act = () => JsonSerializer.Deserialize<LocalizedText>(json, PublicTypeRoundTripTests.Reflection);

        act.Should().Throw<JsonException>().Which.Message.Should().Contain(start);
    }

    [Fact]
    public void Deserialize_AnOutcomeWithAnUnknownMember_Throws()
    {
        var json = """{"id":"lo1","type":"skill","statement":{"en":"Cook food."},"eqfLevel":null,"escoSkills":[],"relatedSkills":[],"weight":1,"critical":false,"assessmentCriteria":null,"groupKey":null,"colour":"red"}""";

        var act = () => JsonSerializer.Deserialize<LearningOutcome>(json, PublicTypeRoundTripTests.Reflection);

        act.Should().Throw<JsonException>().Which.Message.Should().StartWith("$.colour: EcvetJson0012 Unknown property 'colour'");
    }

    [Fact]
    public void Deserialize_AnOutcomeWithAMissingMemberInAUsersDto_NamesTheMember()
    {
        var json = """{"Value":{"id":"lo1","type":"skill"},"Items":[]}""";

        var act = () => JsonSerializer.Deserialize(json, PublicTypesJsonContext.Default.HolderLearningOutcome);

        var thrown = act.Should().Throw<JsonException>().Which;
        thrown.Message.Should().StartWith("$.statement: EcvetJson");
        thrown.Path.Should().Be("$.Value");
    }

    [Fact]
    public void Deserialize_AnOutcomeTheDomainRefuses_ReportsTheMemberAndTheDomainsMessage()
    {
        var json = """{"id":"lo1","type":"skill","statement":{"en":"Cook food."},"eqfLevel":null,"escoSkills":[],"relatedSkills":[],"weight":-1,"critical":false,"assessmentCriteria":null,"groupKey":null}""";

        var act = () => JsonSerializer.Deserialize<LearningOutcome>(json, PublicTypesJsonContext.Default.Options);

        act.Should().Throw<JsonException>().Which.Message.Should().StartWith("$.weight: EcvetJson");
    }

    [Fact]
    public void Deserialize_ADocumentWithTheWrongSchemaVersion_ThrowsNamingIt()
    {
        var json = JsonSerializer.Serialize(PublicTypeSamples.All[typeof(Ecvet.Serialization.QualificationDocument)].Value, PublicTypeRoundTripTests.Reflection)
            .Replace("\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"9.9\"", StringComparison.Ordinal);

        var act = () => JsonSerializer.Deserialize<Ecvet.Serialization.QualificationDocument>(json, PublicTypeRoundTripTests.Reflection);

        act.Should().Throw<JsonException>().Which.Message.Should().StartWith("$.schemaVersion: EcvetJson").And.Contain("9.9");
    }
}
