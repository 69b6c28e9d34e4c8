using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ecvet.Interop;
using Ecvet.Recognition;
using NodaTime;

namespace Ecvet.Tests.Interop;

/// <summary>
/// Europass credentials of recognised credit, exported from the report on the example mobility. The shapes these tests
/// name (a person holding learning achievements, each awarded, proven and specified) are those of the EDC profile that
/// <c>.ci/elm-check</c> validates the golden files against.
/// </summary>
public sealed class ElmCredentialExportTests
{
    private static readonly UnitId FoodHygiene = UnitId.Parse("fi-hrc-u2");
    private static readonly UnitId HotAndColdDishes = UnitId.Parse("fi-hrc-u3");
    private static readonly UnitId SpecialDiets = UnitId.Parse("fi-hrc-u4");

    private static ElmCredentialOptions Sealed => InteropSamples.CredentialOptions with
    {
        IssuedOn = Instant.FromUtc(2026, 6, 16, 9, 30),
        IssuerEidasIdentifier = "FI-0201256-6",
    };

    private static ExportResult Report(bool withConfirmations = true) => ElmExport.RecognisedCredit(
        InteropSamples.Example("fi-cook"), InteropSamples.ExampleReport(withConfirmations), InteropSamples.ExampleTranscript, InteropSamples.CredentialOptions);

    [Fact]
    public void RecognisedCredit_ExampleReport_MatchesGoldenFileByteForByte()
    {
        Golden.Check("mobility-report.unsealed.elm.jsonld", Report());
    }

    [Fact]
    public void RecognisedUnit_SealedWithoutTranscriptOrHost_MatchesGoldenFileByteForByte()
    {
        var export = ElmExport.RecognisedUnit(InteropSamples.Example("fi-cook"), InteropSamples.ExampleReport(), HotAndColdDishes, null, Sealed with { Host = null });

        Golden.Check("mobility-fi-hrc-u3.elm.jsonld", export);
    }

    [Fact]
    public void RecognisedCredit_SameInputTwice_GivesSameBytesAndNotes()
    {
        Report().Should().Be(Report());
    }

    [Fact]
    public void RecognisedCredit_Root_IsAnUnsignedEuropeanDigitalCredentialIssuedByTheHome()
    {
        using var json = Parse(Report());
        var root = json.RootElement;

        root.GetProperty("@context").EnumerateArray().Select(c => c.GetString()).Should().Equal(
            "https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap");
        root.GetProperty("id").GetString().Should().Be("urn:uuid:2b7c4e1a-9f3d-4a6b-8c21-5e0f7d9a3b64");
        root.GetProperty("type").EnumerateArray().Select(t => t.GetString()).Should().Equal("VerifiableCredential", "EuropeanDigitalCredential");
        root.GetProperty("issuer").GetProperty("legalName").GetProperty("en").GetString().Should().Be("Helsinki Vocational College and Adult Institute");
        root.GetProperty("issuer").GetProperty("location").GetProperty("address").GetProperty("countryCode").GetProperty("id").GetString()
            .Should().Be("http://publications.europa.eu/resource/authority/country/FIN");
        root.TryGetProperty("proof", out _).Should().BeFalse();
        root.TryGetProperty("issued", out _).Should().BeFalse("the issuing service sets it on sealing");
        root.GetProperty("validFrom").GetString().Should().Be("2026-06-15T00:00:00Z");
    }

    [Fact]
    public void RecognisedCredit_Subject_IsTheLearnerWithIdentifierNameAndBirthDate()
    {
        using var json = Parse(Report());
        var person = json.RootElement.GetProperty("credentialSubject");

        person.GetProperty("type").GetString().Should().Be("Person");
        person.GetProperty("identifier")[0].GetProperty("notation").GetString().Should().Be("urn:schac:personalUniqueCode:int:esi:stadinao.fi:2024-11873");
        person.GetProperty("identifier")[0].GetProperty("schemeName").GetString().Should().Be("esi");
        person.GetProperty("fullName").GetProperty("en").GetString().Should().Be("Aino Virtanen");
        person.GetProperty("dateOfBirth").GetString().Should().Be("2008-10-21T00:00:00Z");
        person.GetProperty("citizenshipCountry").GetProperty("id").GetString().Should().Be("http://publications.europa.eu/resource/authority/country/FIN");
    }

    [Fact]
    public void RecognisedCredit_Achievements_AreTheUnitsRecognisedInFullOrInPartInDecisionOrder()
    {
        var report = InteropSamples.ExampleReport();
        using var json = Parse(Report());

        report.Decisions.Select(d => d.Outcome).Should().Equal(RecognitionOutcome.Full, RecognitionOutcome.Partial, RecognitionOutcome.Full);
        Claims(json).Select(c => c.GetProperty("id").GetString()).Should().Equal(
            "urn:epass:learningAchievement:la-2026-0042:fi-hrc-u2",
            "urn:epass:learningAchievement:la-2026-0042:fi-hrc-u3",
            "urn:epass:learningAchievement:la-2026-0042:fi-hrc-u4");
        Claims(json).Should().OnlyContain(c => c.GetProperty("type").GetString() == "LearningAchievement");
    }

    [Fact]
    public void RecognisedCredit_DeferredUnit_IsANoteNotAnAchievement()
    {
        var export = Report(withConfirmations: false);
        using var json = Parse(export);

        Claims(json).Select(c => c.GetProperty("id").GetString()).Should().NotContain(id => id!.EndsWith(":fi-hrc-u4", StringComparison.Ordinal));
        export.Notes.Should().ContainSingle(n => n.Code == "unit-deferred" && n.Subject == "fi-hrc-u4");
    }

    [Fact]
    public void RecognisedCredit_CreditReceived_IsThePointsAwardedInTheEcvetFramework()
    {
        using var json = Parse(Report());
        var claims = Claims(json);

        var credit = claims[0].GetProperty("creditReceived");
        credit.GetProperty("type").GetString().Should().Be("CreditPoint");
        credit.GetProperty("framework").GetProperty("id").GetString().Should().Be("http://data.europa.eu/snb/education-credit/60b314e826");
        credit.GetProperty("point").GetString().Should().Be("25");
        claims[2].GetProperty("creditReceived").GetProperty("point").GetString().Should().Be("15");
    }

    [Fact]
    public void RecognisedCredit_PartialUnitWithoutPoints_HasNoCreditReceivedAndIsNoted()
    {
        var export = Report();
        using var json = Parse(export);
        var partial = Claims(json)[1];

        partial.TryGetProperty("creditReceived", out _).Should().BeFalse("the default policy awards a partial unit's points when it is completed");
        partial.GetProperty("description").GetProperty("en").GetString().Should().StartWith("Recognised in part:");
        export.Notes.Should().ContainSingle(n => n.Code == "partial-recognition" && n.Subject == "fi-hrc-u3");
    }

    [Fact]
    public void RecognisedCredit_AwardedBy_IsTheHomeInstitutionOnTheDayOfTheReport()
    {
        using var json = Parse(Report());
        var awarded = Claims(json)[0].GetProperty("awardedBy");

        awarded.GetProperty("type").GetString().Should().Be("AwardingProcess");
        awarded.GetProperty("awardingBody").GetProperty("id").GetString().Should().Be("urn:epass:organisation:schac%3Astadinao.fi");
        awarded.GetProperty("awardingDate").GetString().Should().Be("2026-06-15T00:00:00Z");
    }

    [Fact]
    public void RecognisedCredit_ProvenBy_IsTheHostAssessmentWithItsGradeStatusAndScheme()
    {
        var transcript = InteropSamples.ExampleTranscript;
        var report = InteropSamples.ExampleReport();
        using var json = Parse(Report());
        var assessment = Claims(json)[0].GetProperty("provenBy").EnumerateArray().Single();
        var path = report.GetDecision(FoodHygiene)!.CoveredOutcomes[0].Evidence.Paths.Single();
        var entry = transcript.Entries[int.Parse(path["transcript:$.entries[".Length..^1], System.Globalization.CultureInfo.InvariantCulture)];

        assessment.GetProperty("type").GetString().Should().Be("LearningAssessment");
        assessment.GetProperty("grade").GetProperty("noteLiteral").GetProperty("en").GetString().Should().Be(entry.Result.Grade).And.Be("8");
        assessment.GetProperty("gradeStatus").GetProperty("prefLabel").GetProperty("en").GetString().Should().Be("pass");
        assessment.GetProperty("assessedBy").GetProperty("id").GetString().Should().Be("urn:epass:organisation:schac%3Acipfp-valencia.es");
        assessment.GetProperty("awardedBy").GetProperty("awardingBody").GetProperty("id").GetString().Should().Be("urn:epass:organisation:schac%3Acipfp-valencia.es");
        assessment.GetProperty("specifiedBy").GetProperty("gradingScheme").GetProperty("title").GetProperty("en").GetString().Should().Be("Spanish VET grades 0–10");
        assessment.GetProperty("dateIssued").GetString().Should().Be("2026-03-27T00:00:00Z");
    }

    [Fact]
    public void RecognisedCredit_SpecifiedBy_IsTheUnitNodeOfTheQualificationExport()
    {
        using var credential = Parse(Report());
        using var qualification = Parse(ElmExport.Qualification(InteropSamples.Example("fi-cook")));
        var unit = qualification.RootElement.GetProperty("hasPart").EnumerateArray().Single(p => p.GetProperty("id").GetString()!.EndsWith(":unit:fi-hrc-u2", StringComparison.Ordinal));

        var specifiedBy = Claims(credential)[0].GetProperty("specifiedBy");

        JsonNode.DeepEquals(JsonNode.Parse(specifiedBy.GetRawText()), JsonNode.Parse(unit.GetRawText())).Should().BeTrue();
    }

    [Fact]
    public void RecognisedCredit_Unsealed_NotesWhatSealingAdds()
    {
        var notes = Report().Notes;

        notes.Should().ContainSingle(n => n.Code == "unsealed-issued");
        notes.Should().ContainSingle(n => n.Code == "unsealed-eidas");
    }

    [Fact]
    public void RecognisedUnit_SealingDetailsGiven_AreWrittenAndNotNoted()
    {
        var export = ElmExport.RecognisedUnit(InteropSamples.Example("fi-cook"), InteropSamples.ExampleReport(), FoodHygiene, InteropSamples.ExampleTranscript, Sealed);
        using var json = Parse(export);
        var root = json.RootElement;

        root.GetProperty("issued").GetString().Should().Be("2026-06-16T09:30:00Z");
        root.GetProperty("issuer").GetProperty("eIDASIdentifier").GetProperty("notation").GetString().Should().Be("FI-0201256-6");
        Claims(json).Should().ContainSingle();
        export.Notes.Should().NotContain(n => n.Code.StartsWith("unsealed", StringComparison.Ordinal));
        export.Notes.Should().NotContain(n => n.Code == "unit-deferred", "a one-unit export says nothing of the other units");
    }

    [Fact]
    public void RecognisedUnit_WithoutTranscript_WritesTheStatusAsGradeAndNotesIt()
    {
        var export = ElmExport.RecognisedUnit(InteropSamples.Example("fi-cook"), InteropSamples.ExampleReport(), FoodHygiene, null, InteropSamples.CredentialOptions);
        using var json = Parse(export);

        Claims(json)[0].GetProperty("provenBy")[0].GetProperty("grade").GetProperty("noteLiteral").GetProperty("en").GetString().Should().Be("passed");
        export.Notes.Should().Contain(n => n.Code == "no-transcript");
    }

    [Fact]
    public void RecognisedCredit_DisplayImage_IsAnSvgPageNamingTheLearnerAndTheUnits()
    {
        using var json = Parse(Report());
        var image = json.RootElement.GetProperty("displayParameter").GetProperty("individualDisplay").GetProperty("displayDetail").GetProperty("image");

        var svg = Encoding.UTF8.GetString(image.GetProperty("content").GetBytesFromBase64());
        svg.Should().StartWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").And.Contain("Aino Virtanen").And.Contain("(fi-hrc-u4): recognised in full, 15 of 15 ECVET points");
        image.GetProperty("contentType").GetProperty("id").GetString().Should().Be("http://publications.europa.eu/resource/authority/file-type/SVG");
    }

    [Fact]
    public void RecognisedUnit_DeferredUnit_ThrowsNamingTheUnit()
    {
        var act = () => ElmExport.RecognisedUnit(InteropSamples.Example("fi-cook"), InteropSamples.ExampleReport(withConfirmations: false), SpecialDiets, null, InteropSamples.CredentialOptions);

        act.Should().Throw<ArgumentException>().WithParameterName("unit").WithMessage("*fi-hrc-u4*Deferred*");
    }

    [Fact]
    public void RecognisedCredit_ReportOnAnotherQualification_ThrowsNamingTheReport()
    {
        var act = () => ElmExport.RecognisedCredit(InteropSamples.Example("fi-electrician"), InteropSamples.ExampleReport(), null, InteropSamples.CredentialOptions);

        act.Should().Throw<ArgumentException>().WithParameterName("report").WithMessage("*fi-hrc-cook-2018*");
    }

    [Fact]
    public void Options_LanguageWithoutEuCode_ThrowsNamingTheOption()
    {
        var act = () => InteropSamples.CredentialOptions with { Language = LanguageTag.Parse("ja") };

        act.Should().Throw<ArgumentException>().WithParameterName(nameof(ElmCredentialOptions.Language));
    }

    [Fact]
    public void Options_RelativeCredentialId_ThrowsNamingTheOption()
    {
        var act = () => InteropSamples.CredentialOptions with { CredentialId = new Uri("credentials/1", UriKind.Relative) };

        act.Should().Throw<ArgumentException>().WithParameterName(nameof(ElmCredentialOptions.CredentialId));
    }

    private static List<JsonElement> Claims(JsonDocument json) =>
        [.. json.RootElement.GetProperty("credentialSubject").GetProperty("hasClaim").EnumerateArray()];

    private static JsonDocument Parse(ExportResult export) => JsonDocument.Parse(Encoding.UTF8.GetString(export.Utf8Json.AsSpan()));
}
