using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ecvet.Recognition.Internal;
using Ecvet.Serialization;
using Ecvet.Utility;

namespace Ecvet.Recognition;

/// <summary>
/// A versioned set of recognition rules with the policy that holds their thresholds.
/// </summary>
/// <remarks>
/// <para>
/// Rule identifiers are unique; the set has at least one and at most <see cref="MaxRules"/> rules, and at most
/// <see cref="MaxTotalNodes"/> condition nodes in all. The engine evaluates the rules in the order given here, scope by
/// scope, which is the order of the trace. <see cref="Default"/> is the ECVET rule set the package ships.
/// </para>
/// <para>Equality compares every property, rules in order. This type is immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record RuleSet
{
    /// <summary>The most rules a set may hold.</summary>
    public const int MaxRules = 1_000;

    /// <summary>The most condition nodes a set may hold in all.</summary>
    public const int MaxTotalNodes = 20_000;

    /// <summary>The longest identifier or version text.</summary>
    public const int MaxIdLength = 100;

    private RuleSet(string id, string version, RecognitionPolicy policy, ImmutableArray<RecognitionRule> rules)
    {
        Id = CheckName(id, nameof(id));
        Version = CheckName(version, nameof(version));
        Policy = policy ?? throw new ArgumentNullException(nameof(policy));
        rules = rules.OrEmpty();
        Preconditions.CheckNoNulls(rules, nameof(rules));
        Preconditions.CheckNotEmpty(rules, nameof(rules), "rule");
        if (rules.Length > MaxRules)
        {
            throw new ArgumentException($"The rule set has {rules.Length} rules; at most {MaxRules} are allowed.", nameof(rules));
        }

        Preconditions.CheckDistinct(rules, r => r.Id, nameof(rules), "rule identifier");
        var nodes = rules.Sum(r => r.Condition.NodeCount);
        if (nodes > MaxTotalNodes)
        {
            throw new ArgumentException($"The rule set has {nodes} condition nodes; at most {MaxTotalNodes} are allowed.", nameof(rules));
        }

        Rules = rules;
    }

    /// <summary>The ECVET rule set shipped with the package: the MOU-, LA-, ASM-, VAL-, REC-, ACC- and CNV- rules with the default policy.</summary>
    public static RuleSet Default => DefaultRuleSet.Instance;

    /// <summary>The identifier, such as <c>ecvet-default</c>.</summary>
    public string Id { get; }

    /// <summary>The version, such as <c>1.0.0</c>.</summary>
    public string Version { get; }

    /// <summary>The thresholds.</summary>
    public RecognitionPolicy Policy { get; }

    /// <summary>The rules, in evaluation order, identifiers unique.</summary>
    public ImmutableArray<RecognitionRule> Rules { get; }

    /// <summary>Creates a rule set.</summary>
    /// <param name="id">The identifier, 1–100 characters of text.</param>
    /// <param name="version">The version, 1–100 characters of text.</param>
    /// <param name="policy">The thresholds.</param>
    /// <param name="rules">The rules, at least one, identifiers unique.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An identifier repeats, a rule is null, or a limit is exceeded.</exception>
    public static RuleSet Create(string id, string version, RecognitionPolicy policy, IEnumerable<RecognitionRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new(id, version, policy, [.. rules]);
    }

    /// <summary>Returns the set with another policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The rule set.</returns>
    public RuleSet WithPolicy(RecognitionPolicy policy) => new(Id, Version, policy, Rules);

    /// <summary>Returns the set with another version label.</summary>
    /// <param name="version">The version.</param>
    /// <returns>The rule set.</returns>
    public RuleSet WithVersion(string version) => new(Id, version, Policy, Rules);

    /// <summary>Returns the set with a rule added at the end, or replacing the rule with the same identifier in place.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The rule set.</returns>
    public RuleSet WithRule(RecognitionRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        for (var i = 0; i < Rules.Length; i++)
        {
            if (Rules[i].Id == rule.Id)
            {
                return new(Id, Version, Policy, Rules.SetItem(i, rule));
            }
        }

        return new(Id, Version, Policy, Rules.Add(rule));
    }

    /// <summary>Returns the set without the rule with this identifier.</summary>
    /// <param name="ruleId">The identifier.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentException">No rule has that identifier, or it is the last rule.</exception>
    public RuleSet WithoutRule(string ruleId)
    {
        var rule = Rules.FirstOrDefault(r => r.Id == ruleId) ?? throw new ArgumentException($"The rule set has no rule '{ruleId}'.", nameof(ruleId));
        return new(Id, Version, Policy, Rules.Remove(rule));
    }

    /// <summary>Finds a rule by identifier.</summary>
    /// <param name="ruleId">The identifier.</param>
    /// <returns>The rule, or <see langword="null"/>.</returns>
    public RecognitionRule? Find(string ruleId) => Rules.FirstOrDefault(r => r.Id == ruleId);

    /// <inheritdoc />
    public bool Equals(RuleSet? other) => other is not null && Id == other.Id && Version == other.Version
        && Policy.Equals(other.Policy) && Equality.SequenceEqual(Rules, other.Rules);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Version, Policy, Equality.SequenceHash(Rules));

    /// <summary>The identifier and version.</summary>
    /// <returns>Text such as <c>ecvet-default@1.0.0 (30 rules)</c>.</returns>
    public override string ToString() => $"{Id}@{Version} ({Rules.Length} rules)";

    private static string CheckName(string value, string paramName)
    {
        value = Preconditions.CheckText(value, paramName);
        if (value.Length > MaxIdLength)
        {
            throw new ArgumentException($"The text is longer than {MaxIdLength} characters.", paramName);
        }

        return value;
    }
}
