namespace Ecvet.Utility;

/// <summary>The one syntactic check for e-mail addresses, shared by every type that holds one.</summary>
internal static class EmailSyntax
{
    /// <summary>The longest address accepted, 254 characters (RFC 5321 path limit less the angle brackets).</summary>
    internal const int MaxLength = 254;

    /// <summary>What <see cref="IsValid"/> requires, for messages.</summary>
    internal const string Rule = "local@domain in ASCII, with a domain of at least two labels";

    /// <summary>
    /// Whether <paramref name="email"/> is a syntactically valid ASCII address: a dot-atom local part of at most 64
    /// characters, <c>@</c>, and a DNS domain of at least two labels (any case; internationalised domains in their
    /// <c>xn--</c> form).
    /// </summary>
    internal static bool IsValid(string email)
    {
        var at = email.LastIndexOf('@');
        if (!System.Text.Ascii.IsValid(email) || email.Length > MaxLength || at is <= 0 or > 64)
        {
            return false;
        }

        var local = email.AsSpan(0, at);
        if (local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in local)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || "!#$%&'*+/=?^_`{|}~.-".Contains(c, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        Span<char> domain = stackalloc char[email.Length - at - 1];
        email.AsSpan(at + 1).ToLowerInvariant(domain);
        return IdentifierSyntax.IsLowercaseDomain(domain);
    }
}
