using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;

namespace Ecvet.Assessment;

/// <summary>
/// How grades are given: pass/fail, a number with a pass mark and a direction, or an ordered list of labels with the
/// lowest passing one.
/// </summary>
/// <remarks>
/// <para>
/// A <see cref="GradingKind.PassFail"/> scheme knows the grades <see cref="Pass"/> and <see cref="Fail"/>.
/// A <see cref="GradingKind.Numeric"/> scheme has <see cref="Minimum"/> &lt; <see cref="Maximum"/>, a
/// <see cref="PassMark"/> between them and a direction (<see cref="HigherIsBetter"/>); its grades are numbers in
/// invariant culture (<c>7.5</c>) within the range, and a grade passes when it is at or beyond the pass mark in that
/// direction. A <see cref="GradingKind.Ordinal"/> scheme has at least two distinct labels, listed from the lowest to the
/// highest, and the lowest passing label; a grade passes when it is that label or a higher one. Labels are compared
/// ordinally (case-sensitively).
/// </para>
/// <para>
/// The minimum, maximum and pass mark have at most <see cref="MaxDecimalPlaces"/> decimal places and lie within
/// ±<see cref="MaxMagnitude"/>: so every value is exact as a JSON number in any reader (a double keeps 15 significant
/// digits), and two schemes that differ give different content hashes.
/// </para>
/// <para>Equality compares every property, labels in order. This type is immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record GradingScheme
{
    /// <summary>The passing grade of a pass/fail scheme, <c>pass</c>.</summary>
    public const string Pass = "pass";

    /// <summary>The failing grade of a pass/fail scheme, <c>fail</c>.</summary>
    public const string Fail = "fail";

    /// <summary>The most decimal places of a numeric scheme's minimum, maximum and pass mark, 4.</summary>
    public const int MaxDecimalPlaces = 4;

    /// <summary>The largest magnitude of a numeric scheme's minimum, maximum and pass mark, 1 000 000.</summary>
    public const decimal MaxMagnitude = 1_000_000m;

    private GradingScheme(string id, LocalizedText title, GradingKind kind, decimal? minimum, decimal? maximum,
        decimal? passMark, bool higherIsBetter, ImmutableArray<string> labels, string? lowestPassingLabel)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!IdentifierSyntax.IsToken(id))
        {
            throw new ArgumentException($"'{id}' is not a valid grading scheme id: an identifier is {Preconditions.TokenRule}.", nameof(id));
        }

        ArgumentNullException.ThrowIfNull(title);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown grading kind.");
        }

        labels = labels.OrEmpty();
        if (kind == GradingKind.Numeric)
        {
            CheckNumeric(minimum, maximum, passMark);
        }
        else if (minimum is not null || maximum is not null || passMark is not null)
        {
            throw new ArgumentException("Only a numeric scheme has a minimum, a maximum and a pass mark.", minimum is not null ? nameof(minimum) : maximum is not null ? nameof(maximum) : nameof(passMark));
        }

        if (kind == GradingKind.Ordinal)
        {
            CheckOrdinal(labels, lowestPassingLabel);
        }
        else if (!labels.IsEmpty || lowestPassingLabel is not null)
        {
            throw new ArgumentException("Only an ordinal scheme has labels.", labels.IsEmpty ? nameof(lowestPassingLabel) : nameof(labels));
        }

        Id = id;
        Title = title;
        Kind = kind;
        Minimum = minimum;
        Maximum = maximum;
        PassMark = passMark;
        HigherIsBetter = kind != GradingKind.Numeric || higherIsBetter;
        Labels = labels;
        LowestPassingLabel = lowestPassingLabel;
    }

    /// <summary>The identifier of the scheme, such as <c>es-vet-0-10</c>.</summary>
    public string Id { get; }

    /// <summary>The name of the scheme.</summary>
    public LocalizedText Title { get; }

    /// <summary>The kind of scheme.</summary>
    public GradingKind Kind { get; }

    /// <summary>The lowest possible grade of a numeric scheme; otherwise <see langword="null"/>.</summary>
    public decimal? Minimum { get; }

    /// <summary>The highest possible grade of a numeric scheme; otherwise <see langword="null"/>.</summary>
    public decimal? Maximum { get; }

    /// <summary>The pass mark of a numeric scheme, between <see cref="Minimum"/> and <see cref="Maximum"/>; otherwise <see langword="null"/>.</summary>
    public decimal? PassMark { get; }

    /// <summary>Whether a higher number is a better grade (numeric schemes; <see langword="true"/> for the other kinds).</summary>
    public bool HigherIsBetter { get; }

    /// <summary>The labels of an ordinal scheme, from the lowest to the highest; empty for the other kinds.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>The lowest label that passes, for an ordinal scheme; otherwise <see langword="null"/>.</summary>
    public string? LowestPassingLabel { get; }

    /// <summary>Creates a pass/fail scheme, whose grades are <see cref="Pass"/> and <see cref="Fail"/>.</summary>
    /// <param name="id">The identifier of the scheme.</param>
    /// <param name="title">The name of the scheme.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid identifier.</exception>
    public static GradingScheme PassFail(string id, LocalizedText title) =>
        new(id, title, GradingKind.PassFail, null, null, null, true, [], null);

    /// <summary>Creates a numeric scheme.</summary>
    /// <param name="id">The identifier of the scheme.</param>
    /// <param name="title">The name of the scheme.</param>
    /// <param name="minimum">The lowest possible grade.</param>
    /// <param name="maximum">The highest possible grade, above <paramref name="minimum"/>.</param>
    /// <param name="passMark">The pass mark, between <paramref name="minimum"/> and <paramref name="maximum"/>.</param>
    /// <param name="higherIsBetter">Whether a higher number is better (<see langword="false"/> for schemes such as German school grades, where 1 is best).</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid identifier, or <paramref name="maximum"/> is not above <paramref name="minimum"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="passMark"/> is outside the range.</exception>
    public static GradingScheme Numeric(string id, LocalizedText title, decimal minimum, decimal maximum, decimal passMark,
        bool higherIsBetter = true) =>
        new(id, title, GradingKind.Numeric, minimum, maximum, passMark, higherIsBetter, [], null);

    /// <summary>Creates an ordinal (letter or word) scheme.</summary>
    /// <param name="id">The identifier of the scheme.</param>
    /// <param name="title">The name of the scheme.</param>
    /// <param name="labels">The labels from the lowest to the highest, such as <c>F, E, D, C, B, A</c>.</param>
    /// <param name="lowestPassingLabel">The lowest label that passes, such as <c>E</c>.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">There are fewer than two labels, a label is repeated or not valid text, or <paramref name="lowestPassingLabel"/> is not one of the labels.</exception>
    public static GradingScheme Ordinal(string id, LocalizedText title, IEnumerable<string> labels, string lowestPassingLabel)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(lowestPassingLabel);
        return new(id, title, GradingKind.Ordinal, null, null, null, true,
            Preconditions.ToArrayWithoutNulls(labels, nameof(labels)), lowestPassingLabel);
    }

    /// <summary>Creates a scheme of any kind from its parts, as read from JSON.</summary>
    internal static GradingScheme FromParts(string id, LocalizedText title, GradingKind kind, decimal? minimum, decimal? maximum,
        decimal? passMark, bool higherIsBetter, ImmutableArray<string> labels, string? lowestPassingLabel) =>
        new(id, title, kind, minimum, maximum, passMark, higherIsBetter, labels, lowestPassingLabel);

    /// <summary>Whether <paramref name="grade"/> is a grade of this scheme.</summary>
    /// <param name="grade">The grade, such as <c>pass</c>, <c>7.5</c> or <c>B</c>.</param>
    /// <returns><see langword="true"/> when the grade belongs to the scheme.</returns>
    public bool IsValidGrade(string? grade) => DescribeGradeProblem(grade) is null;

    /// <summary>Whether a grade of this scheme passes.</summary>
    /// <param name="grade">A grade of this scheme.</param>
    /// <returns><see langword="true"/> when the grade passes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grade"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="grade"/> is not a grade of this scheme.</exception>
    public bool IsPassing(string grade)
    {
        ArgumentNullException.ThrowIfNull(grade);
        CheckGrade(grade, nameof(grade));
        return Kind switch
        {
            GradingKind.PassFail => grade == Pass,
            GradingKind.Numeric => HigherIsBetter ? ParseNumber(grade) >= PassMark!.Value : ParseNumber(grade) <= PassMark!.Value,
            _ => Labels.IndexOf(grade, StringComparer.Ordinal) >= Labels.IndexOf(LowestPassingLabel!, StringComparer.Ordinal),
        };
    }

    /// <summary>Throws when <paramref name="grade"/> is not a grade of this scheme.</summary>
    /// <exception cref="ArgumentException">The grade is not valid here.</exception>
    /// <summary>Whether a grade is at least as good as another grade of this scheme.</summary>
    /// <param name="grade">The grade.</param>
    /// <param name="minimum">The grade to reach, such as the minimum grade of an equivalence.</param>
    /// <returns>
    /// <see langword="true"/> when <paramref name="grade"/> is as good or better: for pass/fail, a pass reaches anything and a
    /// fail only a fail; for numbers, honouring <see cref="HigherIsBetter"/>; for labels, by their order.
    /// </returns>
    /// <exception cref="ArgumentNullException">A grade is null.</exception>
    /// <exception cref="ArgumentException">A grade is not a grade of this scheme.</exception>
    public bool IsAtLeast(string grade, string minimum)
    {
        ArgumentNullException.ThrowIfNull(grade);
        ArgumentNullException.ThrowIfNull(minimum);
        CheckGrade(grade, nameof(grade));
        CheckGrade(minimum, nameof(minimum));
        return Kind switch
        {
            GradingKind.PassFail => grade == Pass || minimum == Fail,
            GradingKind.Numeric => HigherIsBetter ? ParseNumber(grade) >= ParseNumber(minimum) : ParseNumber(grade) <= ParseNumber(minimum),
            _ => Labels.IndexOf(grade, StringComparer.Ordinal) >= Labels.IndexOf(minimum, StringComparer.Ordinal),
        };
    }

    internal void CheckGrade(string grade, string paramName)
    {
        if (DescribeGradeProblem(grade) is { } problem)
        {
            throw new ArgumentException($"'{grade}' is not a grade of scheme '{Id}': {problem}.", paramName);
        }
    }

    /// <inheritdoc />
    public bool Equals(GradingScheme? other) => other is not null && Id == other.Id && Title.Equals(other.Title)
        && Kind == other.Kind && Minimum == other.Minimum && Maximum == other.Maximum && PassMark == other.PassMark
        && HigherIsBetter == other.HigherIsBetter && Equality.SequenceEqual(Labels, other.Labels)
        && LowestPassingLabel == other.LowestPassingLabel;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Kind, Minimum, Maximum, PassMark, Equality.SequenceHash(Labels));

    /// <summary>The identifier and kind, such as <c>es-vet-0-10 (numeric 0–10, pass 5)</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Kind switch
    {
        GradingKind.PassFail => $"{Id} (pass/fail)",
        GradingKind.Numeric => string.Create(CultureInfo.InvariantCulture,
            $"{Id} (numeric {Minimum}–{Maximum}, pass {PassMark}{(HigherIsBetter ? string.Empty : ", lower is better")})"),
        _ => $"{Id} (ordinal {string.Join(" < ", Labels)}, pass from {LowestPassingLabel})",
    };

    private string? DescribeGradeProblem(string? grade)
    {
        if (grade is null)
        {
            return "a grade is required";
        }

        switch (Kind)
        {
            case GradingKind.PassFail:
                return grade is Pass or Fail ? null : $"expected '{Pass}' or '{Fail}'";
            case GradingKind.Numeric:
                if (!TryParseNumber(grade, out var number))
                {
                    return "expected a number in invariant culture, such as 7.5";
                }

                return number < Minimum!.Value || number > Maximum!.Value
                    ? string.Create(CultureInfo.InvariantCulture, $"expected a number from {Minimum} to {Maximum}")
                    : null;
            default:
                return Labels.Contains(grade, StringComparer.Ordinal) ? null : $"expected one of {string.Join(", ", Labels)}";
        }
    }

    // A grade the decimal would round ("4.99999999999999999999999999999" read as 5) is not a grade: it could pass a
    // pass mark of 5 that the written number does not reach.
    private static bool TryParseNumber(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
        && ExactDecimal.IsExact(text.AsSpan(), value);

    // Only called on a grade CheckGrade accepted.
    private static decimal ParseNumber(string text) =>
        TryParseNumber(text, out var value) ? value : throw new ArgumentException($"'{text}' is not a number.", nameof(text));

    private static void CheckNumeric(decimal? minimum, decimal? maximum, decimal? passMark)
    {
        if (minimum is null || maximum is null || passMark is null)
        {
            throw new ArgumentNullException(minimum is null ? nameof(minimum) : maximum is null ? nameof(maximum) : nameof(passMark),
                "A numeric scheme needs a minimum, a maximum and a pass mark.");
        }

        CheckBound(minimum.Value, nameof(minimum));
        CheckBound(maximum.Value, nameof(maximum));
        CheckBound(passMark.Value, nameof(passMark));
        if (maximum.Value <= minimum.Value)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The maximum ({maximum}) must be above the minimum ({minimum})."), nameof(maximum));
        }

        if (passMark.Value < minimum.Value || passMark.Value > maximum.Value)
        {
            throw new ArgumentOutOfRangeException(nameof(passMark), passMark,
                string.Create(CultureInfo.InvariantCulture, $"The pass mark must be between {minimum} and {maximum}."));
        }
    }

    private static void CheckBound(decimal value, string paramName)
    {
        if (Math.Abs(value) > MaxMagnitude || decimal.Round(value, MaxDecimalPlaces) != value)
        {
            throw new ArgumentOutOfRangeException(paramName, value, string.Create(CultureInfo.InvariantCulture,
                $"A grading scheme's numbers lie within ±{MaxMagnitude} and have at most {MaxDecimalPlaces} decimal places; {value} does not."));
        }
    }

    private static void CheckOrdinal(ImmutableArray<string> labels, string? lowestPassingLabel)
    {
        if (labels.Length < 2)
        {
            throw new ArgumentException("An ordinal scheme needs at least two labels.", nameof(labels));
        }

        foreach (var label in labels)
        {
            Preconditions.CheckText(label, nameof(labels));
        }

        Preconditions.CheckDistinct(labels, l => l, nameof(labels), "label");
        ArgumentNullException.ThrowIfNull(lowestPassingLabel);
        if (!labels.Contains(lowestPassingLabel, StringComparer.Ordinal))
        {
            throw new ArgumentException($"The lowest passing label '{lowestPassingLabel}' is not one of the labels.", nameof(lowestPassingLabel));
        }
    }
}
