using System.Diagnostics.CodeAnalysis;

namespace Ecvet;

/// <summary>
/// A value with a text form: the type's own <c>Parse</c> and <c>TryParse</c> give it <see cref="IParsable{TSelf}"/> and
/// <see cref="ISpanParsable{TSelf}"/>, so generic code (configuration binders, command-line parsers, minimal APIs)
/// can read it.
/// </summary>
/// <remarks>
/// The text forms are culture-invariant, so the format provider is ignored. The span overloads copy the text to a
/// string, which the value keeps anyway. Implementing this internal interface keeps the four members that
/// <see cref="IParsable{TSelf}"/> and <see cref="ISpanParsable{TSelf}"/> ask for out of every type's public surface.
/// </remarks>
/// <typeparam name="TSelf">The implementing type.</typeparam>
internal interface ITextParsable<TSelf> : ISpanParsable<TSelf>
    where TSelf : ITextParsable<TSelf>
{
    /// <summary>Parses the text form; throws <see cref="FormatException"/> when it is not valid.</summary>
    static abstract TSelf Parse(string text);

    /// <summary>Tries to parse the text form.</summary>
    static abstract bool TryParse([NotNullWhen(true)] string? text, [MaybeNullWhen(false)] out TSelf result);

    static TSelf IParsable<TSelf>.Parse(string s, IFormatProvider? provider) => TSelf.Parse(s);

    static bool IParsable<TSelf>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out TSelf result) =>
        TSelf.TryParse(s, out result);

    static TSelf ISpanParsable<TSelf>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => TSelf.Parse(s.ToString());

    static bool ISpanParsable<TSelf>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out TSelf result) =>
        TSelf.TryParse(s.ToString(), out result);
}
