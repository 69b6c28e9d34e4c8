using Ecvet.Recognition;
using Ecvet.Recognition.Internal;

namespace Ecvet.Tests.Recognition;

/// <summary>A registered predicate's codes and findings, made once at registration.</summary>
public sealed class RegisteredPredicateTests
{
    [Fact]
    public void New_ANamedPredicate_HasItsCodesAndFindings()
    {
        RecognitionPredicate function = _ => Truth.True;

        var registered = new RegisteredPredicate("nationalCap", function);

        registered.Function.Should().BeSameAs(function);
        registered.Codes.Name.Should().Be("predicate:nationalCap");
        registered.Codes.Describes.Should().BeTrue();
        registered.Codes.Of(Truth.False).Should().Be("predicate:nationalCap.false");
        registered.WhenTrue.Should().Be("The predicate 'nationalCap' is true.");
        registered.WhenFalse.Should().Be("The predicate 'nationalCap' is false.");
        registered.WhenNotEvaluable.Should().Be("The predicate 'nationalCap' is notEvaluable.");
        registered.WhenUndefined.Should().Be("The predicate 'nationalCap' returned an undefined value.");
    }

    [Theory]
    [InlineData(Truth.True, "The predicate 'cap' is true.")]
    [InlineData(Truth.False, "The predicate 'cap' is false.")]
    [InlineData(Truth.NotEvaluable, "The predicate 'cap' is notEvaluable.")]
    [InlineData((Truth)42, "The predicate 'cap' is notEvaluable.")]
    public void Detail_EachTruth_IsItsFinding(Truth truth, string detail)
    {
        new RegisteredPredicate("cap", _ => truth).Detail(truth).Should().Be(detail);
    }
}
