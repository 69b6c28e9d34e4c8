using Ecvet.Agreements;
using NodaTime;

namespace Ecvet.Tests.Agreements;

/// <summary>The README's "Learning agreements" example, kept compiling and true.</summary>
public sealed class ReadmeLearningAgreementTests
{
    [Fact]
    public void ReadmeExample_RunsToClosedWithVersionTwoInForce()
    {
        var en = LanguageTag.Parse("en");
        var home = InstitutionId.Parse("schac:stadinao.fi");
        var host = InstitutionId.Parse("schac:cipfp-valencia.es");
        var u3 = UnitId.Parse("fi-cook-u3");
        var u4 = UnitId.Parse("fi-cook-u4");
        var assessment = AssessmentArrangement.Create([AssessmentMethod.PracticalDemonstration]);
        ExpectedLearning Expect(UnitId unit) =>
            ExpectedLearning.Create(unit, null, CreditPoints.From(10), CreditPoints.From(15), assessment);

        var content = LearningAgreementContent.Create(
            Learner.Create(null, PersonName.Create("Aino", "Virtanen"), new LocalDate(2005, 5, 14)),
            home, host, MouId.Parse("mou-cook-fi-es-2025"),
            MobilityPeriod.Create(new LocalDate(2026, 3, 2), new LocalDate(2026, 5, 29)),
            QualificationReference.Create(QualificationId.Parse("fi-vq-food-cook"), LocalizedText.Create(en, "Cook"), EqfLevel.Level4),
            [Expect(u3)]);

        var now = Instant.FromUtc(2026, 2, 10, 9, 0);
        var agreement = LearningAgreement.Create(LearningAgreementId.Parse("la-2026-0042"), content);
        foreach (var role in new[] { SignatoryRole.Learner, SignatoryRole.Home, SignatoryRole.Host })
        {
            agreement = agreement.Sign(Signature.Create(role, $"Signer for {role}", content.Hash, now));
        }

        agreement.GetStatus().Should().Be(LearningAgreementStatus.Agreed);

        var changed = content.WithExpected([Expect(u4)]);
        agreement = agreement.ProposeChange(changed,
            [ComponentChange.Delete(u3, ChangeReason.NotAvailable), ComponentChange.Insert(u4, ChangeReason.SubstitutingDeleted)],
            SignatoryRole.Host, now);
        foreach (var role in new[] { SignatoryRole.Learner, SignatoryRole.Home, SignatoryRole.Host })
        {
            agreement = agreement.Sign(Signature.Create(role, $"Signer for {role}", changed.Hash, now));
        }

        agreement = agreement.ApproveChange(changed.Hash);
        agreement = agreement.Close(now + Duration.FromDays(120));

        agreement.GetStatus().Should().Be(LearningAgreementStatus.Closed);
        agreement.GetVersionInForce()!.Number.Should().Be(2);
    }
}
