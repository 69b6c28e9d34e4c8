using Ecvet.Serialization;

namespace Ecvet.Fuzz;

/// <summary>
/// One document reader under fuzzing. An input is read; when it is accepted, the document is written, read again and
/// written again, and both the documents and the written bytes must be equal. No exception may escape: reading UTF-8
/// bytes documents none (bad input is a problem in the result), and <see cref="EcvetJson.DetectDocumentKind(ReadOnlySpan{byte})"/>
/// never throws. A broken promise throws <see cref="FuzzFindingException"/>, which AFL++ records as a crash.
/// </summary>
internal sealed class ReaderTarget
{
    private readonly Func<byte[], bool> check;
    private readonly Func<byte[], byte[]?> rewrite;

    private ReaderTarget(string name, EcvetDocumentKind kind, string seed, Func<byte[], bool> check, Func<byte[], byte[]?> rewrite)
    {
        Name = name;
        Kind = kind;
        Seed = seed;
        this.check = check;
        this.rewrite = rewrite;
    }

    /// <summary>The name given on the command line (for example <c>learning-agreement</c>).</summary>
    public string Name { get; }

    /// <summary>The kind of document the reader reads.</summary>
    public EcvetDocumentKind Kind { get; }

    /// <summary>The example under <c>examples/</c> that seeds the corpus, relative to the repository root.</summary>
    public string Seed { get; }

    /// <summary>Runs one input; throws <see cref="FuzzFindingException"/> on a finding (any other exception is one too).</summary>
    /// <returns>Whether the reader accepted the input.</returns>
    public bool Check(byte[] input) => check(input);

    /// <summary>The input as the library writes it (compact) when the reader accepts it: a small seed for AFL++.</summary>
    /// <returns>The written bytes, or <see langword="null"/> when the input is refused.</returns>
    public byte[]? Rewrite(byte[] input) => rewrite(input);

    /// <summary>A target for the reader and writer of one document type.</summary>
    public static ReaderTarget Create<T>(string name, EcvetDocumentKind kind, string seed, Reader<T> read, Func<T, byte[]> write)
        where T : class => new(name, kind, seed, input => RoundTrip(name, kind, input, read, write),
            input => read(input, null).TryGetValue(out var document) ? write(document) : null);

    /// <summary>A document reader over UTF-8 bytes, as <c>EcvetJson.Parse…</c>.</summary>
    public delegate JsonReadResult<T> Reader<T>(ReadOnlySpan<byte> utf8Json, EcvetJsonReaderOptions? options)
        where T : class;

    private static bool RoundTrip<T>(string name, EcvetDocumentKind kind, byte[] input, Reader<T> read, Func<T, byte[]> write)
        where T : class
    {
        _ = EcvetJson.DetectDocumentKind(input);
        var first = read(input, null);
        if (!first.TryGetValue(out var document))
        {
            if (first.Problems.IsDefaultOrEmpty)
            {
                throw new FuzzFindingException($"{name}: reading failed without a problem.");
            }

            _ = first.ToString(); // every problem formats
            return false;
        }

        var written = write(document);
        var second = read(written, null);
        if (!second.TryGetValue(out var reread))
        {
            throw new FuzzFindingException($"{name}: the written document does not read back:{Environment.NewLine}{second}");
        }

        if (!reread.Equals(document) || reread.GetHashCode() != document.GetHashCode())
        {
            throw new FuzzFindingException($"{name}: the document read back differs from the one written.");
        }

        if (!write(reread).AsSpan().SequenceEqual(written))
        {
            throw new FuzzFindingException($"{name}: writing the document read back gives other bytes.");
        }

        if (EcvetJson.DetectDocumentKind(written) != kind)
        {
            throw new FuzzFindingException($"{name}: the written document is detected as {EcvetJson.DetectDocumentKind(written)}, not {kind}.");
        }

        return true;
    }
}
