using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Recognition;

/// <summary>A predicate the embedding program registers with the engine under <see cref="Name"/>.</summary>
/// <remarks>Equality compares the name, ordinally. This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed class PredicateCondition : Condition
{
    /// <summary>The longest predicate name.</summary>
    public const int MaxNameLength = 64;

    internal PredicateCondition(string name)
        : base(1, 1, string.Empty)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IsValidName(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a predicate name: 1–{MaxNameLength} ASCII letters, digits, '.', '-' or '_', starting with a letter.", nameof(name));
        }

        Name = name;
    }

    /// <summary>The registered name.</summary>
    public string Name { get; }

    /// <summary>Whether a text is a valid predicate name.</summary>
    /// <param name="name">The text.</param>
    /// <returns><see langword="true"/> when it is 1–64 ASCII letters, digits, '.', '-' or '_', starting with a letter.</returns>
    public static bool IsValidName(string? name) =>
        name is { Length: > 0 and <= MaxNameLength } && char.IsAsciiLetter(name[0])
        && name.AsSpan().IndexOfAnyExcept(NameCharacters) < 0;

    /// <inheritdoc />
    public override bool Equals(Condition? other) => other is PredicateCondition predicate && string.Equals(Name, predicate.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <inheritdoc />
    public override string ToString() => $"predicate:{Name}";

    private static readonly System.Buffers.SearchValues<char> NameCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_");
}
