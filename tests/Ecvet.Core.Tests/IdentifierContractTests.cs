using System.Diagnostics.CodeAnalysis;
using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Tests.Support;

namespace Ecvet.Tests;

/// <summary>
/// The contract every free-text identifier keeps (<see cref="UnitId"/>, <see cref="QualificationId"/>,
/// <see cref="LearningOutcomeId"/>, <see cref="LearningAgreementId"/>, <see cref="MouId"/>, <see cref="TranscriptId"/>),
/// run once per type by the sealed classes at the end of this file. A new identifier adds one such class.
/// </summary>
/// <typeparam name="TId">The identifier type.</typeparam>
public abstract class IdentifierContractTests<TId>
    where TId : class, ISpanParsable<TId>, IEquatable<TId>
{
    /// <summary>The words the type's messages use, such as <c>unit identifier</c>.</summary>
    protected abstract string Noun { get; }

    /// <summary>The type's own <c>Parse(string)</c>.</summary>
    protected abstract TId Parse(string text);

    /// <summary>The type's own <c>TryParse(string?, out TId?)</c>.</summary>
    protected abstract bool TryParse(string? text, [NotNullWhen(true)] out TId? id);

    /// <summary>The type's <c>Value</c>.</summary>
    protected abstract string ValueOf(TId id);

    [Theory]
    [MemberData(nameof(IdentifierCases.Valid), MemberType = typeof(IdentifierCases))]
    public void Parse_Valid_KeepsTextAsItIs(string text)
    {
        var id = Parse(text);
        ValueOf(id).Should().Be(text);
        id.ToString().Should().Be(text);
        Parse(id.ToString()!).Should().Be(id);
        TryParse(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(id);
    }

    [Theory]
    [MemberData(nameof(IdentifierCases.Valid), MemberType = typeof(IdentifierCases))]
    public void GenericParse_Valid_SameAsParse(string text)
    {
        var id = Parse(text);
        ParseGeneric(text).Should().Be(id);
        ParseSpan(text).Should().Be(id);
        TId.TryParse(text, null, out var parsed).Should().BeTrue();
        parsed.Should().Be(id);
        TId.TryParse(text.AsSpan(), null, out var fromSpan).Should().BeTrue();
        fromSpan.Should().Be(id);
    }

    [Theory]
    [MemberData(nameof(IdentifierCases.Invalid), MemberType = typeof(IdentifierCases))]
    public void Parse_Invalid_ThrowsFormatNamingTheType(string text)
    {
        var act = () => Parse(text);
        act.Should().Throw<FormatException>().WithMessage($"*not a valid {Noun}*");
    }

    [Theory]
    [MemberData(nameof(IdentifierCases.Invalid), MemberType = typeof(IdentifierCases))]
    public void TryParse_Invalid_ReturnsFalse(string text)
    {
        TryParse(text, out var id).Should().BeFalse();
        id.Should().BeNull();
        TId.TryParse(text, null, out _).Should().BeFalse();
        TId.TryParse(text.AsSpan(), null, out _).Should().BeFalse();
        var generic = () => ParseGeneric(text);
        generic.Should().Throw<FormatException>();
        var span = () => ParseSpan(text);
        span.Should().Throw<FormatException>();
    }

    [Fact]
    public void TryParse_LoneSurrogate_ReturnsFalse()
    {
        // Lone surrogates were accepted and then written to JSON as U+FFFD, so the identifier read back as another.
        foreach (var text in IdentifierCases.LoneSurrogates)
        {
            TryParse(text, out _).Should().BeFalse();
            var parse = () => Parse(text);
            parse.Should().Throw<FormatException>();
        }
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        TryParse(null, out _).Should().BeFalse();
        TId.TryParse(null, null, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
    {
        var act = () => Parse(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Equality_IsOrdinalAndCaseSensitive()
    {
        EqualityContract.Check(Parse("cook-u3"), Parse(string.Concat("cook-", "u3")), Parse("Cook-U3"));
        EqualityContract.Check(Parse("cook-u3"), Parse(string.Concat("cook-", "u3")), Parse("cook-u3 x"));
    }

    [Fact]
    public void Equals_AnotherIdentifierTypeWithTheSameText_IsFalse()
    {
        // Six types share one shape, not one identity: a unit and a qualification called "x" are different things.
        object other = typeof(TId) == typeof(UnitId) ? QualificationId.Parse("x") : UnitId.Parse("x");
        Parse("x").Equals(other).Should().BeFalse();
    }

    private static TId ParseGeneric(string text) => TId.Parse(text, null);

    private static TId ParseSpan(string text) => TId.Parse(text.AsSpan(), null);
}

public sealed class UnitIdTests : IdentifierContractTests<UnitId>
{
    protected override string Noun => "unit identifier";

    protected override UnitId Parse(string text) => UnitId.Parse(text);

    protected override bool TryParse(string? text, [NotNullWhen(true)] out UnitId? id) => UnitId.TryParse(text, out id);

    protected override string ValueOf(UnitId id) => id.Value;
}

public sealed class QualificationIdTests : IdentifierContractTests<QualificationId>
{
    protected override string Noun => "qualification identifier";

    protected override QualificationId Parse(string text) => QualificationId.Parse(text);

    protected override bool TryParse(string? text, [NotNullWhen(true)] out QualificationId? id) => QualificationId.TryParse(text, out id);

    protected override string ValueOf(QualificationId id) => id.Value;
}

public sealed class LearningOutcomeIdTests : IdentifierContractTests<LearningOutcomeId>
{
    protected override string Noun => "learning outcome identifier";

    protected override LearningOutcomeId Parse(string text) => LearningOutcomeId.Parse(text);

    protected override bool TryParse(string? text, [NotNullWhen(true)] out LearningOutcomeId? id) => LearningOutcomeId.TryParse(text, out id);

    protected override string ValueOf(LearningOutcomeId id) => id.Value;
}

public sealed class LearningAgreementIdTests : IdentifierContractTests<LearningAgreementId>
{
    protected override string Noun => "learning agreement identifier";

    protected override LearningAgreementId Parse(string text) => LearningAgreementId.Parse(text);

    protected override bool TryParse(string? text, [NotNullWhen(true)] out LearningAgreementId? id) => LearningAgreementId.TryParse(text, out id);

    protected override string ValueOf(LearningAgreementId id) => id.Value;
}

public sealed class MouIdTests : IdentifierContractTests<MouId>
{
    protected override string Noun => "memorandum of understanding identifier";

    protected override MouId Parse(string text) => MouId.Parse(text);

    protected override bool TryParse(string? text, [NotNullWhen(true)] out MouId? id) => MouId.TryParse(text, out id);

    protected override string ValueOf(MouId id) => id.Value;
}

public sealed class TranscriptIdTests : IdentifierContractTests<TranscriptId>
{
    protected override string Noun => "personal transcript identifier";

    protected override TranscriptId Parse(string text) => TranscriptId.Parse(text);

    protected override bool TryParse(string? text, [NotNullWhen(true)] out TranscriptId? id) => TranscriptId.TryParse(text, out id);

    protected override string ValueOf(TranscriptId id) => id.Value;
}
