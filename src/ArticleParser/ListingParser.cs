using System.Runtime.CompilerServices;
using ArticleParser.Building;
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
        ArgumentNullException.ThrowIfNull(text);
        options ??= ListingParserOptions.Default;

        var tokens = LineLexer.Tokenize(text, LexerSettings.For(options));
        var sink = new DocumentSink(tokens.Count / 4);
        var builder = new LayoutFilter(new DocumentBuilder(sink));
        ListingGrammar.ParseBlocks(tokens, endIsFinal: true, builder);
        builder.Complete(tokens.EndSpan);
        var document = sink.ToDocument();
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
        ArgumentNullException.ThrowIfNull(reader);
        return Parse(reader.ReadToEnd(), options);
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
        ArgumentNullException.ThrowIfNull(reader);
        return EnumerateCore(reader, options ?? ListingParserOptions.Default);
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
        ArgumentNullException.ThrowIfNull(reader);
        return EnumerateCoreAsync(reader, leaveOpen: true, options ?? ListingParserOptions.Default, cancellationToken);
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
        ArgumentNullException.ThrowIfNull(stream);
        var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        return EnumerateCoreAsync(reader, leaveOpen: false, options ?? ListingParserOptions.Default, cancellationToken);
    }

    private static IEnumerable<ListingEntry> EnumerateCore(TextReader reader, ListingParserOptions options)
    {
        var sink = new StreamingSink(options);
        var parser = new WindowedParser(options, sink);
        while (!parser.Completed)
        {
            parser.Advance(reader.Read(parser.FreeSpace.Span));
            while (sink.Entries.TryDequeue(out var entry))
            {
                yield return entry;
            }
        }
    }

    private static async IAsyncEnumerable<ListingEntry> EnumerateCoreAsync(
        TextReader reader, bool leaveOpen, ListingParserOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            var sink = new StreamingSink(options);
            var parser = new WindowedParser(options, sink);
            while (!parser.Completed)
            {
                cancellationToken.ThrowIfCancellationRequested();
                parser.Advance(await reader.ReadAsync(parser.FreeSpace, cancellationToken).ConfigureAwait(false));
                while (sink.Entries.TryDequeue(out var entry))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return entry;
                }
            }
        }
        finally
        {
            if (!leaveOpen)
            {
                reader.Dispose();
            }
        }
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
