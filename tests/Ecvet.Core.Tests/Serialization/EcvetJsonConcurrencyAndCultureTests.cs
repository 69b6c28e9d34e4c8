using System.Globalization;
using Ecvet.Serialization;

namespace Ecvet.Tests.Serialization;

public sealed class EcvetJsonConcurrencyAndCultureTests
{
    [Fact]
    public void Parse_InParallel_SameResultsAsSequential()
    {
        var inputs = JsonSamples.ExampleFiles.Select(File.ReadAllBytes)
            .Append(System.Text.Encoding.UTF8.GetBytes(JsonSamples.Minimal.Replace("\"skill\"", "\"skil\"", StringComparison.Ordinal)))
            .ToArray();
        var expected = inputs.Select(i => EcvetJson.ParseQualificationDocument(i).ToString() + EcvetJson.ParseQualificationDocument(i).ValueOrNull?.ToString()).ToArray();
        var actual = new string[inputs.Length * 50];
        Parallel.For(0, actual.Length, n =>
        {
            var input = inputs[n % inputs.Length];
            var result = EcvetJson.ParseQualificationDocument(input);
            actual[n] = result.ToString() + result.ValueOrNull?.ToString();
        });
        for (var n = 0; n < actual.Length; n++)
        {
            actual[n].Should().Be(expected[n % inputs.Length]);
        }
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    public void ParseAndSerialize_UnderAnyCulture_SameBytes(string culture)
    {
        var file = Path.Combine(JsonSamples.ExamplesFolder, "fi-electrician.json");
        var invariant = EcvetJson.SerializeToUtf8Bytes(EcvetJson.ParseQualificationDocument(File.ReadAllBytes(file)).Value);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var result = EcvetJson.ParseQualificationDocument(File.ReadAllBytes(file));
            EcvetJson.SerializeToUtf8Bytes(result.Value).Should().Equal(invariant);
            EcvetJson.ParseQualificationDocument(JsonSamples.Minimal.Replace("\"value\":30", "\"value\":30.125", StringComparison.Ordinal))
                .Problems.Single().ToString().Should().Contain("EcvetJson0031");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
