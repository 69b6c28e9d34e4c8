using System.Text;
using System.Text.Json;
using Ecvet.Agreements;
using Ecvet.Serialization;

namespace Ecvet.AotSmoke;

/// <summary>
/// Round-trips every example document through <see cref="EcvetJson"/> in a Native AOT build: parse, write (indented,
/// as the examples are stored), compare byte for byte, parse again and compare values; then checks that bad input is
/// reported, not thrown. Exit code 0 when everything matches, 1 otherwise.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var folder = args.Length > 0 ? args[0] : "examples";
        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            Console.Error.WriteLine($"no examples in {folder}");
            return 1;
        }

        var failures = 0;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var first = EcvetJson.ParseQualificationDocument(bytes);
            if (!first.IsSuccess)
            {
                Console.Error.WriteLine($"FAIL {file}: does not read:{Environment.NewLine}{first}");
                failures++;
                continue;
            }

            var indented = EcvetJson.SerializeToUtf8Bytes(first.Value, indented: true);
            var compact = EcvetJson.SerializeToUtf8Bytes(first.Value);
            var second = EcvetJson.ParseQualificationDocument(compact);
            var stored = Encoding.UTF8.GetString(bytes).TrimEnd('\n');
            if (stored != Encoding.UTF8.GetString(indented))
            {
                Console.Error.WriteLine($"FAIL {file}: writing it back gives different bytes");
                failures++;
            }
            else if (!second.IsSuccess || !second.Value.Equals(first.Value))
            {
                Console.Error.WriteLine($"FAIL {file}: the compact form does not read back equal");
                failures++;
            }
            else if (!EcvetJson.SerializeToUtf8Bytes(second.Value).AsSpan().SequenceEqual(compact))
            {
                Console.Error.WriteLine($"FAIL {file}: the compact form is not a fixed point");
                failures++;
            }
            else
            {
                Console.WriteLine($"ok   {Path.GetFileName(file)} ({bytes.Length} bytes, {first.Value.Units.Count} units)");
            }
        }

        var bad = EcvetJson.ParseQualificationDocument("{\"schemaVersion\":\"1.0\",\"surprise\":1}");
        if (bad.IsSuccess || bad.Problems.Length < 2)
        {
            Console.Error.WriteLine("FAIL bad input was not reported in full");
            failures++;
        }
        else
        {
            Console.WriteLine($"ok   bad input reported: {bad.Problems.Length} problems, first {bad.Problems[0]}");
        }

        var schema = EcvetJson.GetQualificationDocumentSchema();
        if (!schema.Contains("\"additionalProperties\": false", StringComparison.Ordinal))
        {
            Console.Error.WriteLine("FAIL the schema could not be generated");
            failures++;
        }

        failures += MobilityDocuments(Path.Combine(folder, "mobility"));
        failures += UserDto();
        Console.WriteLine(failures == 0 ? "AOT smoke: all examples round-trip" : $"AOT smoke: {failures} failure(s)");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>Round-trips the mobility examples (agreement, MoU, transcript); reading them recomputes every content hash.</summary>
    private static int MobilityDocuments(string folder)
    {
        var failures = 0;
        failures += RoundTrip(Path.Combine(folder, "learning-agreement.json"), t => EcvetJson.ParseLearningAgreement(t), v => EcvetJson.Serialize(v, indented: true));
        failures += RoundTrip(Path.Combine(folder, "memorandum-of-understanding.json"), t => EcvetJson.ParseMemorandumOfUnderstanding(t), v => EcvetJson.Serialize(v, indented: true));
        failures += RoundTrip(Path.Combine(folder, "personal-transcript.json"), t => EcvetJson.ParsePersonalTranscript(t), v => EcvetJson.Serialize(v, indented: true));
        return failures;
    }

    /// <summary>Round-trips an application's DTO holding public types through its own source-generated context.</summary>
    private static int UserDto()
    {
        var dto = new EnrolmentDto(
            LearningAgreementId.Parse("la-2026-17"),
            UnitId.Parse("cook-u3"),
            CreditPoints.From(7.5m),
            EqfLevel.Level4,
            LearningOutcomeType.Skill,
            LocalizedText.English("Cook"),
            LearningOutcome.Create(LearningOutcomeId.Parse("cook-u3-lo1"), LocalizedText.English("Applies HACCP."), LearningOutcomeType.Skill));
        var json = JsonSerializer.Serialize(dto, SmokeJsonContext.Default.EnrolmentDto);
        const string Expected = "{\"Agreement\":\"la-2026-17\",\"Unit\":\"cook-u3\",\"Points\":7.5,\"Level\":4,\"Type\":\"skill\",\"Title\":{\"en\":\"Cook\"},"
            + "\"Outcome\":{\"id\":\"cook-u3-lo1\",\"type\":\"skill\",\"statement\":{\"en\":\"Applies HACCP.\"},\"eqfLevel\":null,\"escoSkills\":[],\"relatedSkills\":[],"
            + "\"weight\":1,\"critical\":false,\"assessmentCriteria\":null,\"groupKey\":null}}";
        var back = JsonSerializer.Deserialize(json, SmokeJsonContext.Default.EnrolmentDto);
        if (json != Expected || back != dto)
        {
            Console.Error.WriteLine($"FAIL user DTO: wrote {json}");
            return 1;
        }

        try
        {
            JsonSerializer.Deserialize("{\"Agreement\":\"la\",\"Unit\":\"u\",\"Points\":-1}", SmokeJsonContext.Default.EnrolmentDto);
            Console.Error.WriteLine("FAIL user DTO: negative points were read");
            return 1;
        }
        catch (JsonException)
        {
        }

        Console.WriteLine("ok   user DTO through a source-generated context");
        return 0;
    }

    private static int RoundTrip<T>(string file, Func<string, JsonReadResult<T>> parse, Func<T, string> write)
        where T : class
    {
        var text = File.ReadAllText(file);
        var result = parse(text);
        if (!result.IsSuccess)
        {
            Console.Error.WriteLine($"FAIL {file}: does not read:{Environment.NewLine}{result}");
            return 1;
        }

        if (write(result.Value) != text.TrimEnd('\n') || !parse(write(result.Value)).Value.Equals(result.Value))
        {
            Console.Error.WriteLine($"FAIL {file}: does not round-trip");
            return 1;
        }

        Console.WriteLine($"ok   mobility/{Path.GetFileName(file)}");
        return 0;
    }
}
