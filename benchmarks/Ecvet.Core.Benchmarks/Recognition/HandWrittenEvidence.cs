using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Recognition;
using NodaTime;

namespace Ecvet.Benchmarks.Recognition;

/// <summary>The state of the evidence for one targeted home outcome, from worst to best (as the engine orders it).</summary>
public enum HwState
{
    None = 0,
    Failed = 1,
    InProgress = 2,
    AwaitingConfirmation = 3,
    Covered = 4,
}

/// <summary>A match in the review band awaiting a person's confirmation.</summary>
public sealed record HwPending(LearningOutcomeId HomeOutcome, LearningOutcomeId HostOutcome, double Similarity);

/// <summary>The evidence for one targeted home outcome, gathered in plain C#.</summary>
public sealed class HwOutcome(LearningOutcome outcome)
{
    public LearningOutcome Outcome { get; } = outcome;

    public HwState State { get; private set; }

    public EvidenceKind Kind { get; private set; }

    public string? Source { get; private set; }

    public LocalDate? AssessedOn { get; private set; }

    public HwPending? Pending { get; private set; }

    public string? HostKey { get; private set; }

    public bool AnyPassed { get; private set; }

    public bool AnyInProgress { get; private set; }

    public List<AssessmentResult> Results { get; } = [];

    public bool IsCovered => State == HwState.Covered;

    public void Offer(HwState state, EvidenceKind kind, string? source, LocalDate? assessedOn, HwPending? pending, string? hostKey)
    {
        if (state > State)
        {
            State = state;
            Kind = kind;
            Source = state == HwState.Covered ? source : null;
            AssessedOn = state == HwState.Covered ? assessedOn : null;
            Pending = state == HwState.AwaitingConfirmation ? pending : null;
            HostKey = state == HwState.Covered ? hostKey : null;
        }
    }

    public void Record(AssessmentResult result)
    {
        Results.Add(result);
        AnyPassed |= result.Status == AssessmentStatus.Passed;
        AnyInProgress |= result.Status == AssessmentStatus.InProgress;
    }
}

/// <summary>A targeted home unit with its outcomes' evidence.</summary>
public sealed class HwUnit(ExpectedLearning expected, UnitOfLearningOutcomes? unit, UnitAllocation? allocation)
{
    public ExpectedLearning Expected { get; } = expected;

    public UnitOfLearningOutcomes? Unit { get; } = unit;

    public UnitAllocation? Allocation { get; } = allocation;

    public List<HwOutcome> Outcomes { get; } = [];

    public int UnknownOutcomes { get; set; }

    public bool DoubleCounted { get; set; }

    public bool HasAwaiting => Outcomes.Exists(o => o.State == HwState.AwaitingConfirmation);

    public IEnumerable<AssessmentResult> Results => Outcomes.SelectMany(o => o.Results);
}

/// <summary>
/// The evidence of one mobility along the three paths, written out in plain C# as someone without the engine would: the
/// host assessed the home target; an MoU equivalence with a minimum grade; the host's own outcomes matched on their text.
/// The same facts the engine gathers, and what the hand-written checks and the RulesEngine workflows read.
/// </summary>
public sealed class HwMobility
{
    private HwMobility(MobilityRecord record, RecognitionPolicy policy, LocalDate today)
    {
        Record = record;
        Policy = policy;
        Today = today;
        Version = record.Agreement.GetVersionInForce(policy.Signatories) ?? record.Agreement.LatestVersion;
    }

    public MobilityRecord Record { get; }

    public RecognitionPolicy Policy { get; }

    public LocalDate Today { get; }

    public LearningAgreementVersion Version { get; }

    public LearningAgreementContent Content => Version.Content;

    public MemorandumOfUnderstanding? Mou => Record.Mou;

    public PersonalTranscript? Transcript => Record.Transcript;

    public bool NoMouPathAllowed => Content.Mou is null && Policy.AllowNoMouPath;

    public List<HwUnit> Units { get; } = [];

    public static HwMobility Gather(MobilityRecord record, RecognitionPolicy policy, LocalDate today, IOutcomeMatcher matcher)
    {
        var mobility = new HwMobility(record, policy, today);
        mobility.Gather(matcher);
        return mobility;
    }

    private void Gather(IOutcomeMatcher matcher)
    {
        var catalogue = Record.Qualification.Units;
        var homeIds = new HashSet<LearningOutcomeId>();
        foreach (var unit in catalogue.Units)
        {
            foreach (var outcome in unit.LearningOutcomes)
            {
                homeIds.Add(outcome.Id);
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

        var homeOutcomeResults = new Dictionary<LearningOutcomeId, AssessmentResult>();
        var homeUnitResults = new Dictionary<UnitId, AssessmentResult>();
        var hostOutcomeResults = new List<(LearningOutcome Outcome, AssessmentResult Result)>();
        var hostUnitResults = new Dictionary<UnitId, AssessmentResult>();
        if (Transcript is { } transcript)
        {
            foreach (var entry in transcript.Entries)
            {
                var result = entry.Result;
                if (result.Outcome is { } id)
                {
                    var home = homeIds.Contains(id);
                    var host = hostOutcomes.TryGetValue(id, out var hostOutcome);
                    if (home && !host)
                    {
                        homeOutcomeResults[id] = result;
                    }
                    else if (host && !home)
                    {
                        hostOutcomeResults.Add((hostOutcome!, result));
                    }
                }
                else if (result.Unit is { } unitId)
                {
                    var home = catalogue.Contains(unitId);
                    var host = Record.HostUnits.Contains(unitId);
                    if (home && !host)
                    {
                        homeUnitResults[unitId] = result;
                    }
                    else if (host && !home)
                    {
                        hostUnitResults[unitId] = result;
                    }
                }
            }
        }

        var consumed = new HashSet<UnitId>();
        foreach (var item in Content.Expected)
        {
            catalogue.TryGet(item.Unit, out var unit);
            Record.Qualification.Qualification.TryGetAllocation(item.Unit, out var allocation);
            var hw = new HwUnit(item, unit, allocation);
            Units.Add(hw);
            if (unit is null)
            {
                continue;
            }

            var targeted = new List<LearningOutcome>();
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
                        hw.UnknownOutcomes++;
                    }
                }
            }

            foreach (var outcome in targeted)
            {
                var o = new HwOutcome(outcome);
                hw.Outcomes.Add(o);
                if (homeOutcomeResults.TryGetValue(outcome.Id, out var own))
                {
                    OfferHome(o, own, outcome.Id.Value);
                }

                if (homeUnitResults.TryGetValue(unit.Id, out var whole))
                {
                    OfferHome(o, whole, unit.Id.Value);
                }

                if (Mou is { } mou)
                {
                    foreach (var rule in mou.PreAgreedEquivalences)
                    {
                        if (rule.HomeUnit == unit.Id && (rule.IsWholeUnit || rule.HomeOutcomes.Contains(outcome.Id)))
                        {
                            OfferEquivalence(o, rule, hostUnitResults, consumed);
                        }
                    }
                }
            }
        }

        Match(matcher, hostOutcomeResults, hostUnitResults, consumed);

        var owner = new Dictionary<string, HwUnit>(StringComparer.Ordinal);
        foreach (var unit in Units)
        {
            foreach (var outcome in unit.Outcomes)
            {
                if (outcome.HostKey is { } key)
                {
                    if (owner.TryGetValue(key, out var first) && first != unit)
                    {
                        unit.DoubleCounted = true;
                    }
                    else
                    {
                        owner.TryAdd(key, unit);
                    }
                }
            }
        }
    }

    private static void OfferHome(HwOutcome o, AssessmentResult result, string source)
    {
        o.Record(result);
        var state = result.Status switch
        {
            AssessmentStatus.Passed => HwState.Covered,
            AssessmentStatus.InProgress => HwState.InProgress,
            _ => HwState.Failed,
        };
        o.Offer(state, EvidenceKind.HomeAssessment, source, result.AssessedOn, null, null);
    }

    private static void OfferEquivalence(HwOutcome o, EquivalenceRule rule, Dictionary<UnitId, AssessmentResult> hostUnitResults, HashSet<UnitId> consumed)
    {
        var results = new List<AssessmentResult>(rule.HostUnits.Length);
        foreach (var hostUnit in rule.HostUnits)
        {
            if (!hostUnitResults.TryGetValue(hostUnit, out var result))
            {
                return;
            }

            results.Add(result);
        }

        var state = HwState.Covered;
        var latest = results[0].AssessedOn;
        foreach (var result in results)
        {
            o.Record(result);
            latest = result.AssessedOn > latest ? result.AssessedOn : latest;
            var reached = result.Status switch
            {
                AssessmentStatus.InProgress => HwState.InProgress,
                AssessmentStatus.Failed => HwState.Failed,
                _ => rule.MinimumGrade is null ? HwState.Covered
                    : rule.MinimumGradeScheme == result.Scheme.Id && result.Scheme.IsValidGrade(rule.MinimumGrade)
                        ? result.Scheme.IsAtLeast(result.Grade!, rule.MinimumGrade) ? HwState.Covered : HwState.Failed
                        : HwState.None,
            };
            state = reached < state ? reached : state;
        }

        var source = string.Join("+", rule.HostUnits);
        o.Offer(state, EvidenceKind.MouEquivalence, source, latest, null, "unit:" + source);
        if (state == HwState.Covered)
        {
            foreach (var hostUnit in rule.HostUnits)
            {
                consumed.Add(hostUnit);
            }
        }
    }

    private void Match(IOutcomeMatcher matcher, List<(LearningOutcome Outcome, AssessmentResult Result)> hostOutcomeResults,
        Dictionary<UnitId, AssessmentResult> hostUnitResults, HashSet<UnitId> consumed)
    {
        var hosts = new List<(LearningOutcome Outcome, AssessmentResult Result)>();
        var seen = new HashSet<LearningOutcomeId>();
        foreach (var (outcome, result) in hostOutcomeResults)
        {
            if (result.IsPassed && seen.Add(outcome.Id))
            {
                hosts.Add((outcome, result));
            }
        }

        foreach (var unit in Record.HostUnits.Units)
        {
            if (hostUnitResults.TryGetValue(unit.Id, out var result) && result.IsPassed && !consumed.Contains(unit.Id))
            {
                foreach (var outcome in unit.LearningOutcomes)
                {
                    if (seen.Add(outcome.Id))
                    {
                        hosts.Add((outcome, result));
                    }
                }
            }
        }

        var homes = new List<HwOutcome>();
        foreach (var unit in Units)
        {
            foreach (var outcome in unit.Outcomes)
            {
                if (outcome.State != HwState.Covered)
                {
                    homes.Add(outcome);
                }
            }
        }

        if (hosts.Count == 0 || homes.Count == 0)
        {
            return;
        }

        var hostList = new LearningOutcome[hosts.Count];
        for (var i = 0; i < hostList.Length; i++)
        {
            hostList[i] = hosts[i].Outcome;
        }

        var homeList = new LearningOutcome[homes.Count];
        for (var i = 0; i < homeList.Length; i++)
        {
            homeList[i] = homes[i].Outcome;
        }

        foreach (var pairing in matcher.Match(hostList, homeList))
        {
            if (pairing.HostIndex >= hosts.Count || pairing.HomeIndex >= homes.Count)
            {
                continue;
            }

            var (host, result) = hosts[pairing.HostIndex];
            var home = homes[pairing.HomeIndex];
            if ((host.Type != home.Outcome.Type && !Policy.AllowTypeMismatch)
                || (host.Level is { } hostLevel && home.Outcome.Level is { } homeLevel && hostLevel < homeLevel)
                || pairing.Similarity < Policy.ReviewThreshold)
            {
                continue;
            }

            home.Record(result);
            var key = "outcome:" + host.Id.Value;
            if (pairing.Similarity >= Policy.EquivalenceThreshold)
            {
                home.Offer(HwState.Covered, EvidenceKind.MatchedHostOutcome, host.Id.Value, result.AssessedOn, null, key);
                continue;
            }

            MatchConfirmation? confirmation = null;
            foreach (var c in Record.Confirmations)
            {
                if (c.HostOutcome == host.Id && c.HomeOutcome == home.Outcome.Id)
                {
                    confirmation = c;
                    break;
                }
            }

            if (confirmation is null)
            {
                home.Offer(HwState.AwaitingConfirmation, EvidenceKind.MatchedHostOutcome, null, null, new HwPending(home.Outcome.Id, host.Id, pairing.Similarity), null);
            }
            else if (confirmation.IsConfirmed)
            {
                home.Offer(HwState.Covered, EvidenceKind.MatchedHostOutcome, host.Id.Value, result.AssessedOn, null, key);
            }
        }
    }
}
