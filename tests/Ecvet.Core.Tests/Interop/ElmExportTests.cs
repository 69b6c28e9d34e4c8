using System.Text;
using System.Text.Json;
using Ecvet.Interop;
using Ecvet.Serialization;

namespace Ecvet.Tests.Interop;

public sealed class ElmExportTests
{
    private static readonly ElmExportOptions WithHours = new() { NotionalHoursPerFullTimeYear = 1600m };

    public static TheoryData<string> Examples => [.. InteropSamples.ExampleNames];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Qualification_Example_MatchesGoldenFileByteForByte(string name)
    {
        var export = ElmExport.Qualification(InteropSamples.Example(name));

        Golden.Check($"{name}.elm.jsonld", export);
    }

    [Fact]
    public void Qualification_WithNotionalHours_MatchesGoldenFileByteForByte()
    {
        var export = ElmExport.Qualification(InteropSamples.Example("fi-cook"), WithHours);

        Golden.Check("fi-cook.hours.elm.jsonld", export);
    }

    [Fact]
    public void Qualification_SameInputTwice_GivesSameBytesAndNotes()
    {
        var first = ElmExport.Qualification(InteropSamples.Example("fi-cook"));
        var second = ElmExport.Qualification(InteropSamples.Example("fi-cook"));

        second.Should().Be(first);
        second.Utf8Json.AsSpan().SequenceEqual(first.Utf8Json.AsSpan()).Should().BeTrue();
    }

    [Fact]
    public void Qualification_Root_IsQualificationWithContextsTitleLevelsAndField()
    {
        using var json = Parse(ElmExport.Qualification(InteropSamples.Example("fi-cook")));
        var root = json.RootElement;

        root.GetProperty("@context").EnumerateArray().Select(c => c.GetString()).Should().Equal(
            "https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap");
        root.GetProperty("id").GetString().Should().Be("urn:epass:qualification:fi-hrc-cook-2018");
        root.GetProperty("type").GetString().Should().Be("Qualification");
        root.GetProperty("title").GetProperty("fi").GetString().Should().Be("Hotelli-, ravintola- ja catering-alan perustutkinto, kokki");
        root.GetProperty("eqfLevel").GetProperty("id").GetString().Should().Be("http://data.europa.eu/snb/eqf/4");
        root.GetProperty("eqfLevel").GetProperty("inScheme").GetProperty("id").GetString().Should().Be("http://data.europa.eu/snb/eqf/25831c2");
        root.GetProperty("nqfLevel").GetProperty("notation").GetString().Should().Be("4");
        root.GetProperty("thematicArea").GetProperty("id").GetString().Should().Be("http://data.europa.eu/snb/isced-f/1013");
        root.GetProperty("thematicArea").GetProperty("inScheme").GetProperty("id").GetString().Should().Be("http://data.europa.eu/snb/isced-f/25831c2");
        root.GetProperty("isPartialQualification").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void Qualification_CreditPoint_IsEcvetFrameworkConceptWithPointsAsString()
    {
        using var json = Parse(ElmExport.Qualification(InteropSamples.Example("fi-cook")));
        var credit = json.RootElement.GetProperty("creditPoint");

        credit.GetProperty("type").GetString().Should().Be("CreditPoint");
        credit.GetProperty("framework").GetProperty("id").GetString().Should().Be("http://data.europa.eu/snb/education-credit/60b314e826");
        credit.GetProperty("framework").GetProperty("inScheme").GetProperty("id").GetString().Should().Be("http://data.europa.eu/snb/education-credit/25831c2");
        credit.GetProperty("point").ValueKind.Should().Be(JsonValueKind.String);
        credit.GetProperty("point").GetString().Should().Be("180");
    }

    [Fact]
    public void Qualification_Units_ArePartialQualificationsWithTheirOwnPointsInAllocationOrder()
    {
        var document = InteropSamples.Example("fi-cook");
        using var json = Parse(ElmExport.Qualification(document));
        var parts = json.RootElement.GetProperty("hasPart").EnumerateArray().ToList();

        parts.Select(p => p.GetProperty("id").GetString()).Should().Equal(
            document.Qualification.Allocations.Select(a => $"urn:epass:qualification:fi-hrc-cook-2018:unit:{a.UnitId}"));
        parts.Select(p => p.GetProperty("creditPoint").GetProperty("point").GetString()).Should().Equal("20", "25", "45", "15", "7.5");
        parts.Should().OnlyContain(p => p.GetProperty("type").GetString() == "Qualification" && p.GetProperty("isPartialQualification").GetBoolean());
    }

    [Fact]
    public void Qualification_Outcomes_CarrySkillTypeAndRelatedEscoSkills()
    {
        using var json = Parse(ElmExport.Qualification(InteropSamples.Example("fi-cook")));
        var outcomes = json.RootElement.GetProperty("hasPart")[1].GetProperty("learningOutcome").EnumerateArray().ToList();

        var handling = outcomes[0];
        handling.GetProperty("id").GetString().Should().Be("urn:epass:learningOutcome:fi-hrc-cook-2018:fi-hrc-u2:fi-hrc-u2-lo1");
        handling.GetProperty("type").GetString().Should().Be("LearningOutcome");
        handling.GetProperty("dcType").GetProperty("id").GetString().Should().Be("http://data.europa.eu/snb/skill-type/skill");
        var esco = handling.GetProperty("relatedESCOSkill").EnumerateArray().Single();
        esco.GetProperty("id").GetString().Should().Be("http://data.europa.eu/esco/skill/0ff99f51-40d9-42f1-a1ec-377b2bb5e15f");
        esco.GetProperty("inScheme").GetProperty("id").GetString().Should().Be("http://data.europa.eu/esco/concept-scheme/skills");
        handling.GetProperty("additionalNote").GetProperty("noteLiteral").GetProperty("en").GetString()
            .Should().Be("Temperatures are measured and recorded at every step without reminders.");
        outcomes[1].GetProperty("dcType").GetProperty("id").GetString().Should().Be("http://data.europa.eu/snb/skill-type/knowledge");
    }

    [Fact]
    public void Qualification_WhatElmCannotHold_IsNotedNotDropped()
    {
        var export = ElmExport.Qualification(InteropSamples.Example("fi-cook"));

        export.Notes.Should().ContainSingle(n => n.Code == "competence-type" && n.Subject == "fi-hrc-u1-lo3.type");
        export.Notes.Should().ContainSingle(n => n.Code == "outcome-weight" && n.Subject == "fi-hrc-u1-lo2.weight" && n.Message.Contains("0.5", StringComparison.Ordinal));
        export.Notes.Should().ContainSingle(n => n.Code == "outcome-critical" && n.Subject == "fi-hrc-u2-lo1.isCritical");
        export.Notes.Should().ContainSingle(n => n.Code == "outcome-level" && n.Subject == "fi-hrc-u3-lo3.eqfLevel");
        export.Notes.Should().ContainSingle(n => n.Code == "outcome-group" && n.Subject == "fi-hrc-u1-lo1.groupKey");
        export.Notes.Should().ContainSingle(n => n.Code == "optional-unit" && n.Subject == "fi-hrc-u4.mandatory");
        export.Notes.Should().ContainSingle(n => n.Code == "reference-years");
        export.Notes.Should().ContainSingle(n => n.Code == "awarding-body" && n.Message.Contains("schac:stadinao.fi", StringComparison.Ordinal));
        export.Notes.Should().Contain(n => n.Code == "assessment-methods" && n.Subject == "fi-hrc-u1.assessmentMethods");
        export.Notes.Should().NotContain(n => n.Subject == "fi-hrc-u1-lo1.type", "a skill has a skill-type concept");
    }

    [Fact]
    public void Qualification_CompetenceOutcome_IsWrittenWithoutSkillType()
    {
        using var json = Parse(ElmExport.Qualification(InteropSamples.Example("fi-cook")));
        var competence = json.RootElement.GetProperty("hasPart")[0].GetProperty("learningOutcome")[2];

        competence.GetProperty("id").GetString().Should().EndWith(":fi-hrc-u1-lo3");
        competence.TryGetProperty("dcType", out _).Should().BeFalse();
    }

    [Fact]
    public void Qualification_WithNotionalHours_WritesVolumesAsHourDurations()
    {
        var export = ElmExport.Qualification(InteropSamples.Example("fi-cook"), WithHours);
        using var json = Parse(export);

        json.RootElement.GetProperty("volumeOfLearning").GetString().Should().Be("PT4800H", "3 reference years of 1,600 hours");
        // 20, 25, 45, 15 and 7.5 points of 60 a year; xsd:duration allows no fraction of an hour, so 533⅓ h is 533 h 20 min.
        json.RootElement.GetProperty("hasPart").EnumerateArray().Select(p => p.GetProperty("volumeOfLearning").GetString())
            .Should().Equal("PT533H20M", "PT666H40M", "PT1200H", "PT400H", "PT200H");
        export.Notes.Should().NotContain(n => n.Code == "reference-years");
    }

    [Fact]
    public void Qualification_WithoutNotionalHours_WritesNoVolume()
    {
        var text = ElmExport.Qualification(InteropSamples.Example("fi-cook")).ToString();

        text.Should().NotContain("volumeOfLearning");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Options_NotionalHoursNotPositive_ThrowsNamingTheOption(int hours)
    {
        var act = () => new ElmExportOptions { NotionalHoursPerFullTimeYear = hours };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(ElmExportOptions.NotionalHoursPerFullTimeYear));
    }

    [Fact]
    public void Qualification_IdentifierWithReservedCharacters_IsPercentEncodedInUrns()
    {
        var unit = UnitOfLearningOutcomes.Create(
            UnitId.Parse("u:1/a"),
            LocalizedText.English("Unit"),
            [LearningOutcome.Create(LearningOutcomeId.Parse("lo 1"), LocalizedText.English("Does things."), LearningOutcomeType.Skill)]);
        var qualification = Qualification.Create(
            QualificationId.Parse("q#1"),
            LocalizedText.English("Q"),
            InstitutionId.Create(IdentifierScheme.Schac, "example.fi"),
            CreditPoints.From(60),
            [UnitAllocation.Create(unit.Id, CreditPoints.From(60))]);

        using var json = Parse(ElmExport.Qualification(QualificationDocument.Create(qualification, UnitCatalogue.Create([unit]))));

        json.RootElement.GetProperty("id").GetString().Should().Be("urn:epass:qualification:q%231");
        json.RootElement.GetProperty("hasPart")[0].GetProperty("id").GetString().Should().Be("urn:epass:qualification:q%231:unit:u%3A1%2Fa");
        json.RootElement.GetProperty("hasPart")[0].GetProperty("learningOutcome")[0].GetProperty("id").GetString()
            .Should().Be("urn:epass:learningOutcome:q%231:u%3A1%2Fa:lo%201");
    }

    [Fact]
    public void Qualification_NullDocument_Throws()
    {
        var act = () => ElmExport.Qualification(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("document");
    }

    private static JsonDocument Parse(ExportResult export) => JsonDocument.Parse(Encoding.UTF8.GetString(export.Utf8Json.AsSpan()));
}
