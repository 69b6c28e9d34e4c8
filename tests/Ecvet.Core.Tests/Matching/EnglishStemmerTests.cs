using System.Globalization;
using CsCheck;
using Ecvet.Matching;
using Ecvet.Tests.Support;
using Xunit.Abstractions;

namespace Ecvet.Tests.Matching;

public sealed class EnglishStemmerTests(ITestOutputHelper output)
{
    private static readonly EnglishStemmer Stemmer = EnglishStemmer.Instance;

    private static readonly Lazy<IReadOnlyList<(string Word, string Stem)>> Vocabulary =
        new(() => ReadPairs(Path.Combine(AppContext.BaseDirectory, "Matching", "Data", "porter2-voc.tsv")));

    private static string StemSpan(string word)
    {
        Span<char> buffer = stackalloc char[Math.Max(word.Length, 1)];
        var length = Stemmer.Stem(word.AsSpan(), buffer);
        return new string(buffer[..length]);
    }

    private static List<(string Word, string Stem)> ReadPairs(string path)
    {
        var pairs = new List<(string, string)>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            pairs.Add((line[..tab], line[(tab + 1)..]));
        }

        return pairs;
    }

    private static List<string> Mismatches(IEnumerable<(string Word, string Stem)> pairs) =>
        [.. pairs.Select(p => (p.Word, p.Stem, Actual: StemSpan(p.Word)))
            .Where(p => p.Actual != p.Stem)
            .Select(p => $"{p.Word}: expected {p.Stem}, got {p.Actual}")];

    // ---- (1) The Snowball sample vocabulary ----

    [Fact]
    public void Stem_SnowballSampleVocabulary_MatchesEveryPublishedStem()
    {
        var pairs = Vocabulary.Value;

        pairs.Should().HaveCountGreaterThanOrEqualTo(5000);
        Mismatches(pairs).Should().BeEmpty();
    }

    [Fact]
    public void Stem_SnowballSampleVocabulary_CoversTheAlphabet()
    {
        var initials = Vocabulary.Value.Select(p => p.Word[0]).Where(char.IsAsciiLetterLower).Distinct();

        initials.Should().HaveCount(26);
    }

    [Fact]
    public void StemString_SnowballSampleVocabulary_MatchesSpanMethod()
    {
        foreach (var (word, stem) in Vocabulary.Value)
        {
            Stemmer.Stem(word).Should().Be(stem, "the string overload stems {0} as the span method does", word);
        }
    }

    /// <summary>
    /// The whole Snowball vocabulary (42,603 words), when <c>ECVET_PORTER2_DATA</c> names a folder holding the
    /// snowball-data files <c>english/voc.txt</c> and <c>english/output.txt</c> (or a folder holding those two files);
    /// reported as skipped otherwise.
    /// </summary>
    [SnowballFact]
    public void Stem_FullSnowballVocabulary_MatchesEveryPublishedStem()
    {
        var folder = SnowballData.EnglishFolder!;
        var words = File.ReadAllLines(Path.Combine(folder, "voc.txt"));
        var stems = File.ReadAllLines(Path.Combine(folder, "output.txt"));
        words.Should().HaveSameCount(stems);

        var mismatches = Mismatches(words.Zip(stems));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"{words.Length - mismatches.Count} of {words.Length} words stem as published"));
        mismatches.Should().BeEmpty();
    }

    // ---- (2) Each part of the algorithm, with the examples of its description ----

    [Theory]
    [InlineData("skis", "ski")]
    [InlineData("skies", "sky")]
    [InlineData("dying", "die")]
    [InlineData("lying", "lie")]
    [InlineData("tying", "tie")]
    [InlineData("idly", "idl")]
    [InlineData("gently", "gentl")]
    [InlineData("ugly", "ugli")]
    [InlineData("early", "earli")]
    [InlineData("only", "onli")]
    [InlineData("singly", "singl")]
    [InlineData("sky", "sky")]
    [InlineData("news", "news")]
    [InlineData("howe", "howe")]
    [InlineData("atlas", "atlas")]
    [InlineData("cosmos", "cosmos")]
    [InlineData("bias", "bias")]
    [InlineData("andes", "andes")]
    public void Stem_ExceptionalForm_StemsAsListed(string word, string stem) => StemSpan(word).Should().Be(stem);

    [Theory]
    [InlineData("inning", "inning")]
    [InlineData("innings", "inning")]
    [InlineData("outing", "outing")]
    [InlineData("outings", "outing")]
    [InlineData("canning", "canning")]
    [InlineData("herring", "herring")]
    [InlineData("herrings", "herring")]
    [InlineData("earring", "earring")]
    [InlineData("earrings", "earring")]
    [InlineData("proceed", "proceed")]
    [InlineData("exceed", "exceed")]
    [InlineData("succeed", "succeed")]
    public void Stem_InvariantAfterStep1a_KeepsTheWord(string word, string stem) => StemSpan(word).Should().Be(stem);

    [Theory]
    [InlineData("proceeded", "proceed")]
    [InlineData("exceeding", "exceed")]
    [InlineData("succeeded", "succeed")]
    public void Stem_InflectionOfAnInvariantWord_StemsNormally(string word, string stem) =>
        StemSpan(word).Should().Be(stem);

    [Theory]
    [InlineData("generate", "generat")]
    [InlineData("generated", "generat")]
    [InlineData("generating", "generat")]
    [InlineData("general", "general")]
    [InlineData("generally", "general")]
    [InlineData("generic", "generic")]
    [InlineData("generous", "generous")]
    [InlineData("generously", "generous")]
    [InlineData("communism", "communism")]
    [InlineData("communication", "communic")]
    [InlineData("community", "communiti")]
    [InlineData("arsenic", "arsenic")]
    [InlineData("arsenal", "arsenal")]
    public void Stem_GenerCommunArsenPrefix_StartsR1AfterThePrefix(string word, string stem) =>
        StemSpan(word).Should().Be(stem);

    [Theory]
    [InlineData("'", "'")]
    [InlineData("''", "''")]
    [InlineData("'''", "'")]
    [InlineData("'s", "'s")]
    [InlineData("'a'", "a")]
    [InlineData("'s'", "s")]
    [InlineData("dog's", "dog")]
    [InlineData("dogs'", "dog")]
    [InlineData("dog's'", "dog")]
    [InlineData("'tis", "tis")]
    public void Stem_Apostrophes_RemovesInitialApostropheAndPossessives(string word, string stem) =>
        StemSpan(word).Should().Be(stem);

    [Theory]
    [InlineData("youth", "youth")]
    [InlineData("yellow", "yellow")]
    [InlineData("boy", "boy")]
    [InlineData("boys", "boy")]
    [InlineData("says", "say")]
    [InlineData("sayings", "say")]
    [InlineData("obeys", "obey")]
    [InlineData("played", "play")]
    [InlineData("joyful", "joy")]
    [InlineData("yearly", "year")]
    public void Stem_ConsonantY_IsNeitherAVowelNorChangedToI(string word, string stem) =>
        StemSpan(word).Should().Be(stem);

    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ties", "tie")]
    [InlineData("cries", "cri")]
    [InlineData("dies", "die")]
    [InlineData("ied", "ie")]
    [InlineData("ponies", "poni")]
    [InlineData("gas", "gas")]
    [InlineData("this", "this")]
    [InlineData("gaps", "gap")]
    [InlineData("kiwis", "kiwi")]
    [InlineData("caress", "caress")]
    [InlineData("bus", "bus")]
    [InlineData("taxes", "tax")]
    public void Stem_Step1a_HandlesPluralEndings(string word, string stem) => StemSpan(word).Should().Be(stem);

    [Theory]
    [InlineData("agreed", "agre")]
    [InlineData("feed", "feed")]
    [InlineData("bleed", "bleed")]
    [InlineData("exceedingly", "exceed")]
    [InlineData("luxuriate", "luxuri")]
    [InlineData("luxuriated", "luxuri")]
    [InlineData("enabled", "enabl")]
    [InlineData("troubled", "troubl")]
    [InlineData("hopping", "hop")]
    [InlineData("hopped", "hop")]
    [InlineData("tanned", "tan")]
    [InlineData("fitted", "fit")]
    [InlineData("hoped", "hope")]
    [InlineData("hoping", "hope")]
    [InlineData("filing", "file")]
    [InlineData("lovingly", "love")]
    [InlineData("added", "add")]
    [InlineData("adding", "add")]
    [InlineData("ebbed", "ebb")]
    [InlineData("erred", "err")]
    [InlineData("offing", "off")]
    public void Stem_Step1b_RemovesEdAndIngThenTidiesTheEnd(string word, string stem) =>
        StemSpan(word).Should().Be(stem);

    [Theory]
    [InlineData("cry", "cri")]
    [InlineData("by", "by")]
    [InlineData("say", "say")]
    [InlineData("happy", "happi")]
    [InlineData("crying", "cri")]
    public void Stem_Step1c_TurnsYAfterAConsonantIntoI(string word, string stem) => StemSpan(word).Should().Be(stem);

    [Theory]
    [InlineData("rational", "ration")]
    [InlineData("conditional", "condit")]
    [InlineData("conditionally", "condit")]
    [InlineData("sensibility", "sensibl")]
    [InlineData("sensibly", "sensibl")]
    [InlineData("operational", "oper")]
    [InlineData("organization", "organ")]
    [InlineData("callousness", "callous")]
    [InlineData("carefulness", "care")]
    [InlineData("abnormality", "abnorm")]
    [InlineData("geology", "geolog")]
    [InlineData("archaeology", "archaeolog")]
    [InlineData("analogies", "analog")]
    [InlineData("fearlessly", "fearless")]
    [InlineData("kindly", "kind")]
    [InlineData("aptly", "apt")]
    [InlineData("fluently", "fluentli")]
    [InlineData("happily", "happili")]
    [InlineData("fully", "fulli")]
    public void Stem_Step2_MapsDoubleSuffixesInR1(string word, string stem) => StemSpan(word).Should().Be(stem);

    [Theory]
    [InlineData("sensational", "sensat")]
    [InlineData("intentional", "intent")]
    [InlineData("electrical", "electr")]
    [InlineData("logically", "logic")]
    [InlineData("hopeful", "hope")]
    [InlineData("hopefully", "hope")]
    [InlineData("goodness", "good")]
    [InlineData("theological", "theolog")]
    public void Stem_Step3_RemovesOrShortensSuffixesInR1(string word, string stem) => StemSpan(word).Should().Be(stem);

    [Theory]
    [InlineData("adjustment", "adjust")]
    [InlineData("dependent", "depend")]
    [InlineData("adoption", "adopt")]
    [InlineData("tradition", "tradit")]
    [InlineData("revival", "reviv")]
    [InlineData("instinctively", "instinct")]
    [InlineData("communion", "communion")]
    [InlineData("opinion", "opinion")]
    [InlineData("agreement", "agreement")]
    [InlineData("statement", "statement")]
    public void Stem_Step4_DeletesSuffixesInR2(string word, string stem) => StemSpan(word).Should().Be(stem);

    [Theory]
    [InlineData("rattle", "rattl")]
    [InlineData("cease", "ceas")]
    [InlineData("hope", "hope")]
    [InlineData("controll", "control")]
    [InlineData("controller", "control")]
    [InlineData("fall", "fall")]
    [InlineData("roll", "roll")]
    public void Stem_Step5_RemovesFinalEAndUndoublesL(string word, string stem) => StemSpan(word).Should().Be(stem);

    // ---- (3) No allocation ----

    [Fact]
    public void Stem_SpanMethodAfterWarmUp_AllocatesNothing()
    {
        var words = Vocabulary.Value.Select(p => p.Word.ToCharArray()).ToArray();
        var buffer = new char[64];
        for (var i = 0; i < words.Length; i++)
        {
            Stemmer.Stem(words[i], buffer);
        }

        var total = 0;
        var allocated = Allocations.PerRound(() =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                total += Stemmer.Stem(words[i % words.Length], buffer);
            }
        });

        allocated.Should().Be(0);
        total.Should().BePositive();
    }

    // ---- (4) Edge cases ----

    [Fact]
    public void Stem_EmptySpan_ReturnsZero() => Stemmer.Stem([], []).Should().Be(0);

    [Fact]
    public void StemString_EmptyString_ReturnsIt() => Stemmer.Stem(string.Empty).Should().BeEmpty();

    [Theory]
    [InlineData("a")]
    [InlineData("s")]
    [InlineData("'")]
    [InlineData("as")]
    [InlineData("is")]
    [InlineData("ys")]
    [InlineData("'s")]
    [InlineData("''")]
    public void Stem_OneOrTwoCharacters_LeavesTheWordAsItIs(string word) => StemSpan(word).Should().Be(word);

    [Theory]
    [InlineData("''''", "''")]
    [InlineData("'''''", "'''")]
    [InlineData("''s", "")]
    public void Stem_ApostrophesOnly_FollowsTheApostropheRules(string word, string stem) =>
        StemSpan(word).Should().Be(stem);

    [Fact]
    public void Stem_WordOfAThousandCharacters_StemsItsSuffixes()
    {
        var stem = string.Concat(Enumerable.Repeat("ab", 496)) + "b";
        var word = stem + "ational";

        word.Should().HaveLength(1000);
        StemSpan(word).Should().Be(stem);
        Stemmer.Stem(word).Should().Be(stem);
    }

    [Theory]
    [InlineData("café")]
    [InlineData("naïveté")]
    [InlineData("straße")]
    [InlineData("résumés")]
    [InlineData("ελληνικά")]
    [InlineData("covid19")]
    [InlineData("2024s")]
    [InlineData("co-operation")]
    [InlineData("Running")]
    [InlineData("nations\u00a0")]
    public void Stem_WordWithCharactersOutsideLowerCaseAscii_LeavesTheWordUnchanged(string word)
    {
        StemSpan(word).Should().Be(word);
        Stemmer.Stem(word).Should().BeSameAs(word);
    }

    [Fact]
    public void Stem_DestinationIsTheWordItself_StemsInPlace()
    {
        var chars = "generously".ToCharArray();

        var length = Stemmer.Stem(chars, chars);

        new string(chars, 0, length).Should().Be("generous");
    }

    [Fact]
    public void Stem_DestinationShorterThanWord_ThrowsArgumentException()
    {
        var act = () => Stemmer.Stem("running".AsSpan(), new char[3]);

        act.Should().Throw<ArgumentException>().WithParameterName("destination");
    }

    [Fact]
    public void StemString_Null_ThrowsArgumentNullException()
    {
        var act = () => Stemmer.Stem(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("word");
    }

    [Fact]
    public void StemString_WordIsItsOwnStem_ReturnsTheSameInstance()
    {
        var word = new string("youth".AsSpan());

        Stemmer.Stem(word).Should().BeSameAs(word);
    }

    [Fact]
    public void Instance_AsIStemmer_IsTheSameStemmer()
    {
        Span<char> buffer = stackalloc char[16];

        var length = StemThroughInterface(EnglishStemmer.Instance, "connections", buffer);

        new string(buffer[..length]).Should().Be("connect");
        EnglishStemmer.Instance.Should().BeSameAs(Stemmer);
    }

    [Fact]
    public void Stem_AnyWordOfLettersAndApostrophes_NeverGrowsAndAgreesWithTheStringOverload()
    {
        var letters = Gen.Char["abcdefghijklmnopqrstuvwxyz'"];
        letters.Array[0, 24].Select(chars => new string(chars)).Sample(word =>
        {
            Span<char> buffer = stackalloc char[Math.Max(word.Length, 1)];
            var length = Stemmer.Stem(word, buffer);
            return length <= word.Length && Stemmer.Stem(word) == new string(buffer[..length]);
        });
    }

    private static int StemThroughInterface<TStemmer>(TStemmer stemmer, string word, Span<char> buffer)
        where TStemmer : IStemmer =>
        stemmer.Stem(word, buffer);

    // ---- (5) Thread safety ----

    [Fact]
    public void Stem_InParallel_GivesTheSameStemsAsSequentially()
    {
        var words = Vocabulary.Value.Select(p => p.Word).ToArray();
        var sequential = words.Select(StemSpan).ToArray();
        var mismatches = 0;

        Parallel.For(0, words.Length * 4, i =>
        {
            if (StemSpan(words[i % words.Length]) != sequential[i % words.Length])
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        mismatches.Should().Be(0);
    }
}
