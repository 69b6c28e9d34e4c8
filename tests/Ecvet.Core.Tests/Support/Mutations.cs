using System.Collections;
using Ecvet.Agreements;
using NodaTime;

namespace Ecvet.Tests.Support;

/// <summary>A named change of one property path of a <typeparamref name="T"/>; it may throw <see cref="ArgumentException"/> when it does not apply to a given value.</summary>
internal sealed record Mutation<T>(string Path, Func<T, T> Apply);

/// <summary>A table of mutations, several per path allowed.</summary>
internal sealed class MutationTable<T> : IEnumerable<Mutation<T>>
{
    private readonly List<Mutation<T>> mutations = [];

    public int Count => mutations.Count;

    public Mutation<T> this[int index] => mutations[index];

    public void Add(string path, Func<T, T> apply) => mutations.Add(new(path, apply));

    public IEnumerator<Mutation<T>> GetEnumerator() => mutations.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// Mutations of the library's small values, reusable wherever such a value sits in a document: each helper adds one
/// mutation for the value's own path and one for every path below it, given how to get and set the value.
/// </summary>
internal static class Mutations
{
    private static readonly LanguageTag[] Spare = [.. new[] { "la", "eo", "cy", "mt", "eu" }.Select(LanguageTag.Parse)];

    /// <summary>Mutations of a <see cref="LocalizedText"/> (optional when <paramref name="get"/> can return null: then each sets one).</summary>
    public static void Text<T>(MutationTable<T> table, string path, Func<T, LocalizedText?> get, Func<T, LocalizedText?, T> set)
    {
        table.Add(path, x => set(x, get(x) is { } t ? t.With(t.Languages[0], t.Get(t.Languages[0]) + " (changed)") : LocalizedText.English("Added")));
        table.Add(path + ".Entries", x => set(x, get(x) is { } t ? t.With(t.Languages[^1], "Ändrad\ttext") : LocalizedText.English("Added")));
        table.Add(path + ".Languages", x => set(x, AddLanguage(get(x))));
        table.Add(path + ".Count", x => set(x, AddLanguage(get(x))));
        table.Add(path + ".Languages[].Value", x => set(x, ReplaceFirstLanguage(get(x), _ => FreshLanguage(get(x)!))));
        table.Add(path + ".Languages[].Language", x => set(x, ReplaceFirstLanguage(get(x), _ => FreshLanguage(get(x)!))));
        table.Add(path + ".Languages[].Script", x => set(x, ReplaceFirstLanguage(get(x), tag =>
            LanguageTag.Parse(tag.Language + (tag.Script is null ? "-Latn" : string.Empty) + (tag.Region is null ? string.Empty : "-" + tag.Region)))));
        table.Add(path + ".Languages[].Region", x => set(x, ReplaceFirstLanguage(get(x), tag =>
            LanguageTag.Parse(tag.Language + (tag.Script is null ? string.Empty : "-" + tag.Script) + (tag.Region is null ? "-AQ" : string.Empty)))));
    }

    /// <summary>Mutations of an <see cref="InstitutionId"/> (optional when <paramref name="get"/> can return null).</summary>
    public static void Institution<T>(MutationTable<T> table, string path, Func<T, InstitutionId?> get, Func<T, InstitutionId?, T> set)
    {
        var fresh = InstitutionId.Parse("schac:zz-fresh.eu");
        table.Add(path, x => set(x, get(x) is null ? fresh : InstitutionId.Create(IdentifierScheme.Schac, "zz-" + Math.Abs(get(x)!.GetHashCode() % 1000) + ".eu")));
        table.Add(path + ".Scheme", x => set(x, get(x) is { } id
            ? InstitutionId.Create(id.Scheme == IdentifierScheme.Other ? IdentifierScheme.National : IdentifierScheme.Other, id.Value)
            : fresh));
        table.Add(path + ".Value", x => set(x, get(x) is { } id ? InstitutionId.Create(id.Scheme, OtherValue(id)) : fresh));
    }

    /// <summary>Mutations of a <see cref="PersonName"/> (optional when <paramref name="get"/> can return null).</summary>
    public static void Name<T>(MutationTable<T> table, string path, Func<T, PersonName?> get, Func<T, PersonName?, T> set)
    {
        table.Add(path, x => set(x, get(x) is { } n
            ? n.GivenNames is null ? PersonName.Create("Aino", n.FamilyName) : PersonName.Mononym(n.FamilyName + "x")
            : PersonName.Create("Aino", "Virtanen")));
        table.Add(path + ".GivenNames", x => set(x, get(x) is { } n
            ? PersonName.Create(n.GivenNames is null ? "Maria" : n.GivenNames + " Maria", n.FamilyName)
            : PersonName.Create("Aino", "Virtanen")));
        table.Add(path + ".FamilyName", x => set(x, get(x) is { } n ? PersonName.Create(n.GivenNames, n.FamilyName + "-Mäkelä") : PersonName.Create("Aino", "Virtanen")));
    }

    /// <summary>Mutations of a <see cref="Ecvet.Learner"/> and everything in it.</summary>
    public static void Learner<T>(MutationTable<T> table, string path, Func<T, Learner> get, Func<T, Learner, T> set)
    {
        var esi = LearnerId.Esi(LearnerId.EsiPrefix + "zz.fi:1");
        table.Add(path, x => set(x, get(x).WithEmail(get(x).Email is null ? "zz@example.fi" : null)));
        table.Add(path + ".Ids", x => set(x, get(x).WithIds(get(x).Ids.Contains(esi) ? get(x).Ids.Remove(esi) : get(x).Ids.Add(esi))));
        table.Add(path + ".Ids[].Scheme", x => set(x, WithFirstId(get(x), id => LearnerId.Create(id.Scheme == LearnerIdScheme.National ? LearnerIdScheme.Local : LearnerIdScheme.National, id.Value))));
        table.Add(path + ".Ids[].Value", x => set(x, WithFirstId(get(x), id => LearnerId.Create(id.Scheme, id.Value + "9"))));
        Name(table, path + ".Name", x => get(x).Name, (x, name) => set(x, get(x).WithName(name)));
        table.Add(path + ".BirthDate", x => set(x, get(x).WithBirthDate(get(x).BirthDate is { } d ? d.PlusDays(1) : new LocalDate(2001, 2, 3))));
        table.Add(path + ".Citizenship", x => set(x, get(x).WithCitizenship(OtherCountry(get(x).Citizenship))));
        table.Add(path + ".Citizenship.Value", x => set(x, get(x).WithCitizenship(OtherCountry(get(x).Citizenship))));
        table.Add(path + ".Citizenship.Alpha3", x => set(x, get(x).WithCitizenship(OtherCountry(get(x).Citizenship))));
        table.Add(path + ".Citizenship.AuthorityUri", x => set(x, get(x).WithCitizenship(OtherCountry(get(x).Citizenship))));
        table.Add(path + ".Citizenship.IsUserAssigned", x => set(x, get(x).WithCitizenship(get(x).Citizenship?.IsUserAssigned == true ? CountryCode.Parse("FI") : CountryCode.Parse("XK"))));
        table.Add(path + ".Email", x => set(x, get(x).WithEmail(get(x).Email is { } e ? "z" + e : "zz@example.fi")));
    }

    /// <summary>Mutations of a <see cref="MobilityPeriod"/>: each end, by day and by month, and the switch between the two.</summary>
    public static void Period<T>(MutationTable<T> table, string path, Func<T, MobilityPeriod> get, Func<T, MobilityPeriod, T> set)
    {
        static MobilityPeriod Days(MobilityPeriod p) => MobilityPeriod.Create(p.EarliestStart, p.LatestEnd);
        static MobilityPeriod Shift(MobilityPeriod p, int startMonths, int endMonths) => p.IsDayKnown
            ? MobilityPeriod.Create(p.StartDate!.Value.PlusMonths(startMonths), p.EndDate!.Value.PlusMonths(endMonths))
            : MobilityPeriod.Create(p.StartMonth.PlusMonths(startMonths), p.EndMonth.PlusMonths(endMonths));
        table.Add(path, x => set(x, Shift(get(x), -1, 1)));
        table.Add(path + ".StartDate", x => set(x, get(x).IsDayKnown ? MobilityPeriod.Create(get(x).StartDate!.Value.PlusDays(-1), get(x).LatestEnd) : Days(get(x))));
        table.Add(path + ".EndDate", x => set(x, get(x).IsDayKnown ? MobilityPeriod.Create(get(x).EarliestStart, get(x).EndDate!.Value.PlusDays(1)) : Days(get(x))));
        table.Add(path + ".StartMonth", x => set(x, Shift(get(x), -1, 0)));
        table.Add(path + ".EndMonth", x => set(x, Shift(get(x), 0, 1)));
        table.Add(path + ".IsDayKnown", x => set(x, get(x).IsDayKnown ? MobilityPeriod.Create(get(x).StartMonth, get(x).EndMonth) : Days(get(x))));
        table.Add(path + ".EarliestStart", x => set(x, get(x).IsDayKnown ? MobilityPeriod.Create(get(x).StartDate!.Value.PlusDays(-1), get(x).LatestEnd) : Shift(get(x), -1, 0)));
        table.Add(path + ".LatestEnd", x => set(x, get(x).IsDayKnown ? MobilityPeriod.Create(get(x).EarliestStart, get(x).EndDate!.Value.PlusDays(1)) : Shift(get(x), 0, 1)));
    }

    /// <summary>Mutations of an <see cref="EqfLevel"/> (optional when <paramref name="get"/> can return null).</summary>
    public static void Eqf<T>(MutationTable<T> table, string path, Func<T, EqfLevel?> get, Func<T, EqfLevel?, T> set)
    {
        static EqfLevel Next(EqfLevel? level) => level is null ? EqfLevel.Level4 : EqfLevel.From((level.Value % EqfLevel.MaxValue) + 1);
        table.Add(path, x => set(x, Next(get(x))));
        table.Add(path + ".Value", x => set(x, Next(get(x))));
        table.Add(path + ".ElmUri", x => set(x, Next(get(x))));
    }

    /// <summary>Mutations of <see cref="CreditPoints"/>: a hundredth more (or less at the maximum), and zero to non-zero and back.</summary>
    public static void Points<T>(MutationTable<T> table, string path, Func<T, CreditPoints> get, Func<T, CreditPoints, T> set)
    {
        static CreditPoints Nudge(CreditPoints p) => p.Value >= CreditPoints.MaxValue ? CreditPoints.From(p.Value - 0.01m) : CreditPoints.From(p.Value + 0.01m);
        table.Add(path, x => set(x, Nudge(get(x))));
        table.Add(path + ".Value", x => set(x, CreditPoints.From(get(x).Value >= 1m ? get(x).Value - 0.5m : get(x).Value + 0.5m)));
        table.Add(path + ".IsZero", x => set(x, get(x).IsZero ? CreditPoints.From(0.5m) : CreditPoints.Zero));
    }

    private static LocalizedText AddLanguage(LocalizedText? text) =>
        text is null ? LocalizedText.English("Added") : text.With(FreshLanguage(text), "Lisätty");

    private static LanguageTag FreshLanguage(LocalizedText text) => Spare.First(tag => !text.Contains(tag) && !text.Languages.Contains(tag));

    private static LocalizedText ReplaceFirstLanguage(LocalizedText? text, Func<LanguageTag, LanguageTag> replace)
    {
        if (text is null)
        {
            return LocalizedText.Create(LanguageTag.Parse("sr-Latn-AQ"), "Dodato");
        }

        var first = text.Languages[0];
        return LocalizedText.Create(text.Entries.Select(e => e.Key == first ? KeyValuePair.Create(replace(first), e.Value) : e));
    }

    private static Learner WithFirstId(Learner learner, Func<LearnerId, LearnerId> change) => learner.Ids.IsEmpty
        ? learner.WithIds([LearnerId.Create(LearnerIdScheme.Local, "zz-1")])
        : learner.WithIds([change(learner.Ids[0]), .. learner.Ids.Skip(1)]);

    private static CountryCode OtherCountry(CountryCode? country) => country == CountryCode.Parse("FI") ? CountryCode.Parse("SE") : CountryCode.Parse("FI");

    private static string OtherValue(InstitutionId id) => id.Scheme switch
    {
        IdentifierScheme.Schac => "z" + id.Value,
        IdentifierScheme.ErasmusCode => id.Value[..^1] + (id.Value[^1] == '9' ? '8' : '9'),
        IdentifierScheme.Pic => (id.Value[0] == '9' ? '8' : '9') + id.Value[1..],
        IdentifierScheme.Oid => id.Value + ".7",
        IdentifierScheme.Url => id.Value + "z",
        _ => id.Value + "-z",
    };
}
