using CsCheck;
using Ecvet.Tests.Support;

namespace Ecvet.Tests;

public sealed class LocalizedTextTests
{
    private static readonly LanguageTag Finnish = LanguageTag.Parse("fi");
    private static readonly LanguageTag Swedish = LanguageTag.Parse("sv");
    private static readonly LanguageTag BrazilianPortuguese = LanguageTag.Parse("pt-BR");
    private static readonly LanguageTag EuropeanPortuguese = LanguageTag.Parse("pt-PT");

    [Fact]
    public void English_HoldsOneEnglishText()
    {
        var text = LocalizedText.English("Cook");
        text.Count.Should().Be(1);
        text.Languages.Should().Equal(LanguageTag.English);
        text.Get(LanguageTag.English).Should().Be("Cook");
    }

    [Fact]
    public void Create_FromPairs_OrdersByTagWhateverTheInputOrder()
    {
        var text = LocalizedText.Create([new(Swedish, "Kock"), new(Finnish, "Kokki"), new(LanguageTag.English, "Cook")]);
        text.Languages.Select(l => l.Value).Should().Equal("en", "fi", "sv");
        text.Entries.Select(e => e.Value).Should().Equal("Cook", "Kokki", "Kock");
        text.ToString().Should().Be("[en] Cook | [fi] Kokki | [sv] Kock");
    }

    [Fact]
    public void Create_NullLanguage_ThrowsArgumentNull()
    {
        var act = () => LocalizedText.Create(null!, "Cook");
        act.Should().Throw<ArgumentNullException>().WithParameterName("language");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" Cook")]
    [InlineData("Cook ")]
    [InlineData("Cook\n")]
    [InlineData("Co\u0000ok")]
    [InlineData("Co\rok")]
    [InlineData("Co\u0085ok")]
    public void Create_InvalidText_ThrowsArgument(string value)
    {
        var act = () => LocalizedText.Create(LanguageTag.English, value);
        act.Should().Throw<ArgumentException>().WithParameterName("text");
    }

    [Fact]
    public void Create_LoneSurrogate_ThrowsBecauseNoDocumentCouldCarryIt()
    {
        // A lone surrogate was accepted, hashed and written as U+FFFD, so the document read back differently.
        var act = () => LocalizedText.Create(LanguageTag.English, "Cook \uD83C and serve");

        act.Should().Throw<ArgumentException>().WithParameterName("text").WithMessage("*lone surrogate U+D83C at index 5*");
        foreach (var text in Support.IdentifierCases.LoneSurrogates)
        {
            var create = () => LocalizedText.Create(LanguageTag.English, text);
            create.Should().Throw<ArgumentException>().WithParameterName("text");
        }

        LocalizedText.Create(LanguageTag.English, "Cook \U0001F373 and serve").Get(LanguageTag.English).Should().Contain("\U0001F373");
    }

    [Fact]
    public void Create_NullText_ThrowsArgumentNull()
    {
        var act = () => LocalizedText.English(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Create_LineFeedAndTabInside_AreAllowed() =>
        LocalizedText.English("First line\n\tsecond line").Get(LanguageTag.English).Should().Be("First line\n\tsecond line");

    [Fact]
    public void Create_NoPairs_ThrowsArgument()
    {
        var act = () => LocalizedText.Create([]);
        act.Should().Throw<ArgumentException>().WithParameterName("entries");
    }

    [Fact]
    public void Create_NullPairs_ThrowsArgumentNull()
    {
        var act = () => LocalizedText.Create((IEnumerable<KeyValuePair<LanguageTag, string>>)null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("entries");
    }

    [Fact]
    public void Create_DuplicateLanguage_ThrowsArgument()
    {
        var act = () => LocalizedText.Create([new(Finnish, "Kokki"), new(LanguageTag.Parse("FI"), "Kokki 2")]);
        act.Should().Throw<ArgumentException>().WithParameterName("entries").WithMessage("*'fi'*");
    }

    [Fact]
    public void Create_PairWithNullLanguage_ThrowsArgument()
    {
        var act = () => LocalizedText.Create([new(null!, "Kokki")]);
        act.Should().Throw<ArgumentException>().WithParameterName("entries");
    }

    [Fact]
    public void Create_PairWithInvalidText_ThrowsArgument()
    {
        var act = () => LocalizedText.Create([new(Finnish, " Kokki")]);
        act.Should().Throw<ArgumentException>().WithParameterName("entries");
    }

    [Fact]
    public void Get_MissingLanguage_ThrowsKeyNotFound()
    {
        var act = () => LocalizedText.English("Cook").Get(Finnish);
        act.Should().Throw<KeyNotFoundException>().WithMessage("*'fi'*en*");
    }

    [Fact]
    public void Get_NullLanguage_ThrowsArgumentNull()
    {
        var act = () => LocalizedText.English("Cook").Get(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("language");
    }

    [Fact]
    public void TryGet_PresentAndMissing_ReportsEach()
    {
        var text = LocalizedText.English("Cook").With(Finnish, "Kokki");
        text.TryGet(Finnish, out var finnish).Should().BeTrue();
        finnish.Should().Be("Kokki");
        text.TryGet(Swedish, out var swedish).Should().BeFalse();
        swedish.Should().BeNull();
        text.Contains(Finnish).Should().BeTrue();
        text.Contains(Swedish).Should().BeFalse();
    }

    [Fact]
    public void With_NewLanguage_AddsInOrderAndLeavesOriginalUnchanged()
    {
        var original = LocalizedText.English("Cook").With(Swedish, "Kock");
        var changed = original.With(Finnish, "Kokki");
        changed.Languages.Select(l => l.Value).Should().Equal("en", "fi", "sv");
        original.Languages.Select(l => l.Value).Should().Equal("en", "sv");
    }

    [Fact]
    public void With_ExistingLanguage_Replaces()
    {
        var text = LocalizedText.English("Cook").With(LanguageTag.English, "Chef");
        text.Count.Should().Be(1);
        text.Get(LanguageTag.English).Should().Be("Chef");
    }

    [Fact]
    public void With_InvalidText_ThrowsArgument()
    {
        var act = () => LocalizedText.English("Cook").With(Finnish, "");
        act.Should().Throw<ArgumentException>().WithParameterName("text");
    }

    [Fact]
    public void With_NullLanguage_ThrowsArgumentNull()
    {
        var act = () => LocalizedText.English("Cook").With(null!, "Kokki");
        act.Should().Throw<ArgumentNullException>().WithParameterName("language");
    }

    [Fact]
    public void GetBestMatch_ExactPreferred_Wins() =>
        Sample().GetBestMatch(Finnish, LanguageTag.English).Should().Be("Kokki");

    [Fact]
    public void GetBestMatch_PreferredMissing_UsesFirstAvailableFallback() =>
        Sample().GetBestMatch(Swedish, LanguageTag.Parse("de"), LanguageTag.English).Should().Be("Cook");

    [Fact]
    public void GetBestMatch_RegionalPreferred_FallsBackToItsLanguage() =>
        LocalizedText.English("Cook").With(LanguageTag.Parse("pt"), "Cozinheiro").GetBestMatch(BrazilianPortuguese)
            .Should().Be("Cozinheiro");

    [Fact]
    public void GetBestMatch_TruncatedPreferredBeatsExactFallback() =>
        LocalizedText.English("Cook").With(LanguageTag.Parse("pt"), "Cozinheiro")
            .GetBestMatch(BrazilianPortuguese, LanguageTag.English).Should().Be("Cozinheiro");

    [Fact]
    public void GetBestMatch_ExactFallbackBeatsSiblingRegionOfPreferred() =>
        LocalizedText.English("Cook").With(EuropeanPortuguese, "Cozinheiro")
            .GetBestMatch(BrazilianPortuguese, LanguageTag.English).Should().Be("Cook");

    [Fact]
    public void GetBestMatch_OnlySiblingRegion_UsesIt() =>
        LocalizedText.English("Cook").With(EuropeanPortuguese, "Cozinheiro").GetBestMatch(BrazilianPortuguese)
            .Should().Be("Cozinheiro");

    [Fact]
    public void GetBestMatch_NothingMatches_ReturnsFirstByTag() =>
        LocalizedText.Create([new(Swedish, "Kock"), new(Finnish, "Kokki")]).GetBestMatch(LanguageTag.Parse("de"))
            .Should().Be("Kokki");

    [Fact]
    public void GetBestMatch_NullPreferred_ThrowsArgumentNull()
    {
        var act = () => Sample().GetBestMatch(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("preferred");
    }

    [Fact]
    public void GetBestMatch_NullFallback_ThrowsArgumentNull()
    {
        var act = () => Sample().GetBestMatch(Finnish, LanguageTag.English, null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("fallbacks");
    }

    [Fact]
    public void Equality_FollowsContract()
    {
        var inOtherOrder = LocalizedText.Create(Finnish, "Kokki").With(LanguageTag.English, "Cook");
        EqualityContract.Check(Sample(), inOtherOrder, LocalizedText.English("Cook"));
        EqualityContract.Check(Sample(), inOtherOrder, LocalizedText.English("Cook").With(Finnish, "kokki"));
        EqualityContract.Check(Sample(), inOtherOrder, LocalizedText.English("Cook").With(Swedish, "Kokki"));
    }

    [Fact]
    public void Equality_DoesNotDependOnInsertionOrder()
    {
        string[] pool = ["en", "fi", "sv", "de", "fr", "pt-BR", "pt-PT", "sr-Latn-RS", "es-419"];
        var gen =
            from languages in Gen.Shuffle(pool, 1, pool.Length)
            from texts in Gen.Char["abcdefghijklmnopqrstuvwxyzäö"].Array[1, 12].Array[languages.Length]
            from order in Gen.Shuffle(Enumerable.Range(0, languages.Length).ToArray())
            select (languages, texts: texts.Select(t => new string(t)).ToArray(), order);

        gen.Sample(sample =>
        {
            var pairs = sample.languages.Select((l, i) => new KeyValuePair<LanguageTag, string>(LanguageTag.Parse(l), sample.texts[i])).ToArray();
            var forwards = LocalizedText.Create(pairs);
            var shuffled = LocalizedText.Create(sample.order.Select(i => pairs[i]));
            var built = pairs.Skip(1).Aggregate(LocalizedText.Create(pairs[0].Key, pairs[0].Value), (text, pair) => text.With(pair.Key, pair.Value));

            shuffled.Should().Be(forwards);
            built.Should().Be(forwards);
            shuffled.GetHashCode().Should().Be(forwards.GetHashCode());
            shuffled.ToString().Should().Be(forwards.ToString());
            shuffled.Languages.Should().BeInAscendingOrder(l => l.Value, StringComparer.Ordinal);
        });
    }

    private static LocalizedText Sample() => LocalizedText.English("Cook").With(Finnish, "Kokki");

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u200B\u200B")]
    [InlineData("\u200C\u200D")]
    [InlineData("\uFEFF")]
    [InlineData("\u2060")]
    [InlineData("\u200B \u200B")]
    [InlineData("\u00AD")]
    public void Create_OnlyInvisibleCharacters_ThrowsNamingText(string value)
    {
        // Text that shows nothing is blank, whatever its length.
        var act = () => LocalizedText.Create(LanguageTag.English, value);
        act.Should().Throw<ArgumentException>().WithParameterName("text").WithMessage("*visible*");
    }

    [Theory]
    [InlineData("abc\u202Edef", "U+202E")]
    [InlineData("\u202Dabc", "U+202D")]
    [InlineData("a\u202Ab\u202C", "U+202A")]
    [InlineData("a\u202Bb", "U+202B")]
    [InlineData("\u2066x\u2069", "U+2066")]
    [InlineData("x\u2067y", "U+2067")]
    [InlineData("x\u2068y", "U+2068")]
    [InlineData("x\u2069", "U+2069")]
    public void Create_BidirectionalOverrideOrIsolate_ThrowsNamingTheCharacter(string value, string character)
    {
        // These make a viewer show text in another order than it is stored and signed ("Trojan Source").
        var act = () => LocalizedText.Create(LanguageTag.English, value);
        act.Should().Throw<ArgumentException>().WithParameterName("text").WithMessage($"*bidirectional*{character}*");
    }

    [Theory]
    [InlineData("a\u200Bb")]
    [InlineData("\u200Bcook")]
    [InlineData("\u05E9\u05DC\u05D5\u05DD \u200Fabc")]
    [InlineData("ab\u200Ec")]
    [InlineData("\u0627\u061C1")]
    [InlineData("co\u00ADok")]
    public void Create_VisibleTextWithMarksOrZeroWidthCharacters_IsAccepted(string value) =>
        LocalizedText.Create(LanguageTag.English, value).Get(LanguageTag.English).Should().Be(value);
}
