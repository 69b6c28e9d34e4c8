using System.Collections.Immutable;
using System.Globalization;

namespace Ecvet.Agreements;

/// <summary>The one place that decides whether signatures count: a signature counts only for the hash it signed.</summary>
internal static class SignatureRules
{
    internal static bool IsSignedBy(ImmutableArray<Signature> signatures, ContentHash hash, SignatoryRole role)
    {
        foreach (var signature in signatures)
        {
            if (signature.Role == role && signature.Covers(hash))
            {
                return true;
            }
        }

        return false;
    }

    internal static ImmutableArray<SignatoryRole> Missing(ImmutableArray<Signature> signatures, ContentHash hash,
        ImmutableArray<SignatoryRole> required) =>
        [.. required.Where(role => !IsSignedBy(signatures, hash, role))];

    /// <summary>
    /// Whether a role signs learning agreements and their change proposals: every role but
    /// <see cref="SignatoryRole.Partner"/>, which signs memoranda of understanding on behalf of an organisation.
    /// </summary>
    internal static bool SignsAgreements(SignatoryRole role) => role != SignatoryRole.Partner;

    /// <summary>Refuses a signature in a role that does not sign learning agreements, naming its position.</summary>
    internal static void CheckAgreementRoles(ImmutableArray<Signature> signatures, string paramName)
    {
        for (var i = 0; i < signatures.Length; i++)
        {
            if (!SignsAgreements(signatures[i].Role))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"signatures[{i}] is a {signatures[i].Role} signature, a role that signs memoranda of understanding, not learning agreements."), paramName);
            }
        }
    }

    internal static bool AnyCounts(ImmutableArray<Signature> signatures, ContentHash hash) =>
        signatures.Any(s => s.Covers(hash));
}
