using Ecvet.Recognition;

namespace Ecvet.Tests.Recognition;

/// <summary>The rules of <see cref="RuleSet"/>: its names, its limits, its pseudo-mutators, its look-up, equality and text.</summary>
public sealed class RuleSetRuleTests
{
    private static readonly Condition Check = Condition.Check(CheckKind.MouValidForPeriod);

    private static RecognitionRule Rule(string id, RuleSeverity severity = RuleSeverity.Blocking, Condition? condition = null) =>
        RecognitionRule.Create(id, RuleScope.Agreement, severity, condition ?? Check, $"Rule {id}.");

    private static RuleSet Set(string id = "local", string version = "1.0", RecognitionPolicy? policy = null, params RecognitionRule[] rules) =>
        RuleSet.Create(id, version, policy ?? RecognitionPolicy.Default, rules.Length == 0 ? [Rule("A-1"), Rule("B-2"), Rule("C-3")] : rules);

    /// <summary>A condition of exactly <see cref="Condition.MaxNodes"/> nodes.</summary>
    private static AllOfCondition Largest() => Condition.AllOf(Enumerable.Repeat(Check, Condition.MaxNodes - 1));

    [Fact]
    public void Create_NullRules_NamesThem()
    {
        var act = () => RuleSet.Create("local", "1.0", RecognitionPolicy.Default, null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("rules");
    }

    [Fact]
    public void Create_NullPolicy_NamesIt()
    {
        var act = () => RuleSet.Create("local", "1.0", null!, [Rule("A-1")]);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("policy");
    }

    [Theory]
    [InlineData(null, "1.0", "id")]
    [InlineData("", "1.0", "id")]
    [InlineData("local", null, "version")]
    [InlineData("local", "1.0 ", "version")]
    public void Create_IdOrVersionNotText_NamesIt(string? id, string? version, string name)
    {
        var act = () => Set(id!, version!);

        act.Should().Throw<ArgumentException>().WithParameterName(name);
    }

    [Fact]
    public void Create_IdOrVersionOf100Characters_IsTheLongest()
    {
        var longest = new string('v', RuleSet.MaxIdLength);
        var set = Set(longest, longest);
        set.Id.Should().Be(longest);
        set.Version.Should().Be(longest);

        var id = () => Set(longest + "v");
        var version = () => Set(version: longest + "v");

        id.Should().ThrowExactly<ArgumentException>().WithParameterName("id").WithMessage("The text is longer than 100 characters.*");
        version.Should().ThrowExactly<ArgumentException>().WithParameterName("version").WithMessage("The text is longer than 100 characters.*");
    }

    [Fact]
    public void Create_NoRules_AsksForOne()
    {
        var act = () => RuleSet.Create("local", "1.0", RecognitionPolicy.Default, []);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("rules").WithMessage("At least one rule is required.*");
    }

    [Fact]
    public void Create_ANullRule_NamesTheRules()
    {
        var act = () => RuleSet.Create("local", "1.0", RecognitionPolicy.Default, [Rule("A-1"), null!]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("rules").WithMessage("The collection must not contain null.*");
    }

    [Fact]
    public void Create_ThousandRules_IsTheMost()
    {
        var rules = Enumerable.Range(0, RuleSet.MaxRules + 1).Select(i => Rule($"R-{i}")).ToList();

        RuleSet.Create("local", "1.0", RecognitionPolicy.Default, rules.Take(RuleSet.MaxRules)).Rules.Should().HaveCount(1000);
        var act = () => RuleSet.Create("local", "1.0", RecognitionPolicy.Default, rules);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("rules").WithMessage("The rule set has 1001 rules; at most 1000 are allowed.*");
    }

    [Fact]
    public void Create_RepeatedIdentifier_SaysWhichAndWhere()
    {
        var act = () => Set(rules: [Rule("A-1"), Rule("B-2"), Rule("A-1", RuleSeverity.Advisory)]);

        act.Should().ThrowExactly<DuplicateValueException>().WithParameterName("rules")
            .WithMessage("Duplicate rule identifier 'A-1'.*").Which.Index.Should().Be(2);
    }

    [Fact]
    public void Create_TwentyThousandConditionNodes_IsTheMost()
    {
        var largest = Largest();
        var rules = Enumerable.Range(0, 21).Select(i => Rule($"R-{i}", condition: largest)).ToList();

        RuleSet.Create("local", "1.0", RecognitionPolicy.Default, rules.Take(20)).Rules.Sum(r => r.Condition.NodeCount).Should().Be(RuleSet.MaxTotalNodes);
        var act = () => RuleSet.Create("local", "1.0", RecognitionPolicy.Default, rules);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("rules")
            .WithMessage("The rule set has 21000 condition nodes; at most 20000 are allowed.*");
    }

    [Fact]
    public void Create_KeepsWhatItWasGivenInOrder()
    {
        var policy = RecognitionPolicy.Default.With(partialPoints: PartialPointsPolicy.ProRata);
        var rules = new[] { Rule("C-3"), Rule("A-1"), Rule("B-2") };

        var set = RuleSet.Create("local", "2.0", policy, rules);

        set.Id.Should().Be("local");
        set.Version.Should().Be("2.0");
        set.Policy.Should().BeSameAs(policy);
        set.Rules.Should().Equal(rules);
    }

    [Fact]
    public void Default_IsTheShippedSet()
    {
        RuleSet.Default.Id.Should().Be("ecvet-default");
        RuleSet.Default.Version.Should().Be("1.0.0");
        RuleSet.Default.Policy.Should().Be(RecognitionPolicy.Default);
        RuleSet.Default.Should().BeSameAs(RuleSet.Default);
    }

    [Fact]
    public void WithPolicy_ChangesOnlyThePolicy()
    {
        var policy = RecognitionPolicy.Default.With(partialPoints: PartialPointsPolicy.AsAgreed);

        Set().WithPolicy(policy).Should().Be(Set(policy: policy));
        var act = () => Set().WithPolicy(null!);
        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("policy");
    }

    [Fact]
    public void WithVersion_ChangesOnlyTheVersion()
    {
        Set().WithVersion("1.1").Should().Be(Set(version: "1.1"));
        var act = () => Set().WithVersion("");
        act.Should().ThrowExactly<ArgumentException>().WithParameterName("version");
    }

    [Fact]
    public void WithRule_NewIdentifier_AddsItAtTheEnd()
    {
        Set().WithRule(Rule("D-4")).Rules.Select(r => r.Id).Should().Equal("A-1", "B-2", "C-3", "D-4");
    }

    [Fact]
    public void WithRule_KnownIdentifier_ReplacesItInPlace()
    {
        var advisory = Rule("B-2", RuleSeverity.Advisory);

        var set = Set().WithRule(advisory);

        set.Rules.Should().Equal(Rule("A-1"), advisory, Rule("C-3"));
        set.Id.Should().Be("local");
        set.Version.Should().Be("1.0");
    }

    [Fact]
    public void WithRule_FirstOrLastIdentifier_ReplacesThatOne()
    {
        Set().WithRule(Rule("A-1", RuleSeverity.Advisory)).Rules.Select(r => r.Severity)
            .Should().Equal(RuleSeverity.Advisory, RuleSeverity.Blocking, RuleSeverity.Blocking);
        Set().WithRule(Rule("C-3", RuleSeverity.Advisory)).Rules.Select(r => r.Severity)
            .Should().Equal(RuleSeverity.Blocking, RuleSeverity.Blocking, RuleSeverity.Advisory);
    }

    [Fact]
    public void WithRule_Null_NamesIt()
    {
        var act = () => Set().WithRule(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("rule");
    }

    [Fact]
    public void WithoutRule_KnownIdentifier_RemovesOnlyIt()
    {
        var set = Set().WithoutRule("B-2");

        set.Rules.Select(r => r.Id).Should().Equal("A-1", "C-3");
        set.Should().Be(Set(rules: [Rule("A-1"), Rule("C-3")]));
    }

    [Fact]
    public void WithoutRule_UnknownIdentifier_SaysWhichRule()
    {
        var act = () => Set().WithoutRule("Z-9");

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("ruleId").WithMessage("The rule set has no rule 'Z-9'.*");
    }

    [Fact]
    public void WithoutRule_TheLastRule_IsRefused()
    {
        var act = () => Set(rules: [Rule("A-1")]).WithoutRule("A-1");

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("rules").WithMessage("At least one rule is required.*");
    }

    [Fact]
    public void Find_KnownIdentifier_IsTheRuleAndOtherwiseNull()
    {
        var set = Set();

        set.Find("B-2").Should().BeSameAs(set.Rules[1]);
        set.Find("b-2").Should().BeNull();
    }

    [Fact]
    public void Equals_SameContent_IsEqualWithTheSameHash()
    {
        Set().Equals(Set()).Should().BeTrue();
        Set().GetHashCode().Should().Be(Set().GetHashCode());
        Set().Equals(null).Should().BeFalse();
    }

    public static TheoryData<string> Differences => [.. Changes.Keys];

    private static readonly Dictionary<string, Func<RuleSet>> Changes = new()
    {
        ["id"] = () => Set("other"),
        ["version"] = () => Set(version: "1.1"),
        ["policy"] = () => Set(policy: RecognitionPolicy.Default.With(partialPoints: PartialPointsPolicy.ProRata)),
        ["a rule"] = () => Set(rules: [Rule("A-1"), Rule("B-2", RuleSeverity.Advisory), Rule("C-3")]),
        ["rule order"] = () => Set(rules: [Rule("B-2"), Rule("A-1"), Rule("C-3")]),
    };

    [Theory]
    [MemberData(nameof(Differences))]
    public void Equals_OnePropertyDiffers_IsNotEqual(string difference)
    {
        Changes[difference]().Should().NotBe(Set());
    }

    [Fact]
    public void ToString_IsTheIdentifierVersionAndRuleCount()
    {
        Set().ToString().Should().Be("local@1.0 (3 rules)");
    }
}
