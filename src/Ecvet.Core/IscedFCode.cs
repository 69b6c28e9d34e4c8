using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet;

/// <summary>
/// A field of education and training in ISCED-F 2013: a broad field (2 digits, <c>07</c>), a narrow field (3 digits,
/// <c>071</c>) or a detailed field (4 digits, <c>0715</c>).
/// </summary>
/// <remarks>
/// <para>
/// Each code extends its parent: <c>0715</c> is within <c>071</c>, which is within <c>07</c>. The broad field must
/// exist in ISCED-F 2013 (<c>00</c> to <c>10</c>, or <c>99</c> for field unknown); narrow and detailed codes are checked
/// for shape only, so national extensions are accepted.
/// </para>
/// <para>
/// Equality compares <see cref="Value"/> (ordinal). <see cref="ToString()"/> gives the code, which <see cref="Parse"/>
/// reads back. This type is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record IscedFCode : ITextParsable<IscedFCode>
{
    private IscedFCode(string value) => Value = value;

    /// <summary>The code: 2, 3 or 4 digits, such as <c>0715</c>.</summary>
    public string Value { get; }

    /// <summary>Whether this is a broad field (2 digits).</summary>
    public bool IsBroad => Value.Length == 2;

    /// <summary>Whether this is a narrow field (3 digits).</summary>
    public bool IsNarrow => Value.Length == 3;

    /// <summary>Whether this is a detailed field (4 digits).</summary>
    public bool IsDetailed => Value.Length == 4;

    /// <summary>
    /// The broad field that contains this narrow or detailed field, <c>07</c> for <c>0715</c>; <see langword="null"/>
    /// for a broad field.
    /// </summary>
    /// <remarks>
    /// Never this code itself: a property that returns its own object makes every object-graph walker (plain
    /// <c>JsonSerializer.Serialize</c> of a qualification, for one) loop until it fails. Use <see cref="IsWithin"/> to
    /// ask whether a code lies in a field.
    /// </remarks>
    public IscedFCode? BroadField => IsBroad ? null : new IscedFCode(Value[..2]);

    /// <summary>
    /// The narrow field that contains this detailed field, <c>071</c> for <c>0715</c>; <see langword="null"/> for a
    /// broad or narrow field (never this code itself, see <see cref="BroadField"/>).
    /// </summary>
    public IscedFCode? NarrowField => IsDetailed ? new IscedFCode(Value[..3]) : null;

    /// <summary>The Europass ELM concept of this field, <c>http://data.europa.eu/snb/isced-f/{code}</c>.</summary>
    public Uri ElmUri => new("http://data.europa.eu/snb/isced-f/" + Value, UriKind.Absolute);

    /// <summary>Returns the field with the given code.</summary>
    /// <param name="code">2, 3 or 4 digits whose first two are a broad field (<c>00</c>–<c>10</c> or <c>99</c>).</param>
    /// <returns>The field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not an ISCED-F 2013 code.</exception>
    public static IscedFCode From(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return IsValid(code) ? new IscedFCode(code) : throw new ArgumentException(Problem(code), nameof(code));
    }

    /// <summary>Parses a code (see <see cref="From"/>).</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not an ISCED-F 2013 code.</exception>
    public static IscedFCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsValid(text) ? new IscedFCode(text) : throw new FormatException(Problem(text));
    }

    /// <summary>Tries to parse a code (see <see cref="From"/>).</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="code">The field, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is an ISCED-F 2013 code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out IscedFCode? code)
    {
        code = IsValid(text) ? new IscedFCode(text) : null;
        return code is not null;
    }

    /// <summary>Whether this field is <paramref name="other"/> or lies within it: <c>0715</c> is within <c>07</c> and <c>071</c>.</summary>
    /// <param name="other">The possibly wider field.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/>'s code is a prefix of this code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool IsWithin(IscedFCode other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Value.StartsWith(other.Value, StringComparison.Ordinal);
    }

    /// <summary>See the type documentation: equal when the codes are equal.</summary>
    /// <param name="other">The field to compare with.</param>
    /// <returns>Whether both are the same field.</returns>
    public bool Equals(IscedFCode? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The code, such as <c>0715</c>.</summary>
    /// <returns>The code, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => Value;

    private static bool IsValid([NotNullWhen(true)] string? text) =>
        text is { Length: >= 2 and <= 4 }
        && IdentifierSyntax.IsDigits(text)
        && (text[0] == '0' || text.StartsWith("10", StringComparison.Ordinal) || text.StartsWith("99", StringComparison.Ordinal));

    private static string Problem(string text) =>
        $"'{text}' is not an ISCED-F 2013 field code; expected 2, 3 or 4 digits starting with a broad field 00 to 10 or 99, such as '07', '071' or '0715'.";
}
