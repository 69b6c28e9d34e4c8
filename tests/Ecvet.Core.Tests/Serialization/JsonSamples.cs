using System.Text;
using Ecvet.Serialization;
using Ecvet.Serialization.Internal.Wire;

namespace Ecvet.Tests.Serialization;

/// <summary>Shared inputs for the JSON tests: a minimal valid document, the examples, and reading helpers.</summary>
internal static class JsonSamples
{
    public const string Minimal =
        """{"schemaVersion":"1.0","qualification":{"id":"q1","title":{"en":"Cook"},"eqfLevel":4,"totalCredit":{"scheme":"ecvet","value":180},"units":[{"unit":"u1","credit":{"scheme":"ecvet","value":30},"mandatory":true}]},"units":[{"id":"u1","title":{"en":"Cooking"},"eqfLevel":null,"learningOutcomes":[{"id":"lo1","type":"skill","statement":{"en":"Cook food."},"eqfLevel":null,"escoSkills":[],"weight":1,"critical":false}]}]}""";

    public static string ExamplesFolder { get; } = FindExamples();

    public static IEnumerable<string> ExampleFiles => Directory.GetFiles(ExamplesFolder, "*.json").Order(StringComparer.Ordinal);

    public static JsonReadResult<QualificationDocumentWire> Read(string json, EcvetJsonReaderOptions? options = null) =>
        EcvetJson.QualificationDocumentFormat.Read(json, options);

    public static JsonReadResult<QualificationDocumentWire> Read(byte[] utf8, EcvetJsonReaderOptions? options = null) =>
        EcvetJson.QualificationDocumentFormat.Read(utf8, options);

    public static byte[] Write(QualificationDocumentWire document, bool indented = false) =>
        EcvetJson.WriteCanonical(document, Ecvet.Serialization.Internal.EcvetJsonContext.Default.QualificationDocumentWire, indented);

    public static string WriteString(QualificationDocumentWire document, bool indented = false) => Encoding.UTF8.GetString(Write(document, indented));

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
