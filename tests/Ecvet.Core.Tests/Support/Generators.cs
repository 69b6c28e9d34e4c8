using System.Collections.Immutable;
using System.Globalization;
using CsCheck;
using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Serialization;
using Ecvet.Serialization.Internal;
using Ecvet.Serialization.Internal.Wire;
using NodaTime;

namespace Ecvet.Tests.Support;

/// <summary>
/// CsCheck generators of valid domain values and documents, shared by the property tests. Every generated value is
/// built through the public factories and transition methods, so it is valid by construction; the generators reach
/// the edges of the wire format: optional members present and absent, empty and non-empty collections, day and month
/// mobility periods, minors who need a guardian, an intermediary or none, the no-MoU path, every grading kind,
/// decimals with fractions, non-ASCII text in several languages, JSON escapes and surrogate pairs.
/// </summary>
internal static class Generators
{
    // Letters of several scripts, JSON escapes (quote, backslash, control-like line feed and tab inside), HTML-sensitive
    // characters the writer escapes, U+2028 (escaped by JavaScript-safe encoders) and a symbol outside the BMP.
    private const string TextAlphabet =
        "abcdefghijklmnopqrstuvwxyz ABCXYZ 0123456789 äöåéÄÖçñßøłğış€ ЖжΩλ 中文日本語 한국어 עברית العربية .,;:-'\"\\/<>&+\n\t\u2028";

    private const string TokenAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789-._:/ äéΩ";

    private static readonly LocalDate Epoch = new(2000, 1, 1);

    private static readonly string[] LanguageTags = ["en", "fi", "sv", "es", "de-CH", "el", "sr-Latn", "zh-Hant-TW", "ar", "ga", "se"];

    /// <summary>Free text as the domain accepts it: trimmed, non-empty, possibly multi-line, any script, sometimes with an emoji.</summary>
    public static Gen<string> Words { get; } =
        Gen.Select(Gen.String[Gen.Char[TextAlphabet], 1, 30], Gen.Int[0, 9], (text, extra) => (extra == 0 ? text + " 🍳" : text).Trim())
            .Where(text => text.Length > 0);

    /// <summary>An identifier token: no white space at either end, no control characters, inner spaces and non-ASCII allowed.</summary>
    public static Gen<string> Token { get; } = Gen.String[Gen.Char[TokenAlphabet], 1, 24].Select(s => s.Trim()).Where(s => s.Length > 0);

    /// <summary>A part of a person's name: letters of several scripts, inner spaces, hyphens and apostrophes.</summary>
    public static Gen<string> NamePart { get; } =
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzAEIOUÄÖÅÉÑØŁĞİŞЖΩ中 -'"], 1, 24].Select(s => s.Trim()).Where(s => s.Length > 0);

    /// <summary>A lower-case ASCII identifier, for places where readability of failures matters more than edge cases.</summary>
    public static Gen<string> Slug { get; } = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-"], 0, 12].Select(s => "x" + s.TrimEnd('-'));

    /// <summary>A language tag, including script and region subtags.</summary>
    public static Gen<LanguageTag> Language { get; } = Gen.OneOf([.. LanguageTags.Select(LanguageTag.Parse)]);

    /// <summary>Text in one to three languages.</summary>
    public static Gen<LocalizedText> Text { get; } =
        Gen.Select(Language.Array[1, 3], Words.Array[3], (languages, texts) =>
            LocalizedText.Create(languages.Distinct().Select((language, i) => KeyValuePair.Create(language, texts[i]))));

    /// <summary>Credit points: whole, with one or two decimals, zero, and the maximum.</summary>
    public static Gen<CreditPoints> Points { get; } = Gen.Frequency(
        (4, Gen.Int[0, 60].Select(CreditPoints.From)),
        (4, Gen.Int[0, 99_999].Select(cents => CreditPoints.From(cents / 100m))),
        (1, Gen.Int[0, 9_999].Select(tenths => CreditPoints.From(tenths / 10m))),
        (1, Gen.OneOf(CreditPoints.Zero, CreditPoints.From(CreditPoints.MaxValue))));

    /// <summary>An EQF level 1 to 8.</summary>
    public static Gen<EqfLevel> Eqf { get; } = Gen.Int[EqfLevel.MinValue, EqfLevel.MaxValue].Select(EqfLevel.From);

    /// <summary>A date from 1950 to 2099, leap days included.</summary>
    public static Gen<LocalDate> Date { get; } = Gen.Int[-18_262, 36_523].Select(Epoch.PlusDays);

    /// <summary>An instant from 2000 to 2049, with whole seconds, milliseconds or ticks.</summary>
    public static Gen<Instant> AnyInstant { get; } = Gen.Select(Gen.Long[0, 50L * 365 * 86_400], Gen.Int[0, 2], Gen.Int[0, 9_999_999], (seconds, precision, ticks) =>
        NodaTime.Instant.FromUtc(2000, 1, 1, 0, 0).Plus(Duration.FromSeconds(seconds)).Plus(precision switch
        {
            0 => Duration.Zero,
            1 => Duration.FromMilliseconds(ticks % 1000),
            _ => Duration.FromTicks(ticks),
        }));

    /// <summary>A positive period in date units (years, months, weeks, days), as MoUs state mobility durations.</summary>
    public static Gen<Period> MobilityDuration { get; } = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 11], Gen.Int[0, 4], Gen.Int[0, 30], (years, months, weeks, days) =>
    {
        var builder = new PeriodBuilder { Years = years, Months = months, Weeks = weeks, Days = days };
        return years + months + weeks + days == 0 ? Period.FromWeeks(2) : builder.Build();
    });

    /// <summary>A country.</summary>
    public static Gen<CountryCode> Country { get; } = Gen.Int[0, CountryCode.All.Count - 1].Select(i => CountryCode.All[i]);

    /// <summary>A lower-case DNS domain, such as SCHAC codes and e-mail domains use.</summary>
    public static Gen<string> Domain { get; } = Gen.Select(Slug, Gen.OneOf("fi", "es", "eu", "de", "org"), (name, tld) => name + "." + tld);

    /// <summary>An institution identifier in any scheme.</summary>
    public static Gen<InstitutionId> Institution { get; } = Gen.Frequency(
        (6, Domain.Select(d => InstitutionId.Create(IdentifierScheme.Schac, d))),
        (1, Gen.Select(Gen.OneOf("FI ", "E  ", "D  ", "IRL", "PL "), Gen.String[Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZ"], 3, 7], Gen.Int[1, 99],
            (country, city, n) => InstitutionId.Create(IdentifierScheme.ErasmusCode, country + city + n.ToString("00", CultureInfo.InvariantCulture)))),
        (1, Gen.Int[100_000_000, 999_999_999].Select(pic => InstitutionId.Create(IdentifierScheme.Pic, pic.ToString(CultureInfo.InvariantCulture)))),
        (1, Gen.Int[1, 99_999].Select(n => InstitutionId.Create(IdentifierScheme.Oid, "1.2.246.562.10." + n.ToString(CultureInfo.InvariantCulture)))),
        (1, Token.Select(t => InstitutionId.Create(IdentifierScheme.National, t))),
        (1, Slug.Select(s => InstitutionId.Create(IdentifierScheme.Url, "https://" + s + ".example.org/"))),
        (1, Token.Select(t => InstitutionId.Create(IdentifierScheme.Other, t))));

    /// <summary>An e-mail address.</summary>
    public static Gen<string> Email { get; } = Gen.Select(Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789+_-"], 1, 12], Domain, (local, domain) => local + "@" + domain);

    /// <summary>A name; one in ten is a single name (no given names).</summary>
    public static Gen<PersonName> Name { get; } = Gen.Select(NamePart, NamePart, Gen.Int[0, 9], (given, family, kind) => PersonName.Create(kind == 0 ? null : given, family));

    /// <summary>A learner identifier in any scheme.</summary>
    public static Gen<LearnerId> LearnerIdentifier { get; } = Gen.Frequency(
        (3, Gen.Select(Domain, Gen.String[Gen.Char["0123456789-ABC"], 1, 12], (sho, code) => LearnerId.Esi(LearnerId.EsiPrefix + sho + ":" + code))),
        (1, Token.Select(t => LearnerId.Create(LearnerIdScheme.National, t))),
        (1, Token.Select(t => LearnerId.Create(LearnerIdScheme.Local, t))),
        (1, Token.Select(t => LearnerId.Create(LearnerIdScheme.Other, t))));

    /// <summary>A learner with zero to three identifiers, with or without name, birth date, citizenship and e-mail.</summary>
    public static Gen<Learner> AnyLearner { get; } =
        Gen.Select(LearnerIdentifier.Array[0, 3], Name.Null(0.2), Date.Nullable(0.3), Country.Null(0.3), Email.Null(0.3), (ids, name, birth, country, email) =>
        {
            var distinct = ids.Distinct().ToArray();
            return Ecvet.Learner.Create(distinct, distinct.Length == 0 ? name ?? PersonName.Create("Aino", "Virtanen") : name, birth, country, email);
        });

    /// <summary>A contact point with at least one of e-mail, telephone and web page.</summary>
    public static Gen<ContactPoint> Contact { get; } =
        Gen.Select(Token.Null(0.5), Email.Null(0.3), Gen.Int[100, 99_999_999].Nullable(0.5), Slug.Null(0.5), (name, email, phone, site) =>
            ContactPoint.Create(name, email ?? (phone is null && site is null ? "info@example.org" : null),
                phone is null ? null : "+358 " + phone.Value.ToString(CultureInfo.InvariantCulture),
                site is null ? null : new Uri("https://" + site + ".example.org/mobility?lang=fi", UriKind.Absolute)));

    /// <summary>An organisation with its competence roles, other identifiers and contact when present.</summary>
    public static Gen<Organisation> AnyOrganisation { get; } =
        Gen.Select(Institution, Institution.Array[0, 2], Text, Country, Gen.Enum<CompetenceRole>().Array[1, 4], Contact.Null(0.4), (id, others, name, country, roles, contact) =>
            Ecvet.Organisation.Create(id, name, country, roles.Distinct(), others.Distinct().Where(o => o != id), contact));

    /// <summary>A qualification reference, with or without an NQF level.</summary>
    public static Gen<QualificationReference> AnyQualification { get; } =
        Gen.Select(Token, Text, Eqf, Gen.Select(Slug, Token, Eqf.Null(0.4)).Nullable(0.4), (id, title, eqf, nqf) =>
            QualificationReference.Create(QualificationId.Parse(id), title, eqf, nqf is { } n ? NqfLevel.Create(n.Item1, n.Item2, n.Item3) : null));

    /// <summary>An assessment arrangement: one or more methods, with or without a description.</summary>
    public static Gen<AssessmentArrangement> Arrangement { get; } =
        Gen.Select(Gen.Enum<AssessmentMethod>().Array[1, 4], Text.Null(0.4), (methods, description) => AssessmentArrangement.Create(methods.Distinct(), description));

    /// <summary>A hash to sign when what is signed does not matter.</summary>
    public static ContentHash TestHash { get; } = ContentHash.OfJson("{\"test\":true}");

    // Declared before the generators that use it: static properties initialise in textual order.
    private static Gen<(string[], CreditPoints, CreditPoints, AssessmentArrangement, LocalizedText?, LocalizedText?)> ExpectedParts { get; } =
        Gen.Select(Slug.Array[0, 3], Points, Points, Arrangement, Text.Null(0.4), Text.Null(0.5));

    /// <summary>A mobility period: exact days, or months only.</summary>
    public static Gen<MobilityPeriod> AnyPeriod { get; } = Gen.Frequency(
        (2, Gen.Select(Date, Gen.Int[0, 400], (start, days) => MobilityPeriod.Create(start, start.PlusDays(days)))),
        (1, Gen.Select(Date, Gen.Int[0, 14], (start, months) => MobilityPeriod.Create(start.ToYearMonth(), start.PlusMonths(months).ToYearMonth()))));

    /// <summary>A signature on <paramref name="hash"/> in <paramref name="role"/>, every optional member present or absent.</summary>
    public static Gen<Signature> SignatureOf(SignatoryRole role, ContentHash hash, InstitutionId? onBehalfOf = null) =>
        Gen.Select(Words, AnyInstant, Words.Null(0.5), Email.Null(0.5), Words.Null(0.5), Token.Null(0.5), Institution.Null(0.6), (name, at, position, email, place, application, behalf) =>
            Signature.Create(role, name, hash, at, position, email, place, application, onBehalfOf ?? behalf));

    /// <summary>
    /// One to four expected learnings for distinct units named from <paramref name="prefix"/>: outcomes or the whole
    /// unit, points within the allocation (zero and fractions included), optional activities and conditions.
    /// </summary>
    public static Gen<ExpectedLearning[]> ExpectedList(string prefix) =>
        Gen.Select(Gen.Int[0, 5].Array[1, 4], ExpectedParts.Array[4], (numbers, parts) =>
            numbers.Distinct().Select((n, i) => BuildExpected(UnitId.Parse(prefix + n.ToString(CultureInfo.InvariantCulture)), parts[i])).ToArray());

    /// <summary>The content of a learning agreement: with an MoU or on the no-MoU path, an intermediary or none, a minor or an adult.</summary>
    public static Gen<LearningAgreementContent> AnyContent { get; } =
        from learner in AnyLearner
        from parties in Institution.Array[3].Where(p => p.Distinct().Count() == 3)
        from hasIntermediary in Gen.Bool
        from mou in Gen.OneOf(Token.Select(t => (MouId?)MouId.Parse(t)), Gen.Const((MouId?)null))
        from justification in Text
        from period in AnyPeriod
        from minor in Gen.Int[0, 2]
        from age in Gen.Int[1, 17]
        from qualification in AnyQualification
        from expected in ExpectedList("u")
        from achieved in Gen.Int[0, 5].Array[0, 3]
        select Build(learner, parties, hasIntermediary, mou, justification, period, minor, age, qualification, expected, achieved);

    /// <summary>A memorandum of understanding, every optional member present or absent, signed by none, some or all partners.</summary>
    public static Gen<MemorandumOfUnderstanding> AnyMou { get; } =
        from id in Token
        from signing in AnyOrganisation.Array[2, 4].Where(o => o.DistinctBy(x => x.Id).Count() == o.Length)
        from covered in AnyOrganisation.Array[0, 2]
        from qualifications in Gen.Select(AnyQualification, Gen.Select(Slug, Text.Null(0.5), Points.Nullable(0.5)).Array[1, 3], Gen.Int[0, 9]).Array[1, 3]
        from procedures in Gen.Select(Text, Text, Text, Text)
        from validFrom in Date
        from validDays in Gen.Int[0, 2_000].Nullable(0.4)
        from durations in Gen.Select(MobilityDuration.Null(0.5), Gen.Int[0, 2], Gen.Bool)
        from review in Text.Null(0.5)
        from equivalences in Gen.Select(Slug.Array[1, 3], Slug, Slug.Array[0, 3], Token.Null(0.5), Text.Null(0.5)).Array[0, 3]
        from fileCode in Words.Null(0.5)
        from signed in Gen.Int[0, 4]
        from signatures in SignatureOf(SignatoryRole.Partner, TestHash).Array[4]
        select BuildMou(id, signing, covered, qualifications, procedures, validFrom, validDays, durations, review, equivalences, fileCode, signed, signatures);

    /// <summary>
    /// A learning agreement with a history made by the public transitions: drafts revised, signatures partial or
    /// complete, change proposals pending, signed, approved or rejected, and sometimes an end.
    /// </summary>
    public static Gen<LearningAgreement> AnyAgreement { get; } =
        from id in Token
        from first in AnyContent
        from revisions in Gen.Select(ExpectedList("r"), AnyPeriod).Array[0, 2]
        from proposals in Gen.Select(ExpectedList("p"), Gen.Int[0, 4], Gen.Enum<SignatoryRole>(), Words.Null(0.5)).Array[0, 3]
        from agreed in Gen.Int[0, 3]
        from signatures in Gen.Select(Words, AnyInstant, Words.Null(0.7), Email.Null(0.7)).Array[16]
        from reasons in Gen.Int[0, 99].Array[12]
        from end in Gen.Select(Gen.Int[0, 3], AnyInstant, Words.Null(0.5))
        select BuildAgreement(LearningAgreementId.Parse(id), first, revisions, proposals, agreed, signatures, reasons, end);

    /// <summary>A grading scheme of any kind: pass/fail, numeric (either direction, fractional bounds) or ordinal.</summary>
    public static Gen<GradingScheme> SchemeWithId(string id) => Gen.Frequency(
        (1, Text.Select(title => GradingScheme.PassFail(id, title))),
        (2, Gen.Select(Text, Gen.Int[-100, 100], Gen.Int[2, 1_000], Gen.Int[1, 99], Gen.Bool, Gen.Int[0, 2], (title, min, span, passPercent, higher, scale) =>
        {
            var divisor = scale switch { 0 => 1m, 1 => 10m, _ => 100m };
            var minimum = min / divisor;
            var maximum = (min + span) / divisor;
            var pass = (min + Math.Max(1, span * passPercent / 100)) / divisor;
            return GradingScheme.Numeric(id, title, minimum, Math.Max(maximum, minimum + 1), Math.Min(pass, maximum), higher);
        })),
        (1, Gen.Select(Text, Words.Array[2, 6], Gen.Int[0, 5], (title, labels, passing) =>
        {
            var distinct = labels.Distinct(StringComparer.Ordinal).ToArray();
            if (distinct.Length < 2)
            {
                distinct = [.. distinct, distinct[0] + "+"];
            }

            return GradingScheme.Ordinal(id, title, distinct, distinct[Math.Min(passing, distinct.Length - 1)]);
        })));

    /// <summary>
    /// A personal transcript: one to five results for outcomes or units, passed, failed or in progress, in one to
    /// three grading schemes, with or without recorded credit and evidence, signed by none, some or all roles.
    /// </summary>
    public static Gen<PersonalTranscript> AnyTranscript { get; } =
        from id in Token
        from agreement in Token
        from learner in AnyLearner
        from issuer in Institution
        from period in AnyPeriod
        from issuedAt in AnyInstant
        from schemes in Gen.Select(SchemeWithId("s1"), SchemeWithId("s2"), SchemeWithId("s3"))
        from entries in Gen.Select(Text, Gen.Bool, Slug, Gen.Int[0, 2], Gen.Int[0, 2], Name, Date, Gen.Enum<AssessmentMethod>(),
            Gen.Int[0, 1_000], Slug.Array[0, 3], Points.Nullable(0.5), Gen.OneOf(CreditScheme.Ecvet, CreditScheme.Ects, CreditScheme.Create("fi-osp")),
            (title, forUnit, target, scheme, status, assessor, assessedOn, method, seed, evidence, points, creditScheme) =>
                new EntryPlan(title, forUnit, target, scheme, status, assessor, assessedOn, method, seed, evidence, points, creditScheme)).Array[1, 5]
        from signatures in Gen.Select(Words, AnyInstant).Array[3]
        from signed in Gen.Int[0, 3]
        select BuildTranscript(TranscriptId.Parse(id), LearningAgreementId.Parse(agreement), learner, issuer, period, issuedAt, [schemes.Item1, schemes.Item2, schemes.Item3], entries, signatures, signed);

    /// <summary>
    /// A valid qualification document built through the domain's factories, with values drawn from the DOMAIN's full
    /// ranges (not the wire's): any positive weight and reference years a decimal can hold, related-skill URIs of up to
    /// 20,000 characters, texts up to <see cref="LocalizedText.MaxLength"/>. Whatever the domain accepts must survive
    /// writing and reading.
    /// </summary>
    public static Gen<QualificationDocument> DomainQualificationDocument { get; } = DomainDocuments.Document;

    /// <summary>A valid qualification document as its wire form, for the qualification document properties.</summary>
    public static Gen<QualificationDocumentWire> QualificationDocument { get; } = QualificationDocuments.Document;

    private static ExpectedLearning BuildExpected(UnitId unit, (string[], CreditPoints, CreditPoints, AssessmentArrangement, LocalizedText?, LocalizedText?) parts)
    {
        var (outcomes, a, b, arrangement, activities, conditions) = parts;
        return ExpectedLearning.Create(unit, outcomes.Distinct().Select(o => LearningOutcomeId.Parse(unit.Value + "-" + o)),
            CreditPoints.Min(a, b), CreditPoints.Max(a, b), arrangement, activities, conditions);
    }

    private static LearningAgreementContent Build(Learner learner, InstitutionId[] parties, bool hasIntermediary, MouId? mou,
        LocalizedText justification, MobilityPeriod period, int minor, int age, QualificationReference qualification,
        ExpectedLearning[] expected, int[] achieved)
    {
        // A third of the learners are minors on the first day of the mobility, so that a guardian must sign. No learner
        // is born after the mobility starts.
        if (minor == 0 || learner.BirthDate > period.EarliestStart)
        {
            learner = learner.WithBirthDate(period.EarliestStart.PlusYears(-age));
        }

        var achievedUnits = achieved.Distinct().Select(n => UnitId.Parse("a" + n.ToString(CultureInfo.InvariantCulture)));
        var intermediary = hasIntermediary ? parties[2] : null;
        return mou is not null
            ? LearningAgreementContent.Create(learner, parties[0], parties[1], mou, period, qualification, expected, achievedUnits, intermediary)
            : LearningAgreementContent.CreateWithoutMou(learner, parties[0], parties[1], justification, period, qualification, expected, achievedUnits, intermediary);
    }

    private static MemorandumOfUnderstanding BuildMou(string id, Organisation[] signing, Organisation[] covered,
        (QualificationReference, (string, LocalizedText?, CreditPoints?)[], int)[] qualifications,
        (LocalizedText, LocalizedText, LocalizedText, LocalizedText) procedures, LocalDate validFrom, int? validDays,
        (Period?, int, bool) durations, LocalizedText? review, (string[], string, string[], string?, LocalizedText?)[] equivalences,
        string? fileCode, int signed, Signature[] signatures)
    {
        var mouQualifications = qualifications.Select(q => MouQualification.Create(signing[q.Item3 % signing.Length].Id, q.Item1,
            q.Item2.DistinctBy(u => u.Item1).Select(u => MouUnit.Create(UnitId.Parse(u.Item1), u.Item2, u.Item3))));
        var (minimum, extra, hasMaximum) = durations;
        var maximum = hasMaximum ? (minimum ?? NodaTime.Period.Zero) + NodaTime.Period.FromMonths(extra + 1) : null;
        // An equivalence recognises a unit the memorandum lists.
        var units = mouQualifications.SelectMany(q => q.Units).Select(u => u.Unit).ToArray();
        UnitId InScope(string unit) => units.FirstOrDefault(u => u.Value == unit) ?? units[(unit.Length + unit[0]) % units.Length];
        var rules = equivalences.Select(e => EquivalenceRule.Create(e.Item1.Distinct().Select(UnitId.Parse), InScope(e.Item2),
            e.Item3.Distinct().Select(LearningOutcomeId.Parse), e.Item4, e.Item5));
        var mou = MemorandumOfUnderstanding.Create(MouId.Parse(id), signing, mouQualifications,
            MouProcedures.Create(procedures.Item1, procedures.Item2, procedures.Item3, procedures.Item4), validFrom,
            validDays is { } days ? validFrom.PlusDays(days) : null,
            covered.Where(c => signing.All(s => s.Id != c.Id)).DistinctBy(c => c.Id), minimum, maximum, review, rules, fileCode);
        for (var i = 0; i < Math.Min(signed, signing.Length); i++)
        {
            var s = signatures[i];
            mou = mou.Sign(Signature.Create(SignatoryRole.Partner, s.SignerName, mou.Hash, s.SignedAt, s.SignerPosition, s.SignerEmail, s.Place, s.Application, signing[i].Id));
        }

        return mou;
    }

    private static LearningAgreement BuildAgreement(LearningAgreementId id, LearningAgreementContent first,
        (ExpectedLearning[], MobilityPeriod)[] revisions, (ExpectedLearning[], int, SignatoryRole, string?)[] proposals, int agreed,
        (string, Instant, string?, string?)[] signatures, int[] reasons, (int, Instant, string?) end)
    {
        var next = 0;

        // Events happen in order: each after the one before, by a generated gap (whole seconds or finer).
        var now = signatures[0].Item2;
        Instant After(Instant generated) => now = now.Plus(Duration.FromTicks(1 + ((generated - Instant.FromUtc(2000, 1, 1, 0, 0)).BclCompatibleTicks % (30L * NodaConstants.TicksPerDay))));

        Signature Sign(SignatoryRole role, ContentHash hash)
        {
            var (name, at, position, email) = signatures[next++ % signatures.Length];
            return Signature.Create(role, name, hash, After(at), position, email, application: next % 3 == 0 ? "EWP" : null);
        }

        LearningAgreement SignAll(LearningAgreement agreement, ContentHash hash, ImmutableArray<SignatoryRole> roles, int count)
        {
            foreach (var role in roles.Take(count))
            {
                agreement = agreement.Sign(Sign(role, hash));
            }

            return agreement;
        }

        var result = LearningAgreement.Create(id, first);
        foreach (var (expected, period) in revisions)
        {
            var revised = first.WithExpected(expected.Where(e => !first.UnitsAlreadyAchieved.Contains(e.Unit)).DefaultIfEmpty(first.Expected[0]))
                .WithPeriod(first.Learner.BirthDate > period.EarliestStart ? first.Period : period);
            if (revised.Hash != result.LatestVersion.Hash)
            {
                // Signatures on a draft that is then revised stay on record and no longer count.
                result = SignAll(result, result.LatestVersion.Hash, result.LatestVersion.Content.RequiredSignatories(), reasons[0] % 3);
                result = result.ReviseDraft(revised);
            }
        }

        var latest = result.LatestVersion;
        var required = latest.Content.RequiredSignatories();

        // agreed: 0 draft, 1 partly signed, 2 and 3 fully signed (then change proposals and an end may follow).
        if (agreed < 2)
        {
            result = SignAll(result, latest.Hash, required, agreed == 0 ? 0 : Math.Max(1, required.Length - 1));
            return end.Item1 == 0 ? result.Cancel(After(end.Item2), end.Item3 ?? "Mobility did not take place") : result;
        }

        result = SignAll(result, latest.Hash, required, required.Length);
        var r = 1;
        foreach (var (expected, fate, proposedBy, comment) in proposals)
        {
            var inForce = result.GetVersionInForce()!;
            var proposed = inForce.Content.WithExpected(expected);
            if (proposed.Hash == inForce.Hash || result.Proposals.Any(p => p.Id == proposed.Hash))
            {
                continue;
            }

            var changes = Changes(inForce.Content, proposed, reasons, ref r);
            result = result.ProposeChange(proposed, changes, proposedBy, After(signatures[r % signatures.Length].Item2), comment);
            var roles = proposed.RequiredSignatories();

            // fate: 0 pending, 1 partly signed, 2 rejected, 3 and 4 approved.
            switch (fate)
            {
                case 1:
                    result = SignAll(result, proposed.Hash, roles, roles.Length - 1);
                    break;
                case 2:
                    result = SignAll(result, proposed.Hash, roles, reasons[r % reasons.Length] % 2);
                    result = result.RejectChange(proposed.Hash, roles[reasons[r % reasons.Length] % roles.Length], comment ?? "Not possible", After(signatures[(r + 1) % signatures.Length].Item2));
                    break;
                case > 2:
                    result = SignAll(result, proposed.Hash, roles, roles.Length);
                    if (result.Proposals.Single(p => p.Id == proposed.Hash).BaseVersion == result.GetVersionInForce()!.Number)
                    {
                        result = result.ApproveChange(proposed.Hash);
                    }

                    break;
                default:
                    break;
            }
        }

        return end.Item1 == 1 ? result.Close(After(end.Item2), end.Item3) : result;
    }

    private static ComponentChange[] Changes(LearningAgreementContent from, LearningAgreementContent to, int[] reasons, ref int r)
    {
        ChangeReason[] inserting = [ChangeReason.SubstitutingDeleted, ChangeReason.ExtendingMobility, ChangeReason.AddingVirtualComponent, ChangeReason.PlacementChanged, ChangeReason.HealthOrSafety, ChangeReason.Other];
        ChangeReason[] deleting = [ChangeReason.NotAvailable, ChangeReason.LanguageMismatch, ChangeReason.TimetableConflict, ChangeReason.PlacementChanged, ChangeReason.HealthOrSafety, ChangeReason.Other];
        var changes = new List<ComponentChange>();
        foreach (var unit in to.Expected.Select(e => e.Unit).Except(from.Expected.Select(e => e.Unit)))
        {
            var reason = inserting[reasons[r++ % reasons.Length] % inserting.Length];
            changes.Add(ComponentChange.Insert(unit, reason, reason == ChangeReason.Other || r % 2 == 0 ? "Agreed with the host teacher" : null));
        }

        foreach (var unit in from.Expected.Select(e => e.Unit).Except(to.Expected.Select(e => e.Unit)))
        {
            var reason = deleting[reasons[r++ % reasons.Length] % deleting.Length];
            changes.Add(ComponentChange.Delete(unit, reason, reason == ChangeReason.Other ? "Kitchen closed for renovation" : null));
        }

        return [.. changes];
    }

    private static PersonalTranscript BuildTranscript(TranscriptId id, LearningAgreementId agreement, Learner learner, InstitutionId issuer,
        MobilityPeriod period, Instant issuedAt, GradingScheme[] schemes,
        EntryPlan[] entries,
        (string, Instant)[] signatures, int signed)
    {
        var list = new List<TranscriptEntry>();
        foreach (var (title, forUnit, target, schemeIndex, status, assessor, assessedOn, method, gradeSeed, evidence, points, creditScheme) in entries)
        {
            var scheme = schemes[schemeIndex];
            var (actualStatus, grade) = Grade(scheme, (AssessmentStatus)(status + 1), gradeSeed);
            var links = evidence.Distinct().Select(e => new Uri("https://evidence.example.org/" + e + (gradeSeed % 3 == 0 ? "?v=2#p" + e : string.Empty), UriKind.Absolute));
            // Now and then one of the host's own targets, so documents carry both catalogues.
            var catalogue = gradeSeed % 4 == 1 ? TargetCatalogue.Host : TargetCatalogue.Home;
            var result = forUnit
                ? AssessmentResult.ForUnit(UnitId.Parse("u-" + target), actualStatus, issuer, assessor, assessedOn, method, scheme, grade, links, catalogue)
                : AssessmentResult.ForOutcome(LearningOutcomeId.Parse("lo-" + target), actualStatus, issuer, assessor, assessedOn, method, scheme, grade, links, catalogue);
            if (list.Any(e => e.Result.Outcome == result.Outcome && e.Result.Unit == result.Unit && e.Result.Catalogue == result.Catalogue))
            {
                continue;
            }

            list.Add(TranscriptEntry.Create(title, result, points is { } p && result.IsPassed ? Credit.Create(creditScheme, p) : null));
        }

        // Issued on or after the last assessment, signed on or after the issue.
        var lastAssessed = list.Max(e => e.Result.AssessedOn).AtMidnight().InUtc().ToInstant();
        issuedAt = issuedAt < lastAssessed ? lastAssessed.Plus(Duration.FromTicks(issuedAt.ToUnixTimeTicks() % NodaConstants.TicksPerDay)) : issuedAt;
        var transcript = PersonalTranscript.Restore(id, agreement, learner, issuer, period, issuedAt, list);
        SignatoryRole[] roles = [SignatoryRole.Host, SignatoryRole.Home, SignatoryRole.Learner];
        for (var i = 0; i < signed; i++)
        {
            var signedAt = signatures[i].Item2 < issuedAt ? issuedAt.Plus(Duration.FromTicks(Math.Abs(signatures[i].Item2.ToUnixTimeTicks() % NodaConstants.TicksPerDay))) : signatures[i].Item2;
            transcript = transcript.Sign(Signature.Create(roles[i], signatures[i].Item1, transcript.Hash, signedAt, onBehalfOf: i == 0 ? issuer : null));
        }

        return transcript;
    }

    /// <summary>A grade of <paramref name="scheme"/> consistent with <paramref name="wanted"/>, or another status when the scheme has no such grade.</summary>
    private static (AssessmentStatus Status, string? Grade) Grade(GradingScheme scheme, AssessmentStatus wanted, int seed)
    {
        if (wanted == AssessmentStatus.InProgress)
        {
            return (wanted, null);
        }

        var pass = wanted == AssessmentStatus.Passed;
        switch (scheme.Kind)
        {
            case GradingKind.PassFail:
                return (wanted, pass ? GradingScheme.Pass : GradingScheme.Fail);
            case GradingKind.Numeric:
                var (min, max, mark) = (scheme.Minimum!.Value, scheme.Maximum!.Value, scheme.PassMark!.Value);
                var passingLow = scheme.HigherIsBetter ? mark : min;
                var passingHigh = scheme.HigherIsBetter ? max : mark;
                var fraction = seed % 1_000 / 1_000m;
                decimal grade;
                if (pass)
                {
                    grade = passingLow + ((passingHigh - passingLow) * fraction);
                }
                else
                {
                    // The failing side is open at the pass mark; when it is empty, the result passes instead.
                    var (low, high) = scheme.HigherIsBetter ? (min, mark) : (mark, max);
                    if (low == high)
                    {
                        return Grade(scheme, AssessmentStatus.Passed, seed);
                    }

                    grade = scheme.HigherIsBetter ? low + ((high - low) * fraction * 0.99m) : high - ((high - low) * fraction * 0.99m);
                }

                var text = decimal.Round(grade, seed % 3).ToString(CultureInfo.InvariantCulture);
                return scheme.IsValidGrade(text) && scheme.IsPassing(text) == pass ? (wanted, text) : Grade(scheme, AssessmentStatus.InProgress, seed);
            default:
                var lowest = scheme.Labels.IndexOf(scheme.LowestPassingLabel!);
                if (!pass && lowest == 0)
                {
                    return Grade(scheme, AssessmentStatus.Passed, seed);
                }

                var index = pass ? lowest + (seed % (scheme.Labels.Length - lowest)) : seed % lowest;
                return (wanted, scheme.Labels[index]);
        }
    }

    private sealed record EntryPlan(LocalizedText Title, bool ForUnit, string Target, int Scheme, int Status, PersonName Assessor, LocalDate On,
        AssessmentMethod Method, int Seed, string[] Evidence, CreditPoints? Points, CreditScheme CreditScheme);

    /// <summary>Generators of qualification documents in their wire form (the reader's input).</summary>
    private static class QualificationDocuments
    {
        private const string Esco = "http://data.europa.eu/esco/skill/";

        private static readonly Gen<Dictionary<string, string>> WireText = Text.Select(t => AgreementWireWriter.Text(t)!);

        private static readonly Gen<decimal> WirePoints = Gen.Int[1, 99_999].Select(cents => CreditPoints.From(cents / 100m).Value);

        private static readonly Gen<int?> WireEqf = Gen.Int[0, 8].Select(i => i == 0 ? null : (int?)i);

        // ESCO URIs hold RFC 4122 UUIDs (version 1 to 5): force version 4 and the RFC variant.
        private static readonly Gen<string> EscoSkill = Gen.Guid.Select(g =>
        {
            var text = g.ToString("D").ToCharArray();
            text[14] = '4';
            text[19] = '8';
            return Esco + new string(text);
        });

        private static readonly Gen<EscoSkillWire> Skill =
            Gen.Select(EscoSkill, Gen.Enum<EscoSkillType>().Nullable(), Gen.Enum<EscoReuseLevel>().Nullable(), (uri, type, reuse) =>
                new EscoSkillWire { Uri = uri, SkillType = type, ReuseLevel = reuse });

        private static readonly Gen<LearningOutcomeWire> Outcome =
            Gen.Select(Gen.Enum<LearningOutcomeType>(), WireText, WireEqf, Skill.Array[0, 3], Gen.Int[1, 4000], Gen.Bool, WireText.Null(0.7), (type, statement, eqf, skills, weight, critical, criteria) =>
                new LearningOutcomeWire
                {
                    Id = "x",
                    Type = type,
                    Statement = statement,
                    EqfLevel = eqf,
                    EscoSkills = [.. skills.DistinctBy(s => s.Uri)],
                    RelatedSkills = eqf is null ? [] : ["https://example.org/skills/" + eqf, "urn:isbn:0451450523"],
                    Weight = weight / 4m,
                    Critical = critical,
                    AssessmentCriteria = criteria,
                    GroupKey = critical ? "core" : null,
                });

        private static readonly Gen<UnitWire> Unit =
            Gen.Select(WireText, WireEqf, Outcome.List[1, 5], Gen.Enum<AssessmentMethod>().Array[0, 3], WireText.Null(0.7), Gen.Int[0, 10], (title, eqf, outcomes, methods, procedure, years) => new UnitWire
            {
                Id = "x",
                Title = title,
                EqfLevel = eqf,
                LearningOutcomes = [.. outcomes.Select((o, i) => o with { Id = $"lo{i}" })],
                AssessmentMethods = [.. methods.Distinct()],
                AssessmentProcedure = procedure,
                ValidityPeriod = years switch
                {
                    0 => null,
                    1 => NodaTime.Period.FromMonths(18),
                    2 => NodaTime.Period.FromWeeks(3) + NodaTime.Period.FromDays(2),
                    _ => NodaTime.Period.FromYears(years),
                },
                Occupations = years % 3 == 1 ? ["http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e"] : [],
            });

        public static readonly Gen<QualificationDocumentWire> Document =
            Gen.Select(Slug, WireText, WireEqf, Unit.List[1, 6], WirePoints.Array[6], Gen.Bool.Array[6], Gen.Int[0, 20_000], (id, title, eqf, units, points, mandatory, day) =>
            {
                var named = units.Select((u, i) => u with { Id = $"{id}-u{i}" }).ToList();
                // Every other document leaves its first unit without an allocation (a unit catalogue may hold more).
                var allocations = named.Select((u, i) => new UnitAllocationWire { Unit = u.Id, Credit = new CreditWire { Scheme = "ecvet", Value = points[i] }, Mandatory = mandatory[i] })
                    .Skip(named.Count > 1 ? day % 2 : 0).ToList();
                return new QualificationDocumentWire
                {
                    SchemaVersion = EcvetJson.SchemaVersion,
                    ValidFrom = day == 0 ? null : Epoch.PlusDays(day),
                    Qualification = new QualificationWire
                    {
                        Id = id,
                        Title = title,
                        AwardingBody = day % 3 == 0
                            ? new InstitutionIdWire { Scheme = IdentifierScheme.ErasmusCode, Value = "PL WARSZAW01" }
                            : new InstitutionIdWire { Scheme = IdentifierScheme.Schac, Value = "omnia.fi" },
                        EqfLevel = eqf,
                        NqfLevel = eqf is { } level ? new NqfLevelWire { Framework = "FI", Level = "level " + level, ReferencedEqfLevel = day % 3 == 0 ? null : level } : null,
                        Field = day % 4 == 0 ? null : "0713",
                        TotalCredit = new CreditWire { Scheme = "ecvet", Value = CreditPoints.From(allocations.Sum(a => a.Credit.Value) + (day % 5 * 15.25m)).Value },
                        ReferenceFullTimeYears = day % 2 == 0 ? null : 3.5m,
                        Units = allocations,
                    },
                    Units = named,
                };
            });
    }

    /// <summary>Qualification documents built in the domain, over the domain's full ranges.</summary>
    private static class DomainDocuments
    {
        private static readonly Gen<decimal> Positive = Gen.Frequency(
            (3, Gen.Int[1, 4000].Select(i => i / 4m)),
            (2, Gen.Decimal.Select(Math.Abs).Where(d => d > 0m)),
            (1, Gen.OneOf(Gen.Const(decimal.MaxValue), Gen.Const(0.0000000000000000000000000001m), Gen.Const(1000.01m), Gen.Const(100.5m), Gen.Const(1_000_000m))));

        private static readonly Gen<LocalizedText> LongText = Gen.Frequency(
            (3, Text),
            (1, Gen.Int[1, LocalizedText.MaxLength].Select(n => LocalizedText.English(new string('a', n)))),
            (1, Gen.Const(LocalizedText.English(new string('b', LocalizedText.MaxLength)))));

        private static readonly Gen<Uri> RelatedSkill = Gen.Frequency(
            (3, Gen.Int[0, 99].Select(i => new Uri("https://example.org/skills/" + i.ToString(CultureInfo.InvariantCulture), UriKind.Absolute))),
            (2, Gen.Int[1, 20_000].Select(n => new Uri("https://example.org/" + new string('s', n), UriKind.Absolute))),
            (1, Gen.Const(new Uri("urn:isbn:0451450523", UriKind.Absolute))));

        private static readonly Gen<LearningOutcome> Outcome =
            Gen.Select(Gen.Enum<LearningOutcomeType>(), LongText, Eqf.Null(0.5), RelatedSkill.Array[0, 3], Positive, Gen.Bool, (type, statement, eqf, related, weight, critical) =>
                LearningOutcome.Create(LearningOutcomeId.Parse("x"), statement, type, eqf, null, related.DistinctBy(u => u.OriginalString), weight, critical));

        private static readonly Gen<UnitOfLearningOutcomes> Unit =
            Gen.Select(LongText, Outcome.List[1, 4], (title, outcomes) =>
                UnitOfLearningOutcomes.Create(UnitId.Parse("x"), title, outcomes.Select((o, i) => LearningOutcome.Create(
                    LearningOutcomeId.Parse("lo" + i.ToString(CultureInfo.InvariantCulture)), o.Statement, o.Type, o.Level, null, o.RelatedSkills, o.Weight, o.IsCritical))));

        public static readonly Gen<QualificationDocument> Document =
            Gen.Select(Slug, Text, Unit.List[1, 4], Positive.Nullable(0.3), Gen.Int[1, 99_999], (id, title, units, years, cents) =>
            {
                var named = units.Select((u, i) => UnitOfLearningOutcomes.Create(
                    UnitId.Parse(id + "-u" + i.ToString(CultureInfo.InvariantCulture)), u.Title, u.LearningOutcomes)).ToList();
                var points = CreditPoints.From(cents / 100m);
                var allocations = named.Select(u => UnitAllocation.Create(u.Id, points));
                var total = CreditPoints.From(points.Value * named.Count);
                var qualification = Qualification.Create(QualificationId.Parse(id), title, InstitutionId.Create(IdentifierScheme.Schac, "omnia.fi"), total, allocations, referenceFullTimeYears: years);
                return Ecvet.Serialization.QualificationDocument.Create(qualification, UnitCatalogue.Create(named));
            });
    }
}
