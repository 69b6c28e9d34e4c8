using System.Collections.Immutable;
using System.Text;
using Ecvet.Utility;

namespace Ecvet.Interop;

/// <summary>
/// The outcome of an export: the document written, as UTF-8 JSON bytes, and the notes on what the target format could
/// not express.
/// </summary>
/// <remarks>
/// <para>
/// An export is deterministic: the same input gives the same bytes (indented JSON, <c>\n</c> line ends, properties in a
/// fixed order, non-ASCII text written as UTF-8). <see cref="Notes"/> are in the order the source was walked.
/// </para>
/// <para>
/// Credentials are exported unsigned (<see cref="IsSigned"/> is <see langword="false"/>). Signing is the issuer's
/// business: pass the result to an <see cref="ICredentialSigner"/> through <see cref="SignWith"/>.
/// </para>
/// <para>
/// Equality compares the bytes, the notes (in order) and <see cref="IsSigned"/>. This type is immutable and
/// thread-safe.
/// </para>
/// </remarks>
public sealed class ExportResult : IEquatable<ExportResult>
{
    internal ExportResult(ImmutableArray<byte> utf8Json, ImmutableArray<ExportNote> notes, bool isSigned)
    {
        Utf8Json = utf8Json;
        Notes = notes.OrEmpty();
        IsSigned = isSigned;
    }

    /// <summary>The exported document, UTF-8 JSON without a byte order mark.</summary>
    public ImmutableArray<byte> Utf8Json { get; }

    /// <summary>What the target format could not express; empty when nothing was lost.</summary>
    public ImmutableArray<ExportNote> Notes { get; }

    /// <summary>Whether a signer has added a proof to the document.</summary>
    public bool IsSigned { get; }

    /// <summary>Returns the document signed by the given signer, with the same notes.</summary>
    /// <param name="signer">The issuer's signer, which adds a proof to the unsigned document.</param>
    /// <returns>The signed result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="signer"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The document is already signed, or the signer returned nothing.</exception>
    public ExportResult SignWith(ICredentialSigner signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        if (IsSigned)
        {
            throw new InvalidOperationException("The document is already signed.");
        }

        var signed = signer.Sign(Utf8Json.AsSpan());
        if (signed is null || signed.Length == 0)
        {
            throw new InvalidOperationException($"The signer {signer.GetType().Name} returned no document.");
        }

        return new(ImmutableArray.Create(signed), Notes, isSigned: true);
    }

    /// <summary>Writes the document to a stream.</summary>
    /// <param name="stream">The stream to write to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Utf8Json.AsSpan());
    }

    /// <inheritdoc />
    public bool Equals(ExportResult? other) =>
        other is not null
        && IsSigned == other.IsSigned
        && Utf8Json.AsSpan().SequenceEqual(other.Utf8Json.AsSpan())
        && Equality.SequenceEqual(Notes, other.Notes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ExportResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.AddBytes(Utf8Json.AsSpan());
        hash.Add(Equality.SequenceHash(Notes));
        hash.Add(IsSigned);
        return hash.ToHashCode();
    }

    /// <summary>The exported document as text.</summary>
    /// <returns>The JSON text.</returns>
    public override string ToString() => Encoding.UTF8.GetString(Utf8Json.AsSpan());
}
