using System.Text;
using CsCheck;
using Ecvet.Tests.Support;

namespace Ecvet.Tests.Serialization;

/// <summary>
/// A document the domain accepts is one the reader accepts: serialise then read gives back an equal document, for
/// values over the domain's full ranges (regression: weights above 1000, reference years above 100 and related-skill
/// URIs longer than 2,048 characters were refused by limits that existed only in the wire layer).
/// </summary>
public sealed class QualificationDocumentDomainRangeTests
{
    [Fact]
    public void SerializeThenRead_DomainFullRanges_GivesAnEqualDocumentAndTheSameBytes() =>
        Generators.DomainQualificationDocument.Sample(document =>
        {
            var bytes = JsonSamples.Write(document);
            var read = JsonSamples.Read(bytes);
            if (!read.IsSuccess)
            {
                throw new InvalidOperationException(read + Environment.NewLine + Encoding.UTF8.GetString(bytes)[..Math.Min(bytes.Length, 2000)]);
            }

            if (!read.Value.Equals(document))
            {
                throw new InvalidOperationException("read back a different document");
            }

            if (!JsonSamples.Write(read.Value).AsSpan().SequenceEqual(bytes))
            {
                throw new InvalidOperationException("re-written bytes differ");
            }
        }, iter: 300);

    [Theory]
    [InlineData(1000.01)]
    [InlineData(5000)]
    [InlineData(79228162514264.337593543950335)]
    public void SerializeThenRead_OutcomeWeightAboveTheOldWireLimit_RoundTrips(double weight) =>
        AssertRoundTrips(Document(weight: (decimal)weight));

    [Fact]
    public void SerializeThenRead_ReferenceYearsAboveTheOldWireLimit_RoundTrips() =>
        AssertRoundTrips(Document(years: 100.5m));

    [Fact]
    public void SerializeThenRead_RelatedSkillUriOf3000Characters_RoundTrips() =>
        AssertRoundTrips(Document(related: new Uri("https://example.org/" + new string('s', 3000 - "https://example.org/".Length), UriKind.Absolute)));

    [Fact]
    public void Read_TextLongerThanTheDomainAllows_ReportsStringTooLongAtTheText()
    {
        var json = JsonSamples.Minimal.Replace("{\"en\":\"Cook\"}", "{\"en\":\"" + new string('a', LocalizedText.MaxLength + 1) + "\"}", StringComparison.Ordinal);

        var problem = JsonSamples.Read(json).Problems.Should().ContainSingle().Subject;

        problem.Code.Should().Be(Ecvet.Serialization.JsonProblemCode.StringTooLong);
        problem.Path.Should().Be("$.qualification.title.en");
    }

    private static void AssertRoundTrips(Ecvet.Serialization.QualificationDocument document)
    {
        var read = JsonSamples.Read(JsonSamples.Write(document));

        read.IsSuccess.Should().BeTrue(read.ToString());
        read.Value.Should().Be(document);
    }

    private static Ecvet.Serialization.QualificationDocument Document(decimal weight = 1m, decimal? years = null, Uri? related = null)
    {
        var outcome = LearningOutcome.Create(LearningOutcomeId.Parse("lo1"), LocalizedText.English("Wires a house."), LearningOutcomeType.Skill,
            relatedSkills: related is null ? null : [related], weight: weight);
        var unit = UnitOfLearningOutcomes.Create(UnitId.Parse("u1"), LocalizedText.English("Wiring"), [outcome]);
        var qualification = Qualification.Create(QualificationId.Parse("q1"), LocalizedText.English("Electrician"),
            InstitutionId.Create(IdentifierScheme.Schac, "omnia.fi"), CreditPoints.From(180), [UnitAllocation.Create(unit.Id, CreditPoints.From(30))],
            referenceFullTimeYears: years);
        return Ecvet.Serialization.QualificationDocument.Create(qualification, UnitCatalogue.Create([unit]));
    }
}
