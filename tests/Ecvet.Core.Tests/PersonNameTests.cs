using Ecvet.Tests.Support;

namespace Ecvet.Tests;

public sealed class PersonNameTests
{
    [Fact]
    public void Create_KeepsInnerSpacing()
    {
        var name = PersonName.Create("Aino Maria", "Virtanen");

        name.GivenNames.Should().Be("Aino Maria");
        name.ToString().Should().Be("Aino Maria Virtanen");
    }

    [Theory]
    [InlineData("  Aino Maria ", "Virtanen", "givenNames")]
    [InlineData("Aino Maria", "\tVirtanen", "familyName")]
    [InlineData("Aino Maria", "Virtanen ", "familyName")]
    public void Create_WhiteSpaceAroundAPart_IsRefusedNeverTrimmed(string givenNames, string familyName, string parameter)
    {
        var act = () => PersonName.Create(givenNames, familyName);
        act.Should().Throw<ArgumentException>().WithParameterName(parameter).WithMessage("*white space*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Ai\u0000no")]
    public void Create_InvalidGivenNames_Throws(string text)
    {
        var act = () => PersonName.Create(text, "Virtanen");
        act.Should().Throw<ArgumentException>().WithParameterName("givenNames");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\t")]
    [InlineData("Virta\nnen")]
    public void Create_InvalidFamilyName_Throws(string text)
    {
        var act = () => PersonName.Create("Aino", text);
        act.Should().Throw<ArgumentException>().WithParameterName("familyName");
    }

    [Fact]
    public void Create_NullsAndLength_AreChecked()
    {
        var nullFamily = () => PersonName.Create("Aino", null!);
        nullFamily.Should().Throw<ArgumentNullException>().WithParameterName("familyName");
        var tooLong = () => PersonName.Create("Aino", new string('x', 257));
        tooLong.Should().Throw<ArgumentException>().WithParameterName("familyName");
        PersonName.Create("Aino", new string('x', 256)).FamilyName.Should().HaveLength(256);
    }

    [Fact]
    public void Create_NoGivenNames_IsASingleName()
    {
        var name = PersonName.Create(null, "Suharto");

        name.GivenNames.Should().BeNull();
        name.FamilyName.Should().Be("Suharto");
        name.ToString().Should().Be("Suharto");
        name.Should().Be(PersonName.Mononym("Suharto"));
        name.Should().NotBe(PersonName.Create("Suharto", "Suharto"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("a\u0000b")]
    public void Mononym_InvalidName_Throws(string text)
    {
        var act = () => PersonName.Mononym(System.Text.RegularExpressions.Regex.Unescape(text));
        act.Should().Throw<ArgumentException>().WithParameterName("name");
        var nullName = () => PersonName.Mononym(null!);
        nullName.Should().Throw<ArgumentNullException>().WithParameterName("name");
    }

    [Fact]
    public void Create_NormalisesToNfc()
    {
        var decomposed = PersonName.Create("Ju\u0308rgen", "Mu\u0308ller");

        decomposed.FamilyName.Should().Be("M\u00FCller");
        decomposed.Should().Be(PersonName.Create("J\u00FCrgen", "M\u00FCller"));
    }

    [Fact]
    public void Equality_ComparesBothPartsOrdinally()
    {
        EqualityContract.Check(PersonName.Create("Jürgen", "Müller"), PersonName.Create("Jürgen", "Mu\u0308ller"), PersonName.Create("Jürgen", "MÜLLER"));
        PersonName.Create("Jürgen", "Müller").Should().NotBe(PersonName.Create("Müller", "Jürgen"));
    }
}
