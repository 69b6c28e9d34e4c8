using Ecvet.Tests.Support;

namespace Ecvet.Tests;

public sealed class NqfLevelTests
{
    [Fact]
    public void Create_KeepsItsParts()
    {
        var level = NqfLevel.Create("FI", "4", EqfLevel.Level4);

        level.Framework.Should().Be("FI");
        level.Level.Should().Be("4");
        level.ReferencedEqfLevel.Should().Be(EqfLevel.Level4);
        level.ToString().Should().Be("FI 4 (EQF 4)");
        NqfLevel.Create("http://example.org/nqf", "Level 3").ToString().Should().Be("http://example.org/nqf Level 3");
    }

    [Theory]
    [InlineData("")]
    [InlineData("F I")]
    [InlineData(" FI")]
    [InlineData("FI\t")]
    [InlineData("FI\u0007")]
    public void Create_InvalidFramework_Throws(string text)
    {
        var act = () => NqfLevel.Create(text, "4");
        act.Should().Throw<ArgumentException>().WithParameterName("framework");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" 4")]
    [InlineData("4\n")]
    public void Create_InvalidLevel_Throws(string text)
    {
        var act = () => NqfLevel.Create("FI", text);
        act.Should().Throw<ArgumentException>().WithParameterName("level");
    }

    [Fact]
    public void Create_LengthLimitsAndNulls_AreChecked()
    {
        NqfLevel.Create(new string('F', 256), new string('4', 64)).Level.Should().HaveLength(64);
        var longFramework = () => NqfLevel.Create(new string('F', 257), "4");
        longFramework.Should().Throw<ArgumentException>().WithParameterName("framework");
        var longLevel = () => NqfLevel.Create("FI", new string('4', 65));
        longLevel.Should().Throw<ArgumentException>().WithParameterName("level");
        var nullFramework = () => NqfLevel.Create(null!, "4");
        nullFramework.Should().Throw<ArgumentNullException>().WithParameterName("framework");
        var nullLevel = () => NqfLevel.Create("FI", null!);
        nullLevel.Should().Throw<ArgumentNullException>().WithParameterName("level");
    }

    [Fact]
    public void WithReferencedEqfLevel_ChangesOnlyThat()
    {
        var level = NqfLevel.Create("FI", "4").WithReferencedEqfLevel(EqfLevel.Level4);

        level.Should().Be(NqfLevel.Create("FI", "4", EqfLevel.Level4));
        level.WithReferencedEqfLevel(null).ReferencedEqfLevel.Should().BeNull();
    }

    [Fact]
    public void Equality_ComparesEveryPart()
    {
        EqualityContract.Check(NqfLevel.Create("FI", "4", EqfLevel.Level4), NqfLevel.Create("FI", "4", EqfLevel.From(4)), NqfLevel.Create("FI", "5", EqfLevel.Level4));
        NqfLevel.Create("FI", "4").Should().NotBe(NqfLevel.Create("FI", "4", EqfLevel.Level4));
        NqfLevel.Create("FI", "4").Should().NotBe(NqfLevel.Create("SE", "4"));
    }
}
