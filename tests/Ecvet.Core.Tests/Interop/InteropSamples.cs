using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Interop;
using Ecvet.Recognition;
using Ecvet.Serialization;
using NodaTime;

namespace Ecvet.Tests.Interop;

/// <summary>The inputs of the export tests: the repository's example qualifications and a host's unit result.</summary>
internal static class InteropSamples
{
    /// <summary>The example qualification documents whose ELM exports are pinned by golden files.</summary>
    public static readonly string[] ExampleNames = ["fi-cook", "fi-electrician"];

    public static string RepositoryRoot { get; } = FindRoot();

    public static string GoldenDirectory { get; } = Path.Combine(RepositoryRoot, "tests", "Ecvet.Core.Tests", "Interop", "Golden");

    /// <summary>Set ECVET_APPROVE_EXPORTS=1 to rewrite the golden files after an intended change.</summary>
    public static bool Approve { get; } = Environment.GetEnvironmentVariable("ECVET_APPROVE_EXPORTS") == "1";

    public static QualificationDocument Example(string name)
    {
        var read = EcvetJson.ParseQualificationDocument(File.ReadAllText(Path.Combine(RepositoryRoot, "examples", name + ".json")));
        read.IsSuccess.Should().BeTrue(string.Join("; ", read.Problems));
        return read.Value!;
    }

    public static UnitId CookHotDishes { get; } = UnitId.Parse("fi-hrc-u3");

    public static OpenBadgeCredentialOptions BadgeOptions { get; } = new()
    {
        CredentialId = new Uri("urn:uuid:6f1c2a7e-3b8d-4c55-9a21-0d4e8b7f1c90"),
        IssuerId = new Uri("https://stadinao.example.fi/issuer"),
        IssuerName = "Helsinki Vocational College and Adult Institute",
        IssuedOn = Instant.FromUtc(2025, 6, 30, 12, 0),
        SubjectId = new Uri("did:example:learner-5f2c"),
    };

    /// <summary>The host's result for the hot-dishes unit, graded on a 1–10 scale with 5 to pass, with one evidence link.</summary>
    public static AssessmentResult HotDishesResult(AssessmentStatus status = AssessmentStatus.Passed, string? grade = "8") =>
        AssessmentResult.ForUnit(
            CookHotDishes,
            status,
            InstitutionId.Create(IdentifierScheme.ErasmusCode, "E  VALENCI23"),
            PersonName.Create("Lucía", "Martínez"),
            new LocalDate(2025, 5, 23),
            AssessmentMethod.PracticalDemonstration,
            GradingScheme.Numeric("es-fp-1-10", LocalizedText.English("Spanish VET grades, 1 to 10"), 1m, 10m, 5m),
            grade,
            [new Uri("https://cipfp-valencia.example.es/evidence/2025/hot-dishes-demo")]);

    /// <summary>The day the example mobility is recognised on, as in the README's recognise command.</summary>
    public static LocalDate RecognitionDay { get; } = new(2026, 6, 15);

    public static PersonalTranscript ExampleTranscript => Mobility("personal-transcript.json", EcvetJson.ParsePersonalTranscript);

    public static MemorandumOfUnderstanding ExampleMou => Mobility("memorandum-of-understanding.json", EcvetJson.ParseMemorandumOfUnderstanding);

    /// <summary>
    /// The report on the example mobility (<c>examples/mobility/</c>, home qualification <c>fi-cook</c>) under the default
    /// rule set: with the teacher's confirmation, U2 and U4 are recognised in full and U3 in part; without it, U4 is deferred.
    /// </summary>
    public static RecognitionReport ExampleReport(bool withConfirmations = true)
    {
        var record = new MobilityRecord(
            Example("fi-cook"),
            Mobility("learning-agreement.json", EcvetJson.ParseLearningAgreement),
            ExampleTranscript,
            ExampleMou,
            Mobility("host-qualification.json", EcvetJson.ParseQualificationDocument).Units,
            withConfirmations ? Mobility("match-confirmations.json", EcvetJson.ParseMatchConfirmationSet).Confirmations : null);
        return RecognitionEngine.Create(RuleSet.Default).Evaluate(record, RecognitionDay);
    }

    /// <summary>The Europass options of the example: the home and host institutions as the MoU names them.</summary>
    public static ElmCredentialOptions CredentialOptions => new()
    {
        CredentialId = new Uri("urn:uuid:2b7c4e1a-9f3d-4a6b-8c21-5e0f7d9a3b64"),
        AwardingBody = ExampleMou.SigningOrganisations.Single(o => o.Id == InstitutionId.Parse("schac:stadinao.fi")),
        Host = ExampleMou.SigningOrganisations.Single(o => o.Id == InstitutionId.Parse("schac:cipfp-valencia.es")),
    };

    private static T Mobility<T>(string file, Func<string, EcvetJsonReaderOptions?, JsonReadResult<T>> parse)
        where T : class
    {
        var read = parse(File.ReadAllText(Path.Combine(RepositoryRoot, "examples", "mobility", file)), null);
        read.IsSuccess.Should().BeTrue(string.Join("; ", read.Problems));
        return read.Value!;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ecvet.Core.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Ecvet.Core.sln not found above " + AppContext.BaseDirectory);
    }
}
