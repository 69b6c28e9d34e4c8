using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Ecvet.Assessment;
using Ecvet.Interop;

namespace Ecvet.Tests.Interop;

/// <summary>
/// Open Badges 3.0 exports. The "required" tests follow the OB 3.0 specification's data model (§B.1): the properties
/// it marks with multiplicity [1] or [1..*] for AchievementCredential, Profile (issuer), AchievementSubject,
/// Achievement, Criteria (id or narrative), Alignment, Result and ResultDescription.
/// </summary>
public sealed class OpenBadgesExportTests
{
    private static ExportResult HotDishes(AssessmentResult? result = null, OpenBadgeCredentialOptions? options = null) =>
        OpenBadgesExport.UnitAchievement(InteropSamples.Example("fi-cook"), InteropSamples.CookHotDishes, options ?? InteropSamples.BadgeOptions, result);

    [Fact]
    public void UnitAchievement_WithResult_MatchesGoldenFileByteForByte()
    {
        Golden.Check("fi-cook.fi-hrc-u3.ob3.json", HotDishes(InteropSamples.HotDishesResult()));
    }

    [Fact]
    public void UnitAchievement_AchievementCredential_HasEveryRequiredProperty()
    {
        using var json = Parse(HotDishes(InteropSamples.HotDishesResult()));
        var credential = json.RootElement;

        // @context [1..*]: the VC v1 context first, then the OB 3.0 context.
        credential.GetProperty("@context").EnumerateArray().Select(c => c.GetString()).Should().Equal(
            "https://www.w3.org/2018/credentials/v1", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        Uri.IsWellFormedUriString(credential.GetProperty("id").GetString(), UriKind.Absolute).Should().BeTrue();
        Types(credential).Should().Contain("VerifiableCredential").And.Contain("OpenBadgeCredential");
        credential.GetProperty("name").GetString().Should().Be("Preparing hot and cold dishes");
        credential.GetProperty("credentialSubject").ValueKind.Should().Be(JsonValueKind.Object);
        DateTimeOffset.TryParse(credential.GetProperty("issuanceDate").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _).Should().BeTrue();
        credential.GetProperty("issuanceDate").GetString().Should().Be("2025-06-30T12:00:00Z");

        var issuer = credential.GetProperty("issuer");
        issuer.GetProperty("id").GetString().Should().Be("https://stadinao.example.fi/issuer");
        Types(issuer).Should().Contain("Profile");
    }

    [Fact]
    public void UnitAchievement_SubjectAndAchievement_HaveEveryRequiredProperty()
    {
        using var json = Parse(HotDishes(InteropSamples.HotDishesResult()));
        var subject = json.RootElement.GetProperty("credentialSubject");

        Types(subject).Should().Contain("AchievementSubject");
        var achievement = subject.GetProperty("achievement");
        achievement.GetProperty("id").GetString().Should().Be("urn:epass:qualification:fi-hrc-cook-2018:unit:fi-hrc-u3");
        Types(achievement).Should().Contain("Achievement");
        achievement.GetProperty("name").GetString().Should().Be("Preparing hot and cold dishes");
        achievement.GetProperty("description").GetString().Should().Contain("45 of its 180 ECVET points");
        var criteria = achievement.GetProperty("criteria");
        (criteria.TryGetProperty("id", out _) || criteria.TryGetProperty("narrative", out _)).Should().BeTrue("criteria need an id or a narrative");
    }

    [Fact]
    public void UnitAchievement_CriteriaNarrative_ListsEveryOutcomeWithItsType()
    {
        var document = InteropSamples.Example("fi-cook");
        using var json = Parse(HotDishes());
        var narrative = json.RootElement.GetProperty("credentialSubject").GetProperty("achievement").GetProperty("criteria").GetProperty("narrative").GetString();

        foreach (var outcome in document.Units.Get(InteropSamples.CookHotDishes).LearningOutcomes)
        {
            narrative.Should().Contain($"- {outcome.Type}: {outcome.Statement.Get(LanguageTag.English)}");
        }

        narrative.Should().Contain("(critical)");
    }

    [Fact]
    public void UnitAchievement_EveryAlignment_HasTypeTargetNameAndTargetUrl()
    {
        using var json = Parse(HotDishes());
        var alignments = json.RootElement.GetProperty("credentialSubject").GetProperty("achievement").GetProperty("alignment").EnumerateArray().ToList();

        alignments.Should().NotBeEmpty();
        foreach (var alignment in alignments)
        {
            Types(alignment).Should().Contain("Alignment");
            alignment.GetProperty("targetName").GetString().Should().NotBeNullOrEmpty();
            Uri.IsWellFormedUriString(alignment.GetProperty("targetUrl").GetString(), UriKind.Absolute).Should().BeTrue();
        }
    }

    [Fact]
    public void UnitAchievement_Alignments_NameCreditSchemeEqfLevelAndEscoSkills()
    {
        using var json = Parse(HotDishes());
        var alignments = json.RootElement.GetProperty("credentialSubject").GetProperty("achievement").GetProperty("alignment").EnumerateArray()
            .ToDictionary(a => a.GetProperty("targetUrl").GetString()!, a => a.GetProperty("targetType").GetString());

        alignments.Should().Contain("http://data.europa.eu/snb/education-credit/60b314e826", "ext:CreditScheme");
        alignments.Should().Contain("http://data.europa.eu/snb/eqf/4", "ext:EQFLevel");
        alignments.Should().Contain("http://data.europa.eu/esco/skill/f3934441-4bff-4076-9945-e6c51a01c467", "ext:EscoSkill");
    }

    [Fact]
    public void UnitAchievement_Credits_AreTheUnitsPointsInTheQualification()
    {
        using var json = Parse(HotDishes(InteropSamples.HotDishesResult()));
        var subject = json.RootElement.GetProperty("credentialSubject");

        subject.GetProperty("achievement").GetProperty("creditsAvailable").GetDecimal().Should().Be(45m);
        subject.GetProperty("creditsEarned").GetDecimal().Should().Be(45m);
    }

    [Theory]
    [InlineData(AssessmentStatus.Passed, "8", "Completed", true)]
    [InlineData(AssessmentStatus.Failed, "3", "Failed", false)]
    [InlineData(AssessmentStatus.InProgress, null, "InProgress", false)]
    public void UnitAchievement_Result_HasTypeStatusAndEarnsCreditOnlyWhenPassed(AssessmentStatus status, string? grade, string expectedStatus, bool earns)
    {
        using var json = Parse(HotDishes(InteropSamples.HotDishesResult(status, grade)));
        var subject = json.RootElement.GetProperty("credentialSubject");
        var result = subject.GetProperty("result").EnumerateArray().Single();

        Types(result).Should().Contain("Result");
        result.GetProperty("status").GetString().Should().Be(expectedStatus);
        result.TryGetProperty("value", out var value).Should().Be(grade is not null);
        if (grade is not null)
        {
            value.GetString().Should().Be(grade);
        }

        subject.TryGetProperty("creditsEarned", out _).Should().Be(earns);
    }

    [Fact]
    public void UnitAchievement_ResultDescription_HasEveryRequiredPropertyAndIsReferencedByTheResult()
    {
        using var json = Parse(HotDishes(InteropSamples.HotDishesResult()));
        var subject = json.RootElement.GetProperty("credentialSubject");
        var description = subject.GetProperty("achievement").GetProperty("resultDescription").EnumerateArray().Single();

        Types(description).Should().Contain("ResultDescription");
        description.GetProperty("name").GetString().Should().Be("Spanish VET grades, 1 to 10");
        description.GetProperty("resultType").GetString().Should().Be("RawScore");
        description.GetProperty("requiredValue").GetString().Should().Be("5");
        description.GetProperty("valueMin").GetString().Should().Be("1");
        description.GetProperty("valueMax").GetString().Should().Be("10");
        subject.GetProperty("result")[0].GetProperty("resultDescription").GetString().Should().Be(description.GetProperty("id").GetString());
    }

    [Fact]
    public void UnitAchievement_Evidence_IsWrittenWithType()
    {
        using var json = Parse(HotDishes(InteropSamples.HotDishesResult()));
        var evidence = json.RootElement.GetProperty("evidence").EnumerateArray().Single();

        evidence.GetProperty("id").GetString().Should().Be("https://cipfp-valencia.example.es/evidence/2025/hot-dishes-demo");
        Types(evidence).Should().Contain("Evidence");
    }

    [Fact]
    public void UnitAchievement_WithoutResult_AwardsTheUnitAndWritesNoResult()
    {
        using var json = Parse(HotDishes());
        var subject = json.RootElement.GetProperty("credentialSubject");

        subject.TryGetProperty("result", out _).Should().BeFalse();
        subject.GetProperty("achievement").TryGetProperty("resultDescription", out _).Should().BeFalse();
        subject.GetProperty("creditsEarned").GetDecimal().Should().Be(45m);
    }

    [Fact]
    public void UnitAchievement_LostDetails_AreNoted()
    {
        var export = HotDishes(InteropSamples.HotDishesResult(), InteropSamples.BadgeOptions with { SubjectId = null });

        export.Notes.Should().Contain(n => n.Code == "language" && n.Subject == "fi-hrc-u3.title" && n.Message.Contains("fi", StringComparison.Ordinal));
        export.Notes.Should().ContainSingle(n => n.Code == "outcome-weight" && n.Subject == "fi-hrc-u3-lo1.weight");
        export.Notes.Should().ContainSingle(n => n.Code == "esco-label");
        export.Notes.Should().ContainSingle(n => n.Code == "no-subject");
        export.Notes.Should().ContainSingle(n => n.Code == "assessment-details" && n.Message.Contains("Martínez", StringComparison.Ordinal));
    }

    [Fact]
    public void UnitAchievement_EscoLabelGiven_NamesTheAlignmentAndNotesNothing()
    {
        var skill = EscoSkillRef.Parse("http://data.europa.eu/esco/skill/f3934441-4bff-4076-9945-e6c51a01c467");
        var options = InteropSamples.BadgeOptions with { EscoSkillLabels = ImmutableDictionary<EscoSkillRef, string>.Empty.Add(skill, "prepare hot dishes") };

        var export = HotDishes(options: options);

        export.Notes.Should().NotContain(n => n.Code == "esco-label");
        export.ToString().Should().Contain("\"targetName\": \"prepare hot dishes\"");
    }

    [Fact]
    public void UnitAchievement_OtherLanguage_WritesItsTextAndNotesTheOthers()
    {
        var export = HotDishes(options: InteropSamples.BadgeOptions with { Language = LanguageTag.Parse("fi") });
        using var json = Parse(export);

        json.RootElement.GetProperty("name").GetString().Should().Be("Ruoanvalmistus");
        export.Notes.Should().Contain(n => n.Code == "language" && n.Subject == "fi-hrc-u3.title" && n.Message.Contains("en", StringComparison.Ordinal));
    }

    [Fact]
    public void UnitAchievement_UnitNotInQualification_ThrowsNamingUnit()
    {
        var act = () => OpenBadgesExport.UnitAchievement(InteropSamples.Example("fi-cook"), UnitId.Parse("fi-sa-u1"), InteropSamples.BadgeOptions);

        act.Should().Throw<ArgumentException>().WithParameterName("unit").WithMessage("*fi-sa-u1*");
    }

    [Fact]
    public void UnitAchievement_ResultOfAnotherUnit_ThrowsNamingResult()
    {
        var act = () => OpenBadgesExport.UnitAchievement(
            InteropSamples.Example("fi-cook"), UnitId.Parse("fi-hrc-u1"), InteropSamples.BadgeOptions, InteropSamples.HotDishesResult());

        act.Should().Throw<ArgumentException>().WithParameterName("result").WithMessage("*fi-hrc-u3*");
    }

    [Fact]
    public void Options_RelativeCredentialId_ThrowsNamingTheOption()
    {
        var act = () => InteropSamples.BadgeOptions with { CredentialId = new Uri("badges/1", UriKind.Relative) };

        act.Should().Throw<ArgumentException>().WithParameterName(nameof(OpenBadgeCredentialOptions.CredentialId));
    }

    [Fact]
    public void Options_SameLabelsAddedInAnotherOrder_AreEqual()
    {
        var first = EscoSkillRef.Parse("http://data.europa.eu/esco/skill/f3934441-4bff-4076-9945-e6c51a01c467");
        var second = EscoSkillRef.Parse("http://data.europa.eu/esco/skill/0ff99f51-40d9-42f1-a1ec-377b2bb5e15f");
        var one = InteropSamples.BadgeOptions with { EscoSkillLabels = ImmutableDictionary<EscoSkillRef, string>.Empty.Add(first, "a").Add(second, "b") };
        var other = InteropSamples.BadgeOptions with { EscoSkillLabels = ImmutableDictionary<EscoSkillRef, string>.Empty.Add(second, "b").Add(first, "a") };
        var different = InteropSamples.BadgeOptions with { EscoSkillLabels = ImmutableDictionary<EscoSkillRef, string>.Empty.Add(second, "b").Add(first, "c") };

        other.Should().Be(one);
        other.GetHashCode().Should().Be(one.GetHashCode());
        different.Should().NotBe(one);
    }

    [Fact]
    public void SignWith_Signer_ReturnsSignedDocumentWithTheSameNotes()
    {
        var unsigned = HotDishes();

        var signed = unsigned.SignWith(new AppendingSigner());

        unsigned.IsSigned.Should().BeFalse();
        signed.IsSigned.Should().BeTrue();
        signed.ToString().Should().Be(unsigned + "\n~signed");
        signed.Notes.Should().Equal(unsigned.Notes);
        var again = () => signed.SignWith(new AppendingSigner());
        again.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void RecognisedUnit_MatchedAndConfirmedUnit_MatchesGoldenFileByteForByte()
    {
        Golden.Check("mobility-fi-hrc-u4.ob3.json", Recognised("fi-hrc-u4"));
    }

    [Fact]
    public void RecognisedUnit_InFull_EarnsTheAwardedPointsWithACompletedResult()
    {
        using var json = Parse(Recognised("fi-hrc-u2"));
        var subject = json.RootElement.GetProperty("credentialSubject");
        var result = subject.GetProperty("result").EnumerateArray().Single();

        subject.GetProperty("creditsEarned").GetDecimal().Should().Be(25m);
        subject.GetProperty("achievement").GetProperty("creditsAvailable").GetDecimal().Should().Be(25m);
        result.GetProperty("status").GetString().Should().Be("Completed");
        result.GetProperty("value").GetString().Should().Be("full");
        var description = subject.GetProperty("achievement").GetProperty("resultDescription").EnumerateArray().Single();
        result.GetProperty("resultDescription").GetString().Should().Be(description.GetProperty("id").GetString());
        description.GetProperty("resultType").GetString().Should().Be("Status");
        json.RootElement.GetProperty("awardedDate").GetString().Should().Be("2026-06-15T00:00:00Z");
    }

    [Fact]
    public void RecognisedUnit_InPart_IsInProgressEarnsThePointsAwardedNowAndIsNoted()
    {
        var export = Recognised("fi-hrc-u3");
        using var json = Parse(export);
        var subject = json.RootElement.GetProperty("credentialSubject");

        subject.GetProperty("creditsEarned").GetDecimal().Should().Be(0m);
        subject.GetProperty("result")[0].GetProperty("status").GetString().Should().Be("InProgress");
        subject.GetProperty("result")[0].GetProperty("value").GetString().Should().Be("partial");
        export.Notes.Should().ContainSingle(n => n.Code == "partial-recognition" && n.Subject == "fi-hrc-u3");
    }

    [Fact]
    public void RecognisedUnit_CreditScheme_IsNamedByAnAlignment()
    {
        using var json = Parse(Recognised("fi-hrc-u2"));
        var alignments = json.RootElement.GetProperty("credentialSubject").GetProperty("achievement").GetProperty("alignment").EnumerateArray();

        alignments.Should().ContainSingle(a => a.GetProperty("targetType").GetString() == "ext:CreditScheme"
            && a.GetProperty("targetUrl").GetString() == "http://data.europa.eu/snb/education-credit/60b314e826"
            && a.GetProperty("targetCode").GetString() == "ecvet");
    }

    [Fact]
    public void RecognisedUnit_Evidence_NamesEveryCoveredOutcomeAndWhatItRestsOn()
    {
        var decision = InteropSamples.ExampleReport().GetDecision(UnitId.Parse("fi-hrc-u4"))!;
        using var json = Parse(Recognised("fi-hrc-u4"));
        var evidence = json.RootElement.GetProperty("evidence").EnumerateArray().ToList();

        evidence.Select(e => e.GetProperty("name").GetString()).Should().Equal(decision.CoveredOutcomes.Select(c => c.Outcome.ToString()));
        evidence.Should().OnlyContain(e => Types(e).Contains("Evidence"));
        evidence[0].GetProperty("narrative").GetString().Should().Contain(decision.CoveredOutcomes[0].Evidence.ToString());
    }

    [Fact]
    public void RecognisedUnit_DeferredUnit_ThrowsNamingTheUnit()
    {
        var act = () => OpenBadgesExport.RecognisedUnit(
            InteropSamples.Example("fi-cook"), InteropSamples.ExampleReport(withConfirmations: false), UnitId.Parse("fi-hrc-u4"), InteropSamples.BadgeOptions);

        act.Should().Throw<ArgumentException>().WithParameterName("unit").WithMessage("*fi-hrc-u4*");
    }

    private static ExportResult Recognised(string unit) => OpenBadgesExport.RecognisedUnit(
        InteropSamples.Example("fi-cook"), InteropSamples.ExampleReport(), UnitId.Parse(unit), InteropSamples.BadgeOptions);

    private static JsonDocument Parse(ExportResult export) => JsonDocument.Parse(Encoding.UTF8.GetString(export.Utf8Json.AsSpan()));

    private static IEnumerable<string?> Types(JsonElement element)
    {
        var type = element.GetProperty("type");
        return type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()) : [type.GetString()];
    }

    /// <summary>Stands in for an issuer's signer: marks the document so the test can see it went through.</summary>
    private sealed class AppendingSigner : ICredentialSigner
    {
        public byte[] Sign(ReadOnlySpan<byte> unsignedCredential) => [.. unsignedCredential, .. "\n~signed"u8];
    }
}
