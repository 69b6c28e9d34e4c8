using System.Text.Json;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Serialization.Internal;

namespace Ecvet.Tests.Serialization;

/// <summary>Pins every strictness option of the source-generated context, one by one (the Strict preset is not used).</summary>
public sealed class EcvetJsonOptionsTests
{
    private static JsonSerializerOptions Options => EcvetJson.Options;

    [Fact]
    public void Options_AreTheSourceGeneratedContextOnly() =>
        Options.TypeInfoResolver.Should().BeSameAs(EcvetJsonContext.Default);

    [Fact]
    public void Options_AreReadOnly() => Options.IsReadOnly.Should().BeTrue();

    [Fact]
    public void Options_CamelCase() => Options.PropertyNamingPolicy.Should().BeSameAs(JsonNamingPolicy.CamelCase);

    [Fact]
    public void Options_CaseSensitive() => Options.PropertyNameCaseInsensitive.Should().BeFalse();

    [Fact]
    public void Options_DuplicatePropertiesRejected() => Options.AllowDuplicateProperties.Should().BeFalse();

    [Fact]
    public void Options_UnknownPropertiesRejected() =>
        Options.UnmappedMemberHandling.Should().Be(JsonUnmappedMemberHandling.Disallow);

    [Fact]
    public void Options_NullableAnnotationsRespected() => Options.RespectNullableAnnotations.Should().BeTrue();

    [Fact]
    public void Options_RequiredConstructorParametersRespected() =>
        Options.RespectRequiredConstructorParameters.Should().BeTrue();

    [Fact]
    public void Options_NumbersOnlyAsNumbers() => Options.NumberHandling.Should().Be(JsonNumberHandling.Strict);

    [Fact]
    public void Options_NoComments() => Options.ReadCommentHandling.Should().Be(JsonCommentHandling.Disallow);

    [Fact]
    public void Options_NoTrailingCommas() => Options.AllowTrailingCommas.Should().BeFalse();

    [Fact]
    public void Options_NeverIgnoresOnWrite() => Options.DefaultIgnoreCondition.Should().Be(JsonIgnoreCondition.Never);

    [Fact]
    public void Options_ReadOnlyPropertiesNotIgnored() => Options.IgnoreReadOnlyProperties.Should().BeFalse();

    [Fact]
    public void Options_NoFields() => Options.IncludeFields.Should().BeFalse();

    [Fact]
    public void Options_ReplaceNotPopulate() =>
        Options.PreferredObjectCreationHandling.Should().Be(JsonObjectCreationHandling.Replace);

    [Fact]
    public void Options_Compact() => Options.WriteIndented.Should().BeFalse();

    [Fact]
    public void Options_MaxDepth32() => Options.MaxDepth.Should().Be(EcvetJson.MaxDepth).And.Be(32);

    [Fact]
    public void Options_NoReferenceHandling() => Options.ReferenceHandler.Should().BeNull();

    [Fact]
    public void Options_StrictConverters()
    {
        Options.Converters.Should().ContainSingle(c => c is PlainDecimalConverter);
        Options.Converters.Should().ContainSingle(c => c is StrictEnumConverter<LearningOutcomeType>);
    }

    [Fact]
    public void ReaderOptions_Defaults()
    {
        EcvetJsonReaderOptions.Default.MaxInputBytes.Should().Be(4 * 1024 * 1024);
        EcvetJsonReaderOptions.Default.MaxProblems.Should().Be(100);
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(-1, 100)]
    [InlineData(1000, 0)]
    [InlineData(1000, 10_001)]
    public void ReaderOptions_OutOfRange_ThrowsNamingOptions(int maxInputBytes, int maxProblems)
    {
        var options = new EcvetJsonReaderOptions { MaxInputBytes = maxInputBytes, MaxProblems = maxProblems };
        var act = () => EcvetJson.ParseQualificationDocument("{}", options);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options");
    }
}
