namespace Ecvet.Interop;

/// <summary>
/// The seam through which an issuer signs an exported credential: it receives the unsigned document and returns it
/// with a proof (for example a JSON Web Signature or a Data Integrity proof, or an eIDAS seal for Europass).
/// </summary>
/// <remarks>
/// The library never holds keys and never signs: exports are unsigned, and <see cref="ExportResult.SignWith"/> hands
/// them to an implementation of this interface that the issuer provides.
/// </remarks>
public interface ICredentialSigner
{
    /// <summary>Signs an unsigned credential.</summary>
    /// <param name="unsignedCredential">The unsigned credential, UTF-8 JSON.</param>
    /// <returns>The signed credential, UTF-8 JSON (or the compact form the proof format uses).</returns>
    byte[] Sign(ReadOnlySpan<byte> unsignedCredential);
}
