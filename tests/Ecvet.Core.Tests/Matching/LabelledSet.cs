using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace Ecvet.Tests.Matching;

/// <summary>
/// The whole hand-labelled set: the pairs of Data/vet-outcome-pairs.tsv (split by data line parity, as frozen when
/// they were written) and of Data/vet-outcome-pairs-host-voice.tsv (split by its committed <c>split</c> column), with
/// one fit/test split for both. Tuning and calibration may only look at <see cref="Split.Fit"/>. Beside them, the
/// pairs of Data/vet-outcome-pairs-holdout.tsv (<see cref="HoldoutPairs"/>) and of the second holdout file,
/// Data/vet-outcome-pairs-holdout-2.tsv (<see cref="SecondHoldoutPairs"/>), which <see cref="Pairs"/>,
/// <see cref="HomeTexts"/> and the halves never include: each is reported on only once a method is frozen.
/// </summary>
/// <remarks>Free of test-framework types so that the benchmarks and the semantic package's tests can link this file.</remarks>
internal static class LabelledSet
{
    /// <summary>The seed of the host-voice file's split: the pairs of a kind are ordered by
    /// SHA-256(<c>Seed|host_text</c>) and the first ones are taken for the fit half.</summary>
    public const string Seed = "ecvet-split-20261202";

    public const string FirstFile = "vet-outcome-pairs.tsv";

    public const string HostVoiceFile = "vet-outcome-pairs-host-voice.tsv";

    public const string HoldoutFile = "vet-outcome-pairs-holdout.tsv";

    public const string SecondHoldoutFile = "vet-outcome-pairs-holdout-2.tsv";

    private const string SixColumnHeader = "kind\tsector\thome_text\thost_text\texpected\tsplit";

    private static readonly Lazy<LabelledPair[]> All = new(() => [.. LoadFirst(DataDirectory()), .. LoadHostVoice(DataDirectory())]);

    private static readonly Lazy<LabelledPair[]> Holdout = new(() => LoadHoldout(DataDirectory()));

    private static readonly Lazy<LabelledPair[]> SecondHoldout = new(() => LoadSecondHoldout(DataDirectory()));

    /// <summary>The data folder: beside this file in the repository, or <c>Data/</c> beside the running assembly.</summary>
    public static string DataDirectory([CallerFilePath] string here = "")
    {
        var source = Path.Combine(Path.GetDirectoryName(here) ?? ".", "Data");
        return File.Exists(Path.Combine(source, FirstFile)) ? source : Path.Combine(AppContext.BaseDirectory, "Data");
    }

    /// <summary>The pairs of the first two files (fit and test halves), never the holdout pairs.</summary>
    public static IReadOnlyList<LabelledPair> Pairs => All.Value;

    /// <summary>The pairs of the holdout file, all of <see cref="Split.Holdout"/>: written before the method they will
    /// judge was chosen, and run only once that method is frozen.</summary>
    public static IReadOnlyList<LabelledPair> HoldoutPairs => Holdout.Value;

    /// <summary>The pairs of the second holdout file, all of <see cref="Split.SecondHoldout"/>: written after the first
    /// holdout had been scored, before the next method was chosen; run only once that method is frozen.</summary>
    public static IReadOnlyList<LabelledPair> SecondHoldoutPairs => SecondHoldout.Value;

    public static IEnumerable<LabelledPair> Fit => All.Value.Where(p => p.Split == Split.Fit);

    public static IEnumerable<LabelledPair> Test => All.Value.Where(p => p.Split == Split.Test);

    /// <summary>The home catalogue: every distinct home text of the first two files, in order of first appearance.</summary>
    public static IReadOnlyList<string> HomeTexts() => [.. All.Value.Select(p => p.HomeText).Distinct(StringComparer.Ordinal)];

    /// <summary>Equivalent pairs (<c>accept</c>) have one right home outcome, which ranking measures look for.</summary>
    public static bool IsEquivalent(this LabelledPair pair) => pair.Kind.StartsWith("equivalent", StringComparison.Ordinal);

    public static bool IsPartial(this LabelledPair pair) => pair.Kind is "narrower" or "broader";

    /// <summary>The split the host-voice file must record for each of its pairs: stratified by kind, so that each kind
    /// of the whole set is halved (the fit half gets the smaller half of an odd count), given the first file's parity
    /// split.</summary>
    public static IReadOnlyDictionary<string, Split> SeededHostVoiceSplit(IReadOnlyList<LabelledPair> first, IReadOnlyList<LabelledPair> hostVoice)
    {
        var result = new Dictionary<string, Split>(StringComparer.Ordinal);
        foreach (var kind in hostVoice.GroupBy(p => p.Kind))
        {
            var total = first.Count(p => p.Kind == kind.Key) + kind.Count();
            var fitAlready = first.Count(p => p.Kind == kind.Key && p.Split == Split.Fit);
            var wanted = Math.Clamp((total / 2) - fitAlready, 0, kind.Count());
            var ordered = kind.OrderBy(p => SeededKey(p.HostText), StringComparer.Ordinal).ToArray();
            for (var i = 0; i < ordered.Length; i++)
            {
                result[ordered[i].HostText] = i < wanted ? Split.Fit : Split.Test;
            }
        }

        return result;
    }

    internal static LabelledPair[] LoadFirst(string directory)
    {
        var lines = File.ReadAllLines(Path.Combine(directory, FirstFile));
        Check(lines[0] == "kind\thome_text\thost_text\texpected", FirstFile, 0, "unexpected header");
        return [.. lines.Skip(1).Select((line, i) =>
        {
            var cells = line.Split('\t');
            Check(cells.Length == 4, FirstFile, i + 1, "four cells expected");
            return new LabelledPair(FirstFile, i + 1, cells[0], Sector: null, cells[1], cells[2], cells[3], (i + 1) % 2 == 1 ? Split.Fit : Split.Test);
        })];
    }

    internal static LabelledPair[] LoadHostVoice(string directory) =>
        LoadSixColumns(directory, HostVoiceFile, split => split switch
        {
            "fit" => Split.Fit,
            "test" => Split.Test,
            _ => null,
        }, "split must be fit or test");

    internal static LabelledPair[] LoadHoldout(string directory) =>
        LoadSixColumns(directory, HoldoutFile, split => split == "holdout" ? Split.Holdout : null, "split must be holdout");

    internal static LabelledPair[] LoadSecondHoldout(string directory) =>
        LoadSixColumns(directory, SecondHoldoutFile, split => split == "holdout-2" ? Split.SecondHoldout : null, "split must be holdout-2");

    private static LabelledPair[] LoadSixColumns(string directory, string file, Func<string, Split?> split, string splitRule)
    {
        var lines = File.ReadAllLines(Path.Combine(directory, file));
        Check(lines.Length > 0 && lines[0] == SixColumnHeader, file, 0, "unexpected header");
        return [.. lines.Skip(1).Select((line, i) =>
        {
            var cells = line.Split('\t');
            Check(cells.Length == 6, file, i + 1, "six cells expected");
            var parsed = split(cells[5]);
            Check(parsed is not null, file, i + 1, splitRule);
            return new LabelledPair(file, i + 1, cells[0], cells[1], cells[2], cells[3], cells[4], parsed!.Value);
        })];
    }

    private static string SeededKey(string hostText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Seed + "|" + hostText)));

    private static void Check(bool condition, string file, int line, string message)
    {
        if (!condition)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{file}, data line {line}: {message}."));
        }
    }
}

/// <summary>The two halves of the labelled set.</summary>
internal enum Split
{
    /// <summary>May be looked at when choosing anything (calibration, weights, thresholds).</summary>
    Fit,

    /// <summary>Only ever used to report.</summary>
    Test,

    /// <summary>Pairs written before the method they judge was chosen; reported on once that method is frozen, never
    /// part of <see cref="LabelledSet.Pairs"/>.</summary>
    Holdout,

    /// <summary>Pairs of the second holdout file, written after the first holdout had been scored; reported on once the
    /// next method is frozen, never part of <see cref="LabelledSet.Pairs"/>.</summary>
    SecondHoldout,
}

/// <summary>One labelled pair: a home outcome, a host outcome and the decision a coordinator expects.</summary>
internal sealed record LabelledPair(string File, int Line, string Kind, string? Sector, string HomeText, string HostText, string Expected, Split Split);
