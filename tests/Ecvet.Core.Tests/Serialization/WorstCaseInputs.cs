using System.Globalization;
using System.Text;
using Ecvet.Agreements;
using Ecvet.Serialization;
using NodaTime;

namespace Ecvet.Tests.Serialization;

/// <summary>
/// Hostile inputs of a chosen size, built to find anything in reading that is not linear in the input: a property
/// repeated over and over, unknown properties, long arrays under every duplicate check, deep nesting up to the limit,
/// long strings, texts with very many languages, documents that hold a problem every few bytes, and a valid learning
/// agreement with very many versions (each an approved change, replayed through the transitions). Shared by the
/// linear-time tests and <c>JsonWorstCaseBenchmarks</c> (linked into the benchmark project).
/// </summary>
internal static class WorstCaseInputs
{
    /// <summary>The names of the cases, for theories and benchmark parameters.</summary>
    public static readonly string[] Names =
    [
        "repeated-property", "unknown-properties", "related-skills-duplicates", "related-skills-distinct", "esco-skills-duplicates",
        "occupations-duplicates", "assessment-methods-duplicates", "deep-nesting", "long-string", "many-languages",
        "many-bad-units", "agreement-repeated-property", "mou-unknown-properties", "transcript-repeated-property",
        "agreement-many-versions",
    ];

    private const string Outcome =
        """{"id":"lo1","type":"skill","statement":{"en":"Cook food."},"eqfLevel":null,"escoSkills":[],"relatedSkills":[],"weight":1,"critical":false,"assessmentCriteria":null,"groupKey":null}""";

    private const string Qualification =
        "\"qualification\":" + """{"id":"q1","title":{"en":"Cook"},"awardingBody":{"scheme":"schac","value":"omnia.fi"},"eqfLevel":4,"nqfLevel":null,"field":null,"totalCredit":{"scheme":"ecvet","value":180},"referenceFullTimeYears":null,"units":[{"unit":"u1","credit":{"scheme":"ecvet","value":30},"mandatory":true}]}""";

    /// <summary>Reads the input with the reader of its document type (the limit raised to the problem cap's maximum for the many-problem case).</summary>
    public static bool Read(string name, byte[] utf8)
    {
        var options = name == "many-bad-units" ? new EcvetJsonReaderOptions { MaxProblems = 10_000 } : null;
        return name switch
        {
            "agreement-repeated-property" or "agreement-many-versions" => EcvetJson.ParseLearningAgreement(utf8, options).IsSuccess,
            "mou-unknown-properties" => EcvetJson.ParseMemorandumOfUnderstanding(utf8, options).IsSuccess,
            "transcript-repeated-property" => EcvetJson.ParsePersonalTranscript(utf8, options).IsSuccess,
            _ => EcvetJson.ParseQualificationDocument(utf8, options).IsSuccess,
        };
    }

    /// <summary>The input of one case, about <paramref name="bytes"/> long (never over it by more than one repeat).</summary>
    public static byte[] Create(string name, int bytes)
    {
        var text = name switch
        {
            "repeated-property" => Repeat("{", i => "\"schemaVersion\":\"1.0\"", ",", "}", bytes),
            "unknown-properties" => Repeat("{", i => "\"p" + I(i) + "\":1", ",", "}", bytes),
            "related-skills-duplicates" => InOutcome("\"relatedSkills\":[]", Repeat("\"relatedSkills\":[", i => "\"https://example.org/skills/" + I(i % 2) + "\"", ",", "]", bytes)),
            "related-skills-distinct" => InOutcome("\"relatedSkills\":[]", Repeat("\"relatedSkills\":[", i => "\"https://example.org/skills/" + I(i) + "\"", ",", "]", bytes)),
            "esco-skills-duplicates" => InOutcome("\"escoSkills\":[]", Repeat("\"escoSkills\":[", i => "{\"uri\":\"http://data.europa.eu/esco/skill/f3934441-4bff-4076-9945-e6c51a01c467\",\"skillType\":null,\"reuseLevel\":null}", ",", "]", bytes)),
            "occupations-duplicates" => InUnit("\"occupations\":[]", Repeat("\"occupations\":[", i => "\"http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e\"", ",", "]", bytes)),
            "assessment-methods-duplicates" => InUnit("\"assessmentMethods\":[]", Repeat("\"assessmentMethods\":[", i => "\"written\"", ",", "]", bytes)),
            "deep-nesting" => Repeat("{\"x\":[", i => new string('[', EcvetJson.MaxDepth - 3) + new string(']', EcvetJson.MaxDepth - 3), ",", "]}", bytes),
            "long-string" => InOutcome("\"statement\":{\"en\":\"Cook food.\"}", "\"statement\":{\"en\":\"" + new string('a', bytes) + "\"}"),
            "many-languages" => InOutcome("\"statement\":{\"en\":\"Cook food.\"}", Repeat("\"statement\":{", i => "\"en-x-" + Tag(i) + "\":\"Cook.\"", ",", "}", bytes)),
            "many-bad-units" => Repeat("{\"schemaVersion\":\"1.0\",\"validFrom\":null," + Qualification + ",\"units\":[", i => "{\"id\":\"\",\"title\":{},\"eqfLevel\":9,\"learningOutcomes\":[],\"assessmentMethods\":[],\"assessmentProcedure\":null,\"validityPeriod\":null,\"occupations\":[]}", ",", "]}", bytes),
            "agreement-repeated-property" => Repeat("{", i => "\"schemaVersion\":\"1.0\"", ",", "}", bytes),
            "mou-unknown-properties" => Repeat("{", i => "\"p" + I(i) + "\":1", ",", "}", bytes),
            "transcript-repeated-property" => Repeat("{", i => "\"schemaVersion\":\"1.0\"", ",", "}", bytes),
            "agreement-many-versions" => ManyVersions(bytes),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a worst case."),
        };
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>
    /// A valid agreement signed by learner, home and host, then changed by approved proposals (each signed by all three)
    /// until it is about <paramref name="bytes"/> long: every version after the first comes from a proposal. The content
    /// is as short as the types allow, so that the input holds as many versions as it can (about 2,800 at 4 MB).
    /// </summary>
    private static string ManyVersions(int bytes)
    {
        // The size of one more version, measured on a short history; the count is then computed, never searched for.
        var two = EcvetJson.SerializeToUtf8Bytes(Agreement(2)).Length;
        var three = EcvetJson.SerializeToUtf8Bytes(Agreement(3)).Length;
        var versions = 3 + ((bytes - three) / (three - two));
        return EcvetJson.Serialize(Agreement(versions));
    }

    private static LearningAgreement Agreement(int versions)
    {
        var learner = Learner.Create(null, PersonName.Create(null, "V"), new LocalDate(2005, 5, 14));
        var period = MobilityPeriod.Create(new LocalDate(2026, 3, 2), new LocalDate(2026, 5, 29));
        var qualification = QualificationReference.Create(QualificationId.Parse("q"), LocalizedText.English("C"), EqfLevel.Level4);
        var arrangement = AssessmentArrangement.Create([AssessmentMethod.PracticalDemonstration]);
        LearningAgreementContent Content(int version) => LearningAgreementContent.Create(learner, InstitutionId.Parse("schac:a.fi"),
            InstitutionId.Parse("schac:b.es"), MouId.Parse("m"), period, qualification,
            [ExpectedLearning.Create(UnitId.Parse("u"), null, CreditPoints.From(10), CreditPoints.From(15), arrangement,
                LocalizedText.English(I(version)))]);

        var at = Instant.FromUtc(2026, 1, 5, 9, 0);
        LearningAgreement SignAll(LearningAgreement agreement, ContentHash hash)
        {
            foreach (var role in (SignatoryRole[])[SignatoryRole.Learner, SignatoryRole.Home, SignatoryRole.Host])
            {
                at += Duration.FromMinutes(1);
                agreement = agreement.Sign(Signature.Create(role, "S", hash, at));
            }

            return agreement;
        }

        var first = Content(1);
        var result = SignAll(LearningAgreement.Create(LearningAgreementId.Parse("la"), first), first.Hash);
        for (var version = 2; version <= versions; version++)
        {
            var content = Content(version);
            at += Duration.FromMinutes(1);
            result = SignAll(result.ProposeChange(content, [], SignatoryRole.Home, at), content.Hash);
            result = result.ApproveChange(content.Hash);
        }

        return result;
    }

    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);

    /// <summary>A private-use language subtag (1 to 8 letters) from a number: distinct numbers give distinct tags.</summary>
    private static string Tag(int i)
    {
        var text = new StringBuilder();
        do
        {
            text.Append((char)('a' + (i % 26)));
            i /= 26;
        }
        while (i > 0);
        return text.ToString();
    }

    private static string Repeat(string prefix, Func<int, string> item, string separator, string suffix, int bytes)
    {
        var text = new StringBuilder(bytes + 256).Append(prefix);
        for (var i = 0; text.Length + suffix.Length < bytes; i++)
        {
            if (i > 0)
            {
                text.Append(separator);
            }

            text.Append(item(i));
        }

        return text.Append(suffix).ToString();
    }

    private static string InOutcome(string member, string replacement) =>
        InUnit("\"learningOutcomes\":[" + Outcome + "]", "\"learningOutcomes\":[" + Outcome.Replace(member, replacement, StringComparison.Ordinal) + "]");

    private static string InUnit(string member, string replacement)
    {
        var unit = """{"id":"u1","title":{"en":"Cooking"},"eqfLevel":null,"learningOutcomes":[""" + Outcome + """],"assessmentMethods":[],"assessmentProcedure":null,"validityPeriod":null,"occupations":[]}""";
        return "{\"schemaVersion\":\"1.0\",\"validFrom\":null," + Qualification + ",\"units\":[" + unit.Replace(member, replacement, StringComparison.Ordinal) + "]}";
    }
}
