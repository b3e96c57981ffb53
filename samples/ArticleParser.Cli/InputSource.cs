using System.Text;

namespace ArticleParser.Cli;

/// <summary>One listing to parse: a file, or standard input.</summary>
/// <param name="Path">The file's path as given or as found below a given directory; <c>-</c> for standard input.</param>
internal sealed record InputSource(string Path)
{
    /// <summary>The name standard input is reported under.</summary>
    public const string StandardInputName = "<stdin>";

    private const int SniffLength = 512;

    // The patterns the WHATWG MIME Sniffing standard reads as text/html: after whitespace, one of these
    // tags followed by a space or '>' (case-insensitive); then the HTML5 tags a copied page fragment starts with
    // (a listing's <main>, <article>, <section>, list or heading), which the standard predates.
    private static readonly string[] HtmlStarts =
        ["<!DOCTYPE HTML", "<HTML", "<HEAD", "<SCRIPT", "<IFRAME", "<H1", "<DIV", "<FONT", "<TABLE", "<A", "<STYLE", "<TITLE", "<B", "<BODY", "<BR", "<P", "<!--",
         "<MAIN", "<ARTICLE", "<SECTION", "<HEADER", "<NAV", "<UL", "<OL", "<LI", "<H2", "<H3", "<H4", "<FIGURE", "<IMG"];

    /// <summary>Gets a value indicating whether this is standard input.</summary>
    public bool IsStandardInput => Path == "-";

    /// <summary>Gets the name used in the output and in messages.</summary>
    public string DisplayName => IsStandardInput ? StandardInputName : Path;

    /// <summary>Opens the bytes to parse: standard input, or the file. Both go through the library's decoder.</summary>
    /// <param name="stdin">Standard input, for <c>-</c>.</param>
    /// <param name="length">The file's length, or 0 for standard input and a pipe.</param>
    /// <returns>The stream, which the caller disposes unless it is <paramref name="stdin"/>.</returns>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public Stream Open(Stream stdin, out long length)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        if (IsStandardInput)
        {
            length = 0;
            return stdin;
        }

        var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        length = stream.CanSeek ? stream.Length : 0; // a named pipe ("<(cat page.txt)", a FIFO, /dev/stdin) has no length: read as standard input is
        return stream;
    }

    /// <summary>
    /// Decides whether the input is an HTML page: by <paramref name="format"/>, else by its first bytes (the WHATWG
    /// MIME Sniffing patterns for text/html), else by a <c>.html</c> or <c>.htm</c> extension, unless the file holds no
    /// markup in its first 64 KiB and its first bytes are not all white space (a text file saved under an HTML name).
    /// </summary>
    /// <param name="format">How to read the input.</param>
    /// <param name="input">The stream from <see cref="Open"/>; when sniffing reads from a stream that cannot seek, this becomes a stream that gives those bytes again first.</param>
    /// <param name="textDespiteName"><see langword="true"/> when the name says HTML and the file holds no tag, so the input is read as listing text.</param>
    /// <returns><see langword="true"/> to read the input through <see cref="Html.HtmlListing"/>.</returns>
    /// <exception cref="IOException">The input cannot be read.</exception>
    public bool IsHtml(InputFormat format, ref Stream input, out bool textDespiteName)
    {
        ArgumentNullException.ThrowIfNull(input);
        textDespiteName = false;
        if (format != InputFormat.Auto)
        {
            return format == InputFormat.Html;
        }

        var buffer = new byte[SniffLength];
        var read = input.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (input.CanSeek)
        {
            input.Seek(-read, SeekOrigin.Current);
        }
        else
        {
            // Fewer bytes than asked for means the input ended: a terminal's Ctrl+D is read once, and reading on would wait for another.
            input = new ReplayStream(buffer.AsMemory(0, read), input, ended: read < buffer.Length);
        }

        var text = Head(buffer.AsSpan(0, read));
        if (LooksLikeHtml(text))
        {
            return true;
        }

        if (IsStandardInput || !HasHtmlExtension)
        {
            return false;
        }

        // Under an HTML name, text is what holds no tag as far as a page's head may run: a template's blank lines or a
        // fragment's first paragraph may stand before the first tag, so a file on disk is read further (the first 64 KiB).
        textDespiteName = !string.IsNullOrWhiteSpace(text) && !(input.CanSeek ? HoldsTagFurther(input) : HoldsTag(text));
        return !textDespiteName;
    }

    // The start of an input as text enough to sniff: after a byte order mark, UTF-16 decoded, anything else byte for byte.
    private static string Head(ReadOnlySpan<byte> head) =>
        head.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF]) ? Encoding.Latin1.GetString(head[3..])
        : head.StartsWith([(byte)0xFF, (byte)0xFE]) ? Encoding.Unicode.GetString(head[2..])
        : head.StartsWith([(byte)0xFE, (byte)0xFF]) ? Encoding.BigEndianUnicode.GetString(head[2..])
        : Encoding.Latin1.GetString(head);

    /// <summary>The most of a file under an HTML name read to find a tag before it is taken for text.</summary>
    private const int TagSearchLength = 64 * 1024;

    // Reads the first TagSearchLength bytes of a seekable input for a tag, and returns to where it stood.
    private static bool HoldsTagFurther(Stream input)
    {
        var start = input.Position;
        var buffer = new byte[TagSearchLength];
        var read = input.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        input.Seek(start, SeekOrigin.Begin);
        return HoldsTag(Head(buffer.AsSpan(0, read)));
    }

    /// <summary>Tells whether the text holds a tag, a comment or a declaration: <c>&lt;</c> followed by a letter, <c>/</c> or <c>!</c>.</summary>
    /// <param name="head">The first characters of the input.</param>
    /// <returns><see langword="true"/> when some markup starts in <paramref name="head"/>.</returns>
    internal static bool HoldsTag(ReadOnlySpan<char> head)
    {
        for (var i = head.IndexOf('<'); i >= 0 && i + 1 < head.Length; i = head[(i + 1)..].IndexOf('<') is >= 0 and var next ? i + 1 + next : -1)
        {
            if (char.IsAsciiLetter(head[i + 1]) || head[i + 1] is '/' or '!')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether the start of an input matches a WHATWG MIME Sniffing pattern for text/html.</summary>
    /// <param name="head">The first characters of the input.</param>
    /// <returns><see langword="true"/> when, after whitespace, one of the patterns is followed by a space or <c>&gt;</c>.</returns>
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

    private bool HasHtmlExtension =>
        System.IO.Path.GetExtension(Path).ToUpperInvariant() is ".HTML" or ".HTM";

    /// <summary>
    /// Reads the bytes sniffing took from a stream that cannot seek, then the rest of that stream, unless sniffing saw it
    /// end (<paramref name="ended"/>); it leaves the stream open.
    /// </summary>
    internal sealed class ReplayStream(ReadOnlyMemory<byte> head, Stream rest, bool ended) : Stream
    {
        private ReadOnlyMemory<byte> _head = head;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_head.IsEmpty)
            {
                return ended ? 0 : rest.Read(buffer);
            }

            var n = Math.Min(buffer.Length, _head.Length);
            _head.Span[..n].CopyTo(buffer);
            _head = _head[n..];
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
