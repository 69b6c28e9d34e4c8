using Ecvet.Recognition;
using Ecvet.Recognition.Internal;

namespace Ecvet.Tests.Recognition;

/// <summary>The codes of a check or predicate: one per truth value, made once, for describing and for deciding.</summary>
public sealed class VerdictCodesTests
{
    [Theory]
    [InlineData(Truth.True, "mouSigned.true")]
    [InlineData(Truth.False, "mouSigned.false")]
    [InlineData(Truth.NotEvaluable, "mouSigned.notEvaluable")]
    [InlineData((Truth)42, "mouSigned.notEvaluable")]
    public void Of_EachTruth_IsTheNameAndItsSuffix(Truth truth, string code)
    {
        new VerdictCodes("mouSigned").Of(truth).Should().Be(code);
    }

    [Fact]
    public void Of_AskedTwice_GivesTheSameString()
    {
        var codes = new VerdictCodes("mouSigned");

        codes.Of(Truth.False).Should().BeSameAs(codes.Of(Truth.False));
    }

    [Fact]
    public void New_ByDefault_Describes()
    {
        var codes = new VerdictCodes("probe");

        codes.Name.Should().Be("probe");
        codes.Describes.Should().BeTrue();
        codes.ToString().Should().Be("probe");
        new VerdictCodes("probe", describes: false).Describes.Should().BeFalse();
    }

    [Fact]
    public void For_EveryCheck_IsNamedForItAndDescribesOnlyWhenAsked()
    {
        foreach (var kind in Enum.GetValues<CheckKind>())
        {
            var describing = VerdictCodes.For(kind, describe: true);
            var deciding = VerdictCodes.For(kind, describe: false);

            describing.Name.Should().Be(CheckNames.Of(kind));
            describing.Describes.Should().BeTrue();
            deciding.Name.Should().Be(CheckNames.Of(kind));
            deciding.Describes.Should().BeFalse();
            deciding.Of(Truth.True).Should().Be(describing.Of(Truth.True));
            VerdictCodes.For(kind, describe: true).Should().BeSameAs(describing);
        }

        VerdictCodes.For(CheckKind.AgreementNamesQualification, describe: false).Of(Truth.NotEvaluable).Should().Be("agreementNamesQualification.notEvaluable");
        VerdictCodes.For(CheckKind.NoMouPathAllowed, describe: true).Of(Truth.False).Should().Be("noMouPathAllowed.false");
    }

    [Fact]
    public void Unknown_IsNamedUnknown()
    {
        VerdictCodes.Unknown.Name.Should().Be("unknown");
        VerdictCodes.Unknown.Describes.Should().BeTrue();
        VerdictCodes.Unknown.Of(Truth.NotEvaluable).Should().Be("unknown.notEvaluable");
    }

    [Fact]
    public void Not_ACode_WrapsItOnceAndKeepsIt()
    {
        var not = VerdictCodes.Not("mouSigned.true");

        not.Should().Be("not(mouSigned.true)");
        VerdictCodes.Not("mouSigned.true").Should().BeSameAs(not);
        VerdictCodes.Not(not).Should().Be("not(not(mouSigned.true))");
    }
}
