using Ecvet.Serialization;
using Ecvet.Serialization.Internal.Wire;

namespace Ecvet.Tests.Serialization;

/// <summary>Shared inputs for the JSON tests: a minimal valid document, the examples, and reading helpers.</summary>
internal static class JsonSamples
{
    public const string Outcome =
        """{"id":"lo1","type":"skill","statement":{"en":"Cook food."},"eqfLevel":null,"escoSkills":[],"relatedSkills":[],"weight":1,"critical":false,"assessmentCriteria":null,"groupKey":null}""";

    public const string Unit =
        """{"id":"u1","title":{"en":"Cooking"},"eqfLevel":null,"learningOutcomes":[""" + Outcome + """],"assessmentMethods":[],"assessmentProcedure":null,"validityPeriod":null,"occupations":[]}""";

    public const string Minimal =
        """{"schemaVersion":"1.0","validFrom":null,"qualification":{"id":"q1","title":{"en":"Cook"},"awardingBody":{"scheme":"schac","value":"omnia.fi"},"eqfLevel":4,"nqfLevel":null,"field":null,"totalCredit":{"scheme":"ecvet","value":180},"referenceFullTimeYears":null,"units":[{"unit":"u1","credit":{"scheme":"ecvet","value":30},"mandatory":true}]},"units":[""" + Unit + "]}";

    public static string ExamplesFolder { get; } = FindExamples();

    public static IEnumerable<string> ExampleFiles => Directory.GetFiles(ExamplesFolder, "*.json").Order(StringComparer.Ordinal);

    public static JsonReadResult<QualificationDocument> Read(string json, EcvetJsonReaderOptions? options = null) =>
        EcvetJson.ParseQualificationDocument(json, options);

    public static JsonReadResult<QualificationDocument> Read(byte[] utf8, EcvetJsonReaderOptions? options = null) =>
        EcvetJson.ParseQualificationDocument(utf8, options);

    public static byte[] Write(QualificationDocument document, bool indented = false) => EcvetJson.SerializeToUtf8Bytes(document, indented);

    public static byte[] WriteWire(QualificationDocumentWire document) =>
        EcvetJson.WriteCanonical(document, Ecvet.Serialization.Internal.EcvetJsonContext.Default.QualificationDocumentWire, indented: false);

    public static string WriteString(QualificationDocument document, bool indented = false) => EcvetJson.Serialize(document, indented);

    private static string FindExamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ecvet.Core.sln")))
            {
                return Path.Combine(dir.FullName, "examples");
            }
        }

        throw new DirectoryNotFoundException("examples/ not found above " + AppContext.BaseDirectory);
    }
}
