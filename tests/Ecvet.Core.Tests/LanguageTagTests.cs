using CsCheck;
using Ecvet.Tests.Support;

namespace Ecvet.Tests;

public sealed class LanguageTagTests
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData("EN", "en")]
    [InlineData("fi", "fi")]
    [InlineData("pt-br", "pt-BR")]
    [InlineData("PT-BR", "pt-BR")]
    [InlineData("sr-latn-rs", "sr-Latn-RS")]
    [InlineData("SR-LATN-RS", "sr-Latn-RS")]
    [InlineData("es-419", "es-419")]
    [InlineData("zh-yue-HK", "zh-yue-HK")]
    [InlineData("de-CH-1901", "de-CH-1901")]
    [InlineData("sl-rozaj-biske", "sl-rozaj-biske")]
    [InlineData("en-US-u-ca-gregory", "en-US-u-ca-gregory")]
    [InlineData("de-DE-x-Phonebk", "de-DE-x-phonebk")]
    [InlineData("en-a-bbb-x-a-ccc", "en-a-bbb-x-a-ccc")]
    [InlineData("hak", "hak")]
    [InlineData("abcde", "abcde")]
    public void Parse_WellFormed_NormalisesCase(string text, string expected) =>
        LanguageTag.Parse(text).Value.Should().Be(expected);

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("engl")]
    [InlineData("abcdefghi")]
    [InlineData("en_US")]
    [InlineData("en-")]
    [InlineData("-en")]
    [InlineData("en--US")]
    [InlineData(" en")]
    [InlineData("en ")]
    [InlineData("1en")]
    [InlineData("en-US-US")]
    [InlineData("en-a")]
    [InlineData("en-a-b")]
    [InlineData("en-x")]
    [InlineData("en-a-bb-a-cc")]
    [InlineData("de-1901-1901")]
    [InlineData("x-private")]
    [InlineData("i-klingon")]
    [InlineData("fi-ä")]
    [InlineData("en-abcdefghi")]
    public void TryParse_Malformed_ReturnsFalse(string text)
    {
        LanguageTag.TryParse(text, out var tag).Should().BeFalse();
        tag.Should().BeNull();
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => LanguageTag.TryParse(null, out _).Should().BeFalse();

    [Fact]
    public void TryParse_LongerThanMaximum_ReturnsFalse() =>
        LanguageTag.TryParse("en-x" + string.Concat(Enumerable.Repeat("-abcdefgh", 14)), out _).Should().BeFalse();

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
    {
        var act = () => LanguageTag.Parse(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Parse_Malformed_ThrowsFormatNamingTheText()
    {
        var act = () => LanguageTag.Parse("en_US");
        act.Should().Throw<FormatException>().WithMessage("*'en_US'*");
    }

    [Fact]
    public void Parts_OfFullTag_AreExposedInNormalisedCase()
    {
        var tag = LanguageTag.Parse("SR-latn-rs");
        tag.Language.Should().Be("sr");
        tag.Script.Should().Be("Latn");
        tag.Region.Should().Be("RS");
    }

    [Fact]
    public void Parts_OfLanguageOnly_HaveNoScriptOrRegion()
    {
        var tag = LanguageTag.Parse("fi");
        tag.Language.Should().Be("fi");
        tag.Script.Should().BeNull();
        tag.Region.Should().BeNull();
    }

    [Fact]
    public void English_IsEn() => LanguageTag.English.Value.Should().Be("en");

    [Fact]
    public void Parse_En_ReturnsEnglish() => LanguageTag.Parse("EN").Should().Be(LanguageTag.English);

    [Fact]
    public void ToString_RoundTripsThroughParse()
    {
        var tag = LanguageTag.Parse("sr-latn-rs");
        tag.ToString().Should().Be("sr-Latn-RS");
        LanguageTag.Parse(tag.ToString()).Should().Be(tag);
    }

    [Fact]
    public void Equality_IsOrdinalOnNormalisedForm()
    {
        EqualityContract.Check(LanguageTag.Parse("pt-BR"), LanguageTag.Parse("PT-br"), LanguageTag.Parse("pt"));
        EqualityContract.Check(LanguageTag.Parse("pt-BR"), LanguageTag.Parse("PT-br"), LanguageTag.Parse("pt-PT"));
    }

    [Theory]
    [InlineData("sr-Latn-RS", new[] { "sr-Latn-RS", "sr-Latn", "sr" })]
    [InlineData("en", new[] { "en" })]
    [InlineData("zh-Hant-CN-x-private1-private2", new[] { "zh-Hant-CN-x-private1-private2", "zh-Hant-CN-x-private1", "zh-Hant-CN", "zh-Hant", "zh" })]
    [InlineData("en-a-bbb-x-a-ccc", new[] { "en-a-bbb-x-a-ccc", "en-a-bbb", "en" })]
    public void Truncations_FollowRfc4647Lookup(string text, string[] expected) =>
        LanguageTag.Parse(text).Truncations().Should().Equal(expected);

    [Fact]
    public void Parse_AnyCasing_GivesTheSameTagAndRoundTrips()
    {
        string[] tags = ["en", "fi", "pt-BR", "sr-Latn-RS", "es-419", "zh-yue-HK", "de-CH-1901", "en-US-u-ca-gregory", "de-DE-x-phonebk"];
        var gen = from tag in Gen.OneOf(tags)
                  from upper in Gen.Bool.Array[tag.Length]
                  select (tag, cased: new string(tag.Select((c, i) => upper[i] ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)).ToArray()));

        gen.Sample(sample =>
        {
            var parsed = LanguageTag.Parse(sample.cased);
            parsed.Should().Be(LanguageTag.Parse(sample.tag));
            parsed.Value.Should().Be(sample.tag);
            LanguageTag.Parse(parsed.ToString()).Should().Be(parsed);
        });
    }

    [Fact]
    public void TryParse_MaxLength_IsRead()
    {
        var text = "en-x" + string.Concat(Enumerable.Repeat("-abcdefgh", 13)) + "-abcdef";
        text.Should().HaveLength(LanguageTag.MaxLength);

        LanguageTag.TryParse(text, out var tag).Should().BeTrue();
        tag!.Value.Should().Be(text);
    }

    [Fact]
    public void TryParse_OneAboveMaxLength_IsRefused()
    {
        var text = "en-x" + string.Concat(Enumerable.Repeat("-abcdefgh", 13)) + "-abcdefg";
        text.Should().HaveLength(LanguageTag.MaxLength + 1);

        LanguageTag.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_En_ReturnsTheSharedEnglishInstance() =>
        LanguageTag.Parse("en").Should().BeSameAs(LanguageTag.English);

    [Theory]
    [InlineData("ABC-DEF", "abc-def")]
    [InlineData("zh-aaa-bbb-ccc", "zh-aaa-bbb-ccc")]
    [InlineData("hak-aaa-bbb-ccc-Latn", "hak-aaa-bbb-ccc-Latn")]
    public void Parse_ExtendedLanguageSubtags_UpToThreeAfterTwoOrThreeLetters(string text, string expected) =>
        LanguageTag.Parse(text).Value.Should().Be(expected);

    [Theory]
    [InlineData("zh-aaa-bbb-ccc-ddd")]
    [InlineData("abcde-aaa")]
    [InlineData("en-1ab")]
    [InlineData("en-12")]
    [InlineData("de-CH-19_1")]
    [InlineData("en-x-a_b")]
    [InlineData("es-4a9")]
    [InlineData("es-41")]
    public void TryParse_MalformedSubtag_ReturnsFalse(string text)
    {
        LanguageTag.TryParse(text, out var tag).Should().BeFalse();
        tag.Should().BeNull();
    }

    [Theory]
    [InlineData("de-1996", "1996")]
    [InlineData("de-CH-1a2b", "1a2b")]
    [InlineData("sl-rozaj", "rozaj")]
    public void Parse_Variant_FourCharactersStartingWithADigitOrFiveToEight(string text, string variant) =>
        LanguageTag.Parse(text).Value.Should().EndWith("-" + variant);

    [Fact]
    public void Parse_Malformed_SaysWhatAWellFormedTagIs()
    {
        var act = () => LanguageTag.Parse("en_US");

        act.Should().ThrowExactly<FormatException>()
            .WithMessage("'en_US' is not a well-formed BCP 47 language tag such as 'en', 'pt-BR' or 'sr-Latn-RS'.");
    }
}
