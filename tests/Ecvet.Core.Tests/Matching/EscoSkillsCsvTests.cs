using System.Text;
using Ecvet.Matching;
using Ecvet.Tests.Support;

namespace Ecvet.Tests.Matching;

public sealed class EscoSkillsCsvTests
{
    private const string Header =
        "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description";

    private const string Uri1 = "http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab";
    private const string Uri2 = "http://data.europa.eu/esco/skill/00064735-8fad-454b-90c7-ed858cc993f2";

    private static string Row(string uri, string skillType, string label, string altLabels, string description) =>
        $"KnowledgeSkillCompetence,{uri},{skillType},sector-specific,{label},{altLabels},,released,2016-12-20T17:43:43Z,,,\"http://data.europa.eu/esco/concept-scheme/skills,\nhttp://data.europa.eu/esco/concept-scheme/member-skills\",{description}";

    private static List<CatalogueEntry> ReadAll(string csv) => [.. EscoSkillsCsv.Read(new StringReader(csv))];

    [Fact]
    public void Read_PublishedLayout_MapsEveryColumn()
    {
        var csv = Header + "\n"
            + Row(Uri1, "skill/competence", "manage musical staff", "\"manage staff of music\ncoordinate duties of musical staff\"", "\"Assign and manage staff tasks, such as scoring.\"") + "\n"
            + Row(Uri2, "knowledge", "food hygiene", "", "Rules of food safety.") + "\n";

        var entries = ReadAll(csv);

        entries.Should().HaveCount(2);
        var first = entries[0];
        first.Id.Should().Be(Uri1);
        first.Text.Should().Be("manage musical staff");
        first.Synonyms.Should().Equal("manage staff of music", "coordinate duties of musical staff");
        first.Description.Should().Be("Assign and manage staff tasks, such as scoring.");
        first.Type.Should().Be(LearningOutcomeType.Skill);
        first.EscoSkills.Should().Equal(EscoSkillRef.Parse(Uri1));
        first.Language.Should().Be("en");
        entries[1].Type.Should().Be(LearningOutcomeType.Knowledge);
        entries[1].Synonyms.Should().BeEmpty();
    }

    [Fact]
    public void Read_DoubledQuotesAndEmbeddedNewlines_AreUnescaped()
    {
        var csv = Header + "\n" + Row(Uri1, "skill/competence", "\"use \"\"mise en place\"\"\"", "\"prepare the station\r\n\r\n  set up, the workstation  \n\"", "\"Line one\nline \"\"two\"\"\"");

        var entry = ReadAll(csv).Single();

        entry.Text.Should().Be("use \"mise en place\"");
        entry.Synonyms.Should().Equal("prepare the station", "set up, the workstation");
        entry.Description.Should().Be("Line one\nline \"two\"");
    }

    [Fact]
    public void Read_CrLfLineEndings_AreRecordSeparators()
    {
        var csv = Header + "\r\n" + Row(Uri1, "skill/competence", "a", "b", "c") + "\r\n" + Row(Uri2, "", "d", "e", "f") + "\r\n";

        var entries = ReadAll(csv);

        entries.Select(e => e.Text).Should().Equal("a", "d");
        entries[0].Description.Should().Be("c");
        entries[1].Type.Should().BeNull();
    }

    [Fact]
    public void Read_ColumnsInAnotherOrderAndByteOrderMark_AreFoundByName()
    {
        var csv = "\uFEFFpreferredLabel,description,altLabels,skillType,conceptUri\ncook rice,Boil rice.,steam rice,skill/competence," + Uri1 + "\n";

        var entry = ReadAll(csv).Single();

        entry.Id.Should().Be(Uri1);
        entry.Text.Should().Be("cook rice");
        entry.Synonyms.Should().Equal("steam rice");
        entry.Description.Should().Be("Boil rice.");
    }

    [Fact]
    public void Read_EmptyDescription_GivesNull()
    {
        ReadAll(Header + "\n" + Row(Uri1, "knowledge", "a", "", "")).Single().Description.Should().BeNull();
    }

    [Fact]
    public void Read_Stream_ReadsUtf8WithByteOrderMark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Header + "\n" + Row(Uri1, "knowledge", "café hygiène", "", "x"))).ToArray();
        using var stream = new MemoryStream(bytes);

        var entry = EscoSkillsCsv.Read(stream, "fr").Single();

        entry.Text.Should().Be("café hygiène");
        entry.Language.Should().Be("fr");
    }

    [Fact]
    public void ReadFile_ExistingFile_ReadsEntries()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Header + "\n" + Row(Uri1, "knowledge", "a", "b", "c") + "\n");

            EscoSkillsCsv.ReadFile(path).Select(e => e.Text).Should().Equal("a");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_IsLazy_MalformedRowAfterGoodOnesThrowsOnlyWhenReached()
    {
        var csv = Header + "\n" + Row(Uri1, "knowledge", "a", "", "c") + "\nbroken,row\n";

        using var entries = EscoSkillsCsv.Read(new StringReader(csv)).GetEnumerator();

        entries.MoveNext().Should().BeTrue();
        entries.Current.Text.Should().Be("a");
        var next = () => entries.MoveNext();
        next.Should().Throw<FormatException>().WithMessage("Line 4: expected 13 fields as in the header, found 2.");
    }

    [Fact]
    public void Read_MissingColumns_ThrowsNamingTheLine()
    {
        // Line 2 and 3 hold the multi-line inScheme field of the first row, so the short row is on line 4.
        var csv = Header + "\n" + Row(Uri1, "knowledge", "a", "", "c") + "\nKnowledgeSkillCompetence," + Uri2 + ",knowledge\n";

        var read = () => ReadAll(csv);

        read.Should().Throw<FormatException>().WithMessage("Line 4:*expected 13 fields*found 3*");
    }

    [Fact]
    public void Read_UnclosedQuote_ThrowsNamingTheLineWhereItOpened()
    {
        // The row's inScheme field spans lines 2 and 3; the description opens its quote on line 3.
        var csv = Header + "\n" + Row(Uri1, "knowledge", "a", "", "\"never closed\nstill open\n");

        var read = () => ReadAll(csv);

        read.Should().Throw<FormatException>().WithMessage("Line 3: a quoted field opened here is never closed.");
    }

    [Fact]
    public void Read_QuoteInsideUnquotedField_Throws()
    {
        var csv = Header + "\n" + Row(Uri1, "knowledge", "say \"hi\"", "", "c");

        var read = () => ReadAll(csv);

        read.Should().Throw<FormatException>().WithMessage("Line 2:*quote inside an unquoted field*");
    }

    [Fact]
    public void Read_TextAfterClosingQuote_Throws()
    {
        var csv = Header + "\n" + Row(Uri1, "knowledge", "\"a\"b", "", "c");

        var read = () => ReadAll(csv);

        read.Should().Throw<FormatException>().WithMessage("Line 2:*after a closing quote*");
    }

    [Theory]
    [InlineData("conceptType,skillType,preferredLabel,altLabels,description", "conceptUri")]
    [InlineData("conceptType,conceptUri,skillType,altLabels,description", "preferredLabel")]
    [InlineData("id\ttype\ttext", "conceptUri")]
    public void Read_HeaderWithoutRequiredColumn_ThrowsNamingIt(string header, string missing)
    {
        var read = () => ReadAll(header + "\n");

        read.Should().Throw<FormatException>().WithMessage($"Line 1: the header has no '{missing}' column*");
    }

    [Fact]
    public void Read_EmptyInput_Throws()
    {
        var read = () => ReadAll(string.Empty);

        read.Should().Throw<FormatException>().WithMessage("Line 1: the input is empty*");
    }

    [Theory]
    [InlineData("not a uri", "knowledge", "a", "conceptUri 'not a uri' is not an ESCO skill URI")]
    [InlineData("http://data.europa.eu/esco/occupation/1c5a2b2a-1f3b-4f4e-9a7b-3b0c5a1e2d3f", "knowledge", "a", "conceptUri 'http://data.europa.eu/esco/occupation/*' is not an ESCO skill URI")]
    [InlineData(Uri1, "skill", "a", "skillType 'skill' is not one of*")]
    [InlineData(Uri1, "knowledge", "  ", "preferredLabel is empty")]
    public void Read_InvalidValues_ThrowNamingLineAndValue(string uri, string skillType, string label, string reason)
    {
        var csv = Header + "\n" + Row(Uri1, "knowledge", "fine", "", "c") + "\n" + Row(uri, skillType, label, "", "c") + "\n";

        var read = () => ReadAll(csv);

        read.Should().Throw<FormatException>().WithMessage($"Line 4: {reason}*");
    }

    [Fact]
    public void Read_NullArguments_Throw()
    {
        FluentActions.Invoking(() => EscoSkillsCsv.Read((TextReader)null!)).Should().Throw<ArgumentNullException>().WithParameterName("reader");
        FluentActions.Invoking(() => EscoSkillsCsv.Read((Stream)null!)).Should().Throw<ArgumentNullException>().WithParameterName("stream");
        FluentActions.Invoking(() => EscoSkillsCsv.Read(new StringReader(Header), null!)).Should().Throw<ArgumentNullException>().WithParameterName("language");
        FluentActions.Invoking(() => EscoSkillsCsv.ReadFile(null!)).Should().Throw<ArgumentNullException>().WithParameterName("path");
        FluentActions.Invoking(() => EscoSkillsCsv.ReadFile(string.Empty)).Should().Throw<ArgumentException>().WithParameterName("path");
    }

    [Theory]
    [InlineData(Header, true)]
    [InlineData("\uFEFF" + Header + "\r\n", true)]
    [InlineData("conceptUri,skillType,preferredLabel,altLabels,description", true)]
    [InlineData("conceptType,conceptUri,skillType,reuseLevel,preferredLabel", false)]
    [InlineData("id\ttype\ttext", false)]
    [InlineData("", false)]
    public void IsHeader_Line_RecognisesTheSkillsHeader(string line, bool expected)
    {
        EscoSkillsCsv.IsHeader(line).Should().Be(expected);
    }

    [Fact]
    public void Columns_ArePublishedHeaderInOrder()
    {
        string.Join(',', EscoSkillsCsv.Columns).Should().Be(Header);
    }

    [EscoFact]
    public void ReadFile_RealEscoV111_Has13896ConceptsAnd97483AltLabels()
    {
        // Speed is measured by EscoSkillsCsvBenchmarks, not asserted here.
        var entries = EscoSkillsCsv.ReadFile(EscoData.SkillsCsvPath!).ToList();

        entries.Should().HaveCount(13_896);
        entries.Sum(e => e.Synonyms.Length).Should().Be(97_483);
        entries.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        entries.Count(e => e.Type == LearningOutcomeType.Knowledge).Should().Be(3_059);
        entries.Count(e => e.Type == LearningOutcomeType.Skill).Should().Be(10_831);
        entries.Should().OnlyContain(e => e.Description != null && e.EscoSkills.Length == 1);
    }
}
