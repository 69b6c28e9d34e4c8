using System.Collections.Immutable;

namespace Ecvet.Tests;

/// <summary>
/// The rules of <see cref="LocalizedText"/> one by one: the length bound on both sides, the exact messages, the same
/// checks in the reader's sorted fast path (<see cref="LocalizedText.TryFromSorted"/>), the last lookup step, and a hash
/// that depends on both the language and the text.
/// </summary>
public sealed class LocalizedTextRuleTests
{
    private static readonly LanguageTag Finnish = LanguageTag.Parse("fi");
    private static readonly LanguageTag Swedish = LanguageTag.Parse("sv");
    private static readonly string Longest = new('a', LocalizedText.MaxLength);
    private static readonly string TooLong = new('a', LocalizedText.MaxLength + 1);

    [Fact]
    public void Create_TextOfMaxLength_IsAccepted() =>
        LocalizedText.English(Longest).Get(LanguageTag.English).Should().HaveLength(10_000);

    [Fact]
    public void Create_TextAboveMaxLength_SaysTheLimitAndTheLength()
    {
        var act = () => LocalizedText.Create(Finnish, TooLong);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("text")
            .WithMessage("A text has at most 10000 characters; this one has 10001.*");
    }

    [Fact]
    public void Create_PairWithTextAboveMaxLength_NamesEntries()
    {
        var act = () => LocalizedText.Create([new(Finnish, TooLong)]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("entries")
            .WithMessage("A text has at most 10000 characters; this one has 10001.*");
    }

    [Fact]
    public void Create_PairWithNullLanguage_SaysALanguageMustNotBeNull()
    {
        var act = () => LocalizedText.Create([new(LanguageTag.English, "Cook"), new(null!, "Kokki")]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("entries")
            .WithMessage("A language must not be null.*");
    }

    [Fact]
    public void Create_NoPairs_SaysOneLanguageIsRequired()
    {
        var act = () => LocalizedText.Create([]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("entries")
            .WithMessage("At least one language is required.*");
    }

    [Fact]
    public void Get_MissingLanguage_NamesItAndTheLanguagesPresent()
    {
        var text = LocalizedText.English("Cook").With(Finnish, "Kokki");

        var act = () => text.Get(Swedish);

        act.Should().ThrowExactly<KeyNotFoundException>().WithMessage("There is no text in 'sv'; the languages are en, fi.");
    }

    [Fact]
    public void GetBestMatch_OnlyAFallbacksSiblingRegion_UsesItBeforeTheFirstText()
    {
        var text = LocalizedText.Create([new(LanguageTag.Parse("de"), "Koch"), new(LanguageTag.Parse("pt-PT"), "Cozinheiro")]);

        text.GetBestMatch(Finnish, LanguageTag.Parse("pt-BR")).Should().Be("Cozinheiro");
    }

    [Fact]
    public void GetHashCode_DependsOnTheLanguage() =>
        LocalizedText.Create(Finnish, "Kokki").GetHashCode().Should().NotBe(LocalizedText.Create(Swedish, "Kokki").GetHashCode());

    [Fact]
    public void GetHashCode_DependsOnTheText() =>
        LocalizedText.Create(Finnish, "Kokki").GetHashCode().Should().NotBe(LocalizedText.Create(Finnish, "Kokkina").GetHashCode());

    [Fact]
    public void IsValidText_MaxLength_IsValid() => LocalizedText.IsValidText(Longest).Should().BeTrue();

    [Fact]
    public void IsValidText_AboveMaxLength_IsNotValid() => LocalizedText.IsValidText(TooLong).Should().BeFalse();

    [Theory]
    [InlineData("")]
    [InlineData(" Cook")]
    [InlineData("Co\u0000ok")]
    public void IsValidText_ShortButNotText_IsNotValid(string text) => LocalizedText.IsValidText(text).Should().BeFalse();

    [Fact]
    public void TryFromSorted_SortedValidEntries_GivesTheText()
    {
        var text = LocalizedText.TryFromSorted(Entries(("en", "Cook"), ("fi", "Kokki"), ("sv", "Kock")));

        text.Should().Be(LocalizedText.Create([new(Swedish, "Kock"), new(LanguageTag.English, "Cook"), new(Finnish, "Kokki")]));
    }

    [Fact]
    public void TryFromSorted_OneEntry_GivesTheText() =>
        LocalizedText.TryFromSorted(Entries(("fi", "Kokki"))).Should().Be(LocalizedText.Create(Finnish, "Kokki"));

    [Fact]
    public void TryFromSorted_Default_IsNull() => LocalizedText.TryFromSorted(default).Should().BeNull();

    [Fact]
    public void TryFromSorted_Empty_IsNull() => LocalizedText.TryFromSorted([]).Should().BeNull();

    [Fact]
    public void TryFromSorted_InvalidFirstText_IsNull() =>
        LocalizedText.TryFromSorted(Entries(("en", " Cook"), ("fi", "Kokki"))).Should().BeNull();

    [Fact]
    public void TryFromSorted_InvalidLastText_IsNull() =>
        LocalizedText.TryFromSorted(Entries(("en", "Cook"), ("fi", "Kokki\u0001"))).Should().BeNull();

    [Fact]
    public void TryFromSorted_TextAboveMaxLength_IsNull() =>
        LocalizedText.TryFromSorted(Entries(("en", TooLong))).Should().BeNull();

    [Fact]
    public void TryFromSorted_OutOfOrder_IsNull() =>
        LocalizedText.TryFromSorted(Entries(("fi", "Kokki"), ("en", "Cook"))).Should().BeNull();

    [Fact]
    public void TryFromSorted_SameLanguageTwice_IsNull() =>
        LocalizedText.TryFromSorted(Entries(("en", "Cook"), ("en", "Chef"))).Should().BeNull();

    private static ImmutableArray<KeyValuePair<LanguageTag, string>> Entries(params (string Tag, string Text)[] entries) =>
        [.. entries.Select(e => new KeyValuePair<LanguageTag, string>(LanguageTag.Parse(e.Tag), e.Text))];
}
