using System.Collections.Immutable;
using System.Globalization;
using Ecvet.Agreements;
using Ecvet.Assessment;
using NodaTime;

namespace Ecvet.Recognition.Internal;

/// <summary>The state of the evidence for one targeted home outcome, from worst to best.</summary>
internal enum OutcomeState
{
    None = 0,
    Failed = 1,
    InProgress = 2,
    AwaitingConfirmation = 3,
    Covered = 4,
}

/// <summary>A transcript result with its entry's position and path, as used for one home outcome.</summary>
internal readonly record struct UsedResult(AssessmentResult Result, int Entry, string Path);

/// <summary>The evidence gathered for one targeted home outcome.</summary>
internal sealed class OutcomeAnalysis(LearningOutcome outcome, int unitIndex, int outcomeIndex)
{
    private ImmutableArray<string> pathEvidence;
    private ImmutableArray<string> resultPaths;
    private string? path;

    public LearningOutcome Outcome { get; } = outcome;

    /// <summary>
    /// The outcome's path in the qualification document, written when first cited: deciding cites none, only the trace
    /// lines a reader asks for do. Threads that race here write the same text.
    /// </summary>
    public string Path => path ??= string.Create(CultureInfo.InvariantCulture, $"qualification:$.units[{unitIndex}].learningOutcomes[{outcomeIndex}]");

    /// <summary>The path as evidence, made once per evaluation however many conditions cite it.</summary>
    public ImmutableArray<string> PathEvidence => pathEvidence.IsDefault ? pathEvidence = [Path] : pathEvidence;

    public OutcomeState State { get; private set; }

    public OutcomeEvidence? Evidence { get; private set; }

    public PendingMatch? Pending { get; private set; }

    public string? HostKey { get; private set; }

    public bool AnyPassed { get; private set; }

    public bool AnyInProgress { get; private set; }

    public List<UsedResult> Results { get; } = [];

    /// <summary>The distinct paths of <see cref="Results"/>, made once when the checks first cite them (after gathering).</summary>
    public ImmutableArray<string> ResultPaths => resultPaths.IsDefault ? resultPaths = [.. Results.Select(r => r.Path).Distinct()] : resultPaths;

    public void Offer(OutcomeState state, OutcomeEvidence? evidence, PendingMatch? pending, string? hostKey)
    {
        if (state > State)
        {
            State = state;
            Evidence = state == OutcomeState.Covered ? evidence : null;
            Pending = state == OutcomeState.AwaitingConfirmation ? pending : null;
            HostKey = state == OutcomeState.Covered ? hostKey : null;
        }
    }

    public void Record(UsedResult used)
    {
        Results.Add(used);
        AnyPassed |= used.Result.Status == AssessmentStatus.Passed;
        AnyInProgress |= used.Result.Status == AssessmentStatus.InProgress;
    }
}

/// <summary>A home unit targeted by the agreement, with its outcomes' evidence.</summary>
internal sealed class UnitAnalysis(int index, ExpectedLearning expected, string path, UnitOfLearningOutcomes? unit, UnitAllocation? allocation)
{
    private ImmutableArray<string> pathEvidence;

    public int Index { get; } = index;

    public ExpectedLearning Expected { get; } = expected;

    public string Path { get; } = path;

    /// <summary>The path as evidence, made once per evaluation however many conditions cite it.</summary>
    public ImmutableArray<string> PathEvidence => pathEvidence.IsDefault ? pathEvidence = [Path] : pathEvidence;

    public UnitOfLearningOutcomes? Unit { get; } = unit;

    public UnitAllocation? Allocation { get; } = allocation;

    public List<OutcomeAnalysis> Outcomes { get; } = [];

    public ImmutableArray<LearningOutcomeId> UnknownOutcomes { get; set; } = [];

    public string? DoubleCountedWith { get; set; }

    public string? DoubleCountedKey { get; set; }
}

/// <summary>
/// Everything the checks read about one mobility, gathered once per evaluation: the agreement version read, the
/// transcript results sorted by provenance, and the evidence per targeted home outcome along the three paths.
/// </summary>
internal sealed class MobilityAnalysis
{
    private ImmutableArray<string> contentPathEvidence;
    private PredicateContext? context;
    private object? contextSubject;

    private MobilityAnalysis(MobilityRecord record, RecognitionPolicy policy, LocalDate today)
    {
        Record = record;
        Policy = policy;
        Today = today;
        var agreement = record.Agreement;
        Version = agreement.GetVersionInForce(policy.Signatories) ?? agreement.LatestVersion;
        VersionIndex = agreement.Versions.IndexOf(Version);
        ContentPath = string.Create(CultureInfo.InvariantCulture, $"agreement:$.versions[{VersionIndex}].content");
        Findings = MobilityConsistency.Check(record, policy);
    }

    /// <summary>What the documents of the mobility say against each other: the rules that relate documents answer from it.</summary>
    public ImmutableArray<ConsistencyFinding> Findings { get; }

    /// <summary>The finding of a code, at a transcript entry or expected unit when <paramref name="index"/> is given.</summary>
    public ConsistencyFinding? Finding(ConsistencyCode code, int index = -1)
    {
        foreach (var finding in Findings)
        {
            if (finding.Code == code && finding.Index == index)
            {
                return finding;
            }
        }

        return null;
    }

    public MobilityRecord Record { get; }

    public RecognitionPolicy Policy { get; }

    public LocalDate Today { get; }

    public LearningAgreementVersion Version { get; }

    public int VersionIndex { get; }

    public LearningAgreementContent Content => Version.Content;

    public string ContentPath { get; }

    /// <summary>The agreement content's path as evidence, made once per evaluation.</summary>
    public ImmutableArray<string> ContentPathEvidence => contentPathEvidence.IsDefault ? contentPathEvidence = [ContentPath] : contentPathEvidence;

    public List<UnitAnalysis> Units { get; } = [];

    public List<string> UnusedResults { get; } = [];

    /// <summary>
    /// The context named predicates see for a subject (the mobility, a unit or an outcome): one per subject, shared by the
    /// predicates evaluated on it, since rules are evaluated subject by subject. A context is immutable.
    /// </summary>
    public PredicateContext ContextFor(UnitAnalysis? unit, OutcomeAnalysis? outcome)
    {
        var subject = (object?)outcome ?? (object?)unit ?? this;
        if (context is null || !ReferenceEquals(contextSubject, subject))
        {
            context = new PredicateContext(Record, Policy, Today, Content, unit?.Expected, outcome?.Outcome);
            contextSubject = subject;
        }

        return context;
    }

    public static MobilityAnalysis Run(MobilityRecord record, RecognitionPolicy policy, LocalDate today, IOutcomeMatcher matcher)
    {
        var analysis = new MobilityAnalysis(record, policy, today);
        analysis.Gather(matcher);
        return analysis;
    }

    private void Gather(IOutcomeMatcher matcher)
    {
        var homeCatalogue = Record.Qualification.Units;
        var qualification = Record.Qualification.Qualification;
        var homeOutcomeIds = new HashSet<LearningOutcomeId>();
        foreach (var unit in homeCatalogue.Units)
        {
            foreach (var outcome in unit.LearningOutcomes)
            {
                homeOutcomeIds.Add(outcome.Id);
            }
        }

        var hostOutcomes = new Dictionary<LearningOutcomeId, LearningOutcome>();
        foreach (var unit in Record.HostUnits.Units)
        {
            foreach (var outcome in unit.LearningOutcomes)
            {
                hostOutcomes.TryAdd(outcome.Id, outcome);
            }
        }

        // Provenance is explicit: each result says whether it assesses a home target or one of the host's own, so an
        // identifier both catalogues use is never ambiguous. An outcome or home unit its catalogue lacks is not used.
        var homeOutcomeResults = new Dictionary<LearningOutcomeId, UsedResult>();
        var homeUnitResults = new Dictionary<UnitId, UsedResult>();
        var hostOutcomeResults = new List<(LearningOutcome Outcome, UsedResult Used)>();
        var hostUnitResults = new Dictionary<UnitId, UsedResult>();
        var transcript = Record.Transcript;
        if (transcript is not null)
        {
            for (var i = 0; i < transcript.Entries.Length; i++)
            {
                var result = transcript.Entries[i].Result;
                var used = new UsedResult(result, i, string.Create(CultureInfo.InvariantCulture, $"transcript:$.entries[{i}]"));
                // The transcript lists a target once per catalogue, so each id is added at most once.
                var known = false;
                if (result.Outcome is { } outcomeId)
                {
                    if (!result.IsHostTarget && homeOutcomeIds.Contains(outcomeId))
                    {
                        homeOutcomeResults[outcomeId] = used;
                        known = true;
                    }
                    else if (result.IsHostTarget && hostOutcomes.TryGetValue(outcomeId, out var hostOutcome))
                    {
                        hostOutcomeResults.Add((hostOutcome, used));
                        known = true;
                    }
                }
                else if (result.Unit is { } unitId)
                {
                    // A host unit needs no catalogue for an MoU equivalence, which names it; matching its outcomes does.
                    known = result.IsHostTarget || homeCatalogue.Contains(unitId);
                    if (known)
                    {
                        (result.IsHostTarget ? hostUnitResults : homeUnitResults)[unitId] = used;
                    }
                }

                if (!known)
                {
                    UnusedResults.Add(used.Path);
                }
            }
        }

        var expected = Content.Expected;
        var consumedHostUnits = new HashSet<UnitId>();
        for (var j = 0; j < expected.Length; j++)
        {
            var item = expected[j];
            homeCatalogue.TryGet(item.Unit, out var unit);
            qualification.TryGetAllocation(item.Unit, out var allocation);
            var unitAnalysis = new UnitAnalysis(j, item, string.Create(CultureInfo.InvariantCulture, $"{ContentPath}.expected[{j}]"), unit, allocation);
            Units.Add(unitAnalysis);
            if (unit is null)
            {
                continue;
            }

            var targeted = new List<LearningOutcome>();
            var unknown = ImmutableArray.CreateBuilder<LearningOutcomeId>();
            if (item.IsWholeUnit)
            {
                targeted.AddRange(unit.LearningOutcomes);
            }
            else
            {
                foreach (var id in item.Outcomes)
                {
                    if (unit.TryGetOutcome(id, out var outcome))
                    {
                        targeted.Add(outcome);
                    }
                    else
                    {
                        unknown.Add(id);
                    }
                }
            }

            unitAnalysis.UnknownOutcomes = unknown.ToImmutable();
            var unitIndex = homeCatalogue.Units.IndexOf(unit);
            foreach (var outcome in targeted)
            {
                var outcomeAnalysis = new OutcomeAnalysis(outcome, unitIndex, unit.LearningOutcomes.IndexOf(outcome));
                unitAnalysis.Outcomes.Add(outcomeAnalysis);

                // Path 1: the host assessed the home outcome, or its whole home unit.
                if (homeOutcomeResults.TryGetValue(outcome.Id, out var own))
                {
                    OfferHome(outcomeAnalysis, own, outcome.Id.Value);
                }

                if (homeUnitResults.TryGetValue(unit.Id, out var whole))
                {
                    OfferHome(outcomeAnalysis, whole, unit.Id.Value);
                }

                // Path 2: a pre-agreed equivalence of the MoU.
                if (Record.Mou is { } mou)
                {
                    foreach (var rule in mou.PreAgreedEquivalences)
                    {
                        if (rule.HomeUnit == unit.Id && (rule.IsWholeUnit || rule.HomeOutcomes.Contains(outcome.Id)))
                        {
                            OfferEquivalence(outcomeAnalysis, rule, hostUnitResults, consumedHostUnits);
                        }
                    }
                }
            }
        }

        MatchHostOutcomes(matcher, hostOutcomes, hostOutcomeResults, hostUnitResults, consumedHostUnits);
        FindDoubleCounting();
    }

    private static void OfferHome(OutcomeAnalysis analysis, UsedResult used, string source)
    {
        analysis.Record(used);
        var state = used.Result.Status switch
        {
            AssessmentStatus.Passed => OutcomeState.Covered,
            AssessmentStatus.InProgress => OutcomeState.InProgress,
            _ => OutcomeState.Failed,
        };
        analysis.Offer(state, new OutcomeEvidence(EvidenceKind.HomeAssessment, source, used.Result.AssessedOn, null, null, [used.Path]), null, null);
    }

    private static void OfferEquivalence(OutcomeAnalysis analysis, EquivalenceRule rule, Dictionary<UnitId, UsedResult> hostUnitResults,
        HashSet<UnitId> consumed)
    {
        var results = new List<UsedResult>(rule.HostUnits.Length);
        foreach (var hostUnit in rule.HostUnits)
        {
            if (!hostUnitResults.TryGetValue(hostUnit, out var used))
            {
                return; // not every host unit was assessed: the equivalence does not apply
            }

            results.Add(used);
        }

        var state = OutcomeState.Covered;
        foreach (var used in results)
        {
            analysis.Record(used);
            var result = used.Result;
            var reached = result.Status switch
            {
                AssessmentStatus.InProgress => OutcomeState.InProgress,
                AssessmentStatus.Failed => OutcomeState.Failed,
                _ => rule.MinimumGrade is null ? OutcomeState.Covered
                    : rule.MinimumGradeScheme is { } scheme && scheme == result.Scheme.Id && result.Scheme.IsValidGrade(rule.MinimumGrade)
                        ? result.Scheme.IsAtLeast(result.Grade!, rule.MinimumGrade) ? OutcomeState.Covered : OutcomeState.Failed
                        : OutcomeState.None, // the minimum grade cannot be checked against this result's scheme
            };
            state = (OutcomeState)Math.Min((int)state, (int)reached);
        }

        var paths = results.Select(r => r.Path).ToImmutableArray();
        var latest = results.Max(r => r.Result.AssessedOn);
        var source = string.Join("+", rule.HostUnits);
        analysis.Offer(state, new OutcomeEvidence(EvidenceKind.MouEquivalence, source, latest, null, null, paths), null, "unit:" + source);
        if (state == OutcomeState.Covered)
        {
            foreach (var hostUnit in rule.HostUnits)
            {
                consumed.Add(hostUnit);
            }
        }
    }

    private void MatchHostOutcomes(IOutcomeMatcher matcher, Dictionary<LearningOutcomeId, LearningOutcome> hostOutcomes,
        List<(LearningOutcome Outcome, UsedResult Used)> hostOutcomeResults, Dictionary<UnitId, UsedResult> hostUnitResults,
        HashSet<UnitId> consumedHostUnits)
    {
        // Passed host outcomes, and the outcomes of passed host units no equivalence used, each once.
        var hosts = new List<(LearningOutcome Outcome, UsedResult Used)>();
        var seen = new HashSet<LearningOutcomeId>();
        foreach (var (outcome, used) in hostOutcomeResults)
        {
            if (used.Result.IsPassed && seen.Add(outcome.Id))
            {
                hosts.Add((outcome, used));
            }
        }

        foreach (var unit in Record.HostUnits.Units)
        {
            if (hostUnitResults.TryGetValue(unit.Id, out var used) && used.Result.IsPassed && !consumedHostUnits.Contains(unit.Id))
            {
                foreach (var outcome in unit.LearningOutcomes)
                {
                    if (seen.Add(outcome.Id))
                    {
                        hosts.Add((outcome, used));
                    }
                }
            }
        }

        var homes = new List<OutcomeAnalysis>();
        foreach (var unit in Units)
        {
            foreach (var outcome in unit.Outcomes)
            {
                if (outcome.State != OutcomeState.Covered)
                {
                    homes.Add(outcome);
                }
            }
        }

        if (hosts.Count == 0 || homes.Count == 0)
        {
            return;
        }

        // Arrays, not the read-only list a collection expression makes: the text matcher ran over twice as long on those.
        var pairings = matcher.Match(hosts.Select(h => h.Outcome).ToArray(), homes.Select(h => h.Outcome).ToArray());
        foreach (var pairing in pairings)
        {
            if (pairing.HostIndex >= hosts.Count || pairing.HomeIndex >= homes.Count)
            {
                continue; // a matcher that answers out of range is ignored rather than trusted
            }

            var (host, used) = hosts[pairing.HostIndex];
            var home = homes[pairing.HomeIndex];
            if ((host.Type != home.Outcome.Type && !Policy.AllowTypeMismatch)
                || (host.Level is { } hostLevel && home.Outcome.Level is { } homeLevel && hostLevel < homeLevel))
            {
                continue;
            }

            var similarity = pairing.Similarity;
            if (similarity < Policy.ReviewThreshold)
            {
                continue;
            }

            home.Record(used);
            var key = "outcome:" + host.Id.Value;
            var evidencePaths = ImmutableArray.Create(used.Path);
            if (similarity >= Policy.EquivalenceThreshold)
            {
                home.Offer(OutcomeState.Covered, new OutcomeEvidence(EvidenceKind.MatchedHostOutcome, host.Id.Value, used.Result.AssessedOn, similarity, null, evidencePaths), null, key);
                continue;
            }

            var confirmation = Record.Confirmations.FirstOrDefault(c => c.HostOutcome == host.Id && c.HomeOutcome == home.Outcome.Id);
            if (confirmation is null)
            {
                home.Offer(OutcomeState.AwaitingConfirmation, null, new PendingMatch(home.Outcome.Id, host.Id, similarity), null);
            }
            else if (confirmation.IsConfirmed)
            {
                home.Offer(OutcomeState.Covered, new OutcomeEvidence(EvidenceKind.MatchedHostOutcome, host.Id.Value, used.Result.AssessedOn, similarity, confirmation, evidencePaths), null, key);
            }
        }
    }

    private void FindDoubleCounting()
    {
        var owner = new Dictionary<string, UnitAnalysis>(StringComparer.Ordinal);
        foreach (var unit in Units)
        {
            foreach (var outcome in unit.Outcomes)
            {
                if (outcome.HostKey is not { } key)
                {
                    continue;
                }

                if (owner.TryGetValue(key, out var first) && first != unit)
                {
                    unit.DoubleCountedWith ??= first.Expected.Unit.Value;
                    unit.DoubleCountedKey ??= key;
                }
                else
                {
                    owner.TryAdd(key, unit);
                }
            }
        }
    }
}
