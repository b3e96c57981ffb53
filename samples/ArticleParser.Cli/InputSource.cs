using System.Text;
using ArticleParser.Html;

namespace ArticleParser.Cli;

/// <summary>One listing to parse: a file, or standard input.</summary>
/// <param name="Path">The file's path as given or as found below a given directory; <c>-</c> for standard input.</param>
internal sealed record InputSource(string Path)
{
    /// <summary>The name standard input is reported under.</summary>
    public const string StandardInputName = "<stdin>";

    /// <summary>Gets a value indicating whether this is standard input.</summary>
    public bool IsStandardInput => Path == "-";

    /// <summary>Gets the name used in the output and in messages.</summary>
    public string DisplayName => IsStandardInput ? StandardInputName : Path;

    /// <summary>
    /// Reads and parses the whole listing: a file as bytes (UTF-8, or UTF-16 by its BOM), standard input as text;
    /// an HTML page (by <paramref name="format"/>, its extension, or its first bytes) through <see cref="HtmlListing"/>.
    /// </summary>
    /// <param name="stdin">Standard input, for <c>-</c>.</param>
    /// <param name="options">The parser options.</param>
    /// <param name="format">How to read the input.</param>
    /// <param name="bytes">The number of bytes read (for the throughput display).</param>
    /// <returns>The document.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="ListingFormatException">Strict mode found a warning or error.</exception>
    public ListingDocument Parse(TextReader stdin, ListingParserOptions options, InputFormat format, out long bytes)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        if (IsStandardInput)
        {
            var input = stdin.ReadToEnd();
            bytes = Encoding.UTF8.GetByteCount(input);
            return IsHtml(format, input.AsSpan(0, Math.Min(input.Length, SniffLength)))
                ? HtmlListing.Parse(input, new HtmlListingOptions { ParserOptions = options }).Document
                : ListingParser.Parse(input, options);
        }

        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        bytes = stream.Length;
        if (format == InputFormat.Text || (format == InputFormat.Auto && !HasHtmlExtension && !SniffsAsHtml(stream)))
        {
            return ListingParser.Parse(stream, options);
        }

        return HtmlListing.Parse(stream, new HtmlListingOptions { ParserOptions = options }).Document;
    }

    private const int SniffLength = 512;

    // The patterns the WHATWG MIME Sniffing standard reads as text/html: after whitespace, one of these
    // tags followed by a space or '>' (case-insensitive).
    private static readonly string[] HtmlStarts =
        ["<!DOCTYPE HTML", "<HTML", "<HEAD", "<SCRIPT", "<IFRAME", "<H1", "<DIV", "<FONT", "<TABLE", "<A", "<STYLE", "<TITLE", "<B", "<BODY", "<BR", "<P", "<!--"];

    private bool HasHtmlExtension =>
        System.IO.Path.GetExtension(Path).ToUpperInvariant() is ".HTML" or ".HTM";

    private bool IsHtml(InputFormat format, ReadOnlySpan<char> head) =>
        format == InputFormat.Html || (format == InputFormat.Auto && (HasHtmlExtension || LooksLikeHtml(head)));

    private static bool SniffsAsHtml(Stream stream)
    {
        var buffer = new byte[SniffLength];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var head = buffer.AsSpan(0, read);
        var text = head.StartsWith("\xEF\xBB\xBF"u8) ? Encoding.Latin1.GetString(head[3..])
            : head.StartsWith([(byte)0xFF, (byte)0xFE]) ? Encoding.Unicode.GetString(head[2..])
            : head.StartsWith([(byte)0xFE, (byte)0xFF]) ? Encoding.BigEndianUnicode.GetString(head[2..])
            : Encoding.Latin1.GetString(head);
        return LooksLikeHtml(text);
    }

    internal static bool LooksLikeHtml(ReadOnlySpan<char> head)
    {
        head = head.TrimStart();
        foreach (var start in HtmlStarts)
        {
            if (head.Length > start.Length
                && head.StartsWith(start, StringComparison.OrdinalIgnoreCase)
                && (head[start.Length] is ' ' or '>' || char.IsWhiteSpace(head[start.Length])))
            {
                return true;
            }
        }

        return false;
    }
}
