using Ecvet.Recognition;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;
using static Ecvet.Tests.Recognition.RecognitionFixture;
using static Ecvet.Tests.Recognition.RecognitionValues;

namespace Ecvet.Tests.Recognition;

/// <summary>The rules of <see cref="UnitRecognition"/>: what it refuses, its earliest assessment, equality and text.</summary>
public sealed class UnitRecognitionRuleTests
{
    private static readonly CoveredOutcome First = new(Lo(3, 1), Assessed("fi-cook-u3-lo1", new LocalDate(2026, 5, 20)));
    private static readonly CoveredOutcome Second = new(Lo(3, 2), Assessed("fi-cook-u3-lo2", new LocalDate(2026, 5, 12)));
    private static readonly CoveredOutcome Third = new(Lo(3, 3), Assessed("fi-cook-u3-lo3", new LocalDate(2026, 5, 25)));

    private static UnitRecognition Recognition(UnitId? unit = null, InstitutionId? host = null, string agreement = "la-2026-0042",
        LocalDate? on = null, params CoveredOutcome[] covered) =>
        new(unit ?? U3, host ?? Host, agreement, on ?? Today, covered.Length == 0 ? [First, Second] : [.. covered]);

    [Fact]
    public void Constructor_NullUnitOrHost_NamesIt()
    {
        var unit = () => new UnitRecognition(null!, Host, "la", Today, [First]);
        var host = () => new UnitRecognition(U3, null!, "la", Today, [First]);

        unit.Should().ThrowExactly<ArgumentNullException>().WithParameterName("unit");
        host.Should().ThrowExactly<ArgumentNullException>().WithParameterName("host");
    }

    [Fact]
    public void Constructor_AgreementNotTextOrDayOutOfRange_NamesIt()
    {
        var agreement = () => Recognition(agreement: "");
        var day = () => Recognition(on: new LocalDate(0, 6, 1));

        agreement.Should().ThrowExactly<ArgumentException>().WithParameterName("agreement");
        day.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("recognisedOn");
    }

    [Fact]
    public void Constructor_NoCoveredOutcome_AsksForOne()
    {
        var none = () => new UnitRecognition(U3, Host, "la", Today, default);
        var empty = () => new UnitRecognition(U3, Host, "la", Today, []);

        none.Should().ThrowExactly<ArgumentException>().WithParameterName("covered").WithMessage("At least one covered outcome is required.*");
        empty.Should().ThrowExactly<ArgumentException>().WithParameterName("covered").WithMessage("At least one covered outcome is required.*");
    }

    [Fact]
    public void Constructor_NullCoveredOutcome_NamesThem()
    {
        var act = () => new UnitRecognition(U3, Host, "la", Today, [First, null!]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("covered").WithMessage("The collection must not contain null.*");
    }

    [Fact]
    public void Constructor_OutcomeCoveredTwice_SaysWhich()
    {
        var act = () => Recognition(covered: [First, Second, new CoveredOutcome(Lo(3, 1), Matched(0.9))]);

        act.Should().ThrowExactly<DuplicateValueException>().WithParameterName("covered")
            .WithMessage("Duplicate covered outcome 'fi-cook-u3-lo1'.*").Which.Index.Should().Be(2);
    }

    [Fact]
    public void Constructor_KeepsWhatItWasGiven()
    {
        var recognition = Recognition(U4, Intermediary, "la-7", new LocalDate(2026, 7, 1), Third, First);

        recognition.Unit.Should().Be(U4);
        recognition.Host.Should().Be(Intermediary);
        recognition.Agreement.Should().Be("la-7");
        recognition.RecognisedOn.Should().Be(new LocalDate(2026, 7, 1));
        recognition.CoveredOutcomes.Should().Equal(Third, First);
    }

    [Fact]
    public void EarliestAssessment_IsTheFirstDayAnyCoveredOutcomeWasAssessed()
    {
        Recognition(covered: [First, Second, Third]).EarliestAssessment.Should().Be(new LocalDate(2026, 5, 12));
        Recognition(covered: [Third]).EarliestAssessment.Should().Be(new LocalDate(2026, 5, 25));
    }

    [Fact]
    public void Equals_SameContent_IsEqualWithTheSameHash()
    {
        Recognition().Equals(Recognition(covered: [First, new CoveredOutcome(Lo(3, 2), Assessed("fi-cook-u3-lo2", new LocalDate(2026, 5, 12)))]))
            .Should().BeTrue();
        Recognition().GetHashCode().Should().Be(Recognition().GetHashCode());
        Recognition().Equals(null).Should().BeFalse();
    }

    [Fact]
    public void Equals_OnePropertyDiffers_IsNotEqual()
    {
        Recognition(U4).Should().NotBe(Recognition());
        Recognition(host: Intermediary).Should().NotBe(Recognition());
        Recognition(agreement: "la-2026-0043").Should().NotBe(Recognition());
        Recognition(on: Today.PlusDays(1)).Should().NotBe(Recognition());
        Recognition(covered: [Second, First]).Should().NotBe(Recognition());
    }

    [Fact]
    public void ToString_IsTheUnitAgreementAndDay()
    {
        Recognition().ToString().Should().Be("fi-cook-u3 recognised in full under la-2026-0042 on 2026-06-15");
    }
}
