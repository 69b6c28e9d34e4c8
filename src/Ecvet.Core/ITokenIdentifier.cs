using System.Diagnostics.CodeAnalysis;
using Ecvet.Utility;

namespace Ecvet;

/// <summary>
/// The shape of the identifiers that are a free-text token (<see cref="UnitId"/>, <see cref="QualificationId"/>,
/// <see cref="LearningOutcomeId"/>, <see cref="Agreements.LearningAgreementId"/>, <see cref="Agreements.MouId"/>,
/// <see cref="Assessment.TranscriptId"/>): the rule, the parsing and the messages live here once; each type only
/// names itself and wraps checked text.
/// </summary>
/// <remarks>
/// To add such an identifier: a <c>sealed record</c> with a private constructor taking the text, a <c>Value</c>
/// property, <see cref="Noun"/> and <see cref="Wrap"/>, and public <c>Parse</c>/<c>TryParse</c> that call
/// <see cref="ParseToken"/> and <see cref="TryParseToken"/>; add it to the identifier contract test.
/// </remarks>
/// <typeparam name="TSelf">The identifier type.</typeparam>
internal interface ITokenIdentifier<TSelf> : ITextParsable<TSelf>
    where TSelf : class, ITokenIdentifier<TSelf>
{
    /// <summary>What the identifier names, for messages, such as <c>unit identifier</c>.</summary>
    static abstract string Noun { get; }

    /// <summary>Wraps text that <see cref="IdentifierSyntax.IsToken"/> accepted.</summary>
    static abstract TSelf Wrap(string token);

    /// <summary>Parses an identifier, keeping the text as it is.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid identifier.</exception>
    static TSelf ParseToken(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParseToken(text, out var id)
            ? id
            : throw new FormatException($"'{text}' is not a valid {TSelf.Noun}: an identifier is {Preconditions.TokenRule}.");
    }

    /// <summary>Tries to parse an identifier, keeping the text as it is.</summary>
    static bool TryParseToken([NotNullWhen(true)] string? text, [NotNullWhen(true)] out TSelf? id)
    {
        id = text is not null && IdentifierSyntax.IsToken(text) ? TSelf.Wrap(text) : null;
        return id is not null;
    }
}
