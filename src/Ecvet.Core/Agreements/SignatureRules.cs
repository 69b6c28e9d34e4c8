using System.Collections.Immutable;

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

    internal static bool AnyCounts(ImmutableArray<Signature> signatures, ContentHash hash) =>
        signatures.Any(s => s.Covers(hash));
}
