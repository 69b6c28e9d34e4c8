using System.Collections.Immutable;
using Ecvet.Agreements;
using Ecvet.Assessment;

namespace Ecvet.Benchmarks.Recognition;

/// <summary>
/// Hands the domain's <see cref="ImmutableArray{T}"/> collections to RulesEngine expressions as sequences: expression trees
/// do not accept a value type for an <see cref="IEnumerable{T}"/> argument (dotnet/runtime#41716), so <c>Any</c>, <c>All</c>
/// and <c>Where</c> on them fail to parse. Registered with RulesEngine like any helper its users write.
/// </summary>
public static class Seq
{
    public static IEnumerable<MouQualification> Of(ImmutableArray<MouQualification> items) => items;

    public static IEnumerable<MouUnit> Of(ImmutableArray<MouUnit> items) => items;

    public static IEnumerable<LearningAgreementVersion> Of(ImmutableArray<LearningAgreementVersion> items) => items;

    public static IEnumerable<Signature> Of(ImmutableArray<Signature> items) => items;

    public static IEnumerable<TranscriptEntry> Of(ImmutableArray<TranscriptEntry> items) => items;

    public static IEnumerable<LearningOutcome> Of(ImmutableArray<LearningOutcome> items) => items;

    public static IEnumerable<SignatoryRole> Of(ImmutableArray<SignatoryRole> items) => items;

    public static IEnumerable<AssessmentMethod> Of(ImmutableArray<AssessmentMethod> items) => items;

    /// <summary>The change proposals of an agreement, for the expression parser.</summary>
    public static IEnumerable<ChangeProposal> Of(ImmutableArray<ChangeProposal> items) => items;

    /// <summary>The expected learning of an agreement's content, for the expression parser.</summary>
    public static IEnumerable<ExpectedLearning> Of(ImmutableArray<ExpectedLearning> items) => items;
}
