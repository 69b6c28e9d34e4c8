using System.Reflection;
using Ecvet.Agreements;

namespace Ecvet.Tests.Conventions;

/// <summary>
/// The rule of CONTRIBUTING.md, "Starting a document, restoring a stored one": a public factory that takes a state the
/// lifecycle reaches (signatures, an approved origin, a rejection, an end) is named <c>Restore</c>, and every
/// <c>Restore</c> is such a factory.
/// </summary>
public sealed class RestoreFactoryConventionTests
{
    // Parameter types that only a lifecycle produces. A memorandum's signatures are checked by its constructor as Sign
    // checks them and it has no other lifecycle, so MemorandumOfUnderstanding.Create is the one exception.
    private static readonly Type[] LifecycleStates =
    [
        typeof(IEnumerable<Signature>), typeof(IEnumerable<LearningAgreementVersion>), typeof(ChangeProposal),
        typeof(IEnumerable<ChangeProposal>), typeof(ProposalRejection), typeof(AgreementEnd),
    ];

    private static readonly MethodInfo[] Factories = [.. typeof(EqfLevel).Assembly.GetExportedTypes()
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
        .Where(m => !m.IsSpecialName && m.ReturnType == m.DeclaringType)];

    [Fact]
    public void Factories_TakingALifecycleState_AreNamedRestore()
    {
        var offenders = Factories
            .Where(m => m.GetParameters().Any(p => LifecycleStates.Contains(p.ParameterType)))
            .Where(m => m.Name != "Restore" && m.DeclaringType != typeof(MemorandumOfUnderstanding))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");
        offenders.Should().BeEmpty("a factory that skips the lifecycle is named Restore (CONTRIBUTING.md)");
    }

    [Fact]
    public void Restore_EveryOne_IsOnALifecycleDocumentOrItsParts()
    {
        var restoring = Factories.Where(m => m.Name == "Restore").Select(m => m.DeclaringType!.Name).Order();
        restoring.Should().Equal("AgreementEnd", "ChangeProposal", "LearningAgreement", "LearningAgreementVersion",
            "PersonalTranscript", "ProposalRejection");
    }
}
