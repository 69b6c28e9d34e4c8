using Ecvet.Recognition;

namespace Ecvet.Tests.Conventions;

/// <summary>
/// The rule of CONTRIBUTING.md, "Input normalisation": white space around a value is refused, never trimmed, by the
/// factories that take text (<c>From</c>, <c>Create</c> and the named ones) as by <c>Parse</c> (which
/// <see cref="ParsableConventionTests"/> checks). Each factory is first shown to accept the sample as it is.
/// </summary>
public sealed class WhiteSpaceConventionTests
{
    public static TheoryData<string, string, Func<string, object>> Factories => new()
    {
        { "CountryCode.From", "FI", text => CountryCode.From(text) },
        { "IscedFCode.From", "0715", text => IscedFCode.From(text) },
        { "CreditScheme.Create", "fi-osaamispiste", text => CreditScheme.Create(text, 60m) },
        { "NqfLevel.Create(framework)", "FI", text => NqfLevel.Create(text, "4") },
        { "NqfLevel.Create(level)", "4", text => NqfLevel.Create("FI", text) },
        { "InstitutionId.Create", "0124610-9", text => InstitutionId.Create(IdentifierScheme.National, text) },
        { "LearnerId.Create", "42", text => LearnerId.Create(LearnerIdScheme.Local, text) },
        { "LocalizedText.English", "Cook", text => LocalizedText.English(text) },
        { "LocalizedText.Create", "Kokki", text => LocalizedText.Create(LanguageTag.Parse("fi"), text) },
        { "PersonName.Mononym", "Mari", text => PersonName.Mononym(text) },
        { "PersonName.Create(givenNames)", "Mari", text => PersonName.Create(text, "Korhonen") },
        { "PersonName.Create(familyName)", "Korhonen", text => PersonName.Create("Mari", text) },
        { "ContactPoint.Create(name)", "International office", text => ContactPoint.Create(name: text, email: "office@stadinao.fi") },
        { "ContactPoint.Create(email)", "office@stadinao.fi", text => ContactPoint.Create(email: text) },
        { "RuleSet.Create(id)", "school-rules", text => RuleSet.Create(text, "1.0.0", RuleSet.Default.Policy, RuleSet.Default.Rules) },
        { "RuleSet.Create(version)", "1.0.0", text => RuleSet.Create("school-rules", text, RuleSet.Default.Policy, RuleSet.Default.Rules) },
    };

    [Theory]
    [MemberData(nameof(Factories))]
    public void Factory_TextWithWhiteSpaceAround_IsRefusedNeverTrimmed(string factory, string sample, Func<string, object> create)
    {
        create(sample).Should().NotBeNull(factory);
        foreach (var padded in new[] { " " + sample, sample + " ", "\t" + sample, sample + "\n", "\u00A0" + sample })
        {
            create.Invoking(c => c(padded)).Should().Throw<ArgumentException>($"{factory} given '{padded}'");
        }
    }
}
