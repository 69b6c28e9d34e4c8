using System.Text.Json;
using Ecvet.Assessment;
using Ecvet.Agreements;
using Ecvet.Serialization.Internal;

namespace Ecvet.Serialization.Hashing;

/// <summary>
/// Content → wire JSON → RFC 8785 canonical bytes → SHA-256: the one path every content hash takes.
/// </summary>
/// <remarks>
/// The JSON is exactly what <see cref="Serialization.EcvetJson"/> writes for the content (source-generated, camelCase),
/// so any system can recompute a hash from a document: take the content object (for a document hashed as a whole, the
/// document without its <c>hash</c> and <c>signatures</c> members), canonicalize it with RFC 8785 and hash the UTF-8.
/// </remarks>
internal static class ContentHashing
{
    private static readonly string[] DocumentOwnMembers = ["hash", "signatures"];

    /// <summary>The hash of a learning agreement's content.</summary>
    internal static ContentHash Of(LearningAgreementContent content) =>
        ContentHash.OfCanonicalBytes(JsonCanonicalizer.Canonicalize(ContentJson(content)));

    /// <summary>The wire JSON of a learning agreement's content, before canonicalization.</summary>
    internal static byte[] ContentJson(LearningAgreementContent content) =>
        JsonSerializer.SerializeToUtf8Bytes(AgreementWireWriter.ToWire(content), EcvetJsonContext.Default.AgreementContentWire);

    /// <summary>The hash of a memorandum of understanding (without its hash and signatures).</summary>
    internal static ContentHash Of(MemorandumOfUnderstanding mou) => ContentHash.OfCanonicalBytes(JsonCanonicalizer.Canonicalize(
        JsonSerializer.SerializeToUtf8Bytes(AgreementWireWriter.ToWireWithoutHash(mou), EcvetJsonContext.Default.MouDocumentWire),
        DocumentOwnMembers));

    /// <summary>The hash of a personal transcript (without its hash and signatures).</summary>
    internal static ContentHash Of(PersonalTranscript transcript) => ContentHash.OfCanonicalBytes(JsonCanonicalizer.Canonicalize(
        JsonSerializer.SerializeToUtf8Bytes(AgreementWireWriter.ToWireWithoutHash(transcript), EcvetJsonContext.Default.TranscriptDocumentWire),
        DocumentOwnMembers));
}
