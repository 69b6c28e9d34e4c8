namespace Ecvet.Utility;

/// <summary>
/// The rule for links kept in documents (related skills, evidence, framework URIs): absolute, with the scheme
/// <c>http</c>, <c>https</c> or <c>urn</c>. A stored document is opened by people and tools that follow its links, so
/// <c>javascript:</c>, <c>file:</c>, <c>data:</c> and the like are refused where the link is made.
/// </summary>
internal static class Links
{
    /// <summary>What <see cref="IsLink"/> requires, for messages.</summary>
    internal const string Rule = "an absolute URI with the scheme http, https or urn";

    /// <summary>Whether <paramref name="uri"/> is absolute with an allowed scheme.</summary>
    internal static bool IsLink(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == "urn");

    /// <summary>Throws when <paramref name="uri"/> is not a link (see <see cref="IsLink"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="uri"/> is relative or has another scheme.</exception>
    internal static void Check(Uri uri, string paramName, string what)
    {
        if (!IsLink(uri))
        {
            throw new ArgumentException($"{what} must be {Rule}; '{uri.OriginalString}' is not.", paramName);
        }
    }
}
