using System.Text;
using Ecvet.Serialization;

namespace Ecvet.Tests.Serialization;

/// <summary>
/// The bad-input catalogue: each case is a small corruption of a valid document, and must give a specific code at a
/// specific path (never an exception, never a success).
/// </summary>
public sealed class BadInputCatalogueTests
{
    private const string M = JsonSamples.Minimal;

    private const string Occupation = "http://data.europa.eu/esco/occupation/1c5a2b2a-1f3b-4f4e-9a7b-3b0c5a1e2d3f";

    private const string Skill = "{\"uri\":\"http://data.europa.eu/esco/skill/f3934441-4bff-4076-9945-e6c51a01c467\",\"skillType\":\"skillCompetence\",\"reuseLevel\":null}";

    public static TheoryData<string, string, JsonProblemCode, string> Cases()
    {
        var data = new TheoryData<string, string, JsonProblemCode, string>();
        void Add(string name, string json, JsonProblemCode code, string path) => data.Add(name, json, code, path);
        string R(string from, string to) => M.Contains(from, StringComparison.Ordinal) ? M.Replace(from, to, StringComparison.Ordinal) : throw new ArgumentException(from);

        // Malformed JSON and truncation.
        Add("empty", "", JsonProblemCode.EmptyInput, "$");
        Add("white space only", " \r\n\t ", JsonProblemCode.EmptyInput, "$");
        Add("truncated in the middle", M[..(M.Length / 2)], JsonProblemCode.InvalidJson, "$");
        Add("truncated last brace", M[..^1], JsonProblemCode.InvalidJson, "$");
        Add("trailing garbage", M + "x", JsonProblemCode.InvalidJson, "$");
        Add("two documents", M + M, JsonProblemCode.InvalidJson, "$");
        Add("trailing comma", R("\"groupKey\":null}", "\"groupKey\":null,}"), JsonProblemCode.InvalidJson, "$");
        Add("comment", "/* c */" + M, JsonProblemCode.InvalidJson, "$");
        Add("single quotes", R("\"q1\"", "'q1'"), JsonProblemCode.InvalidJson, "$");
        Add("NaN literal", R("\"value\":30", "\"value\":NaN"), JsonProblemCode.InvalidJson, "$");
        Add("unquoted name", R("\"schemaVersion\"", "schemaVersion"), JsonProblemCode.InvalidJson, "$");
        Add("BOM", "\uFEFF" + M, JsonProblemCode.ByteOrderMark, "$");

        // Root.
        Add("null root", "null", JsonProblemCode.NullDocument, "$");
        Add("array root", "[]", JsonProblemCode.WrongType, "$");
        Add("string root", "\"x\"", JsonProblemCode.WrongType, "$");
        Add("empty object", "{}", JsonProblemCode.MissingProperty, "$.schemaVersion");

        // Wrong token types.
        Add("string for number", R("\"value\":30", "\"value\":\"30\""), JsonProblemCode.WrongType, "$.qualification.units[0].credit.value");
        Add("true for number", R("\"value\":30", "\"value\":true"), JsonProblemCode.WrongType, "$.qualification.units[0].credit.value");
        Add("array for string", R("\"id\":\"q1\"", "\"id\":[]"), JsonProblemCode.WrongType, "$.qualification.id");
        Add("object for string", R("\"id\":\"q1\"", "\"id\":{}"), JsonProblemCode.WrongType, "$.qualification.id");
        Add("number for boolean", R("\"mandatory\":true", "\"mandatory\":1"), JsonProblemCode.WrongType, "$.qualification.units[0].mandatory");
        Add("string for boolean", R("\"critical\":false", "\"critical\":\"false\""), JsonProblemCode.WrongType, "$.units[0].learningOutcomes[0].critical");
        Add("object for array", R("\"escoSkills\":[]", "\"escoSkills\":{}"), JsonProblemCode.WrongType, "$.units[0].learningOutcomes[0].escoSkills");
        Add("array for map", R("\"title\":{\"en\":\"Cook\"}", "\"title\":[\"Cook\"]"), JsonProblemCode.WrongType, "$.qualification.title");
        Add("string for map", R("\"title\":{\"en\":\"Cook\"}", "\"title\":\"Cook\""), JsonProblemCode.WrongType, "$.qualification.title");

        // Properties.
        Add("unknown property", R("\"id\":\"q1\"", "\"id\":\"q1\",\"credtis\":5"), JsonProblemCode.UnknownProperty, "$.qualification.credtis");
        Add("unknown root property", R("{\"schemaVersion\"", "{\"$schema\":\"x\",\"schemaVersion\""), JsonProblemCode.UnknownProperty, "$['$schema']");
        Add("duplicate property", R("\"id\":\"q1\"", "\"id\":\"q1\",\"id\":\"q2\""), JsonProblemCode.DuplicateProperty, "$.qualification.id");
        Add("duplicate points", R("\"value\":30", "\"value\":30,\"value\":300"), JsonProblemCode.DuplicateProperty, "$.qualification.units[0].credit.value");
        Add("case-variant property", R("\"id\":\"q1\"", "\"Id\":\"q1\""), JsonProblemCode.PropertyNameCase, "$.qualification.Id");
        Add("case-variant duplicate", R("\"id\":\"q1\"", "\"id\":\"q1\",\"ID\":\"q2\""), JsonProblemCode.PropertyNameCase, "$.qualification.ID");
        Add("duplicate language", R("{\"en\":\"Cook\"}", "{\"en\":\"Cook\",\"en\":\"Chef\"}"), JsonProblemCode.DuplicateProperty, "$.qualification.title.en");
        Add("missing required member", R("\"mandatory\":true", "\"mandatory\":true,\"x\":1").Replace(",\"mandatory\":true,\"x\":1", string.Empty, StringComparison.Ordinal), JsonProblemCode.MissingProperty, "$.qualification.units[0].mandatory");
        Add("missing units", R(",\"units\":[{\"id\"", ",\"unitz\":[{\"id\""), JsonProblemCode.UnknownProperty, "$.unitz");

        // Nulls.
        Add("null required string", R("\"id\":\"q1\"", "\"id\":null"), JsonProblemCode.NullNotAllowed, "$.qualification.id");
        Add("null required object", R("\"totalCredit\":{\"scheme\":\"ecvet\",\"value\":180}", "\"totalCredit\":null"), JsonProblemCode.NullNotAllowed, "$.qualification.totalCredit");
        Add("null inside array", R("\"escoSkills\":[]", "\"escoSkills\":[null]"), JsonProblemCode.NullNotAllowed, "$.units[0].learningOutcomes[0].escoSkills[0]");
        Add("null unit", R("\"units\":[{\"id\"", "\"units\":[null,{\"id\""), JsonProblemCode.NullNotAllowed, "$.units[0]");
        Add("null text in map", R("{\"en\":\"Cook\"}", "{\"en\":null}"), JsonProblemCode.NullNotAllowed, "$.qualification.title.en");
        Add("null boolean", R("\"critical\":false", "\"critical\":null"), JsonProblemCode.NullNotAllowed, "$.units[0].learningOutcomes[0].critical");

        // Enumerations.
        Add("undefined enum name", R("\"type\":\"skill\"", "\"type\":\"skil\""), JsonProblemCode.InvalidEnumValue, "$.units[0].learningOutcomes[0].type");
        Add("enum case variant", R("\"type\":\"skill\"", "\"type\":\"Skill\""), JsonProblemCode.InvalidEnumValue, "$.units[0].learningOutcomes[0].type");
        Add("enum as integer", R("\"type\":\"skill\"", "\"type\":2"), JsonProblemCode.WrongType, "$.units[0].learningOutcomes[0].type");
        Add("enum as quoted integer", R("\"type\":\"skill\"", "\"type\":\"2\""), JsonProblemCode.InvalidEnumValue, "$.units[0].learningOutcomes[0].type");
        Add("enum undefined integer", R("\"type\":\"skill\"", "\"type\":999"), JsonProblemCode.WrongType, "$.units[0].learningOutcomes[0].type");
        Add("enum flags list", R("\"type\":\"skill\"", "\"type\":\"knowledge, skill\""), JsonProblemCode.InvalidEnumValue, "$.units[0].learningOutcomes[0].type");

        // Numbers and points.
        Add("negative points", R("\"value\":30", "\"value\":-5"), JsonProblemCode.NegativePoints, "$.qualification.units[0].credit.value");
        Add("too precise points", R("\"value\":30", "\"value\":30.125"), JsonProblemCode.PointsTooPrecise, "$.qualification.units[0].credit.value");
        Add("huge points", R("\"value\":30", "\"value\":1000000"), JsonProblemCode.PointsTooLarge, "$.qualification.units[0].credit.value");
        Add("points beyond decimal", R("\"value\":30", "\"value\":" + new string('9', 40)), JsonProblemCode.InvalidNumber, "$.qualification.units[0].credit.value");
        Add("exponent points", R("\"value\":30", "\"value\":3e1"), JsonProblemCode.InvalidNumber, "$.qualification.units[0].credit.value");
        Add("exponent past range", R("\"value\":30", "\"value\":1e400"), JsonProblemCode.InvalidNumber, "$.qualification.units[0].credit.value");
        Add("tiny exponent", R("\"value\":30", "\"value\":0.1e-400"), JsonProblemCode.InvalidNumber, "$.qualification.units[0].credit.value");
        Add("too many digits", R("\"value\":30", "\"value\":0.12345678901234567890123456789012345"), JsonProblemCode.InvalidNumber, "$.qualification.units[0].credit.value");
        Add("total beyond decimal precision", R("\"value\":180", "\"value\":180.000000000000000000000000001"), JsonProblemCode.InvalidNumber, "$.qualification.totalCredit.value");
        Add("points a decimal rounds to zero", R("\"value\":30", "\"value\":0.00000000000000000000000000001"), JsonProblemCode.InvalidNumber, "$.qualification.units[0].credit.value");
        Add("points past the decimal range", R("\"value\":30", "\"value\":79228162514264337593543950336"), JsonProblemCode.InvalidNumber, "$.qualification.units[0].credit.value");
        Add("weight beyond decimal precision", R("\"weight\":1", "\"weight\":1.00000000000000000000000000001"), JsonProblemCode.InvalidNumber, "$.units[0].learningOutcomes[0].weight");
        Add("full-time years beyond decimal precision", R("\"referenceFullTimeYears\":null", "\"referenceFullTimeYears\":3.00000000000000000000000000001"), JsonProblemCode.InvalidNumber, "$.qualification.referenceFullTimeYears");
        Add("wrong credit scheme", R("\"scheme\":\"ecvet\",\"value\":30", "\"scheme\":\"ects\",\"value\":30"), JsonProblemCode.InvalidCreditScheme, "$.qualification.units[0].credit.scheme");
        Add("zero weight", R("\"weight\":1", "\"weight\":0"), JsonProblemCode.InvalidValue, "$.units[0].learningOutcomes[0].weight");
        Add("points over total", R("\"value\":180", "\"value\":20"), JsonProblemCode.InvalidValue, "$.qualification.totalCredit");

        // EQF levels.
        Add("EQF level 0", R("\"eqfLevel\":4", "\"eqfLevel\":0"), JsonProblemCode.InvalidEqfLevel, "$.qualification.eqfLevel");
        Add("EQF level 9", R("\"eqfLevel\":4", "\"eqfLevel\":9"), JsonProblemCode.InvalidEqfLevel, "$.qualification.eqfLevel");
        Add("EQF level fraction", R("\"eqfLevel\":4", "\"eqfLevel\":4.5"), JsonProblemCode.InvalidNumber, "$.qualification.eqfLevel");
        Add("EQF level as string", R("\"eqfLevel\":4", "\"eqfLevel\":\"4\""), JsonProblemCode.WrongType, "$.qualification.eqfLevel");

        // Strings and identifiers.
        Add("empty identifier", R("\"id\":\"q1\"", "\"id\":\"\""), JsonProblemCode.InvalidIdentifier, "$.qualification.id");
        Add("padded identifier", R("\"id\":\"q1\"", "\"id\":\" q1\""), JsonProblemCode.InvalidIdentifier, "$.qualification.id");
        Add("oversized identifier", R("\"id\":\"q1\"", "\"id\":\"" + new string('q', 300) + "\""), JsonProblemCode.StringTooLong, "$.qualification.id");
        Add("empty text", R("{\"en\":\"Cook\"}", "{\"en\":\"\"}"), JsonProblemCode.InvalidString, "$.qualification.title.en");
        Add("oversized text", R("{\"en\":\"Cook\"}", "{\"en\":\"" + new string('a', 10_001) + "\"}"), JsonProblemCode.StringTooLong, "$.qualification.title.en");
        Add("control character", R("{\"en\":\"Cook\"}", "{\"en\":\"Co\\u0007ok\"}"), JsonProblemCode.InvalidString, "$.qualification.title.en");
        Add("no language", R("{\"en\":\"Cook\"}", "{}"), JsonProblemCode.EmptyCollection, "$.qualification.title");
        Add("bad language tag", R("{\"en\":\"Cook\"}", "{\"en_GB\":\"Cook\"}"), JsonProblemCode.InvalidLanguageTag, "$.qualification.title.en_GB");
        Add("lone surrogate", R("{\"en\":\"Cook\"}", "{\"en\":\"Co\\uD800ok\"}"), JsonProblemCode.InvalidText, "$.qualification.title.en");
        Add("lone surrogate name", R("\"id\":\"q1\"", "\"id\":\"q1\",\"\\uDC00\":1"), JsonProblemCode.InvalidText, "$.qualification");
        Add("bad ESCO URI", R("\"escoSkills\":[]", "\"escoSkills\":[{\"uri\":\"http://example.com/x\"}]"), JsonProblemCode.InvalidIdentifier, "$.units[0].learningOutcomes[0].escoSkills[0].uri");
        Add("ESCO skill as string", R("\"escoSkills\":[]", "\"escoSkills\":[\"http://example.com/x\"]"), JsonProblemCode.WrongType, "$.units[0].learningOutcomes[0].escoSkills[0]");

        // Collections and references.
        Add("no units", R("\"units\":[" + JsonSamples.Unit + "]", "\"units\":[]"), JsonProblemCode.EmptyCollection, "$.units");
        Add("no outcomes", R("\"learningOutcomes\":[" + JsonSamples.Outcome + "]", "\"learningOutcomes\":[]"), JsonProblemCode.EmptyCollection, "$.units[0].learningOutcomes");
        Add("unknown unit reference", R("\"unit\":\"u1\"", "\"unit\":\"u9\""), JsonProblemCode.UnknownReference, "$.qualification.units[0].unit");
        Add("duplicate unit id", R(JsonSamples.Unit, JsonSamples.Unit + "," + JsonSamples.Unit), JsonProblemCode.DuplicateId, "$.units[1].id");
        Add("duplicate outcome id", R(JsonSamples.Outcome, JsonSamples.Outcome + "," + JsonSamples.Outcome), JsonProblemCode.DuplicateId, "$.units[0].learningOutcomes[1].id");
        Add("duplicate allocation", R("{\"unit\":\"u1\",\"credit\":{\"scheme\":\"ecvet\",\"value\":30},\"mandatory\":true}", "{\"unit\":\"u1\",\"credit\":{\"scheme\":\"ecvet\",\"value\":30},\"mandatory\":true},{\"unit\":\"u1\",\"credit\":{\"scheme\":\"ecvet\",\"value\":1},\"mandatory\":true}"), JsonProblemCode.DuplicateId, "$.qualification.units[1].unit");
        Add("duplicate ESCO skill", R("\"escoSkills\":[]", "\"escoSkills\":[" + Skill + "," + Skill + "]"), JsonProblemCode.DuplicateId, "$.units[0].learningOutcomes[0].escoSkills[1].uri");
        Add("zero points", R("\"value\":30", "\"value\":0"), JsonProblemCode.InvalidValue, "$.qualification.units[0].credit");
        Add("zero total", R("\"value\":180", "\"value\":0"), JsonProblemCode.InvalidValue, "$.qualification.totalCredit");
        Add("duplicate related skill", R("\"relatedSkills\":[]", "\"relatedSkills\":[\"http://example.com/s\",\"http://example.com/t\",\"http://example.com/s\"]"), JsonProblemCode.DuplicateId, "$.units[0].learningOutcomes[0].relatedSkills[2]");
        Add("duplicate occupation", R("\"occupations\":[]", "\"occupations\":[\"" + Occupation + "\",\"" + Occupation + "\"]"), JsonProblemCode.DuplicateId, "$.units[0].occupations[1]");
        Add("duplicate assessment method", R("\"assessmentMethods\":[]", "\"assessmentMethods\":[\"oral\",\"oral\"]"), JsonProblemCode.DuplicateId, "$.units[0].assessmentMethods[1]");

        // Dates and periods.
        Add("date 2026-02-30", R("\"validFrom\":null", "\"validFrom\":\"2026-02-30\""), JsonProblemCode.InvalidDate, "$.validFrom");
        Add("date month 13", R("\"validFrom\":null", "\"validFrom\":\"2026-13-01\""), JsonProblemCode.InvalidDate, "$.validFrom");
        Add("date without padding", R("\"validFrom\":null", "\"validFrom\":\"2026-1-5\""), JsonProblemCode.InvalidDate, "$.validFrom");
        Add("date with time", R("\"validFrom\":null", "\"validFrom\":\"2026-01-05T10:00:00Z\""), JsonProblemCode.InvalidDate, "$.validFrom");
        Add("date in the year 0", R("\"validFrom\":null", "\"validFrom\":\"0000-01-05\""), JsonProblemCode.InvalidDate, "$.validFrom");
        Add("date before the year 0", R("\"validFrom\":null", "\"validFrom\":\"-0001-01-05\""), JsonProblemCode.InvalidDate, "$.validFrom");
        Add("date as number", R("\"validFrom\":null", "\"validFrom\":20260105"), JsonProblemCode.WrongType, "$.validFrom");
        Add("period not ISO", R("\"validityPeriod\":null", "\"validityPeriod\":\"5 years\""), JsonProblemCode.InvalidValue, "$.units[0].validityPeriod");
        Add("period with hours", R("\"validityPeriod\":null", "\"validityPeriod\":\"PT5H\""), JsonProblemCode.InvalidValue, "$.units[0]");

        // Other enumerations and identifiers.
        Add("unknown assessment method", R("\"assessmentMethods\":[]", "\"assessmentMethods\":[\"telepathy\"]"), JsonProblemCode.InvalidEnumValue, "$.units[0].assessmentMethods[0]");
        Add("unknown identifier scheme", R("\"scheme\":\"schac\"", "\"scheme\":\"dns\""), JsonProblemCode.InvalidEnumValue, "$.qualification.awardingBody.scheme");
        Add("invalid SCHAC code", R("\"value\":\"omnia.fi\"", "\"value\":\"Omnia FI\""), JsonProblemCode.InvalidValue, "$.qualification.awardingBody.value");
        Add("bad occupation URI", R("\"occupations\":[]", "\"occupations\":[\"http://data.europa.eu/esco/skill/x\"]"), JsonProblemCode.InvalidIdentifier, "$.units[0].occupations[0]");
        Add("relative related skill", R("\"relatedSkills\":[]", "\"relatedSkills\":[\"skills/1\"]"), JsonProblemCode.InvalidIdentifier, "$.units[0].learningOutcomes[0].relatedSkills[0]");
        Add("bad ISCED-F field", R("\"field\":null", "\"field\":\"7\""), JsonProblemCode.InvalidIdentifier, "$.qualification.field");
        Add("NQF level EQF 9", R("\"nqfLevel\":null", "\"nqfLevel\":{\"framework\":\"FI\",\"level\":\"4\",\"referencedEqfLevel\":9}"), JsonProblemCode.InvalidEqfLevel, "$.qualification.nqfLevel.referencedEqfLevel");
        Add("NQF level blank", R("\"nqfLevel\":null", "\"nqfLevel\":{\"framework\":\"FI\",\"level\":\" \"}"), JsonProblemCode.InvalidValue, "$.qualification.nqfLevel");
        Add("padded group key", R("\"groupKey\":null", "\"groupKey\":\" g \""), JsonProblemCode.InvalidIdentifier, "$.units[0].learningOutcomes[0].groupKey");
        Add("oversized group key", R("\"groupKey\":null", "\"groupKey\":\"" + new string('g', 300) + "\""), JsonProblemCode.StringTooLong, "$.units[0].learningOutcomes[0].groupKey");

        // Versions, depth, size.
        Add("unknown schema version", R("\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"2.0\""), JsonProblemCode.UnsupportedSchemaVersion, "$.schemaVersion");
        Add("depth bomb at root", new string('[', 100_000), JsonProblemCode.DepthExceeded, "$");
        Add("depth bomb in unknown property", R("\"id\":\"q1\"", "\"id\":\"q1\",\"deep\":" + new string('[', 40) + new string(']', 40)), JsonProblemCode.DepthExceeded, "$.qualification.deep");
        Add("oversized input", "{\"schemaVersion\":\"" + new string('x', EcvetJsonReaderOptions.DefaultMaxInputBytes) + "\"}", JsonProblemCode.InputTooLarge, "$");
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_BadInput_ReportsCodeAndPath(string name, string json, JsonProblemCode code, string path)
    {
        var result = JsonSamples.Read(json);
        result.IsSuccess.Should().BeFalse(name);
        result.Problems.Should().Contain(p => p.Code == code && p.Path == path, $"{name}: got {Environment.NewLine}{result}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_BadInputAsBytes_SameProblems(string name, string json, JsonProblemCode code, string path)
    {
        _ = code;
        _ = path;
        var fromBytes = JsonSamples.Read(Encoding.UTF8.GetBytes(json));
        var fromString = JsonSamples.Read(json);
        fromBytes.Problems.Should().Equal(fromString.Problems, name);
    }

    [Fact]
    public void Catalogue_HasAtLeastFiftyCases() => Cases().Count.Should().BeGreaterThanOrEqualTo(50);

    [Fact]
    public void Read_InvalidUtf8Bytes_ReportsInvalidText()
    {
        var bytes = Encoding.UTF8.GetBytes(JsonSamples.Minimal.Replace("Cook", "C\u00e9ok", StringComparison.Ordinal));
        var index = Array.IndexOf(bytes, (byte)0xC3);
        bytes[index] = 0xFF;
        var result = JsonSamples.Read(bytes);
        result.Problems.Should().Contain(p => p.Code == JsonProblemCode.InvalidText || p.Code == JsonProblemCode.InvalidJson);
    }

    [Fact]
    public void Read_LoneSurrogateInString_ReportsInvalidText()
    {
        var result = JsonSamples.Read(JsonSamples.Minimal.Replace("Cook", "Co\uD800ok", StringComparison.Ordinal));
        result.Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCode.InvalidText);
    }

    [Fact]
    public void Read_ManyUnknownProperties_StopsAtTheProblemLimit()
    {
        var many = string.Concat(Enumerable.Range(0, 100_000).Select(i => $"\"p{i}\":0,"));
        var result = JsonSamples.Read("{" + many + "\"schemaVersion\":\"1.0\"}");
        result.Problems.Should().HaveCount(EcvetJsonReaderOptions.Default.MaxProblems);
    }
}
