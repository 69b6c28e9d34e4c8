using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Serialization;

namespace Ecvet.Tests.Agreements;

/// <summary>
/// The mobility documents through <see cref="EcvetJson"/>: the committed examples and schemas are current, documents
/// round-trip equal, and bad input is refused with path-precise problems.
/// Set ECVET_APPROVE_EXAMPLES=1 to rewrite examples/mobility (built by ExampleMobility) and the three schemas after an intended change.
/// </summary>
public sealed class MobilityDocumentJsonTests
{
    private static readonly bool Approve = Environment.GetEnvironmentVariable("ECVET_APPROVE_EXAMPLES") == "1";

    public static TheoryData<string> Documents() => ["learning-agreement", "memorandum-of-understanding", "personal-transcript"];

    [Fact]
    public void LearningAgreementExample_IsCurrentAndRoundTripsEqual() =>
        CheckExample("learning-agreement", ExampleMobility.Agreement(), a => EcvetJson.Serialize(a, indented: true), t => EcvetJson.ParseLearningAgreement(t));

    [Fact]
    public void MemorandumOfUnderstandingExample_IsCurrentAndRoundTripsEqual() =>
        CheckExample("memorandum-of-understanding", ExampleMobility.SignedMou(), m => EcvetJson.Serialize(m, indented: true), t => EcvetJson.ParseMemorandumOfUnderstanding(t));

    [Fact]
    public void PersonalTranscriptExample_IsCurrentAndRoundTripsEqual() =>
        CheckExample("personal-transcript", ExampleMobility.Transcript(), t => EcvetJson.Serialize(t, indented: true), t => EcvetJson.ParsePersonalTranscript(t));

    [Fact]
    public void MatchConfirmationsExample_IsCurrentAndRoundTripsEqual() =>
        CheckExample("match-confirmations", ExampleMobility.Confirmations(), c => EcvetJson.Serialize(c, indented: true), t => EcvetJson.ParseMatchConfirmationSet(t));

    [Fact]
    public void HostQualificationExample_IsCurrentAndRoundTripsEqual() =>
        CheckExample("host-qualification", ExampleMobility.HostQualification(), q => EcvetJson.Serialize(q, indented: true), t => EcvetJson.ParseQualificationDocument(t));

    [Fact]
    public void LearningAgreementExample_HasOneApprovedChangeAndOneRejectedProposal()
    {
        var agreement = ExampleMobility.Agreement();

        agreement.Versions.Should().HaveCount(2);
        agreement.Versions[1].Origin.Should().NotBeNull();
        agreement.Proposals.Should().ContainSingle().Which.IsRejected.Should().BeTrue();
        agreement.GetStatus().Should().Be(LearningAgreementStatus.ChangeRejected);
        ExampleMobility.SignedMou().IsFullySigned().Should().BeTrue();
        ExampleMobility.Transcript().IsSignedBy(SignatoryRole.Host).Should().BeTrue();
    }

    [Fact]
    public void WriteThenRead_CompactForm_RoundTripsEqual()
    {
        EcvetJson.ParseLearningAgreement(EcvetJson.Serialize(MobilityExamples.Agreement())).Value.Should().Be(MobilityExamples.Agreement());
        EcvetJson.ParseMemorandumOfUnderstanding(EcvetJson.Serialize(MobilityExamples.SignedMou())).Value.Should().Be(MobilityExamples.SignedMou());
        EcvetJson.ParsePersonalTranscript(EcvetJson.Serialize(MobilityExamples.Transcript())).Value.Should().Be(MobilityExamples.Transcript());
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Schema_IsCommittedAndCurrent(string name)
    {
        var schema = name switch
        {
            "learning-agreement" => EcvetJson.GetLearningAgreementSchema(),
            "memorandum-of-understanding" => EcvetJson.GetMemorandumOfUnderstandingSchema(),
            _ => EcvetJson.GetPersonalTranscriptSchema(),
        };
        var path = Path.Combine(RepositoryRoot(), "schemas", name + ".schema.json");
        if (Approve)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, schema);
        }

        File.ReadAllText(path).Should().Be(schema, $"{path} must match the generated schema; set ECVET_APPROVE_EXAMPLES=1 to update it");
    }

    [Fact]
    public void JsonTypeInfo_WithJsonSerializer_RoundTripsAndRefusesTampering()
    {
        var agreement = MobilityExamples.Agreement();
        var json = System.Text.Json.JsonSerializer.Serialize(agreement, EcvetJson.LearningAgreement);

        System.Text.Json.JsonSerializer.Deserialize(json, EcvetJson.LearningAgreement).Should().Be(agreement);
        System.Text.Json.JsonSerializer.Deserialize(EcvetJson.Serialize(MobilityExamples.Transcript()), EcvetJson.PersonalTranscript)
            .Should().Be(MobilityExamples.Transcript());
        System.Text.Json.JsonSerializer.Deserialize(EcvetJson.Serialize(MobilityExamples.SignedMou()), EcvetJson.MemorandumOfUnderstanding)
            .Should().Be(MobilityExamples.SignedMou());
        var tampered = json.Replace("\"expectedPoints\":15", "\"expectedPoints\":14", StringComparison.Ordinal);
        var act = () => System.Text.Json.JsonSerializer.Deserialize(tampered, EcvetJson.LearningAgreement);
        act.Should().Throw<System.Text.Json.JsonException>().WithMessage("*hash*");
    }

    [Fact]
    public void ReadLearningAgreement_TamperedContent_ReportsHashMismatchAtItsPath()
    {
        var json = EcvetJson.Serialize(MobilityExamples.Agreement()).Replace("\"expectedPoints\":15", "\"expectedPoints\":14", StringComparison.Ordinal);

        var result = EcvetJson.ParseLearningAgreement(json);

        result.IsSuccess.Should().BeFalse();
        result.Problems.Should().Contain(p => p.Path == "$.versions[0].hash" && p.Code == JsonProblemCode.InvalidValue);
    }

    [Fact]
    public void ReadLearningAgreement_UnknownNestedProperty_ReportsItsPath()
    {
        var json = EcvetJson.Serialize(MobilityExamples.Agreement()).Replace("\"signerName\":", "\"signer\":\"x\",\"signerName\":", StringComparison.Ordinal);

        var result = EcvetJson.ParseLearningAgreement(json);

        result.IsSuccess.Should().BeFalse();
        result.Problems.Should().Contain(p => p.Path.StartsWith("$.versions[0].signatures[0]", StringComparison.Ordinal) && p.Code == JsonProblemCode.UnknownProperty);
    }

    [Fact]
    public void ReadLearningAgreement_UnknownEnumName_ReportsItsPath()
    {
        var json = EcvetJson.Serialize(MobilityExamples.Agreement()).Replace("\"reason\":\"notAvailable\"", "\"reason\":\"NotAvailable\"", StringComparison.Ordinal);

        var result = EcvetJson.ParseLearningAgreement(json);

        result.IsSuccess.Should().BeFalse();
        result.Problems.Should().Contain(p => p.Path.EndsWith(".reason", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadLearningAgreement_PointsAboveAllocation_ReportsTheExpectedLearning()
    {
        var agreement = MobilityExamples.Agreement();
        var json = EcvetJson.Serialize(agreement);
        var content = agreement.Versions[0].Content;
        var tampered = json.Replace("\"expectedPoints\":15,\"homeAllocation\":15", "\"expectedPoints\":16,\"homeAllocation\":15", StringComparison.Ordinal);

        var result = EcvetJson.ParseLearningAgreement(tampered);

        content.Expected[0].HomeAllocation.Value.Should().Be(15);
        result.IsSuccess.Should().BeFalse();
        result.Problems.Should().Contain(p => p.Path == "$.versions[0].content.expected[0].expectedPoints");
    }

    [Fact]
    public async Task ParseAsync_Streams_ReadTheExamples()
    {
        using var agreement = new MemoryStream(EcvetJson.SerializeToUtf8Bytes(MobilityExamples.Agreement()));
        using var mou = new MemoryStream(EcvetJson.SerializeToUtf8Bytes(MobilityExamples.SignedMou()));
        using var transcript = new MemoryStream(EcvetJson.SerializeToUtf8Bytes(MobilityExamples.Transcript()));

        (await EcvetJson.ParseLearningAgreementAsync(agreement)).Value.Should().Be(MobilityExamples.Agreement());
        (await EcvetJson.ParseMemorandumOfUnderstandingAsync(mou)).Value.Should().Be(MobilityExamples.SignedMou());
        (await EcvetJson.ParsePersonalTranscriptAsync(transcript)).Value.Should().Be(MobilityExamples.Transcript());
    }

    [Fact]
    public void SerializeToStream_WritesTheSameBytes()
    {
        using var agreement = new MemoryStream();
        using var mou = new MemoryStream();
        using var transcript = new MemoryStream();

        EcvetJson.Serialize(agreement, MobilityExamples.Agreement(), indented: true);
        EcvetJson.Serialize(mou, MobilityExamples.SignedMou());
        EcvetJson.Serialize(transcript, MobilityExamples.Transcript());

        agreement.ToArray().Should().Equal(EcvetJson.SerializeToUtf8Bytes(MobilityExamples.Agreement(), indented: true));
        mou.ToArray().Should().Equal(EcvetJson.SerializeToUtf8Bytes(MobilityExamples.SignedMou()));
        transcript.ToArray().Should().Equal(EcvetJson.SerializeToUtf8Bytes(MobilityExamples.Transcript()));
        var nullStream = () => EcvetJson.Serialize(null!, MobilityExamples.Transcript());
        nullStream.Should().Throw<ArgumentNullException>().WithParameterName("utf8Json");
        var nullDocument = () => EcvetJson.Serialize(new MemoryStream(), (LearningAgreement)null!);
        nullDocument.Should().Throw<ArgumentNullException>().WithParameterName("agreement");
    }

    [Fact]
    public async Task ParseAsync_BadArguments_Throw()
    {
        using var stream = new MemoryStream(EcvetJson.SerializeToUtf8Bytes(MobilityExamples.Transcript()));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await FluentActions.Awaiting(() => EcvetJson.ParsePersonalTranscriptAsync(stream, cancellationToken: cancelled.Token))
            .Should().ThrowAsync<OperationCanceledException>();
        await FluentActions.Awaiting(() => EcvetJson.ParseLearningAgreementAsync(null!))
            .Should().ThrowAsync<ArgumentNullException>().WithParameterName("utf8Json");
        var tooLarge = await EcvetJson.ParseMemorandumOfUnderstandingAsync(new MemoryStream(new byte[200]), new EcvetJsonReaderOptions { MaxInputBytes = 100 });
        tooLarge.Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCode.InputTooLarge);
    }

    [Fact]
    public void WriteThenRead_MononymAssessor_RoundTripsWithNullGivenNames()
    {
        var scheme = GradingScheme.PassFail("pass-fail", TestValues.En("Pass or fail"));
        var result = AssessmentResult.ForUnit(Fixtures.U3, AssessmentStatus.Passed, Fixtures.Host, PersonName.Mononym("Suharto"),
            new NodaTime.LocalDate(2026, 5, 20), AssessmentMethod.PracticalDemonstration, scheme, "pass", []);
        var transcript = PersonalTranscript.Issue(TranscriptId.Parse("tor-2026-0043"), MobilityExamples.Agreement(),
            [TranscriptEntry.Create(TestValues.En("Cold kitchen"), result, Credit.Ecvet(CreditPoints.From(15)))],
            NodaTime.Instant.FromUtc(2026, 5, 29, 14, 0));

        var json = EcvetJson.Serialize(transcript);
        var read = EcvetJson.ParsePersonalTranscript(json);

        json.Should().Contain("\"assessor\":{\"givenNames\":null,\"familyName\":\"Suharto\"}");
        read.Problems.Should().BeEmpty();
        read.Value.Should().Be(transcript);
        read.Value!.Entries[0].Result.Assessor.GivenNames.Should().BeNull();
        var withoutMember = json.Replace("\"givenNames\":null,", string.Empty, StringComparison.Ordinal);
        EcvetJson.ParsePersonalTranscript(withoutMember).Value.Should().Be(transcript, "an absent optional member reads as null");
    }

    [Fact]
    public void ReadPersonalTranscript_UnknownGradingScheme_ReportsTheEntry()
    {
        var json = EcvetJson.Serialize(MobilityExamples.Transcript()).Replace("\"gradingScheme\":\"es-fp-0-10\"", "\"gradingScheme\":\"letters\"", StringComparison.Ordinal);

        var result = EcvetJson.ParsePersonalTranscript(json);

        result.IsSuccess.Should().BeFalse();
        result.Problems.Should().Contain(p => p.Path == "$.entries[0].gradingScheme" && p.Code == JsonProblemCode.UnknownReference);
    }

    [Fact]
    public void ReadPersonalTranscript_EntryWithOutcomeAndUnit_ReportsTheOutcome()
    {
        var json = EcvetJson.Serialize(MobilityExamples.Transcript());
        var both = json.Replace("\"outcome\":null,", "\"outcome\":\"cook-lo1\",", StringComparison.Ordinal);
        both.Should().NotBe(json, "the example's entries target units");

        var result = EcvetJson.ParsePersonalTranscript(both);

        result.IsSuccess.Should().BeFalse();
        result.Problems.Should().Contain(p => p.Path == "$.entries[0].outcome" && p.Code == JsonProblemCode.InvalidValue);
    }

    [Fact]
    public void WriteThenRead_HostTarget_WritesCatalogueOnlyForTheHost()
    {
        var home = MobilityExamples.Transcript();
        var hostResult = AssessmentResult.ForUnit(UnitId.Parse("es-cocina"), AssessmentStatus.Passed, Fixtures.Host, PersonName.Create("Jordi", "Martí Soler"),
            new NodaTime.LocalDate(2026, 5, 20), AssessmentMethod.PracticalDemonstration, home.Entries[0].Result.Scheme, "8", catalogue: TargetCatalogue.Host);
        var transcript = PersonalTranscript.Restore(home.Id, home.Agreement, home.Learner, home.IssuedBy, home.Period, home.IssuedAt,
            [.. home.Entries, TranscriptEntry.Create(TestValues.En("Cocina"), hostResult)]);

        var json = EcvetJson.Serialize(transcript);
        var read = EcvetJson.ParsePersonalTranscript(json);

        read.Problems.Should().BeEmpty();
        read.Value.Should().Be(transcript);
        json.Split("\"catalogue\"").Should().HaveCount(2, "only the host entry carries the member; home entries keep the shape and hash they had");
        json.Should().Contain("\"unit\":\"es-cocina\",\"catalogue\":\"host\"");
        var explicitHome = EcvetJson.Serialize(home).Replace("\"unit\":\"fi-cook-u3\",", "\"unit\":\"fi-cook-u3\",\"catalogue\":\"home\",", StringComparison.Ordinal);
        EcvetJson.ParsePersonalTranscript(explicitHome).Value.Should().Be(home, "\"home\" is what an absent member means");
    }

    [Fact]
    public void ReadPersonalTranscript_UnknownCatalogue_ReportsItsPath()
    {
        var json = EcvetJson.Serialize(MobilityExamples.Transcript()).Replace("\"unit\":\"fi-cook-u3\",", "\"unit\":\"fi-cook-u3\",\"catalogue\":\"guest\",", StringComparison.Ordinal);

        var result = EcvetJson.ParsePersonalTranscript(json);

        result.IsSuccess.Should().BeFalse();
        result.Problems.Should().Contain(p => p.Path == "$.entries[0].catalogue" && p.Code == JsonProblemCode.InvalidEnumValue);
    }

    [Fact]
    public void ReadLearningAgreement_VersionZero_ReportsTheNumber()
    {
        var json = EcvetJson.Serialize(MobilityExamples.Agreement());
        var zero = json.Replace("\"number\":1,", "\"number\":0,", StringComparison.Ordinal);
        zero.Should().NotBe(json);

        var result = EcvetJson.ParseLearningAgreement(zero);

        result.IsSuccess.Should().BeFalse();
        result.Problems.Should().Contain(p => p.Path == "$.versions[0].number" && p.Code == JsonProblemCode.InvalidValue);
    }

    [Fact]
    public void ReadMemorandumOfUnderstanding_UntilBeforeFrom_ReportsAProblem()
    {
        var json = EcvetJson.Serialize(MobilityExamples.SignedMou()).Replace("\"validUntil\":\"2028-08-31\"", "\"validUntil\":\"2024-08-31\"", StringComparison.Ordinal);

        var result = EcvetJson.ParseMemorandumOfUnderstanding(json);

        result.IsSuccess.Should().BeFalse();
        result.Problems.Should().ContainSingle().Which.Message.Should().Contain("before its start");
    }

    [Fact]
    public void ReadMemorandumOfUnderstanding_MissingProcedures_ReportsMissingProperty()
    {
        var json = EcvetJson.Serialize(MobilityExamples.SignedMou());
        var start = json.IndexOf(",\"procedures\":", StringComparison.Ordinal);
        var end = json.IndexOf(",\"validFrom\":", StringComparison.Ordinal);

        var result = EcvetJson.ParseMemorandumOfUnderstanding(json[..start] + json[end..]);

        result.IsSuccess.Should().BeFalse();
        result.Problems.Should().Contain(p => p.Code == JsonProblemCode.MissingProperty);
    }

    private static void CheckExample<T>(string name, T value, Func<T, string> write, Func<string, JsonReadResult<T>> read)
        where T : class
    {
        var written = write(value);
        var back = read(written);
        back.Problems.Should().BeEmpty();
        back.Value.Should().Be(value, "a written document reads back equal");
        write(back.Value).Should().Be(written, "writing what was read gives the same text");

        var path = Path.Combine(RepositoryRoot(), "examples", "mobility", name + ".json");
        if (Approve)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, written + "\n");
        }

        var committed = File.ReadAllText(path);
        committed.Should().Be(written + "\n", $"{path} must match what the library writes; set ECVET_APPROVE_EXAMPLES=1 to update it");
        read(committed).Value.Should().Be(value, "the committed example reads back equal");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ecvet.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
