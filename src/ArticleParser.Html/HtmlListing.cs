using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ArticleParser.Html.Conversion;
using ArticleParser.Html.Decoding;

namespace ArticleParser.Html;

/// <summary>
/// Reads the HTML of a listing page: lays its DOM out as listing text that keeps the page's boundaries,
/// parses that text with <see cref="ListingParser"/>, and names the element each entry came from.
/// </summary>
/// <remarks>
/// The pipeline is decode → HTML5 parse (AngleSharp) → find the repeated cards → cut the DOM into lines →
/// lay the lines out (one card per paragraph group) → <see cref="ListingParser.Parse(string, ListingParserOptions?)"/>.
/// Every method is thread-safe. Lenient parsing never throws for any content; limits are diagnostics.
/// </remarks>
public static class HtmlListing
{
    private const int MaxDepthLimit = 4096;

    /// <summary>Parses an HTML page into listing text and entries.</summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="HtmlListingOptions.Default"/>.</param>
    /// <returns>The text, the document parsed from it, the source element of each entry and line, and the front end's diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit of <paramref name="options"/> is out of range.</exception>
    /// <exception cref="ListingFormatException">Strict parsing is on in <see cref="HtmlListingOptions.ParserOptions"/> and a warning or error was found.</exception>
    public static HtmlListingResult Parse(string html, HtmlListingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        options = Validate(options);
        var diagnostics = new List<ListingDiagnostic>();
        if (html.Length > options.MaxInputLength)
        {
            diagnostics.Add(TooLarge(html, options.MaxInputLength, "characters"));
            html = html[..options.MaxInputLength];
        }

        return Convert(html, options, diagnostics);
    }

    /// <summary>Decodes a stream of HTML (charset from its BOM, its <c>&lt;meta charset&gt;</c>, or the options) and parses it.</summary>
    /// <param name="stream">The bytes to read to their end, or up to <see cref="HtmlListingOptions.MaxInputLength"/>; the stream is not disposed.</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="HtmlListingOptions.Default"/>.</param>
    /// <returns>The text, the document parsed from it, the source element of each entry and line, and the front end's diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit of <paramref name="options"/> is out of range.</exception>
    /// <exception cref="ListingFormatException">Strict parsing is on in <see cref="HtmlListingOptions.ParserOptions"/> and a warning or error was found.</exception>
    public static HtmlListingResult Parse(Stream stream, HtmlListingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options = Validate(options);
        var diagnostics = new List<ListingDiagnostic>();
        var bytes = ReadUpTo(stream, options.MaxInputLength, out var cut);
        var encoding = CharsetSniffer.Detect(bytes, options.FallbackEncoding, out var bom, out var unknown);
        if (encoding is not UnicodeEncoding && Array.IndexOf(bytes, (byte)0) is >= 0 and var nul)
        {
            // NUL bytes where an 8-bit encoding has none: a binary, or UTF-16 without a BOM. Nothing is parsed, as in the
            // core, and the error points at the NUL as the page before it reads.
            var before = encoding.GetString(bytes, bom, nul - bom);
            var (line, column) = Position(before, before.Length);
            diagnostics.Add(new ListingDiagnostic
            {
                Code = DiagnosticCodes.NotText,
                Severity = DiagnosticSeverity.Error,
                Message = $"Expected an HTML page, found binary data: a NUL byte at byte offset {nul} ({encoding.WebName} has none); nothing was parsed.",
                Span = new SourceSpan(before.Length, 1, line, column),
            });
            return Convert(string.Empty, options, diagnostics);
        }

        var html = encoding.GetString(bytes, bom, bytes.Length - bom);
        if (unknown is not null)
        {
            diagnostics.Add(new ListingDiagnostic
            {
                Code = HtmlDiagnosticCodes.UnknownCharset,
                Severity = DiagnosticSeverity.Warning,
                Message = $"Expected a known character set in <meta charset>, found \"{unknown}\"; the page was read as {encoding.WebName}",
                Span = new SourceSpan(0, 0, 1, 1),
            });
        }

        if (cut)
        {
            diagnostics.Add(TooLarge(html, html.Length, "bytes"));
        }

        return Convert(html, options, diagnostics);
    }

    private static HtmlListingOptions Validate(HtmlListingOptions? options)
    {
        options ??= HtmlListingOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxInputLength, nameof(options));
        if (options.MaxDepth is < 1 or > MaxDepthLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxDepth, $"MaxDepth must be between 1 and {MaxDepthLimit}.");
        }

        return options;
    }

    private static byte[] ReadUpTo(Stream stream, int limit, out bool cut)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, (long)limit + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        cut = buffer.Length > limit;
        var bytes = buffer.ToArray();
        return cut ? bytes[..limit] : bytes;
    }

    private static ListingDiagnostic TooLarge(string html, int at, string unit)
    {
        var (line, column) = Position(html, Math.Min(at, html.Length));
        return new ListingDiagnostic
        {
            Code = HtmlDiagnosticCodes.InputTooLarge,
            Severity = DiagnosticSeverity.Warning,
            Message = $"Expected at most MaxInputLength {unit} of HTML, found more; the rest was not read",
            Span = new SourceSpan(at, 0, line, column),
        };
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    private static HtmlListingResult Convert(string html, HtmlListingOptions options, List<ListingDiagnostic> diagnostics)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var dom = parser.ParseDocument(html);
        var root = dom.DocumentElement;
        var cards = CardFinder.Find(root, options.MaxDepth);
        var raw = DomLinearizer.Lines(root, cards, options.MaxDepth, out var tooDeep);
        if (tooDeep is not null)
        {
            var position = tooDeep.SourceReference?.Position;
            diagnostics.Add(new ListingDiagnostic
            {
                Code = HtmlDiagnosticCodes.TooDeep,
                Severity = DiagnosticSeverity.Warning,
                Message = $"Expected elements nested at most MaxDepth ({options.MaxDepth}) deep, found <{tooDeep.LocalName}> deeper; the deeper subtrees were left out",
                Span = position is { } p ? new SourceSpan(Math.Max(0, p.Position - 1), 0, Math.Max(1, p.Line), Math.Max(1, p.Column)) : new SourceSpan(0, 0, 1, 1),
            });
        }

        var laid = TextLayout.Arrange(raw, options.ParserOptions);
        var text = TextLayout.Render(laid);
        var document = ListingParser.Parse(text, options.ParserOptions);

        var cssPaths = new CssPath();
        string PathOf(IElement element) => cssPaths.PathOf(element);

        var lineSources = laid.Select(l => l.Source is { } source ? PathOf(source.Block) : null).ToList();
        var entrySources = new List<HtmlEntrySource>(document.Entries.Count);
        foreach (var entry in document.Entries)
        {
            var lineIndex = entry.HeadlineSpan.Line - 1;
            var source = lineIndex >= 0 && lineIndex < laid.Count ? laid[lineIndex].Source : null;
            entrySources.Add(source switch
            {
                { Card: { } card } => new HtmlEntrySource(PathOf(card), IsCard: true),
                { } line => new HtmlEntrySource(PathOf(line.Block), IsCard: false),
                null => new HtmlEntrySource(PathOf(root), IsCard: false),
            });
        }

        return new HtmlListingResult(text, document, entrySources, lineSources, diagnostics);
    }
}
