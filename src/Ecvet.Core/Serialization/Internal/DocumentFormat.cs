using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// Reads one kind of root document: input checks, a fast strict path (source-generated deserialisation, then mapping to
/// the domain with every problem collected), and, only when the fast path fails, a diagnostic pass that finds every
/// structural problem and the domain problems of every structurally valid part.
/// </summary>
/// <typeparam name="TWire">The wire record of the root.</typeparam>
/// <typeparam name="TDomain">The domain type of the root.</typeparam>
internal sealed class DocumentFormat<TWire, TDomain>
    where TWire : class
    where TDomain : class
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly JsonTypeInfo<TWire> wireInfo;
    private readonly Func<TWire, ProblemSink, TDomain?> map;
    private readonly Dictionary<Type, Action<object, ProblemSink>> partMappers;
    private readonly HashSet<Type> mappedTypes;
    private readonly FastRead? fastRead;

    /// <param name="wireInfo">The contract of the root wire record.</param>
    /// <param name="map">Maps the root; reports every problem to the sink and returns null when there is any.</param>
    /// <param name="partMappers">Mappers of parts (wire type → map and report), used by the diagnostic pass.</param>
    /// <param name="fastRead">
    /// An optimistic reader straight to the domain, tried first: it returns the value only when the reference path
    /// (deserialise, then <paramref name="map"/>) would return an equal one, and null otherwise (then the reference path runs).
    /// </param>
    public DocumentFormat(JsonTypeInfo<TWire> wireInfo, Func<TWire, ProblemSink, TDomain?> map, Dictionary<Type, Action<object, ProblemSink>> partMappers, FastRead? fastRead = null)
    {
        this.wireInfo = wireInfo;
        this.map = map;
        this.partMappers = partMappers;
        this.fastRead = fastRead;
        partMappers[typeof(TWire)] = (wire, sink) => _ = map((TWire)wire, sink);
        mappedTypes = [.. partMappers.Keys];
    }

    /// <summary>Reads a whole document straight to the domain, or returns null (never throws) when in any doubt.</summary>
    public delegate TDomain? FastRead(ReadOnlySpan<byte> utf8);

    public JsonReadResult<TDomain> Read(ReadOnlySpan<byte> utf8, EcvetJsonReaderOptions? options) => Read(utf8, options, useFastPath: true);

    /// <summary>Reads bytes; with <paramref name="useFastPath"/> false only the reference path runs (for tests that compare the two).</summary>
    internal JsonReadResult<TDomain> Read(ReadOnlySpan<byte> utf8, EcvetJsonReaderOptions? options, bool useFastPath)
    {
        options ??= EcvetJsonReaderOptions.Default;
        options.Validate();
        if (utf8.Length > options.MaxInputBytes)
        {
            return TooLarge(options);
        }

        if (utf8.StartsWith("\uFEFF"u8))
        {
            return Fail(JsonProblemCode.ByteOrderMark, "The input starts with a byte order mark; send UTF-8 JSON without one (RFC 8259 §8.1).", 1, 1);
        }

        if (utf8.TrimStart(" \t\r\n"u8).IsEmpty)
        {
            return Fail(JsonProblemCode.EmptyInput, "The input holds no JSON value.", 1, 1);
        }

        if (useFastPath && fastRead?.Invoke(utf8) is { } read)
        {
            return JsonReadResult<TDomain>.Success(read);
        }

        TWire? wire;
        try
        {
            wire = JsonSerializer.Deserialize(utf8, wireInfo);
        }
        catch (JsonException fastPathError)
        {
            return Diagnose(utf8.ToArray(), options, fastPathError);
        }

        if (wire is null)
        {
            return Fail(JsonProblemCode.NullDocument, "The document is null; expected an object.", 1, 1);
        }

        var sink = new ProblemSink(ReadOnlyMemory<byte>.Empty, options.MaxProblems);
        var value = map(wire, sink);
        return value is not null && sink.Count == 0
            ? JsonReadResult<TDomain>.Success(value)
            : JsonReadResult<TDomain>.Failure(ProblemLocator.Locate(utf8, sink.ToImmutable()));
    }

    public JsonReadResult<TDomain> Read(string json, EcvetJsonReaderOptions? options)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= EcvetJsonReaderOptions.Default;
        options.Validate();
        if (json.Length > options.MaxInputBytes)
        {
            return TooLarge(options);
        }

        if (json.StartsWith('\uFEFF'))
        {
            return Fail(JsonProblemCode.ByteOrderMark, "The input starts with a byte order mark; send UTF-8 JSON without one (RFC 8259 §8.1).", 1, 1);
        }

        int length;
        try
        {
            length = StrictUtf8.GetByteCount(json);
        }
        catch (EncoderFallbackException)
        {
            return Fail(JsonProblemCode.InvalidText, "The input is not valid Unicode text (it holds a lone surrogate).");
        }

        if (length > options.MaxInputBytes)
        {
            return TooLarge(options);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            var written = StrictUtf8.GetBytes(json, buffer);
            return Read(buffer.AsSpan(0, written), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public JsonReadResult<TDomain> Read(Stream utf8Json, EcvetJsonReaderOptions? options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= EcvetJsonReaderOptions.Default;
        options.Validate();
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > options.MaxInputBytes)
                    {
                        return TooLarge(options);
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, Array.MaxLength));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = utf8Json.Read(buffer, length, (int)Math.Min(buffer.Length - length, (long)options.MaxInputBytes + 1 - length));
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > options.MaxInputBytes)
                {
                    return TooLarge(options);
                }
            }

            return Read(buffer.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async Task<JsonReadResult<TDomain>> ReadAsync(Stream utf8Json, EcvetJsonReaderOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= EcvetJsonReaderOptions.Default;
        options.Validate();
        using var memory = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await utf8Json.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (memory.Length + read > options.MaxInputBytes)
                {
                    return TooLarge(options);
                }

                memory.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Read(memory.GetBuffer().AsSpan(0, (int)memory.Length), options);
    }

    private JsonReadResult<TDomain> Diagnose(byte[] utf8, EcvetJsonReaderOptions options, JsonException fastPathError)
    {
        var sink = new ProblemSink(utf8, options.MaxProblems);
        var walker = new DiagnosticWalker(sink, wireInfo.Options, mappedTypes);
        var parts = walker.WalkDocument(utf8, wireInfo);
        foreach (var part in parts)
        {
            if (sink.IsFull)
            {
                break;
            }

            sink.Path.Restore(part.Path);
            try
            {
                var wire = JsonSerializer.Deserialize(utf8.AsSpan(part.Start, part.Length), part.TypeInfo);
                if (wire is not null)
                {
                    partMappers[part.TypeInfo.Type](wire, sink);
                }
            }
            catch (JsonException ex)
            {
                // The walker accepted this part, the serializer did not: report it rather than lose it.
                sink.Add(JsonProblemCode.InvalidJson, "The value could not be read: " + FirstLine(ex.Message));
            }
        }

        sink.Path.Truncate(0);
        if (sink.Count == 0)
        {
            var line = fastPathError.LineNumber + 1;
            var column = fastPathError.BytePositionInLine + 1;
            sink.Add(new JsonProblem(JsonProblemCode.InvalidJson, fastPathError.Path ?? "$", "The document could not be read: " + FirstLine(fastPathError.Message), line, column));
        }

        return JsonReadResult<TDomain>.Failure(ProblemLocator.Locate(utf8, sink.ToImmutable()));
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length > 200 ? line[..200] + "…" : line;
    }

    private static JsonReadResult<TDomain> TooLarge(EcvetJsonReaderOptions options) =>
        Fail(JsonProblemCode.InputTooLarge, $"The input is larger than the limit of {options.MaxInputBytes} bytes; it was not read.");

    private static JsonReadResult<TDomain> Fail(JsonProblemCode code, string message, long? line = null, long? column = null) =>
        JsonReadResult<TDomain>.Failure([new JsonProblem(code, "$", message, line, column)]);
}
