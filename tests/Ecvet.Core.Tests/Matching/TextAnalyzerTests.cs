using Ecvet.Matching;
using Ecvet.Matching.Internal;

namespace Ecvet.Tests.Matching;

public sealed class TextAnalyzerTests
{
    private static readonly TextAnalyzer Plain = new(null, TextAnalyzer.CreateStopWordTable(OutcomeIndexOptions.EnglishStopWords));

    private static readonly TextAnalyzer Stemming = new(EnglishStemmer.Instance, TextAnalyzer.CreateStopWordTable(OutcomeIndexOptions.EnglishStopWords));

    [Theory]
    [InlineData("")]
    [InlineData("   \t\r\n  ")]
    [InlineData("!?.,;:-–—()[]{}\"'/\\|@#$%^&*+=<>~`")]
    [InlineData("the and of to")]
    public void Analyze_NoContent_GivesNoTerms(string text) => Terms(Plain, text).Should().BeEmpty();

    [Fact]
    public void Analyze_CaseAndPunctuation_AreFolded() =>
        Terms(Plain, "Installs SOCKET-outlets, switches (and) Circuit-Breakers!").Should()
            .Equal("installs", "socket", "outlets", "switches", "circuit", "breakers");

    [Fact]
    public void Analyze_Diacritics_FoldPrecomposedAndDecomposedAlike()
    {
        Terms(Plain, "Crème brûlée Ærø Łódź").Should().Equal("creme", "brulee", "æro", "lodz");
        Terms(Plain, "Cre\u0300me brule\u0301e").Should().Equal("creme", "brulee");
    }

    [Fact]
    public void Analyze_NonLatinScripts_AreKeptAndLowerCased()
    {
        Terms(Plain, "Ремонт ТОРМОЗОВ").Should().Equal("ремонт", "тормозов");
        Terms(Plain, "Ηλεκτρολόγος").Should().Equal("ηλεκτρολογος");
        Terms(Plain, "電気 工事").Should().Equal("電気", "工事");
    }

    [Fact]
    public void Analyze_SurrogatePairs_StayInTheWord_LoneSurrogatesSplit()
    {
        Terms(Plain, "x𝐀y").Should().Equal("x𝐀y"); // U+1D400, a letter outside the BMP
        Terms(Plain, "brake\uD800pads").Should().Equal("brake", "pads");
        Terms(Plain, "brake\uDC00pads\uD800").Should().Equal("brake", "pads");
        Terms(Plain, "😀 brakes 😀").Should().Equal("brakes");
    }

    [Fact]
    public void Analyze_VeryLongInput_IsCutIntoBoundedTokens()
    {
        var longWord = new string('x', 10_000);
        var terms = Terms(Plain, longWord + " " + string.Join(' ', Enumerable.Repeat("brakes", 50_000)));
        terms[0].Should().HaveLength(TextAnalyzer.MaxTokenLength);
        terms.Should().HaveCount(50_001);
    }

    [Fact]
    public void Analyze_Stemmer_ConflatesInflections_AndKeepsTheWord()
    {
        Terms(Stemming, "Prepares prepared preparing").Distinct().Should().ContainSingle();
        var sink = new Collect();
        Stemming.Analyze("Installs sockets", true, ref sink);
        sink.Words.Should().Equal("installs", "sockets");
    }

    [Fact]
    public void Analyze_StopWords_AreDropped() =>
        Terms(Plain, "The learner's use of the tools").Should().Equal("learner", "use", "tools");

    private static List<string> Terms(TextAnalyzer analyzer, string text)
    {
        var sink = new Collect();
        analyzer.Analyze(text, true, ref sink);
        return sink.Terms;
    }

    private struct Collect : ITermSink
    {
        public Collect()
        {
        }

        public List<string> Terms { get; } = [];

        public List<string> Words { get; } = [];

        public readonly void Term(ReadOnlySpan<char> term, ReadOnlySpan<char> word)
        {
            Terms.Add(new string(term));
            Words.Add(new string(word));
        }
    }
}
