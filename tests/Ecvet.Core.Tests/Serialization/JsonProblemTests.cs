using Ecvet.Serialization;

namespace Ecvet.Tests.Serialization;

public sealed class JsonProblemTests
{
    [Fact]
    public void ToString_WithPosition_IsOneReadableLine()
    {
        var problem = new JsonProblem(JsonProblemCode.PointsTooPrecise, "$.units[3].points", "points must have at most 2 decimals", 14, 7);
        problem.ToString().Should().Be("$.units[3].points: EcvetJson0031 points must have at most 2 decimals (line 14, byte 7)");
    }

    [Fact]
    public void ToString_WithoutPosition_OmitsIt()
    {
        var problem = new JsonProblem(JsonProblemCode.UnknownProperty, "$.x", "Unknown property 'x'.");
        problem.ToString().Should().Be("$.x: EcvetJson0012 Unknown property 'x'.");
    }

    [Fact]
    public void CodeText_IsFourDigits() =>
        new JsonProblem(JsonProblemCode.InputTooLarge, "$", "m").CodeText.Should().Be("EcvetJson0001");

    [Fact]
    public void Equals_SameMembers_True() =>
        new JsonProblem(JsonProblemCode.InvalidJson, "$", "m", 1, 2).Should().Be(new JsonProblem(JsonProblemCode.InvalidJson, "$", "m", 1, 2));

    [Fact]
    public void Codes_HaveStableValues()
    {
        // The numbers are a contract: this list only ever grows.
        var expected = new Dictionary<JsonProblemCode, int>
        {
            [JsonProblemCode.InputTooLarge] = 1, [JsonProblemCode.EmptyInput] = 2, [JsonProblemCode.InvalidJson] = 3,
            [JsonProblemCode.ByteOrderMark] = 4, [JsonProblemCode.InvalidText] = 5, [JsonProblemCode.DepthExceeded] = 6,
            [JsonProblemCode.NullDocument] = 10, [JsonProblemCode.WrongType] = 11, [JsonProblemCode.UnknownProperty] = 12,
            [JsonProblemCode.PropertyNameCase] = 13, [JsonProblemCode.DuplicateProperty] = 14, [JsonProblemCode.MissingProperty] = 15,
            [JsonProblemCode.NullNotAllowed] = 16, [JsonProblemCode.InvalidEnumValue] = 17, [JsonProblemCode.InvalidNumber] = 18,
            [JsonProblemCode.InvalidDate] = 19, [JsonProblemCode.UnsupportedSchemaVersion] = 20, [JsonProblemCode.InvalidString] = 21,
            [JsonProblemCode.StringTooLong] = 22, [JsonProblemCode.TooManyItems] = 23, [JsonProblemCode.EmptyCollection] = 24,
            [JsonProblemCode.NegativePoints] = 30, [JsonProblemCode.PointsTooPrecise] = 31, [JsonProblemCode.PointsTooLarge] = 32,
            [JsonProblemCode.InvalidEqfLevel] = 33, [JsonProblemCode.InvalidLanguageTag] = 34, [JsonProblemCode.InvalidIdentifier] = 35,
            [JsonProblemCode.DuplicateId] = 36, [JsonProblemCode.UnknownReference] = 37, [JsonProblemCode.InvalidCreditScheme] = 38,
            [JsonProblemCode.InvalidValue] = 39, [JsonProblemCode.InvalidLifecycle] = 40,
        };
        foreach (var (code, value) in expected)
        {
            ((int)code).Should().Be(value, code.ToString());
        }

        Enum.GetValues<JsonProblemCode>().Should().HaveCount(expected.Count, "every code is pinned here");
    }
}
