using System.Runtime.CompilerServices;
using ArticleParser.Building;
using ArticleParser.Compat;
using ArticleParser.Decoding;
using ArticleParser.Grammar;
using ArticleParser.Lexing;
using ArticleParser.Streaming;

namespace ArticleParser;

/// <summary>
/// Parses the text of a news or magazine article listing into entries, non-entry blocks and diagnostics.
/// </summary>
/// <remarks>
/// The parser holds no state between calls: every method is thread-safe and can be called concurrently,
/// with the same or different options.
/// </remarks>
public static class ListingParser
{
    /// <summary>Parses listing text into a document.</summary>
    /// <param name="text">The listing text; a leading BOM is ignored and <c>\n</c>, <c>\r\n</c> and <c>\r</c> line ends may be mixed.</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="ListingParserOptions.Default"/>.</param>
    /// <returns>The entries, non-entry blocks and diagnostics of <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ListingFormatException">Strict mode is on and a warning or error was found.</exception>
    public static ListingDocument Parse(string text, ListingParserOptions? options = null)
    {
        SpanText.NotNull(text);
        return ParseCore(text, options ?? ListingParserOptions.Default, decoding: []);
    }

    /// <summary>Decodes a stream (UTF-8 with or without BOM, or UTF-16 LE/BE by BOM) and parses it into a document.</summary>
    /// <param name="stream">The bytes to read to their end; the stream is not disposed.</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="ListingParserOptions.Default"/>.</param>
    /// <returns>The document. Invalid UTF-8 becomes U+FFFD with an <c>AP103</c> warning giving its byte offset; input that is not text yields an <c>AP104</c> error and no entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ListingFormatException">Strict mode is on and a warning or error was found.</exception>
    public static ListingDocument Parse(Stream stream, ListingParserOptions? options = null)
    {
        SpanText.NotNull(stream);
        options ??= ListingParserOptions.Default;
        var decoding = new List<ListingDiagnostic>();
        using var reader = new DecodingReader(stream, leaveOpen: true, decoding.Add);
        if (!reader.ReadHead())
        {
            // Bytes that are not text are not parsed: AP104 says so alone, with no AP004 about the entries they lack.
            return Finish(new DocumentSink().ToDocument(decoding, []), options);
        }

        using var text = PooledTextReading.ReadAll(reader, options.MaxInputLength);
        return ParseCore(text.Text, options, decoding);
    }

    /// <summary>Reads a file as bytes (UTF-8 with or without BOM, or UTF-16 LE/BE by BOM) and parses it into a document, as <see cref="Parse(Stream, ListingParserOptions?)"/> does.</summary>
    /// <param name="path">The path of the file to read.</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="ListingParserOptions.Default"/>.</param>
    /// <returns>The document. Invalid UTF-8 gives <c>AP103</c> warnings; a file that is not text gives an <c>AP104</c> error and no entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be found or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="ListingFormatException">Strict mode is on and a warning or error was found.</exception>
    public static ListingDocument ParseFile(string path, ListingParserOptions? options = null)
    {
        SpanText.NotNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Parse(stream, options);
    }

    private static ListingDocument ParseCore(SourceText text, ListingParserOptions options, List<ListingDiagnostic> decoding)
    {
        // Past MaxInputLength, read up to the last whole line before the limit and say where it stopped.
        var length = text.Length;
        if (length > options.MaxInputLength)
        {
            length = LimitCut(text.AsSpan(), options.MaxInputLength);
        }

        var sink = new DocumentSink();
        var pipeline = new Pipeline(options, sink);
        var (tokens, _, _) = pipeline.Run(text, length, baseOffset: 0, firstLine: 1, skipBom: true, endIsFinal: true);
        // The limit error's span covers the text that was read but not parsed (a stream is not read on
        // past the limit, so for Parse(Stream) that is the rest of the last buffer, not of the stream).
        var unread = text.Length - tokens.EndOffset;
        var stop = tokens.StoppedAtLongLine ? Limits.LineTooLong(tokens, options.MaxLineLength, unread)
            : unread > 0 ? Limits.InputTooLong(tokens, options.MaxInputLength, unread)
            : null;
        pipeline.Complete(tokens.EndSpan, stop);
        return Finish(sink.ToDocument(decoding, pipeline.Layouts), options);
    }

    private static ListingDocument Finish(ListingDocument document, ListingParserOptions options)
    {
        if (options.Strict)
        {
            ThrowOnFirstProblem(document);
        }

        return document;
    }

    /// <summary>Reads a reader to its end and parses the text into a document.</summary>
    /// <param name="reader">The reader to consume; it is not disposed.</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="ListingParserOptions.Default"/>.</param>
    /// <returns>The entries, non-entry blocks and diagnostics of the text read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="ListingFormatException">Strict mode is on and a warning or error was found.</exception>
    public static ListingDocument Parse(TextReader reader, ListingParserOptions? options = null)
    {
        SpanText.NotNull(reader);
        if (reader is StringReader)
        {
            return Parse(reader.ReadToEnd(), options); // it holds its string already
        }

        // Any other reader is read into a pooled buffer, which the parse reads in place (see PooledTextReading).
        using var text = PooledTextReading.ReadAll(reader, int.MaxValue);
        return ParseCore(text.Text, options ?? ListingParserOptions.Default, decoding: []);
    }

    /// <summary>
    /// Parses a reader lazily, in bounded memory, yielding entries as they are decided; non-entry blocks and
    /// diagnostics go to <see cref="ListingParserOptions.OnNonEntryBlock"/> and <see cref="ListingParserOptions.OnDiagnostic"/>.
    /// </summary>
    /// <param name="reader">The reader to consume as the sequence is enumerated; it is not disposed.</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="ListingParserOptions.Default"/>.</param>
    /// <returns>The entries, identical to <see cref="Parse(TextReader, ListingParserOptions?)"/>'s, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="ListingFormatException">While enumerating, in strict mode, at the first warning or error.</exception>
    public static IEnumerable<ListingEntry> Enumerate(TextReader reader, ListingParserOptions? options = null)
    {
        SpanText.NotNull(reader);
        return EnumerateCore(reader, options ?? ListingParserOptions.Default);
    }

    /// <summary>
    /// Decodes a stream (UTF-8 with or without BOM, or UTF-16 LE/BE by BOM) and parses it lazily, in bounded memory,
    /// yielding entries as they are decided; non-entry blocks and diagnostics (decoding ones included) go to
    /// <see cref="ListingParserOptions.OnNonEntryBlock"/> and <see cref="ListingParserOptions.OnDiagnostic"/>.
    /// </summary>
    /// <param name="stream">The bytes to consume as the sequence is enumerated; the stream is not disposed.</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="ListingParserOptions.Default"/>.</param>
    /// <returns>The entries, identical to <see cref="Parse(Stream, ListingParserOptions?)"/>'s, in order. Invalid UTF-8 is reported as <c>AP103</c> warnings; input that is not text as an <c>AP104</c> error, and then nothing is yielded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ListingFormatException">While enumerating, in strict mode, at the first warning or error.</exception>
    public static IEnumerable<ListingEntry> Enumerate(Stream stream, ListingParserOptions? options = null)
    {
        SpanText.NotNull(stream);
        options ??= ListingParserOptions.Default;
        return EnumerateDecoded(stream, options);
    }

    private static IEnumerable<ListingEntry> EnumerateDecoded(Stream stream, ListingParserOptions options)
    {
        // The decoder is created when enumeration starts, so a sequence enumerated twice reads the stream twice, as the reader overloads do.
        using var reader = new DecodingReader(stream, leaveOpen: true, diagnostic => StreamingSink.Report(options, diagnostic));
        if (!reader.ReadHead())
        {
            yield break; // not text: AP104 was reported, and nothing is parsed
        }

        foreach (var entry in EnumerateCore(reader, options))
        {
            yield return entry;
        }
    }

    /// <summary>Parses a reader asynchronously, in bounded memory, yielding entries as they are decided.</summary>
    /// <param name="reader">The reader to consume; it is not disposed.</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="ListingParserOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the parse between two reads or two entries.</param>
    /// <returns>The entries, identical to <see cref="Parse(TextReader, ListingParserOptions?)"/>'s, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public static IAsyncEnumerable<ListingEntry> EnumerateAsync(
        TextReader reader, ListingParserOptions? options = null, CancellationToken cancellationToken = default)
    {
        SpanText.NotNull(reader);
        return EnumerateCoreAsync(reader, options ?? ListingParserOptions.Default, cancellationToken);
    }

    /// <summary>Decodes a stream (UTF-8, or UTF-16 by its BOM) and parses it asynchronously, in bounded memory.</summary>
    /// <param name="stream">The stream to consume; it is not disposed.</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="ListingParserOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the parse between two reads or two entries.</param>
    /// <returns>The entries, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public static IAsyncEnumerable<ListingEntry> EnumerateAsync(
        Stream stream, ListingParserOptions? options = null, CancellationToken cancellationToken = default)
    {
        SpanText.NotNull(stream);
        return EnumerateDecodedAsync(stream, options ?? ListingParserOptions.Default, cancellationToken);
    }

    private static async IAsyncEnumerable<ListingEntry> EnumerateDecodedAsync(
        Stream stream, ListingParserOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new DecodingReader(stream, leaveOpen: true, diagnostic => StreamingSink.Report(options, diagnostic));
        if (!await reader.ReadHeadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield break; // not text: AP104 was reported, and nothing is parsed
        }

        await foreach (var entry in EnumerateCoreAsync(reader, options, cancellationToken).ConfigureAwait(false))
        {
            yield return entry;
        }
    }

    private static IEnumerable<ListingEntry> EnumerateCore(TextReader reader, ListingParserOptions options)
    {
        var sink = new StreamingSink(options);
        var parser = new WindowedParser(options, sink);
        while (!parser.Completed)
        {
            var free = parser.FreeSpace;
            parser.Advance(reader.Read(free.Array!, free.Offset, free.Count));
            while (sink.Entries.Count > 0)
            {
                yield return sink.Entries.Dequeue();
            }
        }
    }

    private static async IAsyncEnumerable<ListingEntry> EnumerateCoreAsync(
        TextReader reader, ListingParserOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sink = new StreamingSink(options);
        var parser = new WindowedParser(options, sink);
        while (!parser.Completed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var free = parser.FreeSpace;
#if NET8_0_OR_GREATER
            parser.Advance(await reader.ReadAsync(free.AsMemory(), cancellationToken).ConfigureAwait(false));
#else
            parser.Advance(await reader.ReadAsync(free.Array!, free.Offset, free.Count).ConfigureAwait(false));
#endif
            while (sink.Entries.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return sink.Entries.Dequeue();
            }
        }
    }

    /// <summary>
    /// Finds where to stop before a limit: after the last line break in the first <paramref name="allowed"/>
    /// characters of <paramref name="known"/> (the text read so far), but never between a CR and its LF.
    /// </summary>
    /// <remarks>
    /// A CR at the limit is backed off only when the character after it is an LF: with CR-only line ends it is a
    /// whole line break. <c>Parse</c> and streaming call this with different amounts of text read, so the answer
    /// may depend on nothing but the characters themselves.
    /// </remarks>
    internal static int LimitCut(ReadOnlySpan<char> known, int allowed)
    {
        var cut = known.Slice(0, allowed).LastIndexOfAny('\r', '\n') + 1;
        var splitsCrLf = cut > 0 && cut == allowed && known[cut - 1] == '\r' && cut < known.Length && known[cut] == '\n';
        return splitsCrLf ? cut - 1 : cut;
    }

    private static void ThrowOnFirstProblem(ListingDocument document)
    {
        foreach (var diagnostic in document.Diagnostics)
        {
            if (diagnostic.Severity >= DiagnosticSeverity.Warning)
            {
                throw new ListingFormatException(diagnostic);
            }
        }
    }
}
