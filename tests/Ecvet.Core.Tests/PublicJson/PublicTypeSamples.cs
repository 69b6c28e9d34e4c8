using System.Text.Json;
using System.Text.Json.Nodes;
using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Matching;
using Ecvet.Recognition;
using Ecvet.Serialization;
using Ecvet.Tests.Serialization;
using NodaTime;

namespace Ecvet.Tests.PublicJson;

/// <summary>A value of a public type and the JSON it must be written as.</summary>
public sealed record PublicTypeSample(Type Type, object Value, JsonNode Expected);

/// <summary>
/// One sample per public type with a JSON shape. Parts of documents are taken from the examples together with the JSON
/// the document holds at the same place, so "the shape it has inside documents" is checked against the documents
/// themselves, not against a copy of the shape.
/// </summary>
public static class PublicTypeSamples
{
    private static readonly Lazy<IReadOnlyDictionary<Type, PublicTypeSample>> Table = new(Build);

    public static IReadOnlyDictionary<Type, PublicTypeSample> All => Table.Value;

    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var type in All.Keys.OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                data.Add(type.FullName!);
            }

            return data;
        }
    }

    public static PublicTypeSample Get(string name) => All.Values.Single(s => s.Type.FullName == name);

    private static Dictionary<Type, PublicTypeSample> Build()
    {
        var samples = new Dictionary<Type, PublicTypeSample>();
        void Add<T>(T value, JsonNode expected)
            where T : notnull => samples.TryAdd(typeof(T), new PublicTypeSample(typeof(T), value, expected));
        void AddText<T>(T value, string expected)
            where T : notnull => Add(value, JsonValue.Create(expected));

        // Enumerations: every value by its camelCase name; a set of flags as the array of its flags.
        foreach (var type in typeof(UnitId).Assembly.GetExportedTypes().Where(t => t.IsEnum && !t.IsDefined(typeof(FlagsAttribute), false)))
        {
            var value = Enum.GetValues(type).GetValue(Enum.GetValues(type).Length - 1)!;
            samples.Add(type, new PublicTypeSample(type, value, JsonValue.Create(JsonNamingPolicy.CamelCase.ConvertName(value.ToString()!))));
        }

        Add(MatchEvidence.SharedTerms | MatchEvidence.SameType, new JsonArray("sharedTerms", "sameType"));

        // Values.
        AddText(UnitId.Parse("cook-u3"), "cook-u3");
        AddText(QualificationId.Parse("fi-cook"), "fi-cook");
        AddText(LearningOutcomeId.Parse("lo-1"), "lo-1");
        AddText(LearningAgreementId.Parse("la-2026-17"), "la-2026-17");
        AddText(MouId.Parse("mou-omnia-ie"), "mou-omnia-ie");
        AddText(TranscriptId.Parse("tr-1"), "tr-1");
        AddText(ContentHash.Parse(new string('a', 64)), new string('a', 64));
        AddText(CountryCode.Parse("FI"), "FI");
        AddText(CreditScheme.Parse("ects"), "ects");
        AddText(LanguageTag.Parse("pt-BR"), "pt-BR");
        AddText(IscedFCode.Parse("1013"), "1013");
        AddText(InstitutionId.Parse("schac:omnia.fi"), "schac:omnia.fi");
        AddText(EscoOccupationRef.Parse("http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e"), "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e");
        Add(CreditPoints.From(7.5m), JsonValue.Create(7.5m));
        Add(EqfLevel.From(4), JsonValue.Create(4));
        Add(AgreementEnd.Restore(AgreementEndKind.Cancelled, Instant.FromUtc(2026, 3, 1, 12, 0), "Mobility did not take place."),
            JsonNode.Parse("""{"kind":"cancelled","at":"2026-03-01T12:00:00Z","reason":"Mobility did not take place."}""")!);

        // The qualification document.
        var (qualificationDocument, q) = Read("fi-cook.json", j => EcvetJson.ParseQualificationDocument(j));
        Add(qualificationDocument, q);
        var qualification = qualificationDocument.Qualification;
        Add(qualification, q["qualification"]!);
        Add(qualification.Title, q["qualification"]!["title"]!);
        Add(qualification.NqfLevel!, q["qualification"]!["nqfLevel"]!);
        Add(qualification.Allocations[0], q["qualification"]!["units"]![0]!);
        Add(qualificationDocument.Units, q["units"]!);
        var unit = qualificationDocument.Units.Units[0];
        Add(unit, q["units"]![0]!);
        Add(unit.LearningOutcomes[0], q["units"]![0]!["learningOutcomes"]![0]!);
        var tagged = qualificationDocument.Units.Units.IndexOf(qualificationDocument.Units.Units.First(u => u.LearningOutcomes.Any(o => o.EscoSkills.Length > 0)));
        var taggedOutcome = qualificationDocument.Units.Units[tagged].LearningOutcomes.IndexOf(qualificationDocument.Units.Units[tagged].LearningOutcomes.First(o => o.EscoSkills.Length > 0));
        Add(qualificationDocument.Units.Units[tagged].LearningOutcomes[taggedOutcome].EscoSkills[0], q["units"]![tagged]!["learningOutcomes"]![taggedOutcome]!["escoSkills"]![0]!);

        // The mobility documents.
        var (agreement, a) = Read("mobility/learning-agreement.json", j => EcvetJson.ParseLearningAgreement(j));
        Add(agreement, a);
        var version = agreement.Versions[^1]; // the version that came from an approved change
        var v = a["versions"]![agreement.Versions.Length - 1]!;
        Add(version, v);
        Add(version.Content, v["content"]!);
        Add(version.Content.Learner, v["content"]!["learner"]!);
        Add(version.Content.Learner.Ids[0], v["content"]!["learner"]!["ids"]![0]!);
        Add(version.Content.Learner.Name!, v["content"]!["learner"]!["name"]!);
        Add(version.Content.Period, v["content"]!["period"]!);
        Add(version.Content.Qualification, v["content"]!["qualification"]!);
        Add(version.Content.Expected[0], v["content"]!["expected"]![0]!);
        Add(version.Content.Expected[0].Assessment, v["content"]!["expected"]![0]!["assessment"]!);
        Add(version.Signatures[0], v["signatures"]![0]!);
        var proposal = agreement.Proposals.First(p => p.Rejection is not null);
        var p = a["proposals"]![agreement.Proposals.IndexOf(proposal)]!;
        Add(proposal, p);
        Add(proposal.Rejection!, p["rejection"]!);
        Add(version.Origin!.Changes[0], v["origin"]!["changes"]![0]!);

        var (mou, m) = Read("mobility/memorandum-of-understanding.json", j => EcvetJson.ParseMemorandumOfUnderstanding(j));
        Add(mou, m);
        Add(mou.SigningOrganisations[0], m["signingOrganisations"]![0]!);
        Add(mou.SigningOrganisations[0].Contact!, m["signingOrganisations"]![0]!["contact"]!);
        Add(mou.Qualifications[0], m["qualifications"]![0]!);
        Add(mou.Qualifications[0].Units[0], m["qualifications"]![0]!["units"]![0]!);
        Add(mou.Procedures, m["procedures"]!);
        Add(mou.PreAgreedEquivalences[0], m["preAgreedEquivalences"]![0]!);

        var (transcript, t) = Read("mobility/personal-transcript.json", j => EcvetJson.ParsePersonalTranscript(j));
        Add(transcript, t);
        Add(transcript.Entries[0].Result.Scheme, t["gradingSchemes"]![0]!);
        Add(transcript.Entries[0].CreditRecorded!, t["entries"]![0]!["creditRecorded"]!);

        var (confirmations, c) = Read("mobility/match-confirmations.json", j => EcvetJson.ParseMatchConfirmationSet(j));
        Add(confirmations, c);
        Add(confirmations.Confirmations[0], c["confirmations"]![0]!);

        // The recognition documents.
        var (ruleSet, r) = Read("recognition/rule-set.json", j => EcvetJson.ParseRuleSet(j));
        Add(ruleSet, r);
        Add(ruleSet.Policy, r["policy"]!);
        Add(ruleSet.Rules[0], r["rules"]![0]!);
        for (var i = 0; i < ruleSet.Rules.Length; i++)
        {
            AddConditions(ruleSet.Rules[i].Condition, r["rules"]![i]!["condition"]!);
        }

        void AddConditions(Condition condition, JsonNode json)
        {
            samples.TryAdd(condition.GetType(), new PublicTypeSample(condition.GetType(), condition, json));
            samples.TryAdd(typeof(Condition), new PublicTypeSample(typeof(Condition), condition, json));
            switch (condition)
            {
                case CompositeCondition composite:
                    samples.TryAdd(typeof(CompositeCondition), new PublicTypeSample(typeof(CompositeCondition), composite, json));
                    for (var i = 0; i < composite.Parts.Length; i++)
                    {
                        AddConditions(composite.Parts[i], json["parts"]![i]!);
                    }

                    break;
                case NotCondition not:
                    AddConditions(not.Part, json["part"]!);
                    break;
            }
        }

        var (report, rr) = Read("recognition/recognition-report.json", j => EcvetJson.ParseRecognitionReport(j));
        Add(report, rr);
        Add(report.Trace[0], rr["trace"]![0]!);
        var decision = report.Decisions.First(d => d.CoveredOutcomes.Length > 0 && d.AwaitingConfirmation.Length > 0);
        var d = rr["decisions"]![report.Decisions.IndexOf(decision)]!;
        Add(decision, d);
        Add(decision.CoveredOutcomes[0], d["coveredOutcomes"]![0]!);
        Add(decision.CoveredOutcomes[0].Evidence, d["coveredOutcomes"]![0]!["evidence"]!);
        Add(decision.AwaitingConfirmation[0], d["awaitingConfirmation"]![0]!);

        var (ledger, l) = Read("recognition/credit-ledger.json", j => EcvetJson.ParseCreditLedger(j));
        Add(ledger, l);
        Add(ledger.BankedOutcomes[0], l["bankedOutcomes"]![0]!);
        Add(ledger.Recognitions[0], l["recognitions"]![0]!);
        return samples;
    }

    private static (T Value, JsonNode Json) Read<T>(string file, Func<string, JsonReadResult<T>> parse)
        where T : class
    {
        var json = File.ReadAllText(Path.Combine(JsonSamples.ExamplesFolder, file));
        return (parse(json).Value, JsonNode.Parse(json)!);
    }
}
