using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet;

/// <summary>
/// A level in a national (or sectoral) qualifications framework, such as level 4 of the Finnish framework, optionally
/// with the EQF level it is referenced to.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Framework"/> names the framework: a country code such as <c>FI</c>, a short code such as <c>DE-DQR</c>, or
/// the URI of the framework's concept scheme. It is non-empty text of at most 256 characters without white space or
/// control characters. <see cref="Level"/> is the level as the framework writes it (<c>4</c>, <c>5b</c>, <c>Level 3</c>):
/// non-empty text of at most 64 characters without control characters or white space at either end.
/// </para>
/// <para>
/// Equality compares all three properties (ordinal text). <see cref="ToString()"/> gives <c>FI 4</c>, or
/// <c>FI 4 (EQF 4)</c> when the EQF level is known. This type is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record NqfLevel
{
    /// <summary>The longest framework name, 256 characters.</summary>
    public const int MaxFrameworkLength = 256;

    /// <summary>The longest level text, 64 characters.</summary>
    public const int MaxLevelLength = 64;

    private NqfLevel(string framework, string level, EqfLevel? referencedEqfLevel)
    {
        Framework = framework;
        Level = level;
        ReferencedEqfLevel = referencedEqfLevel;
    }

    /// <summary>The framework: a country code, a short code or a URI, such as <c>FI</c>.</summary>
    public string Framework { get; }

    /// <summary>The level as the framework writes it, such as <c>4</c>.</summary>
    public string Level { get; }

    /// <summary>The EQF level the framework references this level to, when known.</summary>
    public EqfLevel? ReferencedEqfLevel { get; }

    /// <summary>Returns a national framework level.</summary>
    /// <param name="framework">The framework: non-empty, at most 256 characters, no white space or control characters.</param>
    /// <param name="level">The level text: non-empty, at most 64 characters, no control characters, no white space at either end.</param>
    /// <param name="referencedEqfLevel">The referenced EQF level, or <see langword="null"/> when unknown.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> or <paramref name="level"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="framework"/> or <paramref name="level"/> is not valid.</exception>
    public static NqfLevel Create(string framework, string level, EqfLevel? referencedEqfLevel = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(level);
        if (!IdentifierSyntax.IsToken(framework, MaxFrameworkLength) || framework.AsSpan().ContainsAny(" \t\u00A0"))
        {
            throw new ArgumentException(
                $"'{framework}' is not a framework name; expected non-empty text of at most {MaxFrameworkLength} characters without white space, such as 'FI' or a URI.",
                nameof(framework));
        }

        if (!IdentifierSyntax.IsToken(level, MaxLevelLength))
        {
            throw new ArgumentException(
                $"'{level}' is not a level; expected non-empty text of at most {MaxLevelLength} characters without control characters or white space at either end.",
                nameof(level));
        }

        return new NqfLevel(framework, level, referencedEqfLevel);
    }

    /// <summary>Returns a copy with the given referenced EQF level.</summary>
    /// <param name="referencedEqfLevel">The EQF level, or <see langword="null"/> when unknown.</param>
    /// <returns>The copy.</returns>
    public NqfLevel WithReferencedEqfLevel(EqfLevel? referencedEqfLevel) => new(Framework, Level, referencedEqfLevel);

    /// <summary>See the type documentation.</summary>
    /// <param name="other">The level to compare with.</param>
    /// <returns>Whether framework, level and referenced EQF level are equal.</returns>
    public bool Equals(NqfLevel? other) =>
        other is not null
        && string.Equals(Framework, other.Framework, StringComparison.Ordinal)
        && string.Equals(Level, other.Level, StringComparison.Ordinal)
        && ReferencedEqfLevel == other.ReferencedEqfLevel;

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(Framework), StringComparer.Ordinal.GetHashCode(Level), ReferencedEqfLevel);

    /// <summary>The framework and level, and the EQF level when known: <c>FI 4 (EQF 4)</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() =>
        ReferencedEqfLevel is null ? $"{Framework} {Level}" : $"{Framework} {Level} (EQF {ReferencedEqfLevel})";
}
